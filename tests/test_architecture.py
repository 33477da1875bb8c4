"""Layer rules import-linter cannot express (see pyproject's importlinter section)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import types
from pathlib import Path

import grimp
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "rxtracker"


#: Date arithmetic the GUI must leave to the engine and the services' read models.
_DATE_ARITHMETIC = frozenset({"timedelta", "relativedelta", "add_months", "end_of_month"})


def date_work(source: str) -> list[str]:
    """What in ``source`` imports the engine or does date arithmetic, as 'line: what'."""
    return [
        f"{node.lineno}: {what}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.stmt | ast.expr) and (what := _date_work(node))
    ]


def _date_work(node: ast.stmt | ast.expr) -> str | None:
    if isinstance(node, ast.ImportFrom | ast.Import):
        modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        modules += [a.name for a in node.names]
        engine = [m for m in modules if m.startswith("rxtracker.engine")]
        named = [a.name for a in node.names if a.name in _DATE_ARITHMETIC]
        return f"imports {engine[0]}" if engine else (named[0] if named else None)
    if isinstance(node, ast.Name) and node.id in _DATE_ARITHMETIC:
        return node.id
    if isinstance(node, ast.Attribute):
        if node.attr in _DATE_ARITHMETIC:
            return node.attr
        subtracted = isinstance(node.value, ast.BinOp) and isinstance(node.value.op, ast.Sub)
        return "subtracts dates" if node.attr == "days" and subtracted else None
    return None


def test_the_check_finds_engine_imports_and_date_arithmetic() -> None:
    bad = (
        "import datetime as dt\n"
        "from rxtracker.engine import Phase\n"
        "from rxtracker.domain import add_months\n"
        "left = (end - start).days\n"
        "later = start + dt.timedelta(days=1)\n"
    )
    assert sorted(date_work(bad)) == [
        "2: imports rxtracker.engine",
        "3: add_months",
        "4: subtracts dates",
        "5: timedelta",
    ]
    assert date_work("import rxtracker.engine.cycles\n") == ["1: imports rxtracker.engine.cycles"]
    assert date_work("when = date_text(card.deadline)\n") == []


def test_the_ui_computes_no_dates_cycles_or_paces() -> None:
    ui = PACKAGE / "ui"
    offenders = {
        str(path.relative_to(PACKAGE)): found
        for path in sorted(ui.rglob("*.py"))
        if (found := date_work(path.read_text()))
    }
    assert offenders == {}


def test_the_house_has_no_import_cycles() -> None:
    # Imports made for type checking only count too: a circle is a circle in the design.
    graph = grimp.build_graph("rxtracker")
    circles = sorted(
        f"{importer} -> {imported}"
        for importer in graph.modules
        for imported in graph.find_modules_directly_imported_by(importer)
        if imported.startswith("rxtracker")
        and graph.chain_exists(importer=imported, imported=importer)
    )
    assert circles == []


#: The packages whose public names are imported on first use (rxtracker.lazy_names).
_LAZY_PACKAGES = (
    "rxtracker.catalog",
    "rxtracker.db",
    "rxtracker.disk",
    "rxtracker.domain",
    "rxtracker.engine",
    "rxtracker.services",
    "rxtracker.services.wording",
)


@pytest.mark.parametrize("name", _LAZY_PACKAGES)
def test_a_lazy_name_is_never_a_submodule_s_name(name: str) -> None:
    """Importing the submodule would replace the lazy name with the module (import rules)."""
    package = importlib.import_module(name)
    submodules = {found.name for found in pkgutil.iter_modules(package.__path__)}
    assert set(package._WHERE) & submodules == set()
    assert set(package._WHERE) <= set(package.__all__)
    for each in package.__all__:  # every public name resolves to what its module defines
        assert not isinstance(getattr(package, each), types.ModuleType), each
