"""Hours that count only if the issuer accepts them (kind ``conditional``).

PTCB accepts non-ACPE CE only "if PTCB decides the activity covers PTCE Content Outline
matter", entered by hand with the proof uploaded (rules-reference 1.1, "Non-ACPE CE":
https://www.ptcb.org/news/recertification-updates). Such hours are named apart and never
make the cycle complete on their own.
"""

from __future__ import annotations

import pytest

from rxtracker.domain import Category, Hours
from rxtracker.engine import ActivityFact, Phase
from rxtracker.services.wording import counts_less_text, held_texts
from tests.engine.builders import CATALOG, ce, credential, judge, t_hours, unmet

CPHT = credential("ptcb-cpht", "2027-03-31")
AS_OF = "2026-12-01"


def acpe_19() -> list[ActivityFact]:
    """19 h ACPE: 15 h technician-specific with law and safety met, 4 h pharmacist-specific."""
    return [
        t_hours("2025-05-01", "13"),
        t_hours("2025-06-01", "1", "03"),
        t_hours("2025-07-01", "1", "05"),
        ce("2025-08-01", "4", "0204-0000-25-001-H01-P"),
    ]


SCENARIOS = [
    pytest.param(
        [*acpe_19(), ce("2025-09-01", "2", provider="Texas HHSC")],
        Hours.parse("2"),
        {"total"},
        id="19 h ACPE + 2 h non-ACPE: not complete",
    ),
    pytest.param(
        [*acpe_19(), ce("2025-09-01", "2", category=Category.EMPLOYER)],
        Hours.parse("2"),
        {"total"},
        id="employer training is non-ACPE too",
    ),
    pytest.param(
        [*acpe_19(), t_hours("2025-09-01", "1"), ce("2025-10-01", "2")],
        Hours.parse("2"),
        set(),
        id="20 h ACPE + 2 h non-ACPE: complete without them",
    ),
    pytest.param(
        [*acpe_19(), ce("2025-09-01", "2", category=Category.IN_SERVICE)],
        Hours.zero(),
        {"total"},
        id="in-service is excluded, not conditional",
    ),
]


@pytest.mark.parametrize(("activities", "conditional", "missing"), SCENARIOS)
def test_non_acpe_hours_count_only_if_ptcb_accepts_them(
    activities: list[ActivityFact], conditional: Hours, missing: set[str]
) -> None:
    result = judge(CPHT, activities, AS_OF)
    assert result.conditional_hours == conditional
    assert unmet(result) == missing
    assert (result.phase == Phase.COMPLETE) == (not missing)
    if conditional:
        (sentence,) = held_texts(result.conditional)
        assert sentence.startswith(f"{conditional.describe()} of non-ACPE CE are not counted")
        assert "counts if PTCB accepts it (upload the certificate)" in sentence
    else:
        assert held_texts(result.conditional) == ()


def test_the_activity_says_why_it_does_not_count_yet() -> None:
    trafficking = ce("2025-09-01", "2", provider="Texas HHSC", id=901)
    result = judge(CPHT, [*acpe_19(), trafficking], AS_OF)
    row = next(a for a in result.activities if a.activity_id == 901)
    assert row.counted == Hours.zero()
    assert counts_less_text(row) == "counts if PTCB accepts it (upload the certificate)"
    assert result.counted_hours == Hours.parse("19")


@pytest.mark.parametrize("type_id", ["ptcb-cpht", "ptcb-cpht-adv", "ptcb-cpht-reinstatement"])
def test_every_current_ptcb_rule_set_holds_non_acpe_ce_back(type_id: str) -> None:
    rules = CATALOG.get(type_id).current_rules
    (held,) = [r for r in rules.requirements if r.kind == "conditional"]
    assert held.select.categories == {"employer", "other"}
    assert held.sourced.source == "https://www.ptcb.org/news/recertification-updates"
