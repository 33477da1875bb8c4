"""A pathway checklist (``rxtracker.engine.pathways``) in the interface language.

Each step's label is the catalog's (its Spanish where it gives one) and its detail is made
here from data: "PTCB CPhT, expires 2027-03-31", "2 of 4: PTCB TPV, PTCB MTM", "1 year
2 months counted, 3 years needed (since 2018-11-02)".
"""

from __future__ import annotations

from fractions import Fraction

from rxtracker.catalog.describe import small_first
from rxtracker.engine.experience import split_days
from rxtracker.engine.result import (
    DetailKind,
    ExperienceCount,
    PathwayStep,
    SpecialtyArea,
    StepDetail,
)
from rxtracker.i18n import QT_TRANSLATE_NOOP, data_text, translate
from rxtracker.services.wording.labels import sentence_date
from rxtracker.services.wording.shortfalls import either

#: Plain words for the areas of work experience (the experience form offers these too).
AREA_WORDS = {
    "sterile-compounding": QT_TRANSLATE_NOOP("pathways", "Sterile compounding (CSP, IV room)"),
    "nonsterile-compounding": QT_TRANSLATE_NOOP("pathways", "Non-sterile compounding"),
    "hazardous-drugs": QT_TRANSLATE_NOOP("pathways", "Hazardous drugs"),
    "medication-history": QT_TRANSLATE_NOOP("pathways", "Taking medication histories"),
    "patient-communication": QT_TRANSLATE_NOOP("pathways", "Patient-focused communication"),
    "billing": QT_TRANSLATE_NOOP("pathways", "Billing and reimbursement"),
    "supply-chain": QT_TRANSLATE_NOOP("pathways", "Supply chain and inventory"),
    "immunization": QT_TRANSLATE_NOOP("pathways", "Immunizations"),
    "long-term-care": QT_TRANSLATE_NOOP("pathways", "Long-term care"),
    "oncology": QT_TRANSLATE_NOOP("pathways", "Oncology"),
    "nuclear": QT_TRANSLATE_NOOP("pathways", "Nuclear pharmacy"),
}


def area_words(area: str) -> str:
    """An area of work experience in the interface language (an unknown one as written)."""
    words = AREA_WORDS.get(area)
    return translate("pathways", words) if words else area


def step_label(step: PathwayStep) -> str:
    """What a step asks ("An active PTCB CPhT"; the last: "CSPT recorded as earned")."""
    if step.earned:
        return translate("pathways", "{name} recorded as earned").format(name=data_text(step.label))
    return data_text(step.label)


def step_detail(step: PathwayStep) -> str:
    """Where a step stands, in a line."""
    return detail_text(step.detail)


def detail_text(detail: StepDetail) -> str:
    """A step's detail in words ("PTCB CPhT, expires 2027-03-31")."""
    kind = detail.kind
    name = data_text(detail.names[0]) if detail.names else ""
    if kind == DetailKind.ACTIVE:
        if detail.day is None:
            return translate("pathways", "{name}, held (does not expire)").format(name=name)
        return translate("pathways", "{name}, expires {date}").format(
            name=name, date=sentence_date(detail.day)
        )
    if kind == DetailKind.EXPIRED:
        return translate("pathways", "{name} expired on {date}").format(
            name=name, date=sentence_date(detail.day)
        )
    if kind == DetailKind.NONE_RECORDED:
        names = either(data_text(n) for n in detail.names)
        return translate("pathways", "no {names} recorded").format(names=names)
    if kind == DetailKind.EXPERIENCE and detail.experience is not None:
        return _experience(detail.experience)
    return _more(detail, name)


def _more(detail: StepDetail, name: str) -> str:
    kind = detail.kind
    if kind == DetailKind.CERTIFICATES:
        names = ", ".join(data_text(n) for n in detail.names) or translate("pathways", "none yet")
        return translate("pathways", "{count} of {needed}: {names}").format(
            count=detail.count, needed=detail.needed, names=names
        )
    if kind == DetailKind.PROGRAM_DONE:
        return translate("pathways", "{title}, completed {date}").format(
            title=repr(detail.title), date=sentence_date(detail.day)
        )
    if kind == DetailKind.PROGRAM_MISSING:
        return translate(
            "pathways",
            "not logged yet: mark the program's CE activity as the recognized program "
            "for {name} ({program})",
        ).format(name=name, program=detail.program)
    if kind == DetailKind.EARNED:
        return translate("pathways", "held")
    return translate("pathways", "add it as a credential once PTCB grants it")


def _experience(counted: ExperienceCount) -> str:
    """'1 year 2 months counted, 3 years needed (full time = 30 h/week, ...; since ...)'."""
    text = translate("pathways", "{counted} counted, {needed} needed").format(
        counted=experience_text(counted.days), needed=experience_text(counted.needed)
    )
    how = []
    if counted.full_time_hours:
        how.append(
            translate("pathways", "full time = {hours} h/week, part time pro rata").format(
                hours=counted.full_time_hours
            )
        )
    if counted.areas:
        areas = either(small_first(area_words(a)) for a in counted.areas)
        how.append(translate("pathways", "work in {areas}").format(areas=areas))
    if counted.since is not None:
        how.append(translate("pathways", "since {date}").format(date=sentence_date(counted.since)))
    return f"{text} ({'; '.join(how)})" if how else text


def experience_text(days: Fraction | int) -> str:
    """'2 years 3 months', '4 months 12 days', 'no time' (rounded down to whole days)."""
    years, months, rest = split_days(days)
    parts = [
        translate("pathways", "%n year(s)", None, years) if years else "",
        translate("pathways", "%n month(s)", None, months) if months else "",
        translate("pathways", "%n day(s)", None, rest) if rest else "",
    ]
    return " ".join(p for p in parts if p) or translate("pathways", "no time")


def area_rule_text(area: SpecialtyArea) -> str:
    """What makes a course count toward a specialty area.

    'ACPE topic 07; tagged compounding or sterile-compounding; the recognized program for
    ptcb-cspt'.
    """
    parts = []
    if area.topics:
        parts.append(
            translate("pathways", "ACPE topic {topics}").format(topics=either(area.topics))
        )
    if area.tags:
        parts.append(translate("pathways", "tagged {tags}").format(tags=either(area.tags)))
    if area.programs:
        parts.append(
            translate("pathways", "the recognized program for {programs}").format(
                programs=either(area.programs)
            )
        )
    return "; ".join(parts)
