"""The course that counts the most (issue 16): real multi-credential scenarios, each with the
source of the rule that makes its suggestion right.

Every row: what the person holds and has logged, on 2026-06-15, and the suggestions the
engine must make, best first, each with words its reason must contain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from rxtracker.domain import Hours
from rxtracker.engine import ActivityFact, CredentialFact, evaluate
from rxtracker.engine.suggestions import Suggestion, suggest
from rxtracker.services.wording import course_words, suggestion_reason, suggestion_title
from tests.engine.builders import CATALOG, ce, day, uan

AS_OF = "2026-06-15"
PTCB = ("ptcb-cpht", "2027-03-31", "2025-04-01")
PTCB_SOURCE = "https://ptcb.zendesk.com/hc/en-us/articles/206879047 (1 h law 03, 1 h safety 05)"
FIVE_HOURS = (ce("2026-01-10", "5", uan("01")),)
ANY = "15 hours of any ACPE CE for technicians (UAN ending -T)"
LAW = "1 hour of ACPE law (topic 03, for technicians)"
SAFETY = "1 hour of ACPE patient safety (topic 05, for technicians)"
TEXAS_LAW = (
    "1 hour of ACPE CE on Texas pharmacy law or rules (topic 03, for technicians; tag it texas-law)"
)
TRAFFICKING = (
    "1 hour of ACPE CE on human-trafficking prevention (for technicians; tag it human-trafficking)"
)
MED_ERRORS = (
    "2 hours of ACPE CE on prevention of medication errors (topic 05, for technicians; "
    "tag it medication-errors)"
)


@dataclass(frozen=True)
class Scenario:
    """A person's credentials (type, expires, cycle start) and activities, and the answer."""

    name: str
    source: str
    held: tuple[tuple[str, str, str | None], ...]
    expected: tuple[tuple[str, tuple[str, ...]], ...]  # (title, words in its reason)
    activities: tuple[ActivityFact, ...] = FIVE_HOURS
    as_of: str = AS_OF
    not_in_any_reason: tuple[str, ...] = field(default=())


