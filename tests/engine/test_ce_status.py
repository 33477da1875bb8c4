"""How a board that asks no CE, or whose CE rxtracker could not confirm, is shown (issue 15)."""

from __future__ import annotations

from rxtracker.engine import Phase
from rxtracker.services.wording import missing_texts, note_texts
from tests.engine.builders import credential, judge, t_hours


def test_unknown_ce_is_never_called_complete() -> None:
    # Kentucky: no official statement of technician renewal CE was found (201 KAR 2:015
    # names pharmacists' hours only), so the status cannot say "complete".
    result = judge(
        credential("ky-technician", "2027-03-31"), [t_hours("2026-06-01", "30")], "2026-12-01"
    )
    assert result.phase == Phase.ON_TRACK
    assert note_texts(result.notes)[0].startswith("rxtracker found no official statement of the CE")
    assert missing_texts(result.missing) == ()


def test_unknown_ce_inside_the_renewal_window_asks_attention() -> None:
    # Past the expiration an unknown-CE registration lapses like any other.
    result = judge(credential("ky-technician", "2027-03-31"), [], "2027-04-02")
    assert result.phase in {Phase.LAPSED, Phase.EXPIRED}


def test_a_board_that_asks_no_ce_is_complete_and_says_what_still_applies() -> None:
    # Iowa Code 155A.6A(2): registration renewal "shall not require continuing education";
    # current national certification is still required.
    result = judge(credential("ia-technician", "2027-06-30"), [], "2026-12-01")
    assert result.phase == Phase.COMPLETE
    assert note_texts(result.notes)[0].startswith("The Iowa Board of Pharmacy asks no CE to renew")
    assert "Still applies: Show current PTCB or NHA certification" in note_texts(result.notes)[0]
