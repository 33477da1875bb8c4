"""The rule catalog's own words in Spanish: its rules in sentences, its hours and cycles, and
what is wrong with a catalog file; ``--json`` and docs/coverage.md stay English."""

from __future__ import annotations

from pathlib import Path

import pytest

from rxtracker import i18n
from rxtracker.catalog import CatalogError, Requirement, check_file, load_builtin
from rxtracker.catalog.coverage import coverage_markdown
from rxtracker.catalog.describe import (
    confirmation_words,
    cycle_words,
    describe,
    hours_words,
    phrase_text,
)
from rxtracker.domain import InvalidInput
from rxtracker.records import replace
from rxtracker.services.wording import requirement_phrase

pytestmark = pytest.mark.usefixtures("spanish")


def _texts(type_id: str) -> list[str]:
    return [s.text for s in describe(load_builtin().get(type_id)).sentences]


def test_a_states_rules_read_in_spanish() -> None:
    texas = _texts("tx-technician")
    assert texas[1].startswith("Renovación: cada 2 años; el registro vence")
    assert (
        "Al menos 20 horas de EC por ciclo. Un primer período de registro puede exigir menos."
        in (texas)
    )
    law = next(t for t in texas if t.startswith("Al menos 1 hora de "))
    assert law.startswith("Al menos 1 hora de legislación o normas farmacéuticas de Texas")
    course = next(t for t in texas if t.startswith("Complete "))
    assert course.startswith("Complete en cada ciclo: curso de prevención de la trata de personas")
    assert "Cuentan como máximo 5 horas de EC interna en el lugar de trabajo." in texas
    assert any(
        t.startswith("Si usted prepara medicamentos estériles: al menos 2 horas") for t in texas
    )
    assert any(t.startswith("Primer período de registro: ") for t in texas)


def _requirement(type_id: str, requirement_id: str) -> Requirement:
    rules = load_builtin().get(type_id).current_rules
    return next(r for r in rules.requirements if r.id == requirement_id)


@pytest.mark.parametrize(
    ("type_id", "requirement_id", "words"),
    [
        # a phrase that is its label word for word, capital in English for Texas only
        ("tx-technician", "texas-law", "legislación o normas farmacéuticas de Texas (etiqueta: "),
        ("ptcb-cpht", "law", "legislación farmacéutica (tema ACPE 03)"),  # a label lowered
        ("ptcb-cpht", "non-acpe", "EC no acreditada por ACPE"),  # an acronym first stays
    ],
)
def test_a_requirement_reads_alike_in_the_rules_and_in_the_notes(
    type_id: str, requirement_id: str, words: str
) -> None:
    phrase = _requirement(type_id, requirement_id).in_sentence
    assert phrase_text(phrase).startswith(words)
    assert requirement_phrase(requirement_id, phrase) == phrase_text(phrase)


def test_a_phrase_is_as_written_in_english() -> None:
    phrase = _requirement("tx-technician", "texas-law").in_sentence
    i18n.reset()  # English: the fixture's Spanish undone
    assert phrase_text(phrase) == phrase == "Texas pharmacy law or rules (tag: texas-law)"


def test_hours_cycles_and_confirmation_in_spanish() -> None:
    catalog = load_builtin()
    washington = catalog.get("wa-technician")
    assert (hours_words(washington), cycle_words(washington)) == ("20 h cada 2 años", "cada 2 años")
    assert hours_words(catalog.get("ptcb-cspt")) == "5 h cada año (sin confirmar)"
    assert hours_words(catalog.get("ky-technician")) == "no se encontró"
    assert hours_words(catalog.get("co-technician")) == (
        "ninguna (mantenga la certificación nacional)"
    )
    monthly = replace(washington, cycle_months=18)
    assert cycle_words(monthly) == "cada 18 meses"
    assert confirmation_words(washington).startswith("confirmados en las páginas del propio")
    kentucky = _texts("ky-technician")
    assert any(
        t.startswith("rxtracker no encontró ninguna declaración oficial de la EC") for t in kentucky
    )


def test_a_broken_catalog_file_is_told_in_spanish(tmp_path: Path) -> None:
    broken = tmp_path / "mine.toml"
    broken.write_text("schema = 1\nid = 'Mine'\n", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        check_file(broken)
    assert str(caught.value) == (
        "mine.toml, línea 2: id: 'Mine' debe tener solo letras minúsculas y dígitos, "
        "unidos por guiones"
    )
    broken.write_text("schema = 1\nidd = 'mine'\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"clave desconocida; ¿quiso decir 'id'\?"):
        check_file(broken)
    with pytest.raises(InvalidInput, match="'nope' no está en el catálogo"):
        load_builtin().get("nope")


def test_the_coverage_table_stays_english() -> None:
    table = coverage_markdown(load_builtin())
    washington = "| Washington pharmacy technician licence (`wa-technician`) | 20 h every 2 years |"
    assert washington in table
