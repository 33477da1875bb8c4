"""Fill the activity form from its certificate: read in a worker, fill only the empty fields.

Each field filled gets a mark in words ("from the certificate", or "please check" when the
reader is not sure), never colour alone; what the technician typed is never replaced, and a
certificate made out to somebody else is said plainly.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from rxtracker.domain import Hours, date_text
from rxtracker.domain.uan import normalise
from rxtracker.exchange.certificates import CertificateReading, read_certificate
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import Context, PersonRow, people
from rxtracker.ui import theme
from rxtracker.ui.actions import Progress
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.card_words import joined
from rxtracker.ui.widgets.certificate_drop import CertificateDrop
from rxtracker.ui.widgets.date_edit import DateEdit, qdate

#: The form's fields a certificate can fill, in the order the form shows them.
FORM_FIELDS: dict[str, str] = {
    "uan": "UAN",
    "title": QT_TRANSLATE_NOOP("certificate_fill", "title"),
    "provider": QT_TRANSLATE_NOOP("certificate_fill", "provider"),
    "date": QT_TRANSLATE_NOOP("certificate_fill", "date completed"),
    "hours": QT_TRANSLATE_NOOP("certificate_fill", "hours"),
}
READ_MARK = QT_TRANSLATE_NOOP("certificate_fill", "✓ from the certificate")
CHECK_MARK = QT_TRANSLATE_NOOP("certificate_fill", "⚠ please check")


def field_words(key: str) -> str:
    """A form field's name in a sentence, in the interface language ("date completed")."""
    return translate("certificate_fill", FORM_FIELDS[key])


def mark_words(state: str) -> str:
    """The words of a field's mark: '' (none), 'read' or 'check'."""
    words = {"read": READ_MARK, "check": CHECK_MARK}.get(state, "")
    return translate("certificate_fill", words) if words else ""


class FieldMark(QLabel):
    """The mark beside a field: empty, read from the certificate, or please check."""

    def __init__(self, field: QWidget, name: str) -> None:
        super().__init__()
        self.field, self.name = field, name
        self.state = ""
        bold = self.font()
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(mark_words(m)) for m in ("read", "check"))
        self.setMinimumWidth(widest + 8)
        self.hide()

    def set_state(self, state: str) -> None:
        """'' (no mark), 'read' or 'check'; said in words on the field too (screen readers)."""
        self.state = state
        words = mark_words(state)
        self.setText(words)
        self.setVisible(bool(words))
        meaning = {
            "read": translate("certificate_fill", "{field}: read from the certificate"),
            "check": translate(
                "certificate_fill", "{field}: read from the certificate, please check it"
            ),
        }.get(state, "").format(field=self.name)
        self.setAccessibleName(meaning)
        self.field.setAccessibleDescription(meaning)
        self.field.setToolTip(meaning)
        if state == "check":
            colour = theme.problem_colour(self).name()
            self.setStyleSheet(f"color: {colour}; font-weight: bold;")
        else:
            self.setStyleSheet("")


