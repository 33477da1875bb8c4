"""What to take next in words: the English of always, and the Spanish.

The scenario: a PTCB CPhT and a Texas registration, both expiring 2027-03-31, judged on
2026-06-01 with nothing logged (PTCB: 1 hour of law and 1 of patient safety in 20; Texas:
1 hour of Texas law and a human-trafficking course in 20).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.catalog import load_builtin
from rxtracker.domain import Hours
from rxtracker.engine import CredentialFact, evaluate
from rxtracker.engine.suggestions import Counted, Suggestion, suggest
from rxtracker.records import replace
from rxtracker.services.wording import (
    course_words,
    in_english,
    subject_words,
    suggestion_reason,
    suggestion_title,
)

D = dt.date


def _suggestions() -> tuple[Suggestion, ...]:
    catalog = load_builtin()
    held = [
        CredentialFact(1, "ptcb-cpht", D(2027, 3, 31)),
        CredentialFact(2, "tx-technician", D(2027, 3, 31)),
    ]
    return suggest([evaluate(f, [], catalog, D(2026, 6, 1)) for f in held], catalog)


def test_the_suggestions_in_english() -> None:
    found = _suggestions()
    assert [suggestion_title(s) for s in found] == [
        "1 hour of ACPE CE on Texas pharmacy law or rules (topic 03, for technicians; tag it "
        "texas-law)",
        "1 hour of ACPE patient safety (topic 05, for technicians)",
        "1 hour of ACPE CE on human-trafficking prevention (for technicians; tag it "
        "human-trafficking)",
        "20 hours of any ACPE CE for technicians (UAN ending -T)",
    ]
    assert suggestion_reason(found[1]) == (
        "Counts for your PTCB CPhT patient safety (ACPE topic 05) (1 hour still needed) and "
        "the hours your PTCB CPhT (20 more) and TX technician (20 more) still need."
    )
    assert course_words(Hours(400), None, None, live=True) == (
        "4 hours of live ACPE CE (for technicians)"
    )
    assert subject_words("texas-law") == "Texas pharmacy law or rules"


@pytest.mark.usefixtures("spanish")
def test_the_suggestions_in_spanish() -> None:
    found = _suggestions()
    assert [suggestion_title(s) for s in found] == [
        "1 hora de EC ACPE sobre legislación o reglamentos farmacéuticos de Texas (tema 03, "
        "para técnicos; etiquételo texas-law)",
        "1 hora de EC ACPE sobre seguridad del paciente (tema 05, para técnicos)",
        "1 hora de EC ACPE sobre prevención de la trata de personas (para técnicos; "
        "etiquételo human-trafficking)",
        "20 horas de cualquier EC ACPE para técnicos (UAN que termina en -T)",
    ]
    assert suggestion_reason(found[1]) == (
        "Cuenta para seguridad del paciente (tema ACPE 05) de su PTCB CPhT (pendiente: 1 hora) "
        "y las horas que aún necesitan sus PTCB CPhT (20 más) y Técnico de TX (20 más)."
    )
    assert suggestion_reason(found[3]) == (
        "Cuenta para las horas que aún necesitan sus PTCB CPhT (20 más) y Técnico de TX (20 más)."
    )
    assert course_words(Hours(150), "05", None, live=True) == (
        "1.5 horas de EC ACPE en vivo sobre seguridad del paciente (tema 05, para técnicos)"
    )
    with in_english():  # what --json writes
        assert suggestion_title(found[1]) == (
            "1 hour of ACPE patient safety (topic 05, for technicians)"
        )


@pytest.mark.usefixtures("spanish")
def test_one_credential_needs_its_hours_in_the_singular() -> None:
    catalog = load_builtin()
    result = evaluate(CredentialFact(1, "ptcb-cpht", D(2027, 3, 31)), [], catalog, D(2026, 6, 1))
    closing = suggest([result], catalog)[-1]
    assert (
        suggestion_reason(closing)
        == "Cuenta para las horas que aún necesita su PTCB CPhT (20 más)."
    )
    law = Counted(1, "PTCB CPhT", "law", "pharmacy law (ACPE topic 03)", Hours(100))
    live = Counted(2, "FL technician", "live", "live CE", Hours.zero())
    course = replace(closing, general=False, topic="03", counts_for=(law,), also_if_live=(live,))
    assert suggestion_reason(course) == (
        "Cuenta para legislación farmacéutica (tema ACPE 03) de su PTCB CPhT (pendiente: "
        "1 hora). Un curso en vivo también cumpliría EC en vivo de su Técnico de FL."
    )