SCENARIOS = [
    Scenario(
        "PTCB + Ohio registration: one law course counts for both law hours",
        f"{PTCB_SOURCE}; OAC 4729:3-5-02 (Ohio: 2 h law, 2 h patient safety, T-specific)",
        (PTCB, ("oh-registered-technician", "2028-03-31", None)),
        (
            (
                "2 hours of ACPE law (topic 03, for technicians)",
                (
                    "your PTCB CPhT pharmacy law (ACPE topic 03) (1 hour still needed)",
                    "your OH registered technician pharmacy law / jurisprudence",
                    "(2 hours still needed)",
                ),
            ),
            (
                "2 hours of ACPE patient safety (topic 05, for technicians)",
                ("your PTCB CPhT patient safety", "your OH registered technician patient or"),
            ),
            (ANY, ("your PTCB CPhT (15 more) and OH registered technician (10 more) still need",)),
        ),
    ),
    Scenario(
        "PTCB + Florida: medication errors is patient safety; a live course meets the live hours",
        f"{PTCB_SOURCE}; https://floridaspharmacy.gov/help-center/what-are-the-requirements-for-"
        "continuing-education/ (4 h live, 2 h medication errors, 1 h human trafficking once)",
        (PTCB, ("fl-technician", "2027-02-28", None)),
        (
            (
                MED_ERRORS,
                (
                    "your PTCB CPhT patient safety (ACPE topic 05) (1 hour still needed)",
                    "your FL technician prevention of medication errors",
                    "A live course would also meet your FL technician live CE",
                ),
            ),
            (LAW, ("your PTCB CPhT pharmacy law",)),
            (TRAFFICKING, ("your FL technician human-trafficking course, one time",)),
            ("4 hours of live ACPE CE (for technicians)", ("your FL technician live CE",)),
            (ANY, ("PTCB CPhT (15 more) and FL technician (15 more)",)),
        ),
    ),
    Scenario(
        "PTCB + Texas: a Texas-law course accredited as ACPE law counts for both",
        f"{PTCB_SOURCE}; 22 TAC 297.8 and https://www.pharmacy.texas.gov/licensees/"
        "ce-tech-faq.asp (1 h Texas law, human-trafficking course)",
        (PTCB, ("tx-technician", "2027-05-31", None)),
        (
            (
                TEXAS_LAW,
                (
                    "your PTCB CPhT pharmacy law (ACPE topic 03)",
                    "your TX technician Texas pharmacy law or rules",
                ),
            ),
            (SAFETY, ("your PTCB CPhT patient safety",)),
            (TRAFFICKING, ("your TX technician human-trafficking prevention course",)),
            (ANY, ("PTCB CPhT (15 more) and TX technician (15 more)",)),
        ),
        not_in_any_reason=("sterile",),  # Texas sterile compounding applies only to some
    ),
    Scenario(
        "PTCB + CSPT + Texas (certification, specialty and state at once)",
        f"{PTCB_SOURCE}; https://ptcb.zendesk.com/hc/en-us/articles/115003222812 (CSPT "
        "sterile-compounding CE); 22 TAC 297.8",
        (PTCB, ("ptcb-cspt", "2026-12-31", None), ("tx-technician", "2027-05-31", None)),
        (
            (TEXAS_LAW, ("PTCB CPhT pharmacy law", "TX technician Texas pharmacy law")),
            (SAFETY, ("PTCB CPhT patient safety",)),
            (TRAFFICKING, ("TX technician human-trafficking",)),
            (
                "5 hours of ACPE CE on sterile compounding (topic 07, for technicians; tag it "
                "sterile-compounding)",
                ("your PTCB CSPT sterile-compounding CE (tag: sterile-compounding) (5 hours",),
            ),
            (ANY, ("PTCB CPhT (15 more) and TX technician (15 more)",)),
        ),
    ),
    Scenario(
        "PTCB + Ohio + a PTCB certificate (no renewal): the certificate asks for nothing",
        f"{PTCB_SOURCE}; OAC 4729:3-5-02; rules-reference 9.2 (certificates: no renewal)",
        (
            PTCB,
            ("ptcb-cert-immunization", "2099-12-31", None),
            ("oh-registered-technician", "2028-03-31", None),
        ),
        (
            ("2 hours of ACPE law (topic 03, for technicians)", ("PTCB CPhT", "OH registered")),
            ("2 hours of ACPE patient safety (topic 05, for technicians)", ("OH registered",)),
            (ANY, ("PTCB CPhT (15 more) and OH registered technician (10 more)",)),
        ),
        not_in_any_reason=("immunization", "Immunization"),
    ),
    Scenario(
        "NHA + Ohio: NHA's law hour is topic 03 or a law tag, Ohio's too",
        "https://nhanow.com/certifications/pharmacy-technician/renew (1 h law, 1 h safety); "
        "OAC 4729:3-5-02",
        (("nha-excpt", "2027-08-31", None), ("oh-registered-technician", "2028-03-31", None)),
        (
            (
                "2 hours of ACPE law (topic 03, for technicians)",
                ("your NHA ExCPT pharmacy law", "your OH registered technician pharmacy law"),
            ),
            (
                "2 hours of ACPE patient safety (topic 05, for technicians)",
                ("your NHA ExCPT patient safety", "OH registered technician patient"),
            ),
            (ANY, ("NHA ExCPT (15 more) and OH registered technician (10 more)",)),
        ),
    ),
    Scenario(
        "NHA + Florida",
        "https://nhanow.com/certifications/pharmacy-technician/renew; https://floridaspharmacy.gov/help-center/what-are-the-"
        "requirements-for-continuing-education/",
        (("nha-excpt", "2027-08-31", None), ("fl-technician", "2027-02-28", None)),
        (
            (MED_ERRORS, ("your NHA ExCPT patient safety", "FL technician prevention")),
            (LAW, ("your NHA ExCPT pharmacy law",)),
            (TRAFFICKING, ("FL technician human-trafficking",)),
            ("4 hours of live ACPE CE (for technicians)", ("FL technician live CE",)),
            (ANY, ("NHA ExCPT (15 more) and FL technician (15 more)",)),
        ),
    ),
    Scenario(
        "NHA + Texas",
        "https://nhanow.com/certifications/pharmacy-technician/renew; 22 TAC 297.8",
        (("nha-excpt", "2027-08-31", None), ("tx-technician", "2027-05-31", None)),
        (
            (TEXAS_LAW, ("your NHA ExCPT pharmacy law", "TX technician Texas pharmacy law")),
            (SAFETY, ("your NHA ExCPT patient safety",)),
            (TRAFFICKING, ("TX technician human-trafficking",)),
            (ANY, ("NHA ExCPT (15 more) and TX technician (15 more)",)),
        ),
    ),
    Scenario(
        "PTCB + Michigan: law, safety, pain management, implicit bias, trafficking, 5 live hours",
        f"{PTCB_SOURCE}; Mich Admin Code R 338.3661 (20 h, 5 live, law, pain, safety) and "
        "R 338.7004 (implicit bias)",
        (PTCB, ("mi-technician", "2027-06-30", None)),
        (
            (
                LAW,
                (
                    "PTCB CPhT pharmacy law",
                    "MI technician pharmacy ethics and jurisprudence",
                    "A live course would also meet your MI technician live, synchronous CE",
                ),
            ),
            (SAFETY, ("PTCB CPhT patient safety", "MI technician patient safety")),
            (
                "1 hour of ACPE pain management (topic 08, for technicians)",
                ("MI technician pain and symptom management",),
            ),
            (TRAFFICKING, ("MI technician human-trafficking training",)),
            (
                "2 hours of ACPE CE on implicit bias (for technicians; tag it implicit-bias)",
                ("MI technician implicit bias training", "(2 hours still needed)"),
            ),
            (
                "5 hours of live ACPE CE (for technicians)",
                ("MI technician live, synchronous CE (in person or virtual) (5 hours",),
            ),
            (ANY, ("PTCB CPhT (15 more) and MI technician (15 more)",)),
        ),
    ),
    Scenario(
        "PTCB + Illinois: sexual-harassment prevention; implicit bias is not confirmed",
        f"{PTCB_SOURCE}; Ill. Admin. Code tit. 68 1130.400",
        (PTCB, ("il-technician", "2027-03-31", None)),
        (
            (LAW, ("PTCB CPhT pharmacy law", "IL technician pharmacy law, rules or ethics")),
            (SAFETY, ("PTCB CPhT patient safety", "IL technician patient safety")),
            (
                "1 hour of ACPE CE on sexual-harassment prevention (for technicians; tag it "
                "sexual-harassment)",
                ("IL technician sexual-harassment prevention",),
            ),
            (ANY, ("PTCB CPhT (15 more) and IL technician (10 more)",)),
        ),
        not_in_any_reason=("implicit",),
    ),
    Scenario(
        "PTCB + Utah: 6 live hours only a live course meets",
        f"{PTCB_SOURCE}; Utah R156-17b-309 (6 h live, 1 h law)",
        (PTCB, ("ut-technician", "2027-09-30", None)),
        (
            (
                LAW,
                (
                    "PTCB CPhT pharmacy law",
                    "UT technician pharmacy law or ethics",
                    "A live course would also meet your UT technician live CE",
                ),
            ),
            (SAFETY, ("PTCB CPhT patient safety",)),
            ("6 hours of live ACPE CE (for technicians)", ("UT technician live CE",)),
            (ANY, ("PTCB CPhT (15 more) and UT technician (15 more)",)),
        ),
        not_in_any_reason=("immunization",),  # only if you administer vaccines
    ),
    Scenario(
        "PTCB complete + Florida open: only Florida's requirements are suggested",
        "https://floridaspharmacy.gov/help-center/what-are-the-requirements-for-continuing-"
        "education/",
        (PTCB, ("fl-technician", "2027-02-28", None)),
        (
            (
                TRAFFICKING,
                (
                    "FL technician human-trafficking",
                    "A live course would also meet your FL technician live CE",
                ),
            ),
            (MED_ERRORS, ("FL technician prevention of medication errors",)),
            ("4 hours of live ACPE CE (for technicians)", ("FL technician live CE",)),
        ),
        activities=(
            ce("2026-01-10", "18", uan("01")),
            ce("2026-01-11", "1", uan("03")),
            ce("2026-01-12", "1", uan("05")),
        ),
        not_in_any_reason=("PTCB",),
    ),
    Scenario(
        "PTCB lapsed (reinstatement: 2 h law) + Ohio",
        "https://ptcb.org/renew/reinstate (20 h with 2 h law and 1 h safety); OAC 4729:3-5-02",
        (
            ("ptcb-cpht", "2026-03-31", "2024-04-01"),
            ("oh-registered-technician", "2028-03-31", None),
        ),
        (
            (
                "2 hours of ACPE law (topic 03, for technicians)",
                ("your PTCB CPhT pharmacy law (ACPE topic 03) (2 hours still needed)",),
            ),
            ("2 hours of ACPE patient safety (topic 05, for technicians)", ("PTCB CPhT",)),
            (ANY, ("PTCB CPhT (15 more) and OH registered technician (10 more)",)),
        ),
    ),
    Scenario(
        "PTCB + Washington (ACPE only, no topics): PTCB's topics and the hours",
        f"{PTCB_SOURCE}; WAC 246-945-220 (20 h ACPE)",
        (PTCB, ("wa-technician", "2027-08-31", None)),
        (
            (LAW, ("PTCB CPhT pharmacy law",)),
            (SAFETY, ("PTCB CPhT patient safety",)),
            (ANY, ("PTCB CPhT (15 more) and WA technician (15 more)",)),
        ),
    ),
]


