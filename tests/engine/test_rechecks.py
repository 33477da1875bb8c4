"""Facts changed by the re-check of the first catalog's states against the boards' own pages
(issue 15, 2026-12-07): each change as a real scenario with the source it was read in."""

from __future__ import annotations

from rxtracker.catalog import CeStatus, load_builtin
from rxtracker.domain import Hours
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


def test_west_virginia_names_no_state_ce_but_the_national_certification() -> None:
    # https://wvbop.com/practitioners/pharmtechs/renew/overview.asp : renewal needs the $30
    # fee ($20 late after June 30) and, from 2014-07-01 registrations, proof of national
    # certification; no CE is listed.
    wv = load_builtin().get("wv-technician")
    assert wv.ce == CeStatus.NONE and wv.requires
    assert [(f.amount, f.sourced.source) for f in wv.fees] == [
        ("30", "https://wvbop.com/practitioners/pharmtechs/renew/overview.asp"),
        ("20", "https://wvbop.com/practitioners/pharmtechs/renew/overview.asp"),
    ]


def test_puerto_rico_recertifies_every_3_years_with_ce_of_unknown_hours() -> None:
    # 20 L.P.R.A. 409l(b): recertification every three years with evidence of the CE required
    # under 24 L.P.R.A. 3001 et seq.; the hours were not found, so none are evaluated.
    pr = load_builtin().get("pr-technician")
    assert (pr.cycle_months, pr.ce) == (36, CeStatus.NOT_FOUND)
    assert "409l" in pr.dates.sourced.source


def test_cpted_fees_follow_ptec_membership() -> None:
    # http://ptcb.org/renew/continuing-education : CPTEd recertification $0 for PTEC members,
    # $129 otherwise; reinstatement $49 or $149.
    cpted = load_builtin().get("ptcb-cpted")
    assert [f.amount for f in cpted.fees] == ["0", "129", "49", "149"]


def test_illinois_implicit_bias_is_one_hour_shown_but_not_binding() -> None:
    # 68 Ill. Adm. Code 1130.500 as quoted by https://www.eatrightillinois.org/implicit-bias-training
    # : one hour per renewal period; the rule text was not read, so it stays conditional.
    hours = [
        ce("2026-05-01", "8", uan("01")),
        ce("2026-06-01", "1", uan("03")),
        ce("2026-07-01", "1", uan("05"), tags=["sexual-harassment"]),
    ]
    result = judge(credential("il-technician", "2027-03-31"), hours, "2026-12-01")
    bias = next(r for r in result.requirements if r.id == "implicit-bias")
    assert bias.required == Hours.parse("1") and bias.condition
    assert result.phase == Phase.COMPLETE
