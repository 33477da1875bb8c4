"""The engine's notes (``engine.notes``) in words: the English of always, and the Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.catalog import load_builtin
from rxtracker.domain import Hours
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
from rxtracker.engine.reasons import Note
from rxtracker.engine.result import RequirementResult
from rxtracker.services.report import requirement_line
from rxtracker.services.wording import (
    date_label,
    in_english,
    note_text,
    note_texts,
    requirement_note,
    requirement_result_label,
)

pytestmark = pytest.mark.usefixtures("catalog_texts")

D = dt.date
IOWA_STILL = (
    "Show current PTCB or NHA certification at every renewal (Iowa Code 155A.6A); that "
    "certification's CE applies."
)

NHA_UNCONFIRMED = (
    "NHA's renewal window and application deadline are not stated; rxtracker uses the "
    "expiration date."
)

NOTES: list[tuple[Note, str, str]] = [
    (
        CatalogNote(NHA_UNCONFIRMED),
        NHA_UNCONFIRMED,
        "No se indican el período de renovación ni la fecha límite de solicitud de NHA; "
        "rxtracker usa la fecha de vencimiento.",
    ),
    (
        NoCe(True, "Iowa Board of Pharmacy", "IA technician", (IOWA_STILL,)),
        f"The Iowa Board of Pharmacy asks no CE to renew the IA technician. Still applies: "
        f"{IOWA_STILL}",
        "Iowa Board of Pharmacy no exige EC para renovar la credencial Técnico de IA. Sigue "
        "vigente: Presente una certificación vigente de PTCB o NHA en cada renovación (Iowa "
        "Code 155A.6A); se aplica la EC de esa certificación.",
    ),
    (
        NoCe(False, "Montana Board of Pharmacy", "MT technician"),
        "rxtracker found no official statement of the CE needed to renew the MT technician: "
        "no hours are evaluated; ask the Montana Board of Pharmacy.",
        "rxtracker no encontró ninguna declaración oficial de la EC necesaria para renovar la "
        "credencial Técnico de MT: no se evalúan horas; pregunte a Montana Board of Pharmacy.",
    ),
    (
        Reinstating(
            D(2026, 3, 31), 98, D(2027, 3, 31), "95", D(2024, 4, 1), "PTCB CPhT reinstatement", ""
        ),
        "Expired on 2026-03-31 (98 days ago). Reinstatement is possible until 2027-03-31 "
        "(reinstatement fee $95): CE dated 2024-04-01 to 2027-03-31 counts, judged by the "
        "PTCB CPhT reinstatement rules.",
        "Venció el 31 mar 2026 (hace 98 días). La reinstauración es posible hasta el 31 mar "
        "2027 (cargo de reinstauración: $95): cuenta la EC con fecha del 1 abr 2024 al 31 mar "
        "2027, evaluada según las reglas de Reinstauración de PTCB CPhT.",
    ),
    (
        ApplyBy(D(2027, 3, 1), D(2027, 3, 31), "25"),
        "Apply by 2027-03-01 to avoid the $25 late fee; CE completed up to the expiration "
        "date, 2027-03-31, still counts.",
        "Presente la solicitud a más tardar el 1 mar 2027 para evitar el recargo por demora de "
        "$25; la EC completada hasta la fecha de vencimiento, 31 mar 2027, todavía cuenta.",
    ),
    (
        ApplyBy(D(2027, 3, 1), D(2027, 3, 31)),
        "Apply by 2027-03-01; CE completed up to the expiration date, 2027-03-31, still counts.",
        "Presente la solicitud a más tardar el 1 mar 2027; la EC completada hasta la fecha de "
        "vencimiento, 31 mar 2027, todavía cuenta.",
    ),
    (
        LateRenewal(D(2026, 3, 31), 1, D(2026, 6, 30)),
        "Expired on 2026-03-31 (1 day ago); late renewal is possible until 2026-06-30 "
        "(late fees may apply).",
        "Venció el 31 mar 2026 (hace 1 día); la renovación tardía es posible hasta el 30 jun "
        "2026 (pueden cobrarse recargos).",
    ),
    (
        OlderRules(D(2014, 7, 1), ""),
        "This cycle is judged by the rules in force from 2014-07-01.",
        "Este ciclo se evalúa según las reglas vigentes desde el 1 jul 2014.",
    ),
    (
        NotConfirmed("total", "Total CE", ""),
        "Not confirmed: Total CE.",
        "Sin confirmar: EC total.",
    ),
    (
        FirstPeriod(True, FirstShare.NONE_ASKED),
        "First registration period (read from the issued date).",
        "Primer período de registro (según la fecha de emisión).",
    ),
    (
        FirstPeriod(False, FirstShare.NEEDS_ISSUE_DATE),
        "First registration period (as recorded on the credential); enter the date the "
        "credential was issued to apply the first-renewal proration.",
        "Primer período de registro (según lo registrado en la credencial); indique la fecha "
        "de emisión de la credencial para aplicar el prorrateo de la primera renovación.",
    ),
    (
        FirstPeriod(False, FirstShare.FULL),
        "First registration period (as recorded on the credential): full hours.",
        "Primer período de registro (según lo registrado en la credencial): todas las horas.",
    ),
    (
        FirstPeriod(True, FirstShare.TIER, 14, 50),
        "First registration period (read from the issued date; registered 14 months before "
        "expiration; CE 50% of the hours).",
        "Primer período de registro (según la fecha de emisión; registrado 14 meses antes del "
        "vencimiento; EC: 50 % de las horas).",
    ),
    (
        FirstPeriod(True, FirstShare.TIER, 1, 0),
        "First registration period (read from the issued date; registered 1 month before "
        "expiration; CE waived).",
        "Primer período de registro (según la fecha de emisión; registrado 1 mes antes del "
        "vencimiento; EC exenta).",
    ),
    (
        FirstPeriod(False, FirstShare.TIER, None, 0, Hours.parse("0.8")),
        "First registration period (as recorded on the credential; CE 0.8 hours for each "
        "month registered).",
        "Primer período de registro (según lo registrado en la credencial; EC: 0.8 horas por "
        "cada mes registrado).",
    ),
    (
        FirstPeriod(True, FirstShare.TIER, 8, 0, None, prorate=True),
        "First registration period (read from the issued date; registered 8 months before "
        "expiration; CE hours in proportion to the months registered).",
        "Primer período de registro (según la fecha de emisión; registrado 8 meses antes del "
        "vencimiento; EC: horas en proporción a los meses registrados).",
    ),
    (
        NeedsBase("CSPT", ("PTCB CPhT", "CPhT-Adv")),
        "CSPT needs a PTCB CPhT or CPhT-Adv in good standing; none is recorded.",
        "CSPT requiere una PTCB CPhT o CPhT-Adv vigente; no hay ninguna registrada.",
    ),
    (
        FulfilledBy("PTCB CPhT", "PTCB"),
        "CE fulfilled by your current PTCB CPhT certification (PTCB).",
        "EC cumplida gracias a su certificación PTCB CPhT vigente (PTCB).",
    ),
    (
        NoRenewal("PTCB TPV", expires=False),
        "PTCB TPV has no renewal cycle: it is held with no expiration date.",
        "PTCB TPV no tiene ciclo de renovación: se tiene sin fecha de vencimiento.",
    ),
    (
        NoRenewal("PTCB TPV", expires=True),
        "PTCB TPV has no renewal cycle.",
        "PTCB TPV no tiene ciclo de renovación.",
    ),
    (
        "Repeat: a sentence a service made",
        "Repeat: a sentence a service made",
        "Repeat: a sentence a service made",
    ),
]


@pytest.mark.parametrize(("note", "english", "spanish_text"), NOTES)
def test_each_note_in_english(note: Note, english: str, spanish_text: str) -> None:
    del spanish_text
    assert note_text(note) == english


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize(("note", "english", "spanish_text"), NOTES)
def test_each_note_in_spanish(note: Note, english: str, spanish_text: str) -> None:
    assert note_text(note) == spanish_text
    with in_english():  # what --json writes
        assert note_text(note) == english


@pytest.mark.usefixtures("spanish")
def test_an_evaluated_lapsed_cpht_notes_its_reinstatement_in_spanish() -> None:
    from rxtracker.engine import CredentialFact, evaluate

    result = evaluate(
        CredentialFact(1, "ptcb-cpht", D(2026, 3, 31)), [], load_builtin(), D(2026, 7, 7)
    )
    texts = note_texts(result.notes)
    assert any(
        t.startswith("Venció el 31 mar 2026 (hace 98 días). La reinstauración") for t in texts
    )
    assert not any("Expired" in t or "Not confirmed" in t for t in texts)


def _first_texas_period() -> dict[str, RequirementResult]:
    from rxtracker.engine import CredentialFact, evaluate

    texas = CredentialFact(1, "tx-technician", D(2027, 3, 31), initial_cycle=True)
    result = evaluate(texas, [], load_builtin(), D(2026, 6, 1))
    return {r.id: r for r in result.requirements}


def test_a_waived_requirement_and_a_cap_in_english() -> None:
    found = _first_texas_period()
    assert requirement_note(found["total"]) == "not required in a first registration period"
    assert requirement_result_label(found["in-service"]) == (
        "Workplace in-service CE (at most 5 hours count)"
    )
    assert date_label("last day to reinstate") == "last day to reinstate"


@pytest.mark.usefixtures("spanish")
def test_a_waived_requirement_and_a_cap_in_spanish_and_in_the_packet() -> None:
    found = _first_texas_period()
    assert requirement_note(found["total"]) == "no se exige en un primer período de registro"
    line = requirement_line(found["in-service"])
    assert (line.label, line.required) == (
        "EC interna en el lugar de trabajo (cuentan como máximo 5 horas)",
        "como máximo 5 horas",
    )
    assert requirement_line(found["total"]).note == "no se exige en un primer período de registro"
    assert date_label("last day to reinstate") == "último día para reinstaurar"
