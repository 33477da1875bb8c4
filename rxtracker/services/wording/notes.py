"""A result's notes (``rxtracker.engine.notes``) in sentences, in the interface language.

"Apply by 2027-02-01 to avoid the $25 late fee; CE completed up to the expiration date,
2027-02-28, still counts." The engine gives the dates, fees and catalog texts; the words are
made here, the catalog's own through ``labels`` (its Spanish where it gives one).
"""

from __future__ import annotations

from collections.abc import Iterable

from rxtracker.engine.notes import (
    ApplyBy,
    CatalogNote,
    FirstPeriod,
    FirstShare,
    FulfilledBy,
    LateRenewal,
    NeedsBase,
    NoCe,
    NoRenewal,
    NotConfirmed,
    OlderRules,
    Reinstating,
)
from rxtracker.engine.reasons import ConditionalShortfall, Note
from rxtracker.i18n import data_text, translate
from rxtracker.services.wording.labels import catalog_text, requirement_label, sentence_date
from rxtracker.services.wording.shortfalls import conditional_text, either


def note_texts(notes: Iterable[Note]) -> tuple[str, ...]:
    """A result's notes as sentences."""
    return tuple(note_text(n) for n in notes)


def note_text(note: Note) -> str:
    """One note as a sentence (a sentence a service already worded is kept as it is)."""
    if isinstance(note, str):
        return note
    if isinstance(note, ConditionalShortfall):
        return conditional_text(note)
    if isinstance(note, CatalogNote):
        return data_text(note.text)
    if isinstance(note, FirstPeriod):
        return first_period_text(note)
    if isinstance(note, (Reinstating, ApplyBy, LateRenewal)):
        return _renewal_text(note)
    return _other_text(note)


def _other_text(
    note: NoCe | OlderRules | NotConfirmed | NeedsBase | FulfilledBy | NoRenewal,
) -> str:
    if isinstance(note, NoCe):
        return _no_ce(note)
    if isinstance(note, OlderRules):
        text = translate("notes", "This cycle is judged by the rules in force from {date}.")
        return _then(text.format(date=sentence_date(note.effective_from)), data_text(note.note))
    if isinstance(note, NotConfirmed):
        label = requirement_label(note.requirement_id, note.label)
        text = translate("notes", "Not confirmed: {what}.").format(what=label)
        return _then(text, catalog_text(note.requirement_id, note.note))
    if isinstance(note, NeedsBase):
        return translate(
            "notes", "{name} needs a {needs} in good standing; none is recorded."
        ).format(name=data_text(note.name), needs=either(data_text(n) for n in note.needs))
    if isinstance(note, FulfilledBy):
        return translate(
            "notes", "CE fulfilled by your current {name} certification ({issuer})."
        ).format(name=data_text(note.name), issuer=note.issuer)
    if note.expires:
        return translate("notes", "{name} has no renewal cycle.").format(name=data_text(note.name))
    return translate(
        "notes", "{name} has no renewal cycle: it is held with no expiration date."
    ).format(name=data_text(note.name))


def _then(first: str, more: str) -> str:
    """Two sentences, the second left out when empty."""
    return f"{first} {more}" if more else first


def _no_ce(note: NoCe) -> str:
    fields = {"issuer": note.issuer, "name": data_text(note.name)}
    if note.found:
        text = translate("notes", "The {issuer} asks no CE to renew the {name}.")
    else:
        text = translate(
            "notes",
            "rxtracker found no official statement of the CE needed to renew the {name}: "
            "no hours are evaluated; ask the {issuer}.",
        )
    still = [
        translate("notes", "Still applies: {what}").format(what=data_text(s))
        for s in note.still_applies
    ]
    return " ".join([text.format(**fields), *still])


def _ago(days: int) -> str:
    """' (98 days ago)', or '' for none."""
    return translate("notes", " (%n day(s) ago)", None, days) if days else ""


def _renewal_text(note: Reinstating | ApplyBy | LateRenewal) -> str:
    if isinstance(note, Reinstating):
        fee = ""
        if note.fee:
            fee = translate("notes", " (reinstatement fee ${fee})").format(fee=note.fee)
        text = translate(
            "notes",
            "Expired on {expired}{ago}. Reinstatement is possible until {until}{fee}: "
            "CE dated {start} to {until} counts, judged by the {rules} rules.",
        ).format(
            expired=sentence_date(note.expired_on),
            ago=_ago(note.days_ago),
            until=sentence_date(note.until),
            fee=fee,
            start=sentence_date(note.start),
            rules=data_text(note.rules_name),
        )
        return _then(text, data_text(note.summary))
    if isinstance(note, ApplyBy):
        fields = {
            "date": sentence_date(note.deadline),
            "fee": note.late_fee,
            "end": sentence_date(note.expires),
        }
        if note.late_fee:
            text = translate(
                "notes",
                "Apply by {date} to avoid the ${fee} late fee; "
                "CE completed up to the expiration date, {end}, still counts.",
            )
        else:
            text = translate(
                "notes",
                "Apply by {date}; CE completed up to the expiration date, {end}, still counts.",
            )
        return text.format(**fields)
    return translate(
        "notes",
        "Expired on {expired}{ago}; late renewal is possible until {until} (late fees may apply).",
    ).format(
        expired=sentence_date(note.expired_on),
        ago=_ago(note.days_ago),
        until=sentence_date(note.until),
    )


def first_period_text(note: FirstPeriod) -> str:
    """'First registration period (read from the issued date; CE waived).' and the like."""
    if note.inferred:
        how = translate("notes", "read from the issued date")
    else:
        how = translate("notes", "as recorded on the credential")
    if note.share == FirstShare.NONE_ASKED:
        return translate("notes", "First registration period ({how}).").format(how=how)
    if note.share == FirstShare.NEEDS_ISSUE_DATE:
        return translate(
            "notes",
            "First registration period ({how}); enter the date the credential was issued "
            "to apply the first-renewal proration.",
        ).format(how=how)
    if note.share == FirstShare.FULL:
        return translate("notes", "First registration period ({how}): full hours.").format(how=how)
    details = [how]
    months = note.months  # a plain name: pyside6-lupdate loses a plural whose n is a.b
    if months is not None:
        details.append(translate("notes", "registered %n month(s) before expiration", None, months))
    details.append(_share(note))
    text = translate("notes", "First registration period ({details}).").format(
        details="; ".join(details)
    )
    return _then(text, data_text(note.note))


def _share(note: FirstPeriod) -> str:
    """'CE waived', 'CE 50% of the hours'... (what a tier asks)."""
    if note.per_month is not None:
        return translate("notes", "CE {hours} hours for each month registered").format(
            hours=note.per_month.shown()
        )
    if note.prorate:
        return translate("notes", "CE hours in proportion to the months registered")
    if note.percent == 0:
        return translate("notes", "CE waived")
    return translate("notes", "CE {percent}% of the hours").format(percent=note.percent)
