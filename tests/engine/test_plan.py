"""The plan to finish on time (issue 16): even pace to the deadline, required topics first.

Each row is a real cycle on a given day with the rule it rests on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.domain import Hours
from rxtracker.engine import ActivityFact, CredentialFact, evaluate
from rxtracker.engine.plan import Plan, months_between, plan, plan_points
from rxtracker.services.wording import plan_text
from tests.engine.builders import CATALOG, ce, day, uan

PTCB = CredentialFact(1, "ptcb-cpht", day("2027-03-31"), cycle_start=day("2025-04-01"))


def _plan(fact: CredentialFact, activities: list[ActivityFact], as_of: str) -> Plan:
    return plan(evaluate(fact, activities, CATALOG, day(as_of)), CATALOG)


# (name, source, credential, activities, as-of, months left, per month, topics in order,
#  first month's topics, sentence)
ROWS = [
    (
        "PTCB with 5 hours done, 10 months before the deadline",
        "PTCB: 20 h, 1 h law (03), 1 h safety (05), 15 h -T; apply by the 1st of the "
        "expiration month (https://ptcb.zendesk.com/hc/en-us/articles/206879047)",
        PTCB,
        [ce("2026-01-10", "5", uan("01"))],
        "2026-06-15",
        10,
        "1.5",
        ["law", "patient-safety"],
        [("Pharmacy law (ACPE topic 03)", "1")],
        "Take about 1.5 hours a month to finish the 15 hours left by 2027-03-01; take "
        "pharmacy law (ACPE topic 03) (1 hour) and patient safety (ACPE topic 05) (1 hour) "
        "first. Of them, at least 10 hours of technician-specific CE (UAN ending -T).",
    ),
    (
        "Florida: medication errors and the trafficking course first; live hours are a kind",
        "https://floridaspharmacy.gov/help-center/what-are-the-requirements-for-continuing-"
        "education/ (20 h, 4 live, 2 h medication errors, 1 h trafficking once)",
        CredentialFact(2, "fl-technician", day("2027-02-28")),
        [ce("2026-01-10", "5", uan("01"))],
        "2026-06-15",
        9,
        "1.7",
        ["medication-errors", "human-trafficking"],
        [("Prevention of medication errors (board-approved, tag: medication-errors)", "1.7")],
        "Take about 1.7 hours a month to finish the 15 hours left by 2027-02-28; take "
        "prevention of medication errors (board-approved, tag: medication-errors) (2 hours) "
        "and human-trafficking course, one time (board-approved, tag: human-trafficking) "
        "(1 hour) first. Of them, at least 4 hours of live CE (UAN format letter L).",
    ),
    (
        "Texas: the trafficking course has no hour minimum, it goes in the first month",
        "22 TAC 297.8 (20 h, 1 h Texas law, an HHSC-approved trafficking course)",
        CredentialFact(3, "tx-technician", day("2027-05-31")),
        [ce("2026-01-10", "19", uan("01"))],
        "2026-06-15",
        12,
        "1",
        ["texas-law", "human-trafficking"],
        [
            ("Texas pharmacy law or rules (tag: texas-law)", "1"),
            ("Human-trafficking prevention course (HHSC-approved)", "0"),
        ],
        "Take the 1 hour left by 2027-05-31; take Texas "
        "pharmacy law or rules (tag: texas-law) (1 hour) and human-trafficking prevention "
        "course (HHSC-approved) first.",
    ),
    (
        "PTCB past the application deadline: finish by the expiration date, this month",
        "PTCB accepts applications up to the expiration date (rules-reference 1.3)",
        PTCB,
        [ce("2026-01-10", "19", uan("01")), ce("2026-02-01", "1", uan("03"))],
        "2027-03-10",
        1,
        "1",
        ["patient-safety"],
        [("Patient safety (ACPE topic 05)", "1")],
        "Take the 1 hour left this month, by 2027-03-31; take patient safety (ACPE topic "
        "05) (1 hour) first.",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_the_plan(row: tuple) -> None:  # type: ignore[type-arg]
    _, source, fact, activities, as_of, months, per, topics, first, sentence = row
    assert source
    made = _plan(fact, activities, as_of)
    assert made.months_left == months
    assert made.per_month == Hours.parse(per)
    assert [t.requirement_id for t in made.topics] == topics
    assert [(label, str(h)) for label, h in made.months[0].topics] == first
    assert plan_text(made) == sentence
    assert Hours.total([m.hours for m in made.months]) == made.missing
    assert made.months[0].month == day(as_of).replace(day=1)


def test_every_month_keeps_the_even_pace_until_the_hours_are_done() -> None:
    made = _plan(PTCB, [ce("2026-01-10", "5", uan("01"))], "2026-06-15")
    assert [str(m.hours) for m in made.months] == ["1.5"] * 10
    assert [m.month for m in made.months][-1] == dt.date(2027, 3, 1)
    # a 1-hour topic is not cut to fill the half hour left: it starts the next month
    assert made.months[1].topics == (("Patient safety (ACPE topic 05)", Hours(100)),)


def test_a_complete_cycle_has_nothing_to_plan() -> None:
    done = [
        ce("2026-01-10", "18", uan("01")),
        ce("2026-01-11", "1", uan("03")),
        ce("2026-01-12", "1", uan("05")),
    ]
    made = _plan(PTCB, done, "2026-06-15")
    assert made.months == () and made.topics == ()
    assert plan_text(made) == "Nothing more to take this cycle."


def test_an_expired_credential_has_no_plan() -> None:
    old = CredentialFact(1, "ptcb-cpht", day("2024-03-31"), cycle_start=day("2022-04-01"))
    made = _plan(old, [], "2026-06-15")
    assert made.months == ()
    assert plan_text(made).startswith("Expired")


def test_a_certificate_without_expiration_has_nothing_to_plan() -> None:
    made = _plan(CredentialFact(1, "ptcb-cert-immunization", None), [], "2026-06-15")
    assert made.finish_by is None and made.months == ()


def test_months_between_counts_both_months() -> None:
    assert months_between(day("2026-06-15"), day("2027-03-01")) == 10
    assert months_between(day("2026-06-15"), day("2026-06-30")) == 1


def test_plan_points_reach_the_missing_hours_by_the_deadline() -> None:
    made = _plan(PTCB, [ce("2026-01-10", "5", uan("01"))], "2026-06-15")
    start, end = day("2025-04-01"), day("2027-03-31")
    points = plan_points(made, start, end, Hours.parse("5"))
    assert points[0] == ((day("2026-06-15") - start).days / (end - start).days, Hours.parse("5"))
    assert points[-1] == ((day("2027-03-01") - start).days / (end - start).days, Hours(2000))
    assert [p[0] for p in points] == sorted(p[0] for p in points)
