"""Ready to apply (issue 20): what PTCB checks, as a checklist.

Sources: the NABP e-Profile with the PTCB number and the birth month/day CPE Monitor matches
on (https://ptcb.org/renew/recertify ;
https://ptcb.zendesk.com/hc/en-us/articles/360045906712-What-are-the-requirements-for-proof-of-completion-for-CEs-);
the certificate of CE entered by hand shows name, title, provider, date, hours and UAN (same).
"""

from __future__ import annotations

import pytest

from rxtracker.engine.ready import ReadyFacts, is_ready, ready_checklist
from tests.engine.builders import credential, judge, t_hours

CPHT = credential("ptcb-cpht", "2027-03-31")
DONE = [
    t_hours("2026-01-05", "18"),
    t_hours("2026-01-06", "1", "03"),
    t_hours("2026-01-07", "1", "05"),
]
ALL_SET = ReadyFacts(True, True, True, True, fee="55")


@pytest.mark.parametrize(
    ("activities", "facts", "as_of", "not_done"),
    [
        (DONE, ALL_SET, "2027-02-01", []),
        (DONE[:1], ALL_SET, "2027-02-01", ["hours"]),
        (
            DONE,
            ReadyFacts(True, False, False, True, fee="55"),
            "2027-02-01",
            ["eprofile", "birthday"],
        ),
        (DONE, ReadyFacts(True, True, True, True, ("Law update",)), "2027-02-01", ["cpe-monitor"]),
        (
            DONE,
            ReadyFacts(True, True, True, True, (), ("College course",)),
            "2027-02-01",
            ["certificates"],
        ),
        # The window opens 60 days before expiration: not yet.
        (DONE, ALL_SET, "2026-12-01", ["when"]),
    ],
)
def test_ready_to_apply_lists_what_is_missing(
    activities: list,
    facts: ReadyFacts,
    as_of: str,
    not_done: list[str],  # type: ignore[type-arg]
) -> None:
    checks = ready_checklist(judge(CPHT, activities, as_of), facts)
    assert [c.id for c in checks if not c.done] == not_done
    assert is_ready(checks) == (not not_done)


def test_the_last_line_names_the_fee_and_the_deadline() -> None:
    from rxtracker.services.wording import worded_checks  # the engine gives no words

    checks = ready_checklist(judge(CPHT, DONE, "2027-02-01"), ALL_SET)
    assert (checks[-1].note, str(checks[-1].day), checks[-1].fee) == (
        "apply-by",
        "2027-03-01",
        "55",
    )
    worded = worded_checks(checks)
    assert worded[-1].label == "Fee and deadline"
    assert worded[-1].detail == "Apply by 2027-03-01 (fee $55)."


def test_a_credential_not_read_from_cpe_monitor_skips_the_e_profile_lines() -> None:
    state = credential("tx-technician", "2026-12-31")
    checks = ready_checklist(judge(state, DONE, "2026-11-01"), ReadyFacts(False, False))
    assert [c.id for c in checks] == ["hours", "certificates", "when"]