def _suggestions(scenario: Scenario) -> tuple[Suggestion, ...]:
    facts = [
        CredentialFact(
            id=index + 1,
            type_id=type_id,
            expires_on=day(expires),
            cycle_start=day(start) if start else None,
        )
        for index, (type_id, expires, start) in enumerate(scenario.held)
    ]
    results = [evaluate(f, scenario.activities, CATALOG, day(scenario.as_of)) for f in facts]
    return suggest(results, CATALOG)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_the_suggestions_and_their_reasons(scenario: Scenario) -> None:
    assert scenario.source
    found = _suggestions(scenario)
    assert [suggestion_title(s) for s in found] == [title for title, _ in scenario.expected]
    for suggestion, (_, words) in zip(found, scenario.expected, strict=True):
        reason = suggestion_reason(suggestion)
        for part in words:
            assert part in reason, (suggestion_title(suggestion), reason)
        for part in scenario.not_in_any_reason:
            assert part not in reason


def test_nothing_to_suggest_when_every_credential_is_complete() -> None:
    done = (
        ce("2026-01-10", "18", uan("01")),
        ce("2026-01-11", "1", uan("03")),
        ce("2026-01-12", "1", uan("05")),
    )
    scenario = Scenario("done", "PTCB", (PTCB,), (), activities=done)
    assert _suggestions(scenario) == ()


def test_a_suggestion_names_every_requirement_it_counts_for() -> None:
    scenario = SCENARIOS[0]
    law = _suggestions(scenario)[0]
    assert {(c.credential, c.requirement_id) for c in law.counts_for if not c.general} == {
        ("PTCB CPhT", "law"),
        ("OH registered technician", "law"),
    }
    assert law.topic == "03" and law.tag is None and law.technician and not law.live


def test_course_words() -> None:
    assert course_words(Hours(100), "03", None, live=False) == LAW
    assert course_words(Hours(400), None, None, live=True) == (
        "4 hours of live ACPE CE (for technicians)"
    )
