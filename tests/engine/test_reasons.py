"""The engine answers with reasons, never sentences: the front ends word them (issue 17)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rxtracker.engine import reasons
from rxtracker.engine.reasons import Held, PastReinstatement, Shortfall, ShortfallKind
from tests.engine.builders import ce, credential, judge, uan

ENGINE = Path(reasons.__file__).parent
#: Engine modules that write no sentence any more (the others follow, one by one).
WORDLESS = ("reasons.py", "explain.py", "allocate.py", "plan.py")
CPHT = credential("ptcb-cpht", "2027-03-31")


def test_what_is_missing_is_data() -> None:
    result = judge(CPHT, [ce("2026-01-10", "10")], "2027-01-15")
    assert all(isinstance(m, Shortfall) for m in result.missing)
    (total,) = [m for m in result.missing if m.kind == ShortfallKind.TOTAL]
    assert total.hours == result.missing_hours
    assert all(r.shortfall is None for r in result.requirements if r.met)


def test_expired_past_reinstatement_is_data() -> None:
    (reason,) = judge(CPHT, [], "2028-06-01").missing
    assert isinstance(reason, PastReinstatement)
    assert reason.days_ago == 428


def test_held_hours_are_data() -> None:
    assert all(isinstance(h, Held) for h in judge(CPHT, [], "2027-01-15").conditional)


def test_wordless_modules_build_no_formatted_text() -> None:
    """No f-string or .format() in the modules that hand reasons up."""
    for name in WORDLESS:
        tree = ast.parse((ENGINE / name).read_text(encoding="utf-8"))
        found = [
            node.lineno
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            or (isinstance(node, ast.Attribute) and node.attr in ("format", "describe"))
        ]
        assert found == [], f"{name} formats text at lines {found}"


def test_the_engine_answers_the_same_in_any_interface_language() -> None:
    """A function of its inputs: Spanish on or off, the same result, field for field."""
    language = pytest.importorskip("rxtracker.language")
    facts = [
        ce("2025-03-01", "2", uan("01")),  # before the cycle
        ce("2025-06-01", "7", uan("01", "P")),  # over the 5-hour pharmacist cap
        ce("2025-07-01", "1", uan("03")),
    ]
    english = judge(CPHT, facts, "2027-01-15")
    activation = language.activate("es", "es_US")
    try:
        spanish = judge(CPHT, facts, "2027-01-15")
    finally:
        language.deactivate(activation)
    assert spanish == english
    assert any(
        r.kind == "max" and "(at most 5 hours count)" in r.label for r in english.requirements
    )
