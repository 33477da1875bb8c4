"""The audit packet of one person and one credential cycle: content and files to append.

The numbers come from the engine: the current cycle through ``status.person_status``, the
previous cycle by evaluating the credential as it stood when that cycle ended (the last
renewed cycle recorded, else the cycle that ended the day before the current one began).
Rendering the PDF needs Qt and lives in ``rxtracker.printing.pdf``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rxtracker.catalog import Catalog, CredentialType, RequirementKind
from rxtracker.db.models import Credential
from rxtracker.domain import Hours, InvalidInput
from rxtracker.engine import (
    CredentialFact,
    CredentialResult,
    PastCycleFact,
    RequirementResult,
    evaluate_past_cycle,
)
from rxtracker.engine.cycles import cycle_start
from rxtracker.engine.plan import plan
from rxtracker.exchange.packet import (
    AuditPacket,
    PacketActivity,
    PacketCertificate,
    RequirementLine,
    packet_blocks,
)
from rxtracker.exchange.packet_plan import PacketPlan, PacketPlanMonth
from rxtracker.exchange.packet_plan import in_words as plan_words
from rxtracker.exchange.printable import Block
from rxtracker.i18n import translate
from rxtracker.services.certificates import certificate_file
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog
from rxtracker.services.facts import credential_fact, person_activity_facts
from rxtracker.services.people import get_person
from rxtracker.services.report_rows import CycleActivity, CycleFile, cycle_rows
from rxtracker.services.status import CredentialStatus, person_status
from rxtracker.services.wording import (
    catalog_text,
    counts_less_text,
    missing_texts,
    note_texts,
    plan_text,
    requirement_note,
    requirement_result_label,
)

Cycle = Literal["current", "previous"]
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class PacketFile:
    """A stored certificate file to append after the report."""

    number: int
    path: Path
    media_type: str
    original_name: str
    sha256: str
    activity_title: str
    completed_on: dt.date
    person_name: str


@dataclass(frozen=True, slots=True)
class AuditReport:
    """The packet's content and the files to append in order."""

    packet: AuditPacket
    files: tuple[PacketFile, ...]

    @property
    def blocks(self) -> Iterator[Block]:
        """The packet as printed blocks (``rxtracker.printing.pdf`` draws them)."""
        return packet_blocks(self.packet)


def audit_report(
    ctx: Context,
    person_id: int,
    *,
    credential_type: str | None = None,
    cycle: Cycle = "current",
    as_of: dt.date | None = None,
) -> AuditReport:
    """Build the audit packet of a person's credential for the current or previous cycle.

    Args:
        ctx: the data folder.
        person_id: whose packet.
        credential_type: a catalog type id the person holds (default: the credential with
            the soonest deadline).
        cycle: "current" or "previous".
        as_of: the day the packet is prepared (default: today).

    Raises:
        NotFound: no such person.
        InvalidInput: field "credential" (none held, or not this type) or "cycle" (no
            previous cycle).
    """
    day = as_of or ctx.clock.today()
    status = person_status(ctx, person_id, day)
    person = get_person(ctx, person_id)
    chosen = _choose(status.credentials, credential_type, person.name)
    if chosen.result.dates.end is None:
        raise InvalidInput(
            "credential",
            translate(
                "report", "{credential} does not expire: it has no renewal cycle to audit"
            ).format(credential=chosen.credential.type_name),
        )
    with ctx.db.read() as session:
        if cycle == "current":
            result, label = chosen.result, translate("report", "Current cycle")
        else:
            result = _previous_result(ctx, session, chosen.credential.id, person_id)
            label = translate("report", "Previous cycle")
        in_cycle, stored = cycle_rows(session, person_id, result)
    if cycle == "current" and _unjudged(in_cycle, result):
        result = _every_activity(ctx, person_id, day, chosen.credential.id)
    packet_activities, certificates, files = _evidence(ctx, in_cycle, stored, result, person.name)
    packet = AuditPacket(
        person_name=person.name,
        person_ids=_person_ids(person.nabp_eprofile_id, person.ptcb_number, person.nha_number),
        credential_name=result.type_name,
        credential_number=chosen.credential.number,
        cycle_label=label,
        cycle_start=result.dates.start,
        cycle_end=result.dates.end or day,
        generated_on=day,
        requirements=tuple(requirement_line(r) for r in result.requirements),
        missing=missing_texts(result.missing),
        notes=note_texts(result.notes),
        activities=packet_activities,
        certificates=certificates,
        plan=packet_plan(result, full_catalog(ctx)) if cycle == "current" else None,
    )
    return AuditReport(packet, files)


