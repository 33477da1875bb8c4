"""A person archive's ``person.json`` read within bounds and checked like typed input.

An archive is untrusted: it may have been edited by hand or made to hurt. Before anything is
written, ``read_payload`` reads the document with every list counted as it is read (the
file's size was bounded before it was unpacked), and ``check_records`` puts every field of
every record through the checks the same field gets when typed: the person, credentials
(with their past cycles and items), activities (with their tags, certificate records and
the check reported by the other workplace) and periods of work.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from rxtracker.catalog import Catalog
from rxtracker.catalog.pathways import recognized_programs
from rxtracker.db.renewals import EVENT_STEPS
from rxtracker.domain import Category, Hours, InvalidInput, Role, Source, Verification
from rxtracker.exchange.bounded_json import TooMany, read_object
from rxtracker.services.certificates import MAX_CERTIFICATE_BYTES
from rxtracker.services.credential_items import item_labels
from rxtracker.services.credentials import checked_credential
from rxtracker.services.experience import ExperienceInput
from rxtracker.services.inputs import (
    EARLIEST_DATE,
    NAME_LIMIT,
    NOTES_LIMIT,
    VERIFICATION_NOTE_LIMIT,
    ActivityInput,
    CredentialInput,
    PersonInput,
    clean_text,
)

PERSON_JSON = "person.json"
FIELD = "archive"
#: The most records of each kind one person's archive may hold (a working life of CE is a
#: few thousand activities; a supervisor's long-kept records, tens of thousands); nested
#: lists are per record.
LIMITS: dict[str, int] = {"credentials": 100, "activities": 50_000, "experience": 200}
NESTED_LIMITS: dict[str, int] = {
    "past_cycles": 200,
    "items": 200,
    "renewal_events": 500,
    "audits": 100,
    "tags": 50,
    "attachments": 20,
}
#: The lists a person archive holds, and the lists inside each of their records.
SHAPE: dict[str, tuple[str, ...]] = {
    "credentials": ("past_cycles", "items", "renewal_events", "audits"),
    "activities": ("tags", "attachments"),
    "experience": (),
}
#: How rxtracker names a stored certificate: its sha256 and the type's extension.
STORED_NAME = re.compile(r"[0-9a-f]{64}\.(pdf|png|jpg)")
_MEDIA_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}
_FILE_NAME_LIMIT = 255
_REPORT_LIMIT = 2600  # a verifier's name, a date, a note and a CPE Monitor date, in words
#: The archived columns that say what the other workplace saw; kept only as its report.
REPORTED = frozenset(
    {"verification", "verified_by_user", "verified_at", "verification_note"}
    | {"cpe_monitor_seen_on", "archive_report"}
)


def read_payload(path: Path) -> dict[str, Any]:
    """``person.json``, its lists counted while read.

    Raises:
        InvalidInput: field "archive": not readable, not shaped like a person archive, or
            holding more records than a person archive may.
    """
    try:
        data = read_object(path.read_text(encoding="utf-8"), LIMITS)
        if not isinstance(data.get("person"), dict):
            raise ValueError("no person in it")
        for key, nested in SHAPE.items():
            records = data.get(key, [])
            if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
                raise ValueError(f"{key} is not a list of records")
            for record in records:
                _check_nested(record, key, nested)
    except TooMany as exc:
        raise InvalidInput(
            FIELD, f"{PERSON_JSON} holds {exc}; a person archive holds at most {exc.limit:,}"
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput(FIELD, f"{PERSON_JSON} is not readable ({exc})") from None
    return data


def _check_nested(record: dict[str, Any], key: str, nested: tuple[str, ...]) -> None:
    for inner in nested:
        values = record.get(inner, [])
        if not isinstance(values, list):
            raise ValueError(f"{inner} of a {key[:-1]} is not a list")
        if len(values) > NESTED_LIMITS[inner]:
            raise TooMany(f"{inner} in one of its {key}", NESTED_LIMITS[inner])
        if inner != "tags" and not all(isinstance(v, dict) for v in values):
            raise ValueError(f"{inner} of a {key[:-1]} is not a list of records")


def check_records(catalog: Catalog, data: dict[str, Any], today: dt.date) -> None:
    """Every archived record must pass the checks typed input gets (names what is wrong).

    Raises:
        InvalidInput: field "archive", naming the record and the field.
    """
    _checked("the person", partial(_clean_person, data["person"]))
    for values in data.get("credentials", []):
        what = f"the credential {str(values.get('type_id'))[:60]!r}"
        _checked(what, partial(_check_credential, catalog, values, today))
    programs = recognized_programs(catalog.types.values())
    for values in data.get("activities", []):
        what = f"the activity {str(values.get('title'))[:60]!r}"
        _checked(what, partial(_check_activity, values, today, programs))
    for values in data.get("experience", []):
        what = f"the work period {str(values.get('role'))[:60]!r}"
        _checked(what, partial(_experience_input(values).cleaned, today))


def _checked(what: str, check: Callable[[], object]) -> None:
    try:
        check()
    except InvalidInput as exc:
        raise InvalidInput(FIELD, f"{what} in {PERSON_JSON}: {exc}") from None
    except KeyError as exc:
        raise InvalidInput(FIELD, f"{what} in {PERSON_JSON}: {exc} is missing") from None
    except (ValueError, TypeError, AttributeError) as exc:
        raise InvalidInput(FIELD, f"{what} in {PERSON_JSON} cannot be read ({exc})") from None


def day(value: object) -> dt.date | None:
    """An ISO date from the archive, or None."""
    return None if value is None else dt.date.fromisoformat(str(value))


def _in_range(value: object, field: str, today: dt.date, *, required: bool) -> dt.date | None:
    parsed = day(value)
    if parsed is None:
        if required:
            raise InvalidInput(field, "is empty")
        return None
    if parsed < EARLIEST_DATE:
        raise InvalidInput(field, f"{parsed} is before {EARLIEST_DATE}")
    if parsed > today:
        raise InvalidInput(field, f"{parsed} is in the future")
    return parsed


def _moment(value: object, field: str, today: dt.date) -> None:
    if value is None:
        return
    moment = dt.datetime.fromisoformat(str(value))
    _in_range(moment.date().isoformat(), field, today, required=True)


def _text(values: dict[str, Any], key: str, field: str, limit: int) -> str:
    value = values.get(key)
    if value is not None and not isinstance(value, str):
        raise InvalidInput(field, "is not text")
    return clean_text(value, field, limit=limit, required=False)


# ---------------------------------------------------------------- people and credentials


def _clean_person(v: dict[str, Any]) -> object:
    return PersonInput(
        name=v["name"],
        email=v.get("email"),
        role=Role(v.get("role", "technician")),
        home_state=v.get("home_state"),
        nabp_eprofile_id=v.get("nabp_eprofile_id"),
        ptcb_number=v.get("ptcb_number"),
        nha_number=v.get("nha_number"),
        notes=v.get("notes") or "",
    ).cleaned()


def _check_credential(catalog: Catalog, v: dict[str, Any], today: dt.date) -> None:
    data = CredentialInput(
        type_id=str(v["type_id"]),
        expires_on=day(v.get("expires_on")),
        number=v.get("number"),
        state=v.get("state"),
        issued_on=day(v.get("issued_on")),
        cycle_start=day(v.get("cycle_start")),
        status_notes=v.get("status_notes") or "",
    )
    if data.type_id not in catalog:
        raise InvalidInput("credential type", "that credential type is not known here")
    checked_credential(catalog, data)
    for cycle in v.get("past_cycles", []):
        _check_past_cycle(cycle, today)
    labels = item_labels(catalog.get(data.type_id))
    for item in v.get("items", []):
        if item["requirement_id"] not in labels:
            known = ", ".join(sorted(labels)) or "none"
            raise InvalidInput(
                "requirement",
                f"{str(item['requirement_id'])[:60]!r} is not an item of {data.type_id} "
                f"(its items: {known})",
            )
        _in_range(item.get("done_on"), "item done on", today, required=True)
        _text(item, "note", "item note", NOTES_LIMIT)
    for event in v.get("renewal_events", []):
        _check_event(event, today)
    for audit in v.get("audits", []):
        _check_audit(audit, today)


def _check_event(event: dict[str, Any], today: dt.date) -> None:
    """A step of a renewal application (issue 20): a known step on a real day."""
    if event.get("step") not in EVENT_STEPS:
        raise InvalidInput("renewal step", f"{str(event.get('step'))[:30]!r} is not a step")
    _in_range(event.get("happened_on"), "renewal step on", today, required=True)
    for key in ("cycle_expires_on", "new_expires_on"):
        day(event.get(key))
    _text(event, "reasons", "renewal reasons", NOTES_LIMIT)
    _text(event, "fee", "renewal fee", 20)


def _check_audit(audit: dict[str, Any], today: dt.date) -> None:
    """An audit: noticed on a real day, due on or after it, a known outcome."""
    noticed = _in_range(audit.get("noticed_on"), "audit noticed on", today, required=True)
    due = day(audit.get("due_on"))
    if due is None or (noticed is not None and due < noticed):
        raise InvalidInput("audit due on", "is empty or before the notice")
    _in_range(audit.get("submitted_on"), "audit sent on", today, required=False)
    _in_range(audit.get("outcome_on"), "audit outcome on", today, required=False)
    if audit.get("outcome", "") not in ("", "passed", "failed"):
        raise InvalidInput("audit outcome", "must be passed, failed or empty")
    _text(audit, "note", "audit note", NOTES_LIMIT)


def _check_past_cycle(cycle: dict[str, Any], today: dt.date) -> None:
    """A closed cycle: renewed on a real day, not before 1970, after its cycle began."""
    renewed = _in_range(cycle.get("renewed_on"), "past cycle renewed on", today, required=True)
    expires = day(cycle.get("expires_on"))
    start = _in_range(cycle.get("cycle_start"), "past cycle start", today, required=False)
    if expires is None:
        raise InvalidInput("past cycle expires on", "is empty")
    if expires < EARLIEST_DATE:
        raise InvalidInput("past cycle expires on", f"{expires} is before {EARLIEST_DATE}")
    if start is not None and start > expires:
        raise InvalidInput("past cycle start", f"{start} is after its expiration {expires}")
    if renewed is not None and start is not None and renewed < start:
        raise InvalidInput("past cycle renewed on", f"{renewed} is before the cycle began {start}")
    _text(cycle, "notes", "past cycle notes", NOTES_LIMIT)


# ---------------------------------------------------------------- activities


def activity_input(v: dict[str, Any]) -> ActivityInput:
    """The typed-input form of an archived activity."""
    hundredths = v["hours_hundredths"]
    if not isinstance(hundredths, int) or isinstance(hundredths, bool):
        raise TypeError("hours_hundredths is not a whole number")
    completed = day(v["completed_on"])
    if completed is None:
        raise ValueError("completed_on is empty")
    return ActivityInput(
        title=v["title"],
        completed_on=completed,
        hours=Hours(hundredths),
        provider=v.get("provider") or "",
        uan=v.get("uan"),
        category=Category(v["category"]),
        tags=tuple(str(t) for t in v.get("tags", [])),
        notes=v.get("notes") or "",
        source=Source(v.get("source", "manual")),
    )


def _check_activity(v: dict[str, Any], today: dt.date, programs: dict[str, str]) -> None:
    activity_input(v).cleaned(today)
    program = v.get("recognized_program")
    if program is not None and program not in programs:
        raise InvalidInput(
            "recognized program", f"{str(program)[:60]!r} is not a program rxtracker knows"
        )
    Verification(v.get("verification") or "unverified")
    _moment(v.get("verified_at"), "verified at", today)
    _text(v, "verified_by_name", "verified by", NAME_LIMIT)
    _text(v, "verified_by_user", "verified by", 100)
    _text(v, "verification_note", "verification note", VERIFICATION_NOTE_LIMIT)
    _in_range(v.get("cpe_monitor_seen_on"), "seen in CPE Monitor", today, required=False)
    report = _text(v, "archive_report", "reported by the archive", _REPORT_LIMIT)
    if report and not report.isprintable():
        raise InvalidInput("reported by the archive", "holds a control character")
    for attachment in v.get("attachments", []):
        _check_attachment(attachment)


def _check_attachment(a: dict[str, Any]) -> None:
    """A certificate record: a store name, a plain file name, a known type, a real size."""
    name = str(a.get("stored_name", ""))
    match = STORED_NAME.fullmatch(name)
    if match is None:
        raise InvalidInput("certificate", f"{name[:80]!r} is not a stored certificate's name")
    if a.get("sha256") != name[:64]:
        raise InvalidInput("certificate", f"the sha256 of {name[:80]!r} is not its name's")
    if a.get("media_type") != _MEDIA_TYPES[match.group(1)]:
        raise InvalidInput("certificate", f"{name[:80]!r} is not of the type its name says")
    original = a.get("original_name")
    if not isinstance(original, str) or not original.strip():
        raise InvalidInput("certificate file name", "is empty")
    if len(original) > _FILE_NAME_LIMIT:
        raise InvalidInput(
            "certificate file name",
            f"is {len(original):,} characters long; the limit is {_FILE_NAME_LIMIT}",
        )
    if any(c in original for c in "/\\") or not original.isprintable():
        raise InvalidInput(
            "certificate file name",
            f"{original[:80]!r} is not a file name (it holds a folder or a control character)",
        )
    size = a.get("size_bytes")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= MAX_CERTIFICATE_BYTES:
        raise InvalidInput("certificate size", f"{size!r} is not the size of a certificate")


def _experience_input(v: dict[str, Any]) -> ExperienceInput:
    start = day(v["start_on"])
    if start is None:
        raise ValueError("start_on is empty")
    hours = v.get("hours_per_week", 40)
    if not isinstance(hours, int) or isinstance(hours, bool):
        raise TypeError("hours_per_week is not a whole number")
    return ExperienceInput(
        role=v["role"],
        start_on=start,
        end_on=day(v.get("end_on")),
        hours_per_week=hours,
        areas=tuple(str(a) for a in str(v.get("areas") or "").split()),
        setting=v.get("setting") or "",
        notes=v.get("notes") or "",
    )


def reported_words(v: dict[str, Any]) -> str:
    """What the archive says was checked or seen at its workplace, as a report in words.

    "reported by the archive: verified by Dana Cole on 2026-03-02 (checked at Dana Cole's
    workplace); seen in CPE Monitor on 2026-02-01 (by that workplace)". An archive that only
    carries an earlier report (it was imported there from another archive) keeps that one.
    "" when the archive reports nothing.
    """
    parts = []
    state = Verification(v.get("verification") or "unverified")
    who = str(v.get("verified_by_name") or v.get("verified_by_user") or "").strip()
    if state is not Verification.UNVERIFIED:
        words = "verified" if state is Verification.VERIFIED else "sent back"
        if who:
            words += f" by {who}"
        if v.get("verified_at"):
            words += f" on {dt.datetime.fromisoformat(str(v['verified_at'])):%Y-%m-%d}"
        if state is Verification.RETURNED and v.get("verification_note"):
            words += f' with the note "{str(v["verification_note"]).strip()}"'
        place = f"{who}'s workplace" if who else "the workplace that made the archive"
        parts.append(f"{words} (checked at {place})")
    if v.get("cpe_monitor_seen_on"):
        parts.append(f"seen in CPE Monitor on {v['cpe_monitor_seen_on']} (by that workplace)")
    if parts:
        return "reported by the archive: " + "; ".join(parts)
    return str(v.get("archive_report") or "").strip()
