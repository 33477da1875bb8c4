"""Credentials without CE (CPR/BLS, an immunization certification, a facility competency):
tracked by their expiration date and their items (issue 20).

A 0-hour custom type is stored as the catalog's ``ce = "none"`` with the items it names, the
same shape as a board that asks no CE (rules-reference section 7, North Carolina).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.catalog import parse_type
from rxtracker.engine import Phase, evaluate
from rxtracker.services.wording import missing_texts, note_texts
from tests.engine.builders import CATALOG, credential, day, t_hours

_SOURCED = {
    "source": "user: entered in rxtracker for BLS Provider (CPR)",
    "checked": dt.date(2026, 12, 1),
}


def _bls(items: list[str]) -> object:
    return parse_type(
        {
            "schema": 1,
            "id": "custom-bls",
            "name": "BLS Provider (CPR)",
            "short_name": "BLS Provider (CPR)",
            "issuer": "American Heart Association",
            "kind": "custom",
            "cycle_months": 24,
            "ce": "none",
            "dates": dict(_SOURCED),
            "rules": [
                {
                    "effective_from": dt.date(2000, 1, 1),
                    **_SOURCED,
                    "requirements": [
                        {"id": f"item-{i}", "kind": "item", "label": label}
                        for i, label in enumerate(items, 1)
                    ],
                }
            ],
        },
        "test",
    )


@pytest.mark.parametrize(
    ("items", "done", "as_of", "phase", "missing"),
    [
        # A card and nothing else: held until it expires, then lapsed.
        ([], [], "2026-12-01", Phase.COMPLETE, 0),
        ([], [], "2027-06-05", Phase.EXPIRED, 1),
        # A skills check each cycle: missing until it is recorded.
        (["Skills check"], [], "2026-12-01", Phase.ON_TRACK, 1),
        (["Skills check"], [("item-1", "2026-11-20")], "2026-12-01", Phase.COMPLETE, 0),
    ],
)
def test_a_credential_without_ce_is_tracked_by_its_expiration_and_items(
    items: list[str], done: list[tuple[str, str]], as_of: str, phase: Phase, missing: int
) -> None:
    catalog = CATALOG.with_types([_bls(items)])  # type: ignore[list-item]
    held = credential("custom-bls", "2027-05-31", items=done)
    result = evaluate(held, [t_hours("2026-03-01", "2")], catalog, day(as_of))
    assert result.phase == phase
    assert len(missing_texts(result.missing)) == missing
    assert result.required_hours.hundredths == 0
    assert result.dates.end == day("2027-05-31")
    assert any("asks no CE" in n for n in note_texts(result.notes))