def packet_plan(result: CredentialResult, catalog: Catalog) -> PacketPlan | None:
    """The plan section of a cycle still in progress (None when nothing is left to take)."""
    made = plan(result, catalog)
    if not made.months:
        return None
    months = tuple(
        PacketPlanMonth(
            m.month,
            m.hours.describe(),
            "; ".join(_topic(label, h) for label, h in m.topics),
        )
        for m in made.months
    )
    return PacketPlan(plan_words(plan_text(made)), months)


def _topic(label: str, hours: Hours | None) -> str:
    """'Pharmacy law (ACPE topic 03): 1 hour', or the topic alone."""
    if not hours:
        return label
    return translate("report", "{topic}: {hours}").format(topic=label, hours=hours.describe())


def _choose(
    statuses: tuple[CredentialStatus, ...], type_id: str | None, name: str
) -> CredentialStatus:
    if not statuses:
        raise InvalidInput(
            "credential",
            translate(
                "report", "{name} holds no credential; add one with `rxtracker credential add`"
            ).format(name=name),
        )
    if type_id is None:
        return statuses[0]  # person_status orders by the soonest deadline (no expiry last)
    for status in statuses:
        if status.credential.type_id == type_id:
            return status
    held = ", ".join(s.credential.type_id for s in statuses)
    problem = translate("report", "{name} holds no {type} credential (holds: {held})")
    raise InvalidInput("credential", problem.format(name=name, type=repr(type_id), held=held))


def _unjudged(activities: list[CycleActivity], result: CredentialResult) -> bool:
    """True when the cycle lists an activity the engine did not judge (dated after ``as_of``).

    The status judges only the activities that can count, which is every one the packet
    lists unless the packet is prepared as of a day before some of them.
    """
    judged = {a.activity_id for a in result.activities}
    return any(a.id not in judged for a in activities)


def _every_activity(
    ctx: Context, person_id: int, day: dt.date, credential_id: int
) -> CredentialResult:
    """The credential's current cycle judged with every activity, each with its reason."""
    status = person_status(ctx, person_id, day, every_activity=True)
    return next(s.result for s in status.credentials if s.credential.id == credential_id)


def _credential(session: Session, credential_id: int) -> Credential:
    query = (
        select(Credential)
        .where(Credential.id == credential_id)
        .options(selectinload(Credential.past_cycles), selectinload(Credential.items))
    )
    return session.scalars(query).one()


def _previous_result(
    ctx: Context, session: Session, credential_id: int, person_id: int
) -> CredentialResult:
    """The credential evaluated as it stood when its previous cycle ended."""
    catalog = full_catalog(ctx)
    credential = _credential(session, credential_id)
    fact = credential_fact(credential)
    past = _previous_cycle(fact, catalog.get(credential.type_id))
    facts = person_activity_facts(session, person_id)
    return evaluate_past_cycle(fact, past, facts, catalog)


def _previous_cycle(current: CredentialFact, ctype: CredentialType) -> PastCycleFact:
    """The cycle before the current one.

    The last renewal recorded, else the one that ended the day before the current cycle
    began.
    """
    if current.past_cycles:
        return max(current.past_cycles, key=lambda c: c.expires_on)
    if ctype.cycle_months is None:
        problem = translate("report", "{credential} has no renewal cycles")
        raise InvalidInput("cycle", problem.format(credential=ctype.short_name))
    end = cycle_start(ctype, current) - _DAY
    if current.issued_on is not None and current.issued_on > end:
        raise InvalidInput(
            "cycle",
            translate(
                "report", "there is no previous cycle: the credential was issued on {date}"
            ).format(date=current.issued_on),
        )
    return PastCycleFact(cycle_start=None, expires_on=end, renewed_on=end)


