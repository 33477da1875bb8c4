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
from rxtracker.exchange.archive import PERSON_JSON
from rxtracker.exchange.bounded_json import TooMany, read_object
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.archive_values import day, field_words, in_range, moment, text_of
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
)

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
#: The archive's lists of records in words (the keys stay as the file spells them in English).
_RECORDS = {
    "credentials": QT_TRANSLATE_NOOP("archive_checks", "credentials"),
    "activities": QT_TRANSLATE_NOOP("archive_checks", "activities"),
    "experience": QT_TRANSLATE_NOOP("archive_checks", "experience"),
}


def read_payload(path: Path) -> dict[str, Any]:
    """``person.json``, its lists counted while read.

    Raises:
        InvalidInput: field "archive": not readable, not shaped like a person archive, or
            holding more records than a person archive may.
    """
    try:
        data = read_object(path.read_text(encoding="utf-8"), LIMITS)
        if not isinstance(data.get("person"), dict):
            raise ValueError(translate("archive_checks", "no person in it"))
        for key, nested in SHAPE.items():
            records = data.get(key, [])
            if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
                words = translate("archive_checks", "{key} is not a list of records")
                raise ValueError(words.format(key=key))
            for record in records:
                _check_nested(record, key, nested)
    except TooMany as exc:
        words = translate(
            "archive_checks",
            "{file} holds more than {most} {records}; a person archive holds at most {most}",
        )
        records = translate("archive_checks", _RECORDS[exc.key])
        raise InvalidInput(
            FIELD, words.format(file=PERSON_JSON, most=f"{exc.limit:,}", records=records)
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        words = translate("archive_checks", "{file} is not readable ({error})")
        raise InvalidInput(FIELD, words.format(file=PERSON_JSON, error=exc)) from None
    return data


def _check_nested(record: dict[str, Any], key: str, nested: tuple[str, ...]) -> None:
    """The lists inside one record: lists (of records but for tags), each within its limit.

    Raises:
        ValueError: a list that is not one (read_payload names the file).
        InvalidInput: a list over its limit.
    """
    for inner in nested:
        values = record.get(inner, [])
        if not isinstance(values, list):
            words = translate("archive_checks", "{list} of a record in {key} is not a list")
            raise ValueError(words.format(list=inner, key=key))
        if len(values) > NESTED_LIMITS[inner]:
            words = translate(
                "archive_checks",
                "{file} holds more than {most} {list} in one of its {key}; a person archive "
                "holds at most {most}",
            )
            most = f"{NESTED_LIMITS[inner]:,}"
            raise InvalidInput(
                FIELD, words.format(file=PERSON_JSON, most=most, list=inner, key=key)
            )
        if inner != "tags" and not all(isinstance(v, dict) for v in values):
            words = translate(
                "archive_checks", "{list} of a record in {key} is not a list of records"
            )
            raise ValueError(words.format(list=inner, key=key))


def check_records(catalog: Catalog, data: dict[str, Any], today: dt.date) -> None:
    """Every archived record must pass the checks typed input gets (names what is wrong).

    Raises:
        InvalidInput: field "archive", naming the record and the field.
    """
    _checked(translate("archive_checks", "the person"), partial(_clean_person, data["person"]))
    for values in data.get("credentials", []):
        what = translate("archive_checks", "the credential {type}")
        what = what.format(type=repr(str(values.get("type_id"))[:60]))
        _checked(what, partial(_check_credential, catalog, values, today))
    programs = recognized_programs(catalog.types.values())
    for values in data.get("activities", []):
        what = translate("archive_checks", "the activity {title}")
        what = what.format(title=repr(str(values.get("title"))[:60]))
        _checked(what, partial(_check_activity, values, today, programs))
    for values in data.get("experience", []):
        what = translate("archive_checks", "the work period {role}")
        what = what.format(role=repr(str(values.get("role"))[:60]))
        _checked(what, partial(_experience_input(values).cleaned, today))


def _checked(what: str, check: Callable[[], object]) -> None:
    try:
        check()
    except InvalidInput as exc:
        label = field_words(exc)
        words = translate("archive_checks", "{what} in {file}: {field}: {problem}")
        problem = words.format(what=what, file=PERSON_JSON, field=label, problem=exc.problem)
        raise InvalidInput(FIELD, problem) from None
    except KeyError as exc:
        words = translate("archive_checks", "{what} in {file}: {key} is missing")
        raise InvalidInput(FIELD, words.format(what=what, file=PERSON_JSON, key=exc)) from None
    except (ValueError, TypeError, AttributeError) as exc:
        words = translate("archive_checks", "{what} in {file} cannot be read ({error})")
        raise InvalidInput(FIELD, words.format(what=what, file=PERSON_JSON, error=exc)) from None


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
        problem = translate("archive_checks", "that credential type is not known here")
        raise InvalidInput("credential type", problem)
    checked_credential(catalog, data)
    for cycle in v.get("past_cycles", []):
        _check_past_cycle(cycle, today)
    labels = item_labels(catalog.get(data.type_id))
    for item in v.get("items", []):
        if item["requirement_id"] not in labels:
            known = ", ".join(sorted(labels)) or translate("archive_checks", "none")
            words = translate(
                "archive_checks", "{item} is not an item of {type} (its items: {known})"
            )
            item_id = repr(str(item["requirement_id"])[:60])
            raise InvalidInput(
                "requirement", words.format(item=item_id, type=data.type_id, known=known)
            )
        in_range(item.get("done_on"), "item done on", today, required=True)
        text_of(item, "note", "item note", NOTES_LIMIT)
    for event in v.get("renewal_events", []):
        _check_event(event, today)
    for audit in v.get("audits", []):
        _check_audit(audit, today)


def _check_event(event: dict[str, Any], today: dt.date) -> None:
    """A step of a renewal application (issue 20): a known step on a real day."""
    if event.get("step") not in EVENT_STEPS:
        words = translate("archive_checks", "{step} is not a step")
        raise InvalidInput("renewal step", words.format(step=repr(str(event.get("step"))[:30])))
    in_range(event.get("happened_on"), "renewal step on", today, required=True)
    for key in ("cycle_expires_on", "new_expires_on"):
        day(event.get(key))
    text_of(event, "reasons", "renewal reasons", NOTES_LIMIT)
    text_of(event, "fee", "renewal fee", 20)


def _check_audit(audit: dict[str, Any], today: dt.date) -> None:
    """An audit: noticed on a real day, due on or after it, a known outcome."""
    noticed = in_range(audit.get("noticed_on"), "audit noticed on", today, required=True)
    due = day(audit.get("due_on"))
    if due is None or (noticed is not None and due < noticed):
        problem = translate("archive_checks", "is empty or before the notice")
        raise InvalidInput("audit due on", problem)
    in_range(audit.get("submitted_on"), "audit sent on", today, required=False)
    in_range(audit.get("outcome_on"), "audit outcome on", today, required=False)
    if audit.get("outcome", "") not in ("", "passed", "failed"):
        problem = translate("archive_checks", "must be passed, failed or empty")
        raise InvalidInput("audit outcome", problem)
    text_of(audit, "note", "audit note", NOTES_LIMIT)


def _check_past_cycle(cycle: dict[str, Any], today: dt.date) -> None:
    """A closed cycle: renewed on a real day, not before 1970, after its cycle began."""
    renewed = in_range(cycle.get("renewed_on"), "past cycle renewed on", today, required=True)
    expires = day(cycle.get("expires_on"))
    start = in_range(cycle.get("cycle_start"), "past cycle start", today, required=False)
    if expires is None:
        raise InvalidInput("past cycle expires on", translate("archive_checks", "is empty"))
    if expires < EARLIEST_DATE:
        words = translate("archive_checks", "{date} is before {earliest}")
        raise InvalidInput(
            "past cycle expires on", words.format(date=expires, earliest=EARLIEST_DATE)
        )
    if start is not None and start > expires:
        words = translate("archive_checks", "{date} is after its expiration {expires}")
        raise InvalidInput("past cycle start", words.format(date=start, expires=expires))
    if renewed is not None and start is not None and renewed < start:
        words = translate("archive_checks", "{date} is before the cycle began {start}")
        raise InvalidInput("past cycle renewed on", words.format(date=renewed, start=start))
    text_of(cycle, "notes", "past cycle notes", NOTES_LIMIT)


# ---------------------------------------------------------------- activities


def activity_input(v: dict[str, Any]) -> ActivityInput:
    """The typed-input form of an archived activity."""
    hundredths = v["hours_hundredths"]
    if not isinstance(hundredths, int) or isinstance(hundredths, bool):
        words = translate("archive_checks", "{key} is not a whole number")
        raise TypeError(words.format(key="hours_hundredths"))
    completed = day(v["completed_on"])
    if completed is None:
        raise ValueError(translate("archive_checks", "{key} is empty").format(key="completed_on"))
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
        words = translate("archive_checks", "{program} is not a program rxtracker knows")
        raise InvalidInput("recognized program", words.format(program=repr(str(program)[:60])))
    Verification(v.get("verification") or "unverified")
    moment(v.get("verified_at"), "verified at", today)
    text_of(v, "verified_by_name", "verified by", NAME_LIMIT)
    text_of(v, "verified_by_user", "verified by", 100)
    text_of(v, "verification_note", "verification note", VERIFICATION_NOTE_LIMIT)
    in_range(v.get("cpe_monitor_seen_on"), "seen in CPE Monitor", today, required=False)
    report = text_of(v, "archive_report", "reported by the archive", _REPORT_LIMIT)
    if report and not report.isprintable():
        problem = translate("archive_checks", "holds a control character")
        raise InvalidInput("reported by the archive", problem)
    for attachment in v.get("attachments", []):
        _check_attachment(attachment)


def _check_attachment(a: dict[str, Any]) -> None:
    """A certificate record: a store name, a plain file name, a known type, a real size."""
    name = str(a.get("stored_name", ""))
    match = STORED_NAME.fullmatch(name)
    if match is None:
        words = translate("archive_checks", "{name} is not a stored certificate's name")
        raise InvalidInput("certificate", words.format(name=repr(name[:80])))
    if a.get("sha256") != name[:64]:
        words = translate("archive_checks", "the sha256 of {name} is not its name's")
        raise InvalidInput("certificate", words.format(name=repr(name[:80])))
    if a.get("media_type") != _MEDIA_TYPES[match.group(1)]:
        words = translate("archive_checks", "{name} is not of the type its name says")
        raise InvalidInput("certificate", words.format(name=repr(name[:80])))
    _check_file_name(a.get("original_name"))
    size = a.get("size_bytes")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= MAX_CERTIFICATE_BYTES:
        words = translate("archive_checks", "{size} is not the size of a certificate")
        raise InvalidInput("certificate size", words.format(size=repr(size)))


def _check_file_name(original: object) -> None:
    """The name the certificate had on the other computer: plain, printable, not too long."""
    field = "certificate file name"
    if not isinstance(original, str) or not original.strip():
        raise InvalidInput(field, translate("archive_checks", "is empty"))
    if len(original) > _FILE_NAME_LIMIT:
        words = translate("archive_checks", "is {length} characters long; the limit is {most}")
        raise InvalidInput(field, words.format(length=f"{len(original):,}", most=_FILE_NAME_LIMIT))
    if any(c in original for c in "/\\") or not original.isprintable():
        words = translate(
            "archive_checks",
            "{name} is not a file name (it holds a folder or a control character)",
        )
        raise InvalidInput(field, words.format(name=repr(original[:80])))


def _experience_input(v: dict[str, Any]) -> ExperienceInput:
    start = day(v["start_on"])
    if start is None:
        raise ValueError(translate("archive_checks", "{key} is empty").format(key="start_on"))
    hours = v.get("hours_per_week", 40)
    if not isinstance(hours, int) or isinstance(hours, bool):
        words = translate("archive_checks", "{key} is not a whole number")
        raise TypeError(words.format(key="hours_per_week"))
    return ExperienceInput(
        role=v["role"],
        start_on=start,
        end_on=day(v.get("end_on")),
        hours_per_week=hours,
        areas=tuple(str(a) for a in str(v.get("areas") or "").split()),
        setting=v.get("setting") or "",
        notes=v.get("notes") or "",
    )
