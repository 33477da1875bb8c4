"""The change history of a record, read-only, and who the app is acting as.

The rows are written by the database layer (``rxtracker.db.history``) in the same
transaction as every change; nothing here can write or edit them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from rxtracker.db import Person
from rxtracker.db.history import BATCH_FIELD, BATCH_FILE_FIELD, BATCH_IDS_FIELD
from rxtracker.db.models import ChangeHistory
from rxtracker.db.renewals import history_value_parts
from rxtracker.db.undelete import KEPT
from rxtracker.domain import Hours, InvalidInput, NotFound, Role, date_text
from rxtracker.i18n import QT_TRANSLATE_NOOP, language, translate
from rxtracker.services.batch_history import batch_creation
from rxtracker.services.changes import ENTITIES as ENTITIES  # re-exported
from rxtracker.services.context import Context

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("history", "Created"),
    "update": QT_TRANSLATE_NOOP("history", "Changed"),
    "delete": QT_TRANSLATE_NOOP("history", "Deleted"),
}
#: Field names in English words (``FieldChange.field``); the stored names are the columns.
_FIELD_NAMES = {
    "hours_hundredths": "hours",
    "completed_on": "date",
    "type_id": "credential type",
    "expires_on": "expires",
    "home_state": "home state",
    "person_id": "person id",
    "verified_by_id": "verified by (person id)",
    "verified_by_user": "verified by (login)",
    "verification_note": "verification note",
    "archive_report": "archive report (not a check made here)",
    "import_batch_id": "import",
    "attachments": "certificates",
    BATCH_FIELD: "import",
    BATCH_FILE_FIELD: "import file",
    BATCH_IDS_FIELD: "activities imported (ids)",
}
#: Each field's name as a person reads it, by its name in English words (a field not listed,
#: from a column added later, is shown by that name).
_LABELS = {
    "name": QT_TRANSLATE_NOOP("history", "name"),
    "email": QT_TRANSLATE_NOOP("history", "email"),
    "role": QT_TRANSLATE_NOOP("history", "role"),
    "home state": QT_TRANSLATE_NOOP("history", "home state"),
    "nabp eprofile id": QT_TRANSLATE_NOOP("history", "NABP e-Profile ID"),
    "ptcb number": QT_TRANSLATE_NOOP("history", "ptcb number"),
    "nha number": QT_TRANSLATE_NOOP("history", "nha number"),
    "notes": QT_TRANSLATE_NOOP("history", "notes"),
    "active": QT_TRANSLATE_NOOP("history", "active"),
    "person id": QT_TRANSLATE_NOOP("history", "person id"),
    "credential type": QT_TRANSLATE_NOOP("history", "credential type"),
    "number": QT_TRANSLATE_NOOP("history", "number"),
    "state": QT_TRANSLATE_NOOP("history", "state"),
    "issued on": QT_TRANSLATE_NOOP("history", "issued on"),
    "expires": QT_TRANSLATE_NOOP("history", "expires"),
    "cycle start": QT_TRANSLATE_NOOP("history", "cycle start"),
    "status notes": QT_TRANSLATE_NOOP("history", "status notes"),
    "initial cycle": QT_TRANSLATE_NOOP("history", "initial cycle"),
    "title": QT_TRANSLATE_NOOP("history", "title"),
    "provider": QT_TRANSLATE_NOOP("history", "provider"),
    "date": QT_TRANSLATE_NOOP("history", "date"),
    "hours": QT_TRANSLATE_NOOP("history", "hours"),
    "uan": QT_TRANSLATE_NOOP("history", "UAN"),
    "ceus": QT_TRANSLATE_NOOP("history", "CEUs"),
    "format": QT_TRANSLATE_NOOP("history", "format"),
    "topic": QT_TRANSLATE_NOOP("history", "topic"),
    "audience": QT_TRANSLATE_NOOP("history", "audience"),
    "category": QT_TRANSLATE_NOOP("history", "category"),
    "source": QT_TRANSLATE_NOOP("history", "source"),
    "recognized program": QT_TRANSLATE_NOOP("history", "recognized program"),
    "cpe monitor seen on": QT_TRANSLATE_NOOP("history", "cpe monitor seen on"),
    "import": QT_TRANSLATE_NOOP("history", "import"),
    "verification": QT_TRANSLATE_NOOP("history", "verification"),
    "verified by (person id)": QT_TRANSLATE_NOOP("history", "verified by (person id)"),
    "verified by (login)": QT_TRANSLATE_NOOP("history", "verified by (login)"),
    "verified at": QT_TRANSLATE_NOOP("history", "verified at"),
    "verification note": QT_TRANSLATE_NOOP("history", "verification note"),
    "archive report (not a check made here)": QT_TRANSLATE_NOOP(
        "history", "archive report (not a check made here)"
    ),
    "tags": QT_TRANSLATE_NOOP("history", "tags"),
    "certificates": QT_TRANSLATE_NOOP("history", "certificates"),
    "import file": QT_TRANSLATE_NOOP("history", "import file"),
    "activities imported (ids)": QT_TRANSLATE_NOOP("history", "activities imported (ids)"),
    "renewal applied": QT_TRANSLATE_NOOP("history", "renewal applied"),
    "renewal returned": QT_TRANSLATE_NOOP("history", "renewal returned"),
    "renewal resubmitted": QT_TRANSLATE_NOOP("history", "renewal resubmitted"),
    "renewal approved": QT_TRANSLATE_NOOP("history", "renewal approved"),
    "renewal confirmed": QT_TRANSLATE_NOOP("history", "renewal confirmed"),
    "audit notice": QT_TRANSLATE_NOOP("history", "audit notice"),
    "audit documents sent": QT_TRANSLATE_NOOP("history", "audit documents sent"),
    "audit outcome": QT_TRANSLATE_NOOP("history", "audit outcome"),
}
#: The values this module writes itself (JSON keeps them in English), and their words.
_YES, _NO, _NONE = "yes", "no", "(none)"
_VALUE_WORDS = {
    _YES: QT_TRANSLATE_NOOP("history", "yes"),
    _NO: QT_TRANSLATE_NOOP("history", "no"),
    _NONE: QT_TRANSLATE_NOOP("history", "(none)"),
}
#: Fields whose stored codes have their own words in the domain (``Role.label``).
_LABELLED = {"role": {r.value: r for r in Role}}
#: Stored codes in words, by field (JSON keeps the codes).
_CODE_WORDS = {
    "audience": {
        "T": QT_TRANSLATE_NOOP("history", "technicians"),
        "P": QT_TRANSLATE_NOOP("history", "pharmacists"),
    },
    "format": {
        "home": QT_TRANSLATE_NOOP("history", "home study"),
        "live": QT_TRANSLATE_NOOP("history", "live"),
        "unknown": QT_TRANSLATE_NOOP("history", "not stated"),
    },
    "source": {
        "manual": QT_TRANSLATE_NOOP("history", "typed in"),
        "import": QT_TRANSLATE_NOOP("history", "imported"),
    },
    "category": {
        "acpe": QT_TRANSLATE_NOOP("history", "ACPE-accredited"),
        "college": QT_TRANSLATE_NOOP("history", "college course"),
        "in-service": QT_TRANSLATE_NOOP("history", "in-service"),
        "employer": QT_TRANSLATE_NOOP("history", "employer training"),
        "other": QT_TRANSLATE_NOOP("history", "other"),
    },
    "verification": {
        "unverified": QT_TRANSLATE_NOOP("history", "not checked yet"),
        "verified": QT_TRANSLATE_NOOP("history", "verified"),
        "returned": QT_TRANSLATE_NOOP("history", "sent back"),
    },
}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a change: its name and its old and new values, as text.

    ``field`` is the name in English words that scripts and the front ends match ("hours",
    "expires"); ``label`` is what a person reads, in the interface language.
    """

    field: str
    old: str | None
    new: str | None

    @property
    def label(self) -> str:
        """The field's name as a person reads it ("UAN"; "la fecha" in Spanish)."""
        label = _LABELS.get(self.field)
        return translate("history", label) if label else self.field