class FillsFromCertificate:
    """The activity form's side of reading its certificate (mixed into ``ActivityDialog``)."""

    ctx: Context
    hub: EventHub
    person_id: int
    uan: QLineEdit
    title_edit: QLineEdit
    provider: QLineEdit
    date: DateEdit
    hours: QLineEdit
    certificate: CertificateDrop
    marks: dict[str, FieldMark]
    certificate_note: QLabel
    _filling: bool
    _date_touched: bool
    _read_path: Path | None

    def use_contact_hours(self) -> None:
        """Switch the amount's unit to contact hours."""
        raise NotImplementedError

    def _marked(self, key: str, field: QWidget) -> QWidget:
        """``field`` with its "from the certificate" mark beside it."""
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(field, 1)
        box.addWidget(self._mark(key, field))
        return row

    def _mark(self, key: str, field: QWidget) -> FieldMark:
        mark = self.marks[key] = FieldMark(field, _capital(field_words(key)))
        if isinstance(field, QLineEdit):  # typing over a filled field makes it the user's
            field.textEdited.connect(lambda _text: mark.set_state(""))
        return mark

    def _date_changed(self) -> None:
        if not self._filling:
            self._date_touched = True
            self.marks["date"].set_state("")

    def _certificate_changed(self) -> None:
        """Read a newly chosen certificate in a worker, then fill the empty fields."""
        path = self.certificate.path
        if path is None or self.certificate.problem or path == self._read_path:
            self.certificate_note.setVisible(path is not None and path == self._read_path)
            return
        self._read_path = path
        self.certificate_note.hide()
        bar = self.certificate.show_progress(
            translate("certificate_fill", "Reading {name}…").format(name=path.name)
        )
        bar.canceled.connect(self._reading_cancelled)
        self.hub.actions.run_long(
            self.certificate,
            translate("certificate_fill", "Read the certificate"),
            reader_work(self.ctx, self.person_id, path),
            done=self._show_reading,
            failed=self._reading_failed,
            shown_in=bar,
        )

    def _show_reading(self, found: ReadCertificate) -> None:
        if self.certificate.path != self._read_path:
            return  # another file was chosen meanwhile
        self._filling = True
        try:
            lines = fill_form(self, found, untouched_date=not self._date_touched)
        finally:
            self._filling = False
        colour = theme.problem_colour(self.certificate).name()
        html = [
            f"<span style='color:{colour}; font-weight:bold'>{escape(t)}</span>"
            if t.startswith("⚠")
            else escape(t)
            for t in lines
        ]
        self._say("<br>".join(html))

    def _say(self, html: str) -> None:
        """Show ``html`` under the drop zone, the form growing to show all of it."""
        note = self.certificate_note
        note.setText(html)
        spare = note.fontMetrics().lineSpacing()  # bold warnings wrap a little wider
        note.setMinimumHeight(note.heightForWidth(self.certificate.width()) + spare)
        self.certificate.window().adjustSize()

    def _reading_cancelled(self) -> None:
        self._read_path = None  # choosing the file again reads it again
        self._say(
            translate(
                "certificate_fill", "Not read (cancelled); the file is still kept with the record."
            )
        )

    def _reading_failed(self, words: str) -> None:
        self._read_path = None
        self._say(
            escape(
                translate(
                    "certificate_fill",
                    "Could not read the details ({why}); the file is still kept with the record.",
                ).format(why=words)
            )
        )


@dataclass(frozen=True, slots=True)
class ReadCertificate:
    """A reading and the person it should be for."""

    reading: CertificateReading
    person: PersonRow


def reader_work(ctx: Context, person_id: int, path: Path) -> Callable[[Progress], ReadCertificate]:
    """The worker's job: read ``path`` (reporting 0-100) and look up the person."""

    def work(progress: Progress) -> ReadCertificate:
        reading = read_certificate(path, progress=lambda done: progress.step(done, 100))
        return ReadCertificate(reading, people.get_person(ctx, person_id))

    return work


def fill_form(
    form: FillsFromCertificate, found: ReadCertificate, *, untouched_date: bool
) -> list[str]:
    """Fill the empty fields of ``form`` from ``found``; the sentences to show under it."""
    reading = found.reading
    filled, kept = [], []
    late = ""
    for key, value in _values(reading).items():
        if value is None:
            continue
        current = _current(form, key, untouched_date)
        if key == "date" and reading.date and qdate(reading.date) > form.date.maximumDate():
            late = translate(
                "certificate_fill",
                "⚠ The certificate's date, {date}, is after today: enter the day you did it.",
            ).format(date=value)
        elif current is None:
            _put(form, key, value, reading)
            form.marks[key].set_state("check" if key in reading.unsure else "read")
            filled.append(key)
        elif current != value:
            kept.append(
                translate("certificate_fill", "{field} (the certificate says {value})").format(
                    field=field_words(key), value=value
                )
            )
    lines = _summary(reading, filled, kept) + ([late] if late else [])
    return lines + person_warnings(found.person, reading)


