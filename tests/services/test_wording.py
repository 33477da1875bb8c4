"""The engine's reasons in words, in English and in Spanish (one row per kind of reason)."""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker import i18n
from rxtracker.domain import Hours
from rxtracker.engine.plan import Plan, TopicNeed
from rxtracker.engine.ready import Check
from rxtracker.engine.reasons import (
    ActivityReason,
    BaseNotInGoodStanding,
    Cap,
    ConditionalShortfall,
    CountsLess,
    Held,
    Missing,
    PastReinstatement,
    Shortfall,
    ShortfallKind,
)
from rxtracker.services.wording import (
    held_text,
    in_english,
    missing_text,
    note_text,
    plan_text,
    reason_text,
    sentence_date,
    worded_checks,
)

pytestmark = pytest.mark.usefixtures("catalog_texts")

BY = dt.date(2027, 3, 31)
LAW = "pharmacy law (ACPE topic 03)"


def _short(kind: ShortfallKind, hours: str, phrase: str = LAW, **more: object) -> Shortfall:
    return Shortfall(kind, "law", phrase.capitalize(), phrase, Hours.parse(hours), BY, **more)  # type: ignore[arg-type]


SCENARIOS: list[tuple[str, Missing, str, str]] = [
    (
        "one hour in total",
        _short(ShortfallKind.TOTAL, "1"),
        "1 more hour of CE in total by 2027-03-31",
        "1 hora más de EC en total a más tardar el 31 mar 2027",
    ),
    (
        "hours in total",
        _short(ShortfallKind.TOTAL, "1.5"),
        "1.5 more hours of CE in total by 2027-03-31",
        "1.5 horas más de EC en total a más tardar el 31 mar 2027",
    ),
    (
        "one hour of a topic",
        _short(ShortfallKind.HOURS, "1"),
        "1 more hour of pharmacy law (ACPE topic 03) by 2027-03-31",
        "1 hora más de legislación farmacéutica (tema ACPE 03) a más tardar el 31 mar 2027",
    ),
    (
        "hours of a tagged course",
        _short(ShortfallKind.HOURS, "2", "Texas law course", tags=("texas-law",)),
        "2 more hours of Texas law course (tag it texas-law) by 2027-03-31",
        "2 horas más de Texas law course (etiquételas texas-law) a más tardar el 31 mar 2027",
    ),
    (
        "a course to complete",
        _short(ShortfallKind.COURSE, "0", "human-trafficking course", tags=("human-trafficking",)),
        "Complete the human-trafficking course (tag it human-trafficking) by 2027-03-31",
        "Complete: human-trafficking course (etiquételo human-trafficking) a más tardar el "
        "31 mar 2027",
    ),
    (
        "an item to record",
        _short(ShortfallKind.ITEM, "0", "background check"),
        "Record the background check (dated in this cycle) by 2027-03-31",
        "Registre: background check (con fecha dentro de este ciclo) a más tardar el 31 mar 2027",
    ),
    (
        "to reinstate",
        _short(ShortfallKind.TOTAL, "20", reinstating=True),
        "To reinstate: 20 more hours of CE in total by 2027-03-31",
        "Para reinstaurarla: 20 horas más de EC en total a más tardar el 31 mar 2027",
    ),
    (
        "past reinstatement",
        PastReinstatement(BY, dt.date(2028, 3, 31), 428),
        "Expired on 2027-03-31 (428 days ago); the time to renew or reinstate ended on "
        "2028-03-31. Ask the issuer how to certify or register again.",
        "Venció el 31 mar 2027 (hace 428 días); el plazo para renovarla o reinstaurarla terminó "
        "el 31 mar 2028. Pregunte al emisor cómo certificarse o registrarse de nuevo.",
    ),
    (
        "past reinstatement, one day",
        PastReinstatement(BY, BY, 1),
        "Expired on 2027-03-31 (1 day ago); the time to renew or reinstate ended on "
        "2027-03-31. Ask the issuer how to certify or register again.",
        "Venció el 31 mar 2027 (hace 1 día); el plazo para renovarla o reinstaurarla terminó "
        "el 31 mar 2027. Pregunte al emisor cómo certificarse o registrarse de nuevo.",
    ),
    (
        "base credential lapsed",
        BaseNotInGoodStanding("PTCB CPhT", "lapsed", BY, "CSPT", ("PTCB CPhT", "CPhT-Adv")),
        "Your PTCB CPhT lapsed on 2027-03-31: CSPT stands only with a PTCB CPhT or CPhT-Adv in "
        "good standing. Renew or reinstate the PTCB CPhT first.",
        "Su PTCB CPhT venció el 31 mar 2027 y aún puede reinstaurarse: CSPT solo es válida con "
        "una PTCB CPhT o CPhT-Adv vigente. Primero renueve o reinstaure su PTCB CPhT.",
    ),
    (
        "base credential expired",
        BaseNotInGoodStanding("PTCB CPhT", "expired", BY, "CSPT", ("PTCB CPhT",)),
        "Your PTCB CPhT expired on 2027-03-31: CSPT stands only with a PTCB CPhT in good "
        "standing. Renew or reinstate the PTCB CPhT first.",
        "Su PTCB CPhT venció el 31 mar 2027: CSPT solo es válida con una PTCB CPhT vigente. "
        "Primero renueve o reinstaure su PTCB CPhT.",
    ),
]

