"""Define a credential type rxtracker does not know: an employer's training, another state."""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import STATES, Hours, InvalidInput
from rxtracker.domain.tags import KNOWN_TAGS
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import Context
from rxtracker.services.custom_types import (
    MAX_CYCLE_MONTHS,
    CustomTypeInput,
    MinHours,
    add_custom_type,
    build_mapping,
    credential_types,
)
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.common import TOPIC_WORDS
from rxtracker.ui.dialogs.guarded import GuardedDialog
from rxtracker.ui.hub import EventHub

NO_STATE = QT_TRANSLATE_NOOP("custom_type_dialog", "Not tied to a state")


def subject_choices() -> list[tuple[str, tuple[str, str]]]:
    """What a minimum can be about: an ACPE topic designator or a subject tag (label, key)."""
    topics = [
        (
            translate("custom_type_dialog", "ACPE topic {code}: {words}").format(
                code=code, words=words
            ),
            ("topic", code),
        )
        for code, words in TOPIC_WORDS.items()
        if code != "99"
    ]
    tags = [
        (translate("custom_type_dialog", "Subject: {label}").format(label=label), ("tag", tag))
        for tag, label in sorted(KNOWN_TAGS.items(), key=lambda kv: kv[1])
    ]
    return topics + tags


def _hours(text: str) -> Hours | None:
    try:
        return Hours.parse(text.strip()) if text.strip() else None
    except (InvalidInput, ArithmeticError):
        return None


class MinimumRow(QWidget):
    """One "at least N hours of …" line of a custom type."""

    changed = Signal()
    removed = Signal(object)  # this row

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = QLineEdit()
        self.hours.setAccessibleName(
            translate("custom_type_dialog", "Minimum {index}: hours").format(index=index)
        )
        self.hours.setPlaceholderText(translate("custom_type_dialog", "hours"))
        self.hours.setFixedWidth(80)  # the placeholder whole, even beside a long subject
        self.subject = QComboBox()
        self.subject.setAccessibleName(
            translate("custom_type_dialog", "Minimum {index}: subject or ACPE topic").format(
                index=index
            )
        )
        for label, key in subject_choices():
            self.subject.addItem(label, key)
        self.remove_button = QPushButton(translate("custom_type_dialog", "Remove"))
        self.remove_button.setAccessibleName(
            translate("custom_type_dialog", "Remove minimum {index}").format(index=index)
        )
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("custom_type_dialog", "At least")))
        row.addWidget(self.hours)
        row.addWidget(QLabel(translate("custom_type_dialog", "hours of")))
        row.addWidget(self.subject, 1)
        row.addWidget(self.remove_button)
        self.hours.textChanged.connect(lambda _t: self.changed.emit())
        self.subject.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def minimum(self) -> MinHours | None:
        """The minimum typed, or None while the hours are not a number."""
        hours = _hours(self.hours.text())
        if hours is None:
            return None
        kind, key = self.subject.currentData()
        label = self.subject.currentText().split(": ", 1)[1]
        if kind == "topic":
            return MinHours(hours, topic=key, label=f"{label} (ACPE topic {key})")
        return MinHours(hours, tag=key, label=label)


