"""Pathway checklists, work experience and specialty areas in words, in English and Spanish."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from rxtracker.domain import Hours
from rxtracker.engine.result import (
    DetailKind,
    ExperienceCount,
    PathwayStep,
    SpecialtyArea,
    StepDetail,
)
from rxtracker.services.wording import (
    area_rule_text,
    detail_text,
    experience_text,
    in_english,
    step_detail,
    step_label,
)

pytestmark = pytest.mark.usefixtures("catalog_texts")

D = dt.date
CPHT = ("PTCB CPhT",)

DETAILS: list[tuple[StepDetail, str, str]] = [
    (
        StepDetail(DetailKind.ACTIVE, CPHT, D(2027, 3, 31)),
        "PTCB CPhT, expires 2027-03-31",
        "PTCB CPhT: vence el 31 mar 2027",
    ),
    (
        StepDetail(DetailKind.ACTIVE, ("PTCB TPV certificate",)),
        "PTCB TPV certificate, held (does not expire)",
        "Certificado PTCB TPV: lo tiene (no vence)",
    ),
    (
        StepDetail(DetailKind.EXPIRED, CPHT, D(2025, 3, 31)),
        "PTCB CPhT expired on 2025-03-31",
        "PTCB CPhT venció el 31 mar 2025",
    ),
    (
        StepDetail(DetailKind.NONE_RECORDED, ("PTCB CPhT", "PTCB CPhT-Adv")),
        "no PTCB CPhT or PTCB CPhT-Adv recorded",
        "no hay ningún PTCB CPhT o PTCB CPhT-Adv registrado",
    ),
    (
        StepDetail(DetailKind.CERTIFICATES, ("PTCB TPV certificate",), count=1, needed=4),
        "1 of 4: PTCB TPV certificate",
        "1 de 4: Certificado PTCB TPV",
    ),
    (
        StepDetail(DetailKind.CERTIFICATES, (), count=0, needed=4),
        "0 of 4: none yet",
        "0 de 4: ninguno aún",
    ),
    (
        StepDetail(DetailKind.PROGRAM_DONE, day=D(2025, 5, 1), title="Sterile program"),
        "'Sterile program', completed 2025-05-01",
        "'Sterile program', completado el 1 may 2025",
    ),
    (
        StepDetail(DetailKind.PROGRAM_MISSING, ("CSPT",), program="ptcb-cspt"),
        "not logged yet: mark the program's CE activity as the recognized program for CSPT "
        "(ptcb-cspt)",
        "aún no registrado: marque la actividad de EC del programa como el programa reconocido "
        "para CSPT (ptcb-cspt)",
    ),
    (
        StepDetail(
            DetailKind.EXPERIENCE,
            experience=ExperienceCount(Fraction(365), 1095, since=D(2018, 11, 26)),
        ),
        "1 year counted, 3 years needed (since 2018-11-26)",
        "contado: 1 año; necesario: 3 años (desde el 26 nov 2018)",
    ),
    (
        StepDetail(
            DetailKind.EXPERIENCE,
            experience=ExperienceCount(Fraction(0), 365, 30, ("billing", "supply-chain")),
        ),
        "no time counted, 1 year needed (full time = 30 h/week, part time pro rata; work in "
        "billing and reimbursement or supply chain and inventory)",
        "contado: nada; necesario: 1 año (tiempo completo = 30 h/semana, tiempo parcial en "
        "proporción; trabajo en facturación y reembolso o cadena de suministro e inventario)",
    ),
    (StepDetail(DetailKind.EARNED), "held", "lo tiene"),
    (
        StepDetail(DetailKind.TO_ADD),
        "add it as a credential once PTCB grants it",
        "agréguelo como credencial cuando PTCB se lo otorgue",
    ),
]


@pytest.mark.parametrize(("detail", "english", "spanish_text"), DETAILS)
def test_each_step_detail_in_english(detail: StepDetail, english: str, spanish_text: str) -> None:
    del spanish_text
    assert detail_text(detail) == english


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize(("detail", "english", "spanish_text"), DETAILS)
def test_each_step_detail_in_spanish(detail: StepDetail, english: str, spanish_text: str) -> None:
    assert detail_text(detail) == spanish_text
    with in_english():  # what --json writes
        assert detail_text(detail) == english


STEP = PathwayStep("An active PTCB CPhT", True, DETAILS[0][0])
EARNED = PathwayStep("PTCB CPhT-Adv", False, StepDetail(DetailKind.TO_ADD), earned=True)
AREA = SpecialtyArea(
    "compounding",
    "Compounding",
    (),
    Hours.zero(),
    topics=("07",),
    tags=("compounding", "sterile-compounding"),
    programs=("ptcb-cspt",),
)


def test_steps_experience_and_areas_in_english() -> None:
    assert (step_label(STEP), step_detail(STEP)) == (
        "An active PTCB CPhT",
        "PTCB CPhT, expires 2027-03-31",
    )
    assert step_label(EARNED) == "PTCB CPhT-Adv recorded as earned"
    assert [experience_text(d) for d in (0, 1, 45, 800)] == [
        "no time",
        "1 day",
        "1 month 15 days",
        "2 years 2 months",
    ]
    assert area_rule_text(AREA) == (
        "ACPE topic 07; tagged compounding or sterile-compounding; the recognized program "
        "for ptcb-cspt"
    )


@pytest.mark.usefixtures("spanish")
def test_steps_experience_and_areas_in_spanish() -> None:
    assert step_label(STEP) == "Un PTCB CPhT vigente"  # the catalog's Spanish
    assert step_label(EARNED) == "PTCB CPhT-Adv registrado como obtenido"
    assert [experience_text(d) for d in (0, 1, 45, 800)] == [
        "nada",
        "1 día",
        "1 mes 15 días",
        "2 años 2 meses",
    ]
    assert area_rule_text(AREA) == (
        "tema ACPE 07; con la etiqueta compounding o sterile-compounding; el programa "
        "reconocido para ptcb-cspt"
    )
