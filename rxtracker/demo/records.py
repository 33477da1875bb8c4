"""A realistic, deterministic demo dataset: one Texas technician with two years of CE, and a team.

Every date is relative to ``as_of`` so the demo always looks current. Providers are fictional;
UANs have the real shape (provider-joint-year-sequence-format+topic-audience).
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from rxtracker.demo.certificate_pdf import write_certificate_pdf
from rxtracker.demo.courses import Course
from rxtracker.demo.team import add_rest_of_team
from rxtracker.domain import (
    Category,
    Hours,
    InvalidInput,
    add_months,
    end_of_month,
    long_date_text,
)
from rxtracker.services import activities, credentials, people
from rxtracker.services.context import Context
from rxtracker.services.inputs import ActivityInput, CredentialInput, PersonInput

#: Fictional providers and their (made-up) 4-digit ACPE provider numbers.
PROVIDERS = {
    "Lone Star Pharmacy Education": "0846",
    "SafeMeds Institute": "0412",
    "Gulf Coast Health-System Pharmacists": "0759",
    "RxLearn Online": "0530",
}


ANA_COURSES = (
    Course(
        "Texas Pharmacy Law and Rules Update for Technicians",
        "Lone Star Pharmacy Education",
        38,
        "2",
        "H03",
        tags=("texas-law", "law"),
    ),
    Course(
        "Medication Error Prevention: Look-Alike, Sound-Alike Drugs",
        "SafeMeds Institute",
        61,
        "1.5",
        "H05",
        tags=("medication-errors", "patient-safety"),
    ),
    Course(
        "Sterile Compounding: Garbing and Hand Hygiene (USP <797>)",
        "Gulf Coast Health-System Pharmacists",
        95,
        "2",
        "L07",
        tags=("sterile-compounding",),
    ),
    Course("Top 200 Drugs Review: Cardiovascular Medications", "RxLearn Online", 140, "2", "H01"),
    Course(
        "Immunization Basics for Pharmacy Technicians",
        "RxLearn Online",
        188,
        "1",
        "H06",
        tags=("immunization",),
    ),
    Course(
        "Opioid Stewardship in the Community Pharmacy",
        "SafeMeds Institute",
        230,
        "1.5",
        "H08",
        tags=("opioids", "pain-management"),
    ),
    Course("Inventory Management and Drug Shortages", "RxLearn Online", 285, "1", "H04"),
    Course(
        "Diabetes Medications: What Technicians Need to Know",
        "Gulf Coast Health-System Pharmacists",
        330,
        "1.5",
        "L01",
    ),
    Course(
        "Hazardous Drug Handling under USP <800>",
        "Gulf Coast Health-System Pharmacists",
        372,
        "1",
        "H07",
        tags=("hazardous-drugs",),
    ),
    Course("Pharmacology of Anticoagulants", "RxLearn Online", 410, "1", "H01", audience="P"),
    Course(
        "Store in-service: new pharmacy workflow software",
        "Employer",
        450,
        "1",
        category=Category.IN_SERVICE,
        certificate=False,
    ),
    Course(
        "Pharmacy Law Review for Technicians",
        "Lone Star Pharmacy Education",
        560,
        "1",
        "H03",
        tags=("law",),
    ),
    Course(
        "Patient Safety: Sound Dispensing Practices",
        "SafeMeds Institute",
        610,
        "2",
        "H05",
        tags=("patient-safety",),
    ),
    Course("Understanding Biosimilars", "RxLearn Online", 680, "1.5", "H01"),
)


def build_demo(ctx: Context, *, as_of: dt.date, seed: int = 0) -> None:
    """Fill an empty data folder with the demo dataset (the same for the same arguments).

    Raises:
        InvalidInput: field "data folder": it already holds records.
    """
    if people.list_people(ctx):
        raise InvalidInput("data folder", "already has records; the demo needs an empty folder")
    rng = random.Random(seed)  # noqa: S311 - demo data must be reproducible, not secret
    with tempfile.TemporaryDirectory(prefix="rxtracker-demo-certificates-") as tmp:
        folder = Path(tmp)
        _ana(ctx, as_of, rng, folder)
        _team(ctx, as_of, rng, folder)
        add_rest_of_team(
            ctx,
            as_of,
            lambda pid, name, course: _log(ctx, pid, name, course, as_of, rng, folder),
            ANA_COURSES,
        )


def _ana(ctx: Context, as_of: dt.date, rng: random.Random, folder: Path) -> None:
    ana = people.add_person(
        ctx,
        PersonInput(
            "Ana Ruiz", email="ana.ruiz@example.com", home_state="TX", ptcb_number="1184302"
        ),
    ).value
    ptcb_expires = end_of_month(add_months(as_of, 4))
    _renewed_credential(ctx, ana.id, "ptcb-cpht", "1184302", ptcb_expires)
    tx_expires = end_of_month(add_months(as_of, 2))
    credentials.add_credential(
        ctx,
        ana.id,
        CredentialInput(
            "tx-technician",
            tx_expires,
            number="TX-208815",
            cycle_start=add_months(tx_expires, -24) + dt.timedelta(days=1),
        ),
    )
    for course in ANA_COURSES:
        _log(ctx, ana.id, ana.name, course, as_of, rng, folder)


def _renewed_credential(
    ctx: Context, person_id: int, type_id: str, number: str, expires: dt.date
) -> None:
    """A credential in its second cycle: the first one is kept as a past cycle."""
    previous = end_of_month(add_months(expires, -24))
    first = credentials.add_credential(
        ctx,
        person_id,
        CredentialInput(
            type_id,
            previous,
            number=number,
            cycle_start=add_months(previous, -24) + dt.timedelta(days=1),
        ),
    ).value
    credentials.renew_credential(
        ctx, first.id, expires, renewed_on=previous - dt.timedelta(days=19)
    )


def _team(ctx: Context, as_of: dt.date, rng: random.Random, folder: Path) -> None:
    marcus = people.add_person(ctx, PersonInput("Marcus Lee", home_state="FL")).value
    credentials.add_credential(
        ctx, marcus.id, CredentialInput("ptcb-cpht", end_of_month(add_months(as_of, 14)), "2290417")
    )
    credentials.add_credential(
        ctx,
        marcus.id,
        CredentialInput("fl-technician", end_of_month(add_months(as_of, 1)), "RPT 61532"),
    )
    for course in (
        Course(
            "Preventing Medication Errors in Florida Pharmacies",
            "SafeMeds Institute",
            75,
            "2",
            "L05",
            tags=("medication-errors", "board-approved"),
        ),
        Course("Drug Interactions Every Technician Should Know", "RxLearn Online", 200, "3", "H01"),
    ):
        _log(ctx, marcus.id, marcus.name, course, as_of, rng, folder)
    priya = people.add_person(ctx, PersonInput("Priya Shah", home_state="TX")).value
    credentials.add_credential(
        ctx, priya.id, CredentialInput("ptcb-cpht", end_of_month(add_months(as_of, 7)), "3075521")
    )
    for course in ANA_COURSES[:9]:
        _log(ctx, priya.id, priya.name, course, as_of, rng, folder)
    for extra in (
        Course(
            "Human Trafficking Prevention for Health Care Workers (HHSC-approved)",
            "Lone Star Pharmacy Education",
            120,
            "1",
            "H03",
            tags=("human-trafficking",),
        ),
        Course("Antibiotic Stewardship Basics", "RxLearn Online", 250, "3", "H01"),
        Course("Pediatric Dosing Calculations", "SafeMeds Institute", 300, "3", "H05"),
    ):
        _log(ctx, priya.id, priya.name, extra, as_of, rng, folder)
    jordan = people.add_person(ctx, PersonInput("Jordan Kim", home_state="OH")).value
    credentials.add_credential(
        ctx,
        jordan.id,
        CredentialInput(
            "oh-registered-technician", end_of_month(add_months(as_of, -2)), "09-410221"
        ),
    )
    _log(
        ctx,
        jordan.id,
        jordan.name,
        Course(
            "Ohio Pharmacy Law for Technicians", "RxLearn Online", 150, "2", "H03", tags=("law",)
        ),
        as_of,
        rng,
        folder,
    )


def _log(
    ctx: Context,
    person_id: int,
    name: str,
    course: Course,
    as_of: dt.date,
    rng: random.Random,
    folder: Path,
) -> None:
    day = as_of - dt.timedelta(days=course.days_ago)
    uan = _uan(course, day, rng) if course.code else None
    certificate = None
    if course.certificate:
        lines = [
            f"This certifies that {name}",
            f"completed: {course.title}",
            f"Provider: {course.provider}",
            f"Date of completion: {long_date_text(day)}",
            f"Contact hours: {course.hours}",
        ]
        if uan:
            lines.append(f"ACPE UAN: {uan}")
        stem = f"{person_id}-{course.days_ago}"
        certificate = write_certificate_pdf(folder / f"certificate-{stem}.pdf", lines)
    data = ActivityInput(
        title=course.title,
        completed_on=day,
        hours=Hours.parse(course.hours),
        provider=course.provider if course.provider != "Employer" else "",
        uan=uan,
        category=course.category,
        tags=course.tags,
    )
    activities.add_activity(ctx, person_id, data, certificate=certificate, today=as_of)


def _uan(course: Course, day: dt.date, rng: random.Random) -> str:
    provider = PROVIDERS[course.provider]
    release = day.year - rng.choice((0, 0, 1))
    sequence = rng.randrange(1, 400)
    return f"{provider}-0000-{release % 100:02d}-{sequence:03d}-{course.code}-{course.audience}"
