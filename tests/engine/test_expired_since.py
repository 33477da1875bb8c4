"""A lapsed or expired credential says how long ago it expired (issue 23).

PTCB: a CPhT that expired may be reinstated within 12 months (rules-reference 1.1,
https://ptcb.zendesk.com/hc/en-us/articles/206924377); after that it is expired for good.
"""

from __future__ import annotations

import pytest

from rxtracker.engine import Phase
from rxtracker.services.wording import missing_texts, note_texts
from tests.engine.builders import credential, judge

CPHT = credential("ptcb-cpht", "2027-03-31")


@pytest.mark.parametrize(
    ("as_of", "phase", "days"),
    [
        pytest.param("2027-03-31", Phase.DUE, None, id="on the expiration day: not yet expired"),
        pytest.param("2027-04-01", Phase.LAPSED, 1, id="the day after"),
        pytest.param("2027-07-07", Phase.LAPSED, 98, id="lapsed, reinstatement possible"),
        pytest.param("2028-06-01", Phase.EXPIRED, 428, id="past the reinstatement year"),
    ],
)
def test_days_since_expiration(as_of: str, phase: Phase, days: int | None) -> None:
    result = judge(CPHT, [], as_of)
    assert result.phase == phase
    assert result.days_since_expiration == days


def test_lapsed_note_says_how_long_ago() -> None:
    result = judge(CPHT, [], "2027-07-07")
    expected = "Expired on 2027-03-31 (98 days ago). Reinstatement"
    assert any(n.startswith(expected) for n in note_texts(result.notes))


def test_expired_sentence_says_how_long_ago() -> None:
    result = judge(CPHT, [], "2028-06-01")
    assert missing_texts(result.missing)[0].startswith(
        "Expired on 2027-03-31 (428 days ago); the time to renew"
    )