def _values(reading: CertificateReading) -> dict[str, str | None]:
    """The reading's fields as the form shows them."""
    hours = reading.hours
    return {
        "uan": reading.uan,
        "title": reading.title,
        "provider": reading.provider,
        "date": _day(reading.date) if reading.date else None,
        "hours": Hours.from_decimal(hours).shown() if isinstance(hours, Decimal) else None,
    }


def _current(form: FillsFromCertificate, key: str, untouched_date: bool) -> str | None:
    """What the field holds now, or None when it is empty (the date: never changed)."""
    if key == "date":
        return None if untouched_date else _day(form.date.value())
    edit = {"uan": form.uan, "title": form.title_edit, "provider": form.provider}.get(key)
    text = (edit or form.hours).text().strip()
    return (normalise(text) if key == "uan" else text) or None


def _put(form: FillsFromCertificate, key: str, value: str, reading: CertificateReading) -> None:
    if key == "date" and reading.date is not None:
        form.date.setDate(qdate(reading.date))
    elif key == "hours":
        form.use_contact_hours()
        form.hours.setText(value)
    else:
        {"uan": form.uan, "title": form.title_edit, "provider": form.provider}[key].setText(value)


def _summary(reading: CertificateReading, filled: list[str], kept: list[str]) -> list[str]:
    lines = []
    if filled:
        lines.append(
            translate("certificate_fill", "Filled from the certificate: {fields}").format(
                fields=joined([field_words(k) for k in filled])
            )
        )
        unsure = [field_words(k) for k in filled if k in reading.unsure]
        if unsure:
            lines.append(
                translate(
                    "certificate_fill",
                    "⚠ Please check the {fields}: the certificate was not clear.",
                ).format(fields=joined(unsure))
            )
    else:
        lines.append(translate("certificate_fill", "Nothing new to fill from the certificate."))
    if kept:
        lines.append(
            translate("certificate_fill", "Kept what you typed for the {fields}.").format(
                fields="; ".join(kept)
            )
        )
    missing = [field_words(k) for k, v in _values(reading).items() if v is None]
    if missing:
        lines.append(
            translate("certificate_fill", "Not found on the certificate: {fields}.").format(
                fields=joined(missing)
            )
        )
    return lines


def person_warnings(person: PersonRow, reading: CertificateReading) -> list[str]:
    """Sentences when the certificate's name or e-Profile ID is not the person's."""
    warnings = []
    if reading.participant and not same_person(person.name, reading.participant):
        warnings.append(
            translate(
                "certificate_fill",
                "⚠ This certificate is made out to {participant}, not {name}: "
                "check it is theirs before saving.",
            ).format(participant=reading.participant, name=person.name)
        )
    theirs = (person.nabp_eprofile_id or "").strip()
    if reading.eprofile_id and theirs and _digits(reading.eprofile_id) != _digits(theirs):
        warnings.append(
            translate(
                "certificate_fill",
                "⚠ The NABP e-Profile ID on the certificate ({found}) is not "
                "{name}'s ({theirs}): CPE Monitor credits it to that ID.",
            ).format(found=reading.eprofile_id, name=person.name, theirs=theirs)
        )
    return warnings


def same_person(recorded: str, printed: str) -> bool:
    """True when the name printed on a certificate is the recorded name.

    Case, accents, punctuation, word order and middle initials are ignored
    ("RUIZ, Ana M." is Ana Ruiz).
    """
    mine, theirs = _name_words(recorded), _name_words(printed)
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def _name_words(name: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return {w for w in re.split(r"[^a-z0-9']+", plain) if len(w) > 1}


def _day(day: dt.date) -> str:
    """As the date field shows it ("Mar 31, 2027"; "31 mar 2027" in Spanish)."""
    return date_text(day)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isalnum()).upper()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
