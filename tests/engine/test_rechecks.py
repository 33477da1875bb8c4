"""Facts changed by the re-check of the first catalog's states against the boards' own pages
(issue 15, 2026-12-07): each change as a real scenario with the source it was read in."""

from __future__ import annotations

from rxtracker.catalog import load_builtin
from rxtracker.engine import Phase
from tests.engine.builders import ce, credential, judge, uan, unmet

MI_LIVE = (
    "https://ars.apps.lara.state.mi.us/Transaction/DownloadFile?FileName=NoPHForm_2022-2_LR.pdf"
)


def _michigan_topics(fmt: str) -> list:  # type: ignore[type-arg]
    """20 hours meeting every Michigan topic, all in one format (L live, H home study)."""
    return [
        ce("2026-01-10", "2", uan("03", fmt=fmt), tags=["ethics"]),
        ce("2026-02-10", "1", uan("08", fmt=fmt), tags=["pain-management"]),
        ce("2026-03-10", "1", uan("05", fmt=fmt)),
        ce("2026-04-10", "2", uan("04", fmt=fmt), tags=["implicit-bias"]),
        ce("2026-05-10", "1", uan("04", fmt=fmt), tags=["human-trafficking"]),
        ce("2026-06-10", "8", uan("01", fmt=fmt)),
        ce("2026-07-10", "5", uan("01", fmt=fmt)),
    ]


def test_michigan_asks_5_live_hours_of_the_20() -> None:
    # R 338.3661 (law.cornell.edu) and LARA's notice of rule set 2022-2 LR (MI_LIVE): "the
    # 5 hours of CE in live, synchronous, courses or programs may be earned in-person or
    # virtual".
    mi = credential("mi-technician", "2027-06-30")
    home = judge(mi, _michigan_topics("H"), "2026-12-01")
    assert unmet(home) == {"live"}, MI_LIVE
    live = judge(mi, [*_michigan_topics("H")[:-1], ce("2026-07-10", "5", uan("01", fmt="L"))],
                 "2026-12-01")  # fmt: skip
    assert live.phase == Phase.COMPLETE, MI_LIVE


def test_ohio_fee_cites_the_rule_that_sets_it() -> None:
    # OAC 4729:3-2-03(A)(2): "The required biennial fee of fifty dollars" (4729:3-5-02 is CE).
    fee = load_builtin().get("oh-registered-technician").fees[0]
    assert (fee.amount, fee.sourced.source) == (
        "50",
        "https://law.cornell.edu/regulations/ohio/Ohio-Admin-Code-4729-3-2-03",
    )