def _evidence(
    ctx: Context,
    activities: list[CycleActivity],
    stored: dict[int, list[CycleFile]],
    result: CredentialResult,
    person_name: str,
) -> tuple[tuple[PacketActivity, ...], tuple[PacketCertificate, ...], tuple[PacketFile, ...]]:
    reasons = {a.activity_id: counts_less_text(a) for a in result.activities}
    counted = {a.activity_id: a.counted for a in result.activities}
    rows: list[PacketActivity] = []
    certificates: list[PacketCertificate] = []
    files: list[PacketFile] = []
    for activity in activities:
        numbers = []
        for attachment in stored.get(activity.id, ()):
            number = len(certificates) + 1
            numbers.append(number)
            certificates.append(_certificate(number, activity, attachment))
            path = certificate_file(ctx, attachment.stored_name, attachment.sha256)
            files.append(
                PacketFile(
                    number,
                    path,
                    attachment.media_type,
                    attachment.original_name,
                    attachment.sha256,
                    activity.title,
                    activity.completed_on,
                    person_name,
                )
            )
        rows.append(
            _packet_activity(
                activity, tuple(numbers), reasons.get(activity.id), counted.get(activity.id)
            )
        )
    return tuple(rows), tuple(certificates), tuple(files)


def _certificate(number: int, activity: CycleActivity, file: CycleFile) -> PacketCertificate:
    return PacketCertificate(
        number,
        activity.title,
        activity.completed_on,
        file.original_name,
        file.media_type,
        file.size_bytes,
        file.sha256,
    )


def _packet_activity(
    a: CycleActivity, numbers: tuple[int, ...], note: str | None, counted: Hours | None
) -> PacketActivity:
    return PacketActivity(
        completed_on=a.completed_on,
        title=a.title,
        provider=a.provider,
        hours=Hours(a.hours_hundredths),
        uan=a.uan,
        topic=a.topic,
        audience=a.audience,
        category=a.category,
        attachments=numbers,
        note=note,
        counted=counted,
    )


def _person_ids(
    eprofile: str | None, ptcb: str | None, nha: str | None
) -> tuple[tuple[str, str], ...]:
    pairs = (
        ("NABP e-Profile ID", eprofile),
        (translate("report", "PTCB number"), ptcb),
        (translate("report", "NHA number"), nha),
    )
    return tuple((label, value) for label, value in pairs if value)


def requirement_line(r: RequirementResult) -> RequirementLine:
    """An evaluated requirement as a line of the packet's requirements table."""
    label, note = requirement_result_label(r), requirement_note(r)
    condition = catalog_text(r.id, r.condition)
    counted = r.counted.describe()
    needed = translate("report", "required")
    required = r.required.describe() if r.required is not None else needed
    if r.kind == RequirementKind.MAX.value:
        most = translate("report", "at most {hours}").format(hours=required)
        limit = translate("report", "Limit")
        return RequirementLine(label, most, counted, limit, None, note)
    if r.kind == RequirementKind.ITEM.value:
        done = translate("report", "Done") if r.met else translate("report", "Not recorded")
        return RequirementLine(label, needed, done, done, r.met, condition or note)
    met = translate("report", "Met")
    if r.exempt:
        return RequirementLine(label, required, counted, translate("report", "Waived"), True, note)
    if r.condition:
        status = met if r.met else translate("report", "Not met (if it applies)")
        return RequirementLine(label, required, counted, status, r.met or None, condition)
    missing = translate("report", "Missing {hours}").format(hours=r.missing.describe())
    status = met if r.met else missing
    return RequirementLine(label, required, counted, status, r.met, unconfirmed=r.unconfirmed)
