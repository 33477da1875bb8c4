"""The renewal application's life and audits (issue 20), as tables of PTCB's published rules.

Sources:
- returns, reasons and 30 days to resubmit: phases.RETURNED
  (https://ptcb.zendesk.com/hc/en-us/articles/206169508-Why-was-my-renewal-application-returned-What-do-I-need-to-do-next)
- $10 reprocessing fee: the catalog's fee "Reprocessing a returned application" (same article)
- reinstatement within one year of expiration: phases.REINSTATE
  (https://ptcb.zendesk.com/hc/en-us/articles/360040192931-...)
- audits at any time, proof due by the notice's date: phases.AUDIT
"""

from __future__ import annotations

import pytest

from rxtracker.engine.phases import (
    AUDIT,
    REINSTATE,
    RETURNED,
    ApplicationPhase,
    AuditFact,
    AuditPhase,
    RenewalState,
    ReturnRules,
    Step,
    StepFact,
    application,
    audit_state,
)
from rxtracker.services.wording import application_sentence, renewal_sentences, renewal_word
from tests.engine.builders import CATALOG, day

END = day("2026-03-31")  # the cycle the application renews
PTCB = ReturnRules(resubmit_days=30, reprocessing_fee="10", reinstatement_until=day("2027-03-31"))


def _step(step: Step, on: str, **kw: object) -> StepFact:
    return StepFact(step, day(on), END, **kw)  # type: ignore[arg-type]


def test_ptcb_catalog_holds_the_numbers_of_a_return() -> None:
    ptcb = CATALOG.get("ptcb-cpht")
    assert ptcb.dates.resubmit_days_after_return == 30
    assert ptcb.dates.sourced.source.startswith(RETURNED.split("-Why")[0])
    fee = next(f for f in ptcb.fees if "reprocess" in f.name.lower())
    assert fee.amount == "10"
    assert ptcb.dates.reinstatement_months == 12


APPLIED = _step(Step.APPLIED, "2026-02-02", fee="55")
RETURN = _step(
    Step.RETURNED,
    "2026-03-10",
    reasons="Missing 1 hour of pharmacy law CE",  # one of PTCB's listed return reasons
)


@pytest.mark.parametrize(
    ("steps", "as_of", "phase", "resubmit_by", "words"),
    [
        ([], "2026-02-01", ApplicationPhase.NOT_APPLIED, None, ""),
        ([APPLIED], "2026-02-20", ApplicationPhase.APPLIED, None, "Applied on 2026-02-02"),
        # Steps recorded after the as-of day are not known yet.
        ([APPLIED, RETURN], "2026-03-01", ApplicationPhase.APPLIED, None, "not approved yet"),
        # Returned: resubmit within 30 days of the return, with the $10 reprocessing fee.
        (
            [APPLIED, RETURN],
            "2026-03-10",
            ApplicationPhase.RETURNED,
            "2026-04-09",
            "Resubmit by 2026-04-09 with the $10 reprocessing fee",
        ),
        ([APPLIED, RETURN], "2026-04-09", ApplicationPhase.RETURNED, "2026-04-09", "law"),
        # Not resubmitted in time: reinstatement, within 1 year of the expiration.
        (
            [APPLIED, RETURN],
            "2026-04-10",
            ApplicationPhase.NOT_RESUBMITTED,
            "2026-04-09",
            "Reinstatement is possible until 2027-03-31",
        ),
        (
            [APPLIED, RETURN, _step(Step.RESUBMITTED, "2026-03-20", fee="10")],
            "2026-03-25",
            ApplicationPhase.RESUBMITTED,
            None,
            "Resubmitted on 2026-03-20",
        ),
        (
            [
                APPLIED,
                RETURN,
                _step(Step.RESUBMITTED, "2026-03-20"),
                _step(Step.APPROVED, "2026-04-02", expires_on=day("2028-03-31")),
            ],
            "2026-04-02",
            ApplicationPhase.APPROVED,
            None,
            "Renewal approved on 2026-04-02; the new expiration is 2028-03-31",
        ),
    ],
)
def test_a_ptcb_application_from_applied_to_approved(
    steps: list[StepFact], as_of: str, phase: ApplicationPhase, resubmit_by: str | None, words: str
) -> None:
    state = application(steps, END, PTCB, day(as_of))
    assert state.phase == phase
    assert state.resubmit_by == (day(resubmit_by) if resubmit_by else None)
    assert words in application_sentence(state)


def test_after_the_approval_the_new_cycle_reports_it_until_its_own_application() -> None:
    approved = _step(Step.APPROVED, "2026-03-10", expires_on=day("2028-03-31"))
    state = application([APPLIED, approved], day("2028-03-31"), PTCB, day("2026-06-01"))
    assert (state.phase, state.since) == (ApplicationPhase.APPROVED, day("2026-03-10"))
    later = StepFact(Step.APPLIED, day("2028-02-01"), day("2028-03-31"))
    nxt = application([APPLIED, approved, later], day("2028-03-31"), PTCB, day("2028-02-02"))
    assert nxt.phase == ApplicationPhase.APPLIED


def test_an_issuer_without_a_resubmission_rule_gives_no_deadline() -> None:
    rules = ReturnRules(None, None, None)
    state = application([APPLIED, RETURN], END, rules, day("2026-06-01"))
    assert state.phase == ApplicationPhase.RETURNED and state.resubmit_by is None
    assert "ask the issuer how to resubmit" in application_sentence(state)


def test_reinstatement_rule_source_is_ptcbs_own_page() -> None:
    assert REINSTATE.startswith("https://ptcb.zendesk.com/hc/en-us/articles/360040192931")
    assert AUDIT.startswith("https://ptcb.zendesk.com/hc/en-us/articles/360045906712")


NOTICE = AuditFact(1, day("2026-05-01"), day("2026-05-31"))


@pytest.mark.parametrize(
    ("audit", "as_of", "phase"),
    [
        (NOTICE, "2026-04-30", AuditPhase.NONE),
        (NOTICE, "2026-05-02", AuditPhase.OPEN),
        (NOTICE, "2026-06-01", AuditPhase.LATE),
        (
            AuditFact(1, day("2026-05-01"), day("2026-05-31"), day("2026-05-20")),
            "2026-05-21",
            AuditPhase.SUBMITTED,
        ),
        (
            AuditFact(
                1,
                day("2026-05-01"),
                day("2026-05-31"),
                day("2026-05-20"),
                "passed",
                day("2026-07-01"),
            ),
            "2026-07-02",
            AuditPhase.PASSED,
        ),
    ],
)
def test_an_audit_from_notice_to_outcome(audit: AuditFact, as_of: str, phase: AuditPhase) -> None:
    assert audit_state([audit], day(as_of)).phase == phase


def test_the_team_word_puts_an_open_audit_before_the_application() -> None:
    applied = application([APPLIED], END, PTCB, day("2026-05-02"))
    assert renewal_word(RenewalState(applied, audit_state([], day("2026-05-02")))) == "Applied"
    both = RenewalState(applied, audit_state([NOTICE], day("2026-05-02")))
    assert renewal_word(both) == "Audit: send documents"
    assert (
        renewal_sentences(both)[-1]
        == "Audit noticed on 2026-05-01: send the proof of your CE by 2026-05-31."
    )
