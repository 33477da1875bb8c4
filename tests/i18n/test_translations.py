"""The translation files are complete, in step with the code, and work end to end.

``make test`` runs these after ``make translations`` compiled the .qm files.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from rxtracker import i18n
from rxtracker.domain import Hours, date_text, long_date_text

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    path = ROOT / "packaging/translations.py"
    spec = importlib.util.spec_from_file_location("translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _tool()


def test_no_spanish_text_is_unfinished_empty_or_has_other_fields() -> None:
    assert translations.problems() == []


def test_the_ts_files_hold_exactly_the_texts_of_the_code() -> None:
    """A text added to the code without `make ts` (or a .ts left behind) fails here."""
    assert translations.stale() == []


def test_the_compiled_translations_are_those_of_the_ts_files(tmp_path: Path) -> None:
    """`make translations` ran after the last .ts change: compiling again gives the same bytes."""
    qm = ROOT / "resources/i18n/rxtracker_es.qm"
    assert qm.is_file(), "run make translations"
    fresh = tmp_path / "es.qm"
    sources = sorted(str(p) for p in (ROOT / "resources/i18n/es").glob("*.ts"))
    lrelease = translations._tool("pyside6-lrelease")
    subprocess.run([lrelease, *sources, "-qm", str(fresh), "-silent"], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), "a .ts changed since make translations"


@pytest.mark.usefixtures("spanish")
def test_spanish_words_dates_and_hours() -> None:
    assert i18n.language() == "es"
    assert Hours.parse("2.5").describe() == "2.5 horas"
    assert Hours.parse("1").describe() == "1 hora"
    assert date_text(dt.date(2027, 1, 31)) == "31 ene 2027"
    assert long_date_text(dt.date(2027, 1, 31)) == "31 de enero de 2027"


def test_spain_writes_a_decimal_comma_and_the_us_a_point() -> None:
    language = pytest.importorskip("rxtracker.language")
    activation = language.activate("es", "es_ES")
    try:
        assert i18n.decimal_text(Decimal("1.50")) == "1,5"
        assert Hours.parse("1,5") == Hours.parse("1.5")  # typed the locale's way
    finally:
        language.deactivate(activation)
    assert i18n.decimal_text(Decimal("1.50")) == "1.5"


def test_english_is_the_sources_with_english_plurals() -> None:
    assert i18n.translate("x", "%n course(s)", None, 1) == "1 course"
    assert i18n.translate("x", "%n course(s)", None, 3) == "3 courses"
    assert i18n.translate("x", "%n box(es) left", None, 2) == "2 boxes left"
    assert date_text(dt.date(2027, 1, 31)) == "Jan 31, 2027"
    assert Hours.parse("2.5").describe() == "2.5 hours"


def test_english_needs_no_compiled_translations(caplog: pytest.LogCaptureFixture) -> None:
    from rxtracker.language import activate, deactivate

    activation = activate("en", "en_US")
    try:
        assert activation.translators == []
        assert i18n.translate("x", "Save") == "Save"
    finally:
        deactivate(activation)
    assert "showing English" not in caplog.text  # English is the source: nothing is missing


@pytest.mark.parametrize(
    ("option", "setting", "environ", "expected"),
    [
        (None, None, {"LANG": "es_US.UTF-8"}, ("es", "es_US")),
        (None, None, {"LANG": "es_MX.UTF-8", "LC_ALL": "C"}, ("es", "es_MX")),
        (None, None, {"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, ("es", "es_ES")),
        (None, None, {"LANGUAGE": "es:en"}, ("es", "es_US")),
        (None, None, {"LANG": "fr_FR.UTF-8"}, ("en", "en_US")),
        (None, None, {}, ("en", "en_US")),
        ("es", None, {"LANG": "en_US.UTF-8"}, ("es", "es_US")),
        ("en", None, {"LANG": "es_US.UTF-8"}, ("en", "en_US")),
        (None, "es", {"LANG": "en_US.UTF-8"}, ("es", "es_US")),
        ("en", "es", {}, ("en", "en_US")),
    ],
)
def test_the_language_is_the_option_then_settings_then_the_environment(
    option: str | None, setting: str | None, environ: dict[str, str], expected: tuple[str, str]
) -> None:
    assert i18n.language_from(option, setting, environ) == expected


def test_a_plural_keeps_its_forms_through_lupdate(tmp_path: Path) -> None:
    """pyside6-lupdate does not mark translate(..., n) as a plural; `update` does, and keeps it."""
    code = tmp_path / "mod.py"
    code.write_text('def f(n):\n    return translate("mod", "%n course(s)", None, n)\n')
    ts = tmp_path / "es.ts"
    translations._lupdate([code], ts, "es")
    entry = {"context": "mod", "source": "%n course(s)", "forms": ["%n curso", "%n cursos"]}
    tree = translations.ET.parse(ts)
    assert translations._fill(tree, {("mod", "%n course(s)", ""): entry}) == 1
    translations._write(tree, ts)
    translations._lupdate([code], ts, "es")
    assert translations._ts_problems(ts) == []
    qm = tmp_path / "es.qm"
    lrelease = translations._tool("pyside6-lrelease")
    subprocess.run([lrelease, str(ts), "-qm", str(qm), "-silent"], check=True)
    core = pytest.importorskip("PySide6.QtCore")
    translator = core.QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("mod", "%n course(s)", None, 1) == "%n curso"
    assert translator.translate("mod", "%n course(s)", None, 4) == "%n cursos"


def test_the_command_line_speaks_spanish_when_asked(tmp_path: Path) -> None:
    env = {"LANG": "es_US.UTF-8", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    env["RXTRACKER_DATA_DIR"] = str(tmp_path / "data")
    code = "from rxtracker.domain import Hours; from rxtracker.cli.language import use_language;"
    code += "print(use_language([]), Hours.parse('3').describe())"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.split() == ["es", "3", "horas"], done.stderr