HELD: list[tuple[Held, str, str]] = [
    (
        Held("non-acpe", "Non-ACPE CE", "non-ACPE CE", Hours.parse("2"), "counts if PTCB accepts"),
        "2 hours of non-ACPE CE are not counted: counts if PTCB accepts",
        "2 horas de EC no acreditada por ACPE no se cuentan: counts if PTCB accepts",
    ),
    (
        Held("non-acpe", "Non-ACPE CE", "non-ACPE CE", Hours.parse("1")),
        "1 hour of non-ACPE CE is not counted: counts only if the issuer accepts it",
        "1 hora de EC no acreditada por ACPE no se cuenta: cuenta solo si el emisor la acepta",
    ),
]


@pytest.mark.parametrize(("name", "reason", "english", "spanish_text"), SCENARIOS)
def test_each_reason_in_english(
    name: str, reason: Missing, english: str, spanish_text: str
) -> None:
    del name, spanish_text
    assert missing_text(reason) == english


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize(("name", "reason", "english", "spanish_text"), SCENARIOS)
def test_each_reason_in_spanish(
    name: str, reason: Missing, english: str, spanish_text: str
) -> None:
    del name
    assert missing_text(reason) == spanish_text
    with in_english():  # what --json writes, whatever the language
        assert missing_text(reason) == english
    assert i18n.language() == "es"


@pytest.mark.parametrize(("held", "english", "spanish_text"), HELD)
def test_held_hours_in_english(held: Held, english: str, spanish_text: str) -> None:
    del spanish_text
    assert held_text(held) == english


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize(("held", "english", "spanish_text"), HELD)
def test_held_hours_in_spanish(held: Held, english: str, spanish_text: str) -> None:
    del english
    assert held_text(held) == spanish_text


def test_a_conditional_shortfall_note_and_a_plain_note() -> None:
    note = ConditionalShortfall("If you give vaccines", _short(ShortfallKind.HOURS, "2"))
    assert (
        note_text(note)
        == "If you give vaccines: 2 more hours of pharmacy law (ACPE topic 03) by 2027-03-31"
    )
    assert note_text("Rules not confirmed.") == "Rules not confirmed."


@pytest.mark.usefixtures("spanish")
def test_the_ready_checklist_words_its_reasons_in_spanish() -> None:
    check = Check(
        "hours", "Hours and topics met", False, reasons=(_short(ShortfallKind.TOTAL, "3"),)
    )
    (worded,) = worded_checks((check,))
    assert worded.detail == "3 horas más de EC en total a más tardar el 31 mar 2027"
    assert sentence_date(BY) == "31 mar 2027"
    assert sentence_date(None) == ""