class CustomTypeDialog(GuardedDialog):
    """The form of a new credential type. Save stays disabled, with reasons, until it is valid."""

    saved = Signal(object)  # Outcome[CustomTypeRow]
    thing = QT_TRANSLATE_NOOP("guarded", "credential type")

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.hub = ctx, hub
        self.minimum_rows: list[MinimumRow] = []
        self.taken_ids = set(credential_types(ctx))
        self.setWindowTitle(translate("custom_type_dialog", "A credential type of your own"))
        self._build()
        self._update()
        self.remember_saved_state()

    def _build(self) -> None:
        intro = QLabel(
            translate(
                "custom_type_dialog",
                "For a credential rxtracker does not know yet, such as your employer's yearly "
                "training or a state that is not in the list. Copy the rules from the board's or "
                "employer's own page.",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.name = _line(
            translate("custom_type_dialog", "Name of the credential type"),
            translate("custom_type_dialog", "e.g. St. Mary's annual sterile training"),
        )
        form.addRow(translate("custom_type_dialog", "&Name:"), self.name)
        self.issuer = _line(
            translate("custom_type_dialog", "Who issues it"),
            translate("custom_type_dialog", "e.g. St. Mary's Hospital, or a state board"),
        )
        form.addRow(translate("custom_type_dialog", "&Issued by:"), self.issuer)
        self.state = QComboBox()
        self.state.setAccessibleName(translate("custom_type_dialog", "State"))
        self.state.addItem(translate("custom_type_dialog", NO_STATE), None)
        for code in sorted(STATES):
            self.state.addItem(code, code)
        form.addRow(translate("custom_type_dialog", "S&tate:"), self.state)
        self.cycle = QSpinBox()
        self.cycle.setAccessibleName(translate("custom_type_dialog", "Cycle length in months"))
        self.cycle.setRange(1, MAX_CYCLE_MONTHS)
        self.cycle.setValue(12)
        self.cycle.setSuffix(translate("custom_type_dialog", " months"))
        form.addRow(translate("custom_type_dialog", "Renewed &every:"), self.cycle)
        self.total = _line(
            translate("custom_type_dialog", "Total hours each cycle"),
            translate("custom_type_dialog", "e.g. 10, or 0 (CPR/BLS)"),
        )
        self.total.setMaximumWidth(100)
        form.addRow(translate("custom_type_dialog", "Total &hours each cycle:"), self.total)
        form.addRow(translate("custom_type_dialog", "Minimum hours by subject:"), self._minimums())
        self.items = QPlainTextEdit()
        self.items.setAccessibleName(
            translate("custom_type_dialog", "Other things to do each cycle, one per line")
        )
        self.items.setPlaceholderText(
            translate(
                "custom_type_dialog", "Optional, one per line, e.g. Annual competency attestation"
            )
        )
        self.items.setTabChangesFocus(True)
        self.items.setFixedHeight(self.items.fontMetrics().height() * 3 + 12)
        form.addRow(translate("custom_type_dialog", "Other things to &do\neach cycle:"), self.items)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName(
            translate("custom_type_dialog", "What is still needed before saving")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.reasons)
        layout.addWidget(self.buttons)
        for signal in (self.name.textChanged, self.issuer.textChanged, self.total.textChanged):
            signal.connect(self._update)
        self.items.textChanged.connect(self._update)
        self.resize(620, self.sizeHint().height())

    def _minimums(self) -> QWidget:
        column = QWidget()
        self.minimums_box = QVBoxLayout(column)
        self.minimums_box.setContentsMargins(0, 0, 0, 0)
        self.add_minimum_button = QPushButton(
            translate("custom_type_dialog", "Add a minimum (e.g. 1 hour of law)")
        )
        self.add_minimum_button.setAutoDefault(False)
        self.add_minimum_button.clicked.connect(self.add_minimum)
        self.minimums_box.addWidget(self.add_minimum_button)
        return column

    def add_minimum(self) -> MinimumRow:
        """Add an empty "at least N hours of …" line and put the cursor in it."""
        row = MinimumRow(len(self.minimum_rows) + 1)
        row.changed.connect(self._update)
        row.removed.connect(self._remove_minimum)
        self.minimums_box.insertWidget(len(self.minimum_rows), row)
        self.minimum_rows.append(row)
        row.hours.setFocus()
        self._update()
        return row

    def _remove_minimum(self, row: MinimumRow) -> None:
        self.minimum_rows.remove(row)
        row.deleteLater()
        self.add_minimum_button.setFocus()
        self._update()

    # ------------------------------------------------------------------ checking

    def snapshot(self) -> Hashable:
        """Every field, to tell an untouched form from a typed one."""
        minimums = tuple((r.hours.text(), r.subject.currentIndex()) for r in self.minimum_rows)
        return (
            self.name.text(),
            self.issuer.text(),
            self.state.currentIndex(),
            self.cycle.value(),
            self.total.text(),
            minimums,
            self.items.toPlainText(),
        )

    def entered(self) -> CustomTypeInput:
        """The form as a service input (minimums whose hours are not numbers are left out)."""
        total = _hours(self.total.text()) or Hours(0)
        minimums = tuple(m for m in (r.minimum() for r in self.minimum_rows) if m is not None)
        lines = (line.strip() for line in self.items.toPlainText().splitlines())
        hours_words = (
            total.describe() if total.hundredths else translate("custom_type_dialog", "some hours")
        )
        return CustomTypeInput(
            name=self.name.text(),
            issuer=self.issuer.text(),
            cycle_months=self.cycle.value(),
            total_hours=total,
            minimums=minimums,
            items=tuple(line for line in lines if line),
            state=self.state.currentData(),
            summary=translate(
                "custom_type_dialog", "{hours} of CE every {months} months (your own rules)."
            ).format(hours=hours_words, months=self.cycle.value()),
        )

    def problems(self) -> list[tuple[QWidget, str]]:
        """What keeps Save disabled: (the field, the reason in words)."""
        found: list[tuple[QWidget, str]] = []
        if not self.name.text().strip():
            found.append(
                (
                    self.name,
                    translate("custom_type_dialog", "Enter the name of the credential type"),
                )
            )
        if not self.issuer.text().strip():
            found.append((self.issuer, translate("custom_type_dialog", "Enter who issues it")))
        total = _hours(self.total.text())
        if not self.total.text().strip():
            found.append(
                (self.total, translate("custom_type_dialog", "Enter the total hours each cycle"))
            )
        elif total is None:
            found.append(
                (
                    self.total,
                    translate(
                        "custom_type_dialog", "Total hours must be a number such as 10 or {example}"
                    ).format(example=Hours(250).shown()),
                )
            )
        for index, row in enumerate(self.minimum_rows, 1):
            if row.minimum() is None:
                found.append(
                    (
                        row.hours,
                        translate(
                            "custom_type_dialog", "Minimum {index}: enter the hours as a number"
                        ).format(index=index),
                    )
                )
        if found:
            return found
        return self._service_problems()

    def _service_problems(self) -> list[tuple[QWidget, str]]:
        data = self.entered()
        try:
            mapping = build_mapping(data, self.ctx.clock.today())
        except InvalidInput as exc:
            return [(self._field_widget(exc.field), exc.sentence)]
        if mapping["id"] in self.taken_ids:
            return [
                (
                    self.name,
                    translate(
                        "custom_type_dialog", "A credential type with this name already exists"
                    ),
                )
            ]
        return []

    def _field_widget(self, field: str) -> QWidget:
        if field.startswith("minimum "):
            index = int(field.split()[1]) - 1
            if 0 <= index < len(self.minimum_rows):
                return self.minimum_rows[index].hours
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "issuer": self.issuer,
            "total hours": self.total,
            "cycle months": self.cycle,
            "state": self.state,
        }
        return widgets.get(field, self.items)

    def _update(self) -> None:
        self.show_problems(
            self.problems(),
            [self.name, self.issuer, self.total, self.items, *(r.hours for r in self.minimum_rows)],
            self.save_button,
            self.reasons,
        )

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Save through the services; a problem keeps the form open with the reason."""
        if self.problems():
            return
        data = self.entered()
        save_and_close(
            self,
            self.hub,
            self.saved,
            translate("custom_type_dialog", "Save the type {name}").format(name=data.name),
            lambda: add_custom_type(self.ctx, data),
            problem=self.reasons,
            message=lambda o: translate(
                "custom_type_dialog", "Saved the type {name}: add it with “Add a credential…”."
            ).format(name=o.value.credential_type.name),
        )


def _line(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit
