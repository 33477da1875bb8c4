"""The catalog reader is strict: every key known, every value typed and in range, with its line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rxtracker.catalog import CatalogError, check_file, load_builtin
from rxtracker.catalog.keys import TABLES
from rxtracker.catalog.lines import line_of

DATA = Path(__file__).parents[2] / "rxtracker" / "catalog" / "data"
DOCS = Path(__file__).parents[2] / "docs" / "catalog-format.md"
CPHT = DATA / "ptcb-cpht.toml"


def _edited(tmp_path: Path, old: str, new: str, source: Path = CPHT) -> Path:
    """A copy of a shipped file with one line changed (the line must exist)."""
    text = source.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / source.name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line(path: Path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if fragment in line)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.toml")), ids=lambda p: p.name)
def test_every_shipped_file_passes_the_strict_check(path: Path) -> None:
    assert check_file(path).name == path.name


def test_the_shipped_catalog_loads_strictly() -> None:
    catalog = load_builtin()
    assert "ptcb-cpht" in catalog and catalog.areas


def test_a_misspelled_field_is_refused_with_line_and_suggestion(tmp_path: Path) -> None:
    path = _edited(tmp_path, "cycle_months = 24", "cycle_month = 24")
    with pytest.raises(CatalogError) as err:
        check_file(path)
    assert err.value.where == "cycle_month"
    assert err.value.line == _line(path, "cycle_month =")
    assert "did you mean 'cycle_months'?" in err.value.problem
    assert str(err.value).startswith(f"ptcb-cpht.toml, line {err.value.line}: cycle_month:")


def test_an_unknown_top_level_key_is_refused(tmp_path: Path) -> None:
    path = _edited(tmp_path, 'issuer = "PTCB"', 'issuer = "PTCB"\nrenewal_fee = "55"')
    with pytest.raises(CatalogError) as err:
        check_file(path)
    assert (err.value.where, err.value.line) == ("renewal_fee", _line(path, "renewal_fee"))
    assert "unknown key" in err.value.problem


def test_a_misspelled_key_deep_in_a_rule_set_names_its_own_line(tmp_path: Path) -> None:
    # The fourth rule set's "college" cap (the last requirement of [[rules]] number 4).
    text = CPHT.read_text(encoding="utf-8")
    position = [m.start() for m in re.finditer(r'label = "College course credit"', text)][3]
    edited = text[:position] + "lable" + text[position + len("label") :]
    path = tmp_path / CPHT.name
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        check_file(path)
    assert err.value.where == "rules[3].requirements[5].lable"
    assert err.value.line == edited[:position].count("\n") + 1
    assert "did you mean 'label'?" in err.value.problem


@pytest.mark.parametrize(
    ("old", "new", "where", "problem"),
    [
        ("cycle_months = 24", 'cycle_months = "24"', "cycle_months", "whole number from 1"),
        ("cycle_months = 24", "cycle_months = 240", "cycle_months", "from 1 to 120"),
        ("grace_days = 60", "grace_days = 900", "dates.grace_days", "from 0 to 366"),
        ('hours = "20"', 'hours = "20000"', "rules[0].requirements[0].hours", "from 0 to 1000"),
        ("checked = 2026-12-07", 'checked = "2026-12-07"', "dates.checked", "without quotes"),
        ("checked = 2026-12-07", "checked = 1900-01-01", "dates.checked", "from 1970-01-01"),
        ('topic = ["03"]', 'topic = ["3"]', "rules[0].requirements[1].select.topic", "topic"),
        ('confirmation = "official"', 'confirmation = "sure"', "confirmation", "not one of"),
        ('amount = "55"', "amount = 55", "fees[0].amount", "non-empty text"),
        (
            'source = "https://ptcb.zendesk.com/hc/en-us/articles/206169508',
            'source = "ptcb.zendesk.com/206169508',
            "dates.source",
            "web address",
        ),
    ],
)
def test_wrong_types_and_out_of_range_values_are_refused(
    tmp_path: Path, old: str, new: str, where: str, problem: str
) -> None:
    source = DATA / "mi-technician.toml" if "grace_days" in old else CPHT
    path = _edited(tmp_path, old, new, source)
    with pytest.raises(CatalogError) as err:
        check_file(path)
    assert err.value.where == where
    assert problem in err.value.problem
    assert err.value.line is not None


def test_a_reference_to_an_unknown_type_names_its_line(tmp_path: Path) -> None:
    old = 'reinstatement_type = "ptcb-cpht-reinstatement"'
    path = _edited(tmp_path, old, 'reinstatement_type = "ptcb-cpht-reinstate"')
    with pytest.raises(CatalogError, match="names unknown type") as err:
        check_file(path)
    assert err.value.line == _line(path, "reinstatement_type")


def test_invalid_toml_names_its_line(tmp_path: Path) -> None:
    path = _edited(tmp_path, "cycle_months = 24", "cycle_months = = 24")
    with pytest.raises(CatalogError, match="not valid TOML") as err:
        check_file(path)
    assert err.value.line == _line(path, "cycle_months")


def test_line_of_finds_tables_of_arrays_of_tables() -> None:
    text = "a = 1\n[[r]]\nx = 1\n  [[r.q]]\n  y = 2\n[[r]]\n"
    text += "  [[r.q]]\n  y = 3\n  [[r.q]]\n  z = 4\n"
    assert line_of(text, "a") == 1
    assert line_of(text, "r[0].q[0].y") == 5
    assert line_of(text, "r[1].q[0].y") == 8
    assert line_of(text, "r[1].q[1].z") == 10
    assert line_of(text, "r[1].q[1].select.topic") == 9


def test_the_format_document_names_every_key_of_every_table() -> None:
    sections = re.split(r"^#+ ", DOCS.read_text(encoding="utf-8"), flags=re.MULTILINE)
    by_heading = {s.split("\n", 1)[0].strip().strip("`"): s for s in sections}
    for heading, keys in TABLES.items():
        assert heading in by_heading, heading
        documented = set(re.findall(r"^\| `([a-z_]+)`", by_heading[heading], re.MULTILINE))
        assert documented == set(keys), heading


def test_the_keys_that_take_a_spanish_text_are_documented() -> None:
    from rxtracker.catalog.keys import TRANSLATABLE

    section = DOCS.read_text(encoding="utf-8").split("<!-- translatable -->", 1)[1]
    listed = set(re.findall(r"`([a-z_]+)`", section.split("\n\n", 1)[0]))
    assert listed == set(TRANSLATABLE)


def test_a_spanish_text_beside_a_text_is_read_and_shown_in_spanish(tmp_path: Path) -> None:
    from rxtracker import i18n

    law = "Pharmacy law (ACPE topic 03)"
    path = tmp_path / CPHT.name
    spanish = 'label_es = "Legislación farmacéutica (tema ACPE 03)"'
    path.write_text(CPHT.read_text(encoding="utf-8").replace(spanish, ""), encoding="utf-8")
    assert law not in check_file(path).spanish  # none given: nothing recorded
    file = check_file(CPHT)
    assert file.spanish[law] == "Legislación farmacéutica (tema ACPE 03)"
    i18n.add_texts("es", file.spanish)
    assert i18n.data_text(law) == law  # English interface
    i18n.install("es", "es_US", None, None)
    assert i18n.data_text(law) == "Legislación farmacéutica (tema ACPE 03)"
    assert i18n.data_text("A custom type's label") == "A custom type's label"  # never a blank


@pytest.mark.parametrize(
    ("old", "new", "where", "problem"),
    [
        (
            "unconfirmed = true",
            'unconfirmed = true\n  unconfirmed_es = "sin confirmar"',
            "unconfirmed_es",
            "a Spanish text goes beside a text",
        ),
        ('label_es = "EC total"', 'label_es = ""', "label_es", "must be a non-empty text"),
        (
            "unconfirmed_es = [",
            'unconfirmed_es = ["uno",',
            "unconfirmed_es",
            "must be a list of 1 text",
        ),
        ('issuer = "PTCB"', 'issuer = "PTCB"\nissuer_es = "PTCB"', "issuer_es", "unknown key"),
    ],
)
def test_a_wrong_spanish_text_is_refused(
    tmp_path: Path, old: str, new: str, where: str, problem: str
) -> None:
    path = _edited(tmp_path, old, new)
    with pytest.raises(CatalogError) as err:
        check_file(path)
    assert err.value.where.endswith(where)
    assert problem in err.value.problem


def _untranslated(table: object, where: str) -> list[str]:
    """The keys of ``table`` (and its tables) with a text a person reads and no ``_es``."""
    from rxtracker.catalog.keys import TRANSLATABLE

    if isinstance(table, list):
        return [m for i, t in enumerate(table) for m in _untranslated(t, f"{where}[{i}]")]
    if not isinstance(table, dict):
        return []
    found = []
    for key, value in table.items():
        is_text = isinstance(value, str) or (
            isinstance(value, list) and value and all(isinstance(v, str) for v in value)
        )
        if key in TRANSLATABLE and is_text and f"{key}_es" not in table:
            found.append(f"{where}.{key}")
        elif not is_text:
            found += _untranslated(value, f"{where}.{key}")
    return found


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.toml")), ids=lambda p: p.name)
def test_every_shipped_text_a_person_reads_has_its_spanish(path: Path) -> None:
    import tomllib

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert _untranslated(data, path.name) == []