def value_words(text: str | None, field: str = "") -> str | None:
    """A value as a person reads it: a stored code in words, a yes, a no, an empty list.

    A code of ``field`` ("home" of "format") reads "home study". Other values are returned
    as they are (the front ends put dates in words).

    Args:
        text: the value (``FieldChange.old`` or ``new``).
        field: its field's name in English words (``FieldChange.field``).
    """
    if text and (step := _step_words(field, text)) is not None:
        return step
    if field in _LABELLED and text in _LABELLED[field]:
        return _LABELLED[field][text].label  # the code's own words ("técnico")
    words = _CODE_WORDS.get(field, {}).get(text or "") or _VALUE_WORDS.get(text or "")
    return translate("history", words) if words else text


def _step_words(field: str, text: str) -> str | None:
    """A renewal step's or an audit's value in words; None for another value, or in English.

    English shows the value as it was stored ("2026-12-01, fee $50").
    """
    parts = history_value_parts(field, text)
    if parts is None or language() == "en":
        return None

    def day(key: str) -> str:
        return date_text(dt.date.fromisoformat(parts[key]))

    if field == "audit notice":
        words = translate("history", "received {date}, documents due {due}")
        return words.format(date=day("on"), due=day("due"))
    if field == "audit outcome":
        if parts["outcome"] == "passed":
            return translate("history", "passed on {date}").format(date=day("on"))
        return translate("history", "not passed on {date}").format(date=day("on"))
    said = [day("on")]
    said += [translate("history", "fee ${fee}").format(fee=parts["fee"])] if "fee" in parts else []
    said += [parts["reasons"]] if "reasons" in parts else []
    expires = translate("history", "new expiration {date}")
    said += [expires.format(date=day("expires"))] if "expires" in parts else []
    return ", ".join(said)


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One recorded change of a record."""

    id: int
    changed_at: dt.datetime  # UTC
    app_user: str
    acting_person_id: int | None
    acting_person_name: str | None
    entity: str
    entity_id: int
    action: str  # create / update / delete
    fields: tuple[FieldChange, ...]

    @property
    def action_label(self) -> str:
        """'Created', 'Changed' or 'Deleted'."""
        label = ACTIONS.get(self.action)
        return translate("history", label) if label else self.action

    @property
    def who(self) -> str:
        """'dana (as Dana Cole)' or 'dana'."""
        if self.acting_person_name:
            words = translate("history", "{login} (as {person})")
            return words.format(login=self.app_user, person=self.acting_person_name)
        return self.app_user


def set_acting_person(ctx: Context, person_id: int | None) -> None:
    """Name ``person_id`` as the one making the changes that follow (None: nobody)."""
    ctx.db.actor = dataclasses.replace(ctx.db.actor, person_id=person_id)


def record_history(ctx: Context, entity: str, entity_id: int) -> list[ChangeRow]:
    """Every recorded change of one person, credential or activity, oldest first.

    Raises:
        InvalidInput: field "record": not one of person, credential, activity.
    """
    if entity not in ENTITIES:
        problem = translate("history", "{record} is not one of {known}")
        raise InvalidInput("record", problem.format(record=repr(entity), known=", ".join(ENTITIES)))
    with ctx.db.read() as session:
        rows = list(
            session.scalars(
                select(ChangeHistory)
                .where(ChangeHistory.entity == entity, ChangeHistory.entity_id == entity_id)
                .order_by(ChangeHistory.id)
            )
        )
        if entity == "activity" and not any(r.action == "create" for r in rows):
            rows = [*batch_creation(session, entity_id, rows), *rows]
        actors = {r.acting_person_id for r in rows if r.acting_person_id is not None}
        names = {
            person.id: person.name
            for person in session.scalars(select(Person).where(Person.id.in_(actors)))
        }
    if not rows:
        raise NotFound(entity, entity_id)
    return [_row(r, names) for r in rows]


def _row(r: ChangeHistory, names: dict[int, str]) -> ChangeRow:
    changes: dict[str, list[Any]] = json.loads(r.changes)
    return ChangeRow(
        id=r.id,
        changed_at=r.changed_at,
        app_user=r.app_user,
        acting_person_id=r.acting_person_id,
        acting_person_name=names.get(r.acting_person_id) if r.acting_person_id else None,
        entity=r.entity,
        entity_id=r.entity_id,
        action=r.action,
        fields=tuple(
            _field(name, old, new) for name, (old, new) in sorted(changes.items()) if name != KEPT
        ),
    )


def _field(name: str, old: Any, new: Any) -> FieldChange:
    label = _FIELD_NAMES.get(name, name.replace("_", " "))
    if name == "hours_hundredths":
        return FieldChange(label, _hours(old), _hours(new))
    return FieldChange(label, _text(old), _text(new))


def _hours(value: Any) -> str | None:
    return None if value is None else str(Hours(int(value)))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return _YES if value else _NO
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or _NONE
    return str(value)
