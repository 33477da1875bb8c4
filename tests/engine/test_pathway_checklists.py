"""Pathways to CSPT, CPhT-Adv and PTCB's certificates, judged against the built-in catalog.

Every scenario cites the rule it encodes (shared/domain/rules-reference.md):
- CSPT (2.1): active CPhT; pathway 1 = PTCB-Recognized sterile compounding program + 1 year
  full-time CSP experience, pathway 2 = 3 years; full time = 30 h/week; within the last 8 years
  (https://ptcb.zendesk.com/hc/en-us/articles/115003215911).
- CPhT-Adv (2.2, 3.4): active CPhT, 4 certificates or 3 + CSPT, 3 years of technician experience
  within the past 8 years
  (https://www.ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program).
- Certificates (3.2): e.g. Medication History pathway 1 = program + 6 months, pathway 2 = 12
  months full-time (https://www.ptcb.org/credentials/medication-history-certificate).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rxtracker.catalog import Catalog, load_builtin
from rxtracker.domain import Hours
from rxtracker.engine.facts import ActivityFact, CredentialFact, ExperienceFact
from rxtracker.engine.pathways import evaluate_pathways, specialty_areas
from rxtracker.engine.result import PathwayResult
from rxtracker.services.wording.pathways import area_rule_text, step_detail, step_label

AS_OF = dt.date(2026, 11, 25)
D = dt.date
CATALOG: Catalog = load_builtin()
CERTS = ["tpv", "medication-history", "hdm", "billing", "csdp"]
CPHT_EXPIRES = D(2027, 3, 31)
PROGRAM_DONE = D(2025, 3, 1)


def cred(type_id: str, expires: dt.date = CPHT_EXPIRES, cid: int = 0) -> CredentialFact:
    return CredentialFact(id=cid, type_id=type_id, expires_on=expires)


def cpht(expires: dt.date = CPHT_EXPIRES) -> CredentialFact:
    return cred("ptcb-cpht", expires)


def certs(count: int) -> list[CredentialFact]:
    return [cred(f"ptcb-cert-{c}", D(9999, 12, 31), i) for i, c in enumerate(CERTS[:count])]


def program(target: str, on: dt.date = PROGRAM_DONE, aid: int = 1) -> ActivityFact:
    return ActivityFact(aid, f"{target} program", on, Hours.parse("20"), recognized_program=target)


def work(
    start: dt.date, end: dt.date | None, hours: int = 40, areas: Sequence[str] = ()
) -> ExperienceFact:
    return ExperienceFact("Technician", start, end, hours, frozenset(areas))


def sterile(start: dt.date, end: dt.date | None, hours: int = 40) -> ExperienceFact:
    return work(start, end, hours, ["sterile-compounding"])


@dataclass
class Case:
    """One person on AS_OF and what a pathway must say."""

    why: str
    credentials: list[CredentialFact]
    activities: list[ActivityFact] = field(default_factory=list)
    experience: list[ExperienceFact] = field(default_factory=list)
    eligible: bool = False
    routes: tuple[str, ...] = ()


def run(case: Case, target: str) -> PathwayResult:
    results = evaluate_pathways(case.credentials, case.activities, case.experience, CATALOG, AS_OF)
    return next(r for r in results if r.id == target)


CSPT_P1 = "Pathway 1: a PTCB-Recognized sterile compounding program and 1 year of experience"
CSPT_P2 = "Pathway 2: 3 years of experience"

CSPT_CASES = [
    Case(
        "pathway 1: recognised program + exactly 1 year full-time (2.1)",
        [cpht()],
        [program("ptcb-cspt")],
        [sterile(D(2025, 6, 1), D(2026, 5, 31))],
        eligible=True,
        routes=(CSPT_P1,),
    ),
    Case(
        "pathway 1 needs the year: 11 months is not enough",
        [cpht()],
        [program("ptcb-cspt")],
        [sterile(D(2025, 7, 1), D(2026, 5, 31))],
    ),
    Case(
        "pathway 1 needs the program: a year of experience alone is not enough",
        [cpht()],
        [],
        [sterile(D(2025, 6, 1), D(2026, 5, 31))],
    ),
    Case(
        "pathway 2: 3 years full-time, no program",
        [cpht()],
        [],
        [sterile(D(2021, 1, 1), D(2023, 12, 31))],
        eligible=True,
        routes=(CSPT_P2,),
    ),
    Case(
        "part time counts pro rata: 15 h/week for 2 years = 1 full-time year (2.1)",
        [cpht()],
        [program("ptcb-cspt")],
        [sterile(D(2024, 11, 1), D(2026, 10, 31), 15)],
        eligible=True,
        routes=(CSPT_P1,),
    ),
    Case(
        "part time 20 h/week for 1 year is 8 months, short of pathway 1",
        [cpht()],
        [program("ptcb-cspt")],
        [sterile(D(2025, 6, 1), D(2026, 5, 31), 20)],
    ),
    Case(
        "experience older than 8 years does not count (2.1)",
        [cpht()],
        [program("ptcb-cspt")],
        [sterile(D(2012, 1, 1), D(2018, 10, 31))],
    ),
    Case(
        "only the part of a job inside the 8-year window counts",
        [cpht()],
        [program("ptcb-cspt")],
        [sterile(D(2016, 1, 1), D(2019, 11, 25))],
        eligible=True,
        routes=(CSPT_P1,),
    ),
    Case(
        "work outside sterile compounding does not count toward CSPT",
        [cpht()],
        [program("ptcb-cspt")],
        [work(D(2020, 1, 1), None)],
    ),
    Case(
        "no active CPhT: an expired one blocks both pathways (2.1 prerequisite)",
        [cpht(D(2026, 10, 31))],
        [program("ptcb-cspt")],
        [sterile(D(2020, 1, 1), None)],
        routes=(CSPT_P1, CSPT_P2),
    ),
    Case(
        "both pathways met",
        [cpht()],
        [program("ptcb-cspt")],
        [sterile(D(2020, 1, 1), None)],
        eligible=True,
        routes=(CSPT_P1, CSPT_P2),
    ),
    Case(
        "a program completed after as_of does not count yet",
        [cpht()],
        [program("ptcb-cspt", on=D(2026, 12, 1))],
        [sterile(D(2025, 6, 1), D(2026, 5, 31))],
    ),
]


@pytest.mark.parametrize("case", CSPT_CASES, ids=lambda c: c.why)
def test_cspt(case: Case) -> None:
    result = run(case, "ptcb-cspt")
    assert result.eligible is case.eligible
    assert result.routes_met == case.routes
    assert not result.achieved


FOUR = "4 PTCB Assessment-Based Certificates"
THREE_CSPT = "3 PTCB Assessment-Based Certificates and the CSPT"
THREE_YEARS = [work(D(2023, 1, 1), None, 20)]

ADV_CASES = [
    Case("4 certificates + 3 years (2.2)", [cpht(), *certs(4)], [], THREE_YEARS, True, (FOUR,)),
    Case(
        "3 certificates + CSPT + 3 years (2.2)",
        [cpht(), *certs(3), cred("ptcb-cspt", D(2027, 3, 31))],
        [],
        THREE_YEARS,
        True,
        (THREE_CSPT,),
    ),
    Case("3 certificates only: not eligible", [cpht(), *certs(3)], [], THREE_YEARS),
    Case(
        "3 certificates + an expired CSPT: not eligible",
        [cpht(), *certs(3), cred("ptcb-cspt", D(2026, 3, 31))],
        [],
        THREE_YEARS,
    ),
    Case(
        "4 certificates but 2 years of experience",
        [cpht(), *certs(4)],
        [],
        [work(D(2024, 11, 1), None)],
        routes=(FOUR,),
    ),
    Case(
        "overlapping jobs count once: 2022-01..2024-06 is 2.5 years, not 3.5",
        [cpht(), *certs(4)],
        [],
        [work(D(2022, 1, 1), D(2023, 12, 31)), work(D(2023, 1, 1), D(2024, 6, 30))],
        routes=(FOUR,),
    ),
    Case(
        "separate jobs add up: 2 years + 1 year with a gap",
        [cpht(), *certs(4)],
        [],
        [work(D(2019, 1, 1), D(2020, 12, 31)), work(D(2025, 1, 1), D(2025, 12, 31))],
        True,
        (FOUR,),
    ),
    Case(
        "experience must be within the past 8 years (2.2)",
        [cpht(), *certs(4)],
        [],
        [work(D(2010, 1, 1), D(2018, 6, 30))],
        routes=(FOUR,),
    ),
    Case(
        "4 certificates + 3 years but the CPhT has expired",
        [cpht(D(2026, 6, 30)), *certs(4)],
        [],
        THREE_YEARS,
        routes=(FOUR,),
    ),
]


@pytest.mark.parametrize("case", ADV_CASES, ids=lambda c: c.why)
def test_cpht_adv(case: Case) -> None:
    result = run(case, "ptcb-cpht-adv")
    assert result.eligible is case.eligible
    assert result.routes_met == case.routes


def test_cpht_adv_historic_tpv_condition_is_shown_but_not_required() -> None:
    # Older B&R/HDM pages: "must include TPV or Medication History"; the current guidebook
    # does not (rules-reference 2.2 "Historic variant").
    hdm_billing_csdp_imm = [
        cred(f"ptcb-cert-{c}", D(9999, 12, 31), i)
        for i, c in enumerate(["hdm", "billing", "csdp", "immunization"])
    ]
    result = run(Case("", [cpht(), *hdm_billing_csdp_imm], [], THREE_YEARS), "ptcb-cpht-adv")
    historic = next(s for s in result.steps if "Historical" in s.label)
    assert (historic.required, historic.unconfirmed, historic.done) == (False, True, False)
    assert result.eligible


def test_cpht_adv_steps_explain_the_numbers() -> None:
    result = run(
        Case("", [cpht(), *certs(2)], [], [work(D(2025, 1, 1), D(2025, 12, 31))]),
        "ptcb-cpht-adv",
    )
    details = {step_label(s): step_detail(s) for s in result.steps}
    assert details["4 PTCB Assessment-Based Certificates earned"].startswith("2 of 4: ")
    assert details[
        "3 years of work experience as a pharmacy technician within the past 8 years"
    ] == ("1 year counted, 3 years needed (since 2018-11-26)")
    assert details["An active PTCB CPhT"] == "PTCB CPhT, expires 2027-03-31"
    assert step_label(result.steps[-1]) == "PTCB CPhT-Adv recorded as earned"
    assert (result.steps[-1].earned, result.steps[-1].label) == (True, "PTCB CPhT-Adv")


MEDHIST_P1 = "Pathway 1: a PTCB-Recognized program and 6 months of experience"
MEDHIST_P2 = "Pathway 2: 12 months of full-time experience"
HISTORY = ["medication-history"]

CERT_CASES = [
    (
        "ptcb-cert-tpv",
        Case("TPV: active CPhT + recognised program (3.2)", [cpht()], [program("ptcb-cert-tpv")]),
        True,
        (),
    ),
    (
        "ptcb-cert-tpv",
        Case("TPV: the program of another certificate does not count", [cpht()], [program("x")]),
        False,
        (),
    ),
    (
        "ptcb-cert-medication-history",
        Case(
            "Medication History pathway 1: program + 6 months (3.2)",
            [cpht()],
            [program("ptcb-cert-medication-history")],
            [work(D(2026, 1, 1), D(2026, 6, 30), 20, HISTORY)],
        ),
        True,
        (MEDHIST_P1,),
    ),
    (
        "ptcb-cert-medication-history",
        Case(
            "Medication History pathway 2: 12 months full time, no program (3.2)",
            [cpht()],
            [],
            [work(D(2025, 1, 1), D(2025, 12, 31), 40, ["patient-communication"])],
        ),
        True,
        (MEDHIST_P2,),
    ),
    (
        "ptcb-cert-billing",
        Case(
            "B&R pathway 1: program + 6 months of any technician work (3.2)",
            [cpht()],
            [program("ptcb-cert-billing")],
            [work(D(2026, 1, 1), None)],
        ),
        True,
        ("Pathway 1: a PTCB-Recognized program and 6 months as a pharmacy technician",),
    ),
    (
        "ptcb-cert-billing",
        Case(
            "B&R pathway 2 needs billing work, not just any work",
            [cpht()],
            [],
            [work(D(2024, 1, 1), None)],
        ),
        False,
        (),
    ),
    (
        "ptcb-cert-hdm",
        Case(
            "HDM without a CPhT (3.2: all require an active CPhT)", [], [program("ptcb-cert-hdm")]
        ),
        False,
        (),
    ),
]


@pytest.mark.parametrize(
    ("target", "case", "eligible", "routes"), CERT_CASES, ids=lambda c: getattr(c, "why", "")
)
def test_certificates(target: str, case: Case, eligible: bool, routes: tuple[str, ...]) -> None:
    result = run(case, target)
    assert result.eligible is eligible
    assert result.routes_met == routes
    assert result.kind == "assessment-based-certificate"


def test_a_certificate_held_is_achieved_and_listed_as_earned() -> None:
    person = Case("", [cpht(), cred("ptcb-cert-tpv", D(9999, 12, 31))])
    result = run(person, "ptcb-cert-tpv")
    assert result.achieved
    assert result.steps[-1].done
    assert not run(person, "ptcb-cert-hdm").achieved


@pytest.mark.parametrize(
    "target",
    [
        "ptcb-cert-poct",
        "ptcb-cert-mtm",
        "ptcb-cert-regulatory",
        "ptcb-cert-supply-chain",
        "ptcb-cert-nonsterile",
    ],
)
def test_unconfirmed_eligibility_is_flagged(target: str) -> None:
    # rules-reference 3.2 and 9.4: eligibility not confirmed for these five.
    result = run(Case("", [cpht()], [program(target)]), target)
    assert result.eligible
    conditions = result.steps[:-1]  # the last step is "recorded as earned"
    assert conditions and all(s.unconfirmed for s in conditions)
    assert any("not found" in u for u in result.unconfirmed)
    # rules-reference 3.3: "certificates do not expire" is probable, not confirmed.
    assert any("probable but not confirmed" in u for u in result.unconfirmed)


def test_every_certificate_and_both_certifications_have_a_pathway() -> None:
    results = evaluate_pathways([], [], [], CATALOG, AS_OF)
    ids = [r.id for r in results]
    assert {"ptcb-cspt", "ptcb-cpht-adv"} <= set(ids)
    assert len([i for i in ids if i.startswith("ptcb-cert-")]) == 11
    assert ids.index("ptcb-cpht-adv") < ids.index("ptcb-cert-tpv")
    assert not any(r.eligible or r.achieved for r in results)


def _activity(aid: int, **kw: object) -> ActivityFact:
    fields: dict[str, object] = {
        "id": aid,
        "title": f"Course {aid}",
        "completed_on": D(2026, 2, 1),
        "hours": Hours.parse("1.5"),
        **kw,
    }
    return ActivityFact(**fields)  # type: ignore[arg-type]


def test_specialty_areas_by_topic_tag_and_program() -> None:
    activities = [
        _activity(1, topic="07"),  # ACPE topic 07 = Compounding (rules-reference 5.2)
        _activity(2, tags=frozenset({"sterile-compounding"})),
        _activity(3, recognized_program="ptcb-cspt", hours=Hours.parse("40")),
        _activity(4, tags=frozenset({"oncology"})),
        _activity(5, topic="03"),
        _activity(6, tags=frozenset({"nuclear"}), completed_on=D(2027, 1, 1)),  # after as_of
    ]
    areas = {a.id: a for a in specialty_areas(activities, CATALOG, AS_OF)}
    assert list(areas) == ["compounding", "iv-sterile", "nuclear", "long-term-care", "oncology"]
    assert areas["compounding"].activity_ids == (1, 2, 3)
    assert areas["compounding"].hours == Hours.parse("43")
    assert areas["iv-sterile"].activity_ids == (2, 3)  # topic 07 alone is not sterile
    assert areas["nuclear"].activity_ids == ()
    assert areas["oncology"].activity_ids == (4,)
    assert areas["compounding"].topics == ("07",)
    assert area_rule_text(areas["compounding"]).startswith("ACPE topic 07; tagged compounding")


def test_renewal_caveats_stay_out_of_the_pathway_and_certificate_caveats_stay_in() -> None:
    results = {r.id: r for r in evaluate_pathways([], [], [], CATALOG, AS_OF)}
    cspt_renewal = CATALOG.get("ptcb-cspt").unconfirmed
    assert cspt_renewal and not set(cspt_renewal) & set(results["ptcb-cspt"].unconfirmed)
    assert set(CATALOG.get("ptcb-cert-tpv").unconfirmed) <= set(
        results["ptcb-cert-tpv"].unconfirmed
    )


_TYPES = ["ptcb-cpht", "ptcb-cpht-adv", "ptcb-cspt", *(f"ptcb-cert-{c}" for c in CERTS)]
_days = st.dates(min_value=D(2012, 1, 1), max_value=D(2027, 12, 31))
_credentials = st.builds(cred, st.sampled_from(_TYPES), _days)
_programs = st.builds(program, st.sampled_from(["ptcb-cspt", "ptcb-cert-tpv"]), _days)
_periods = st.builds(
    lambda a, b, h, areas: work(min(a, b), max(a, b), h, areas),
    _days,
    _days,
    st.integers(1, 80),
    st.lists(st.sampled_from(["sterile-compounding", "billing", "medication-history"])),
)
_people = st.tuples(
    st.lists(_credentials, max_size=5),
    st.lists(_programs, max_size=2),
    st.lists(_periods, max_size=4),
)


def _eligible(person: tuple[list[Any], list[Any], list[Any]]) -> set[str]:
    results = evaluate_pathways(*person, CATALOG, AS_OF)
    return {r.id for r in results if r.eligible}


@settings(max_examples=60, deadline=None)
@given(_people, _credentials, _programs, _periods)
def test_more_records_never_take_eligibility_away(
    person: tuple[list[Any], list[Any], list[Any]],
    credential: CredentialFact,
    activity: ActivityFact,
    period: ExperienceFact,
) -> None:
    credentials, activities, experience = person
    more = ([*credentials, credential], [*activities, activity], [*experience, period])
    assert _eligible(person) <= _eligible(more)


@settings(max_examples=40, deadline=None)
@given(_people)
def test_order_of_records_never_changes_the_result(
    person: tuple[list[Any], list[Any], list[Any]],
) -> None:
    credentials, activities, experience = person
    reversed_person = (credentials[::-1], activities[::-1], experience[::-1])
    assert evaluate_pathways(*person, CATALOG, AS_OF) == evaluate_pathways(
        *reversed_person, CATALOG, AS_OF
    )