def test_phase_words_in_english() -> None:
    from rxtracker.engine import Phase
    from rxtracker.services.wording import phase_label

    assert [phase_label(p) for p in Phase] == [
        "Complete",
        "On track",
        "At risk",
        "Past the deadline",
        "Lapsed",
        "Expired",
    ]


@pytest.mark.usefixtures("spanish")
def test_phase_words_in_spanish() -> None:
    from rxtracker.engine import Phase
    from rxtracker.services.wording import phase_label

    assert phase_label(Phase.ON_TRACK) == "Al día"
    assert phase_label(Phase.AT_RISK) == "En riesgo"


ACTIVITY_REASONS: list[tuple[object, str, str]] = [
    (
        ActivityReason(CountsLess.OUTSIDE_CYCLE, start=dt.date(2025, 4, 1), end=BY),
        "outside the cycle 2025-04-01 to 2027-03-31",
        "fuera del ciclo del 1 abr 2025 al 31 mar 2027",
    ),
    (
        ActivityReason(CountsLess.AFTER_AS_OF, day=BY),
        "dated after 2027-03-31, the day this status is for",
        "con fecha posterior al 31 mar 2027, el día de esta evaluación",
    ),
    (
        ActivityReason(CountsLess.REPEAT, other=4),
        "repeat of activity #4",
        "repetición de la actividad #4",
    ),
    (
        ActivityReason(CountsLess.EXCLUDED, "in-service", "in-service CE"),
        "in-service CE does not count",
        "EC interna (en servicio) no cuenta",
    ),
    (
        ActivityReason(
            CountsLess.CAPPED,
            caps=(Cap("p", "pharmacist-specific hours", "", Hours.parse("5")),),
            counted=Hours.parse("5"),
            eligible=Hours.parse("7"),
        ),
        "only 5 of 7 hours count: pharmacist-specific hours over the 5-hour cap",
        "solo cuentan 5 de 7 horas: pharmacist-specific hours por encima del límite de 5 horas",
    ),
]


@pytest.mark.parametrize(("reason", "english", "spanish_text"), ACTIVITY_REASONS)
def test_activity_reasons(reason: ActivityReason, english: str, spanish_text: str) -> None:
    assert reason_text(reason) == english
    language = pytest.importorskip("rxtracker.language")
    activation = language.activate("es", "es_US")
    try:
        assert reason_text(reason) == spanish_text
    finally:
        language.deactivate(activation)


def _plan(**fields: object) -> Plan:
    need = TopicNeed("law", "Pharmacy law", Hours.parse("1"), None, "pharmacy law")
    base: dict[str, object] = {
        "credential_id": 1,
        "type_name": "PTCB CPhT",
        "as_of": dt.date(2027, 1, 15),
        "finish_by": dt.date(2027, 3, 1),
        "months_left": 3,
        "missing": Hours.parse("7.5"),
        "per_month": Hours.parse("2.5"),
        "topics": (need,),
        "months": (),
    }
    return Plan(**{**base, **fields})  # type: ignore[arg-type]


@pytest.mark.usefixtures("spanish")
def test_plans_in_spanish() -> None:
    assert plan_text(_plan()) == (
        "Tome alrededor de 2.5 horas al mes para completar lo que falta (7.5 horas) a más "
        "tardar el 1 mar 2027; tome primero legislación farmacéutica (1 hora)."
    )
    assert plan_text(_plan(expired=True)).startswith("Vencida: el plazo")
    assert plan_text(_plan(finish_by=None)) == "No vence: no hay nada que planificar."


def test_plans_in_english() -> None:
    assert plan_text(_plan()) == (
        "Take about 2.5 hours a month to finish the 7.5 hours left by 2027-03-01; "
        "take pharmacy law (1 hour) first."
    )
    assert plan_text(_plan(missing=Hours.zero(), topics=())) == "Nothing more to take this cycle."
