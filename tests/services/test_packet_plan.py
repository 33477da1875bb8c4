"""The audit packet's plan section (issue 16): on a current cycle that still needs CE."""

from __future__ import annotations

import datetime as dt

from rxtracker.exchange.printable import document_text
from rxtracker.services import Context
from rxtracker.services.report import audit_report
from tests.services.test_exports import TODAY, ana  # noqa: F401 (the fixture)


def test_the_current_cycle_packet_has_the_plan(ctx: Context, ana: int) -> None:  # noqa: F811
    report = audit_report(ctx, ana, credential_type="ptcb-cpht", as_of=TODAY)
    plan = report.packet.plan
    assert plan is not None
    assert plan.sentence.startswith("Take about ")
    assert "Mar 1, 2027" in plan.sentence and "2027-03-01" not in plan.sentence
    assert plan.months[0].month == dt.date(2026, 11, 1)
    assert plan.months[-1].month == dt.date(2027, 3, 1)
    text = list(document_text(report.blocks))
    assert "Plan to finish on time" in text
    assert "November 2026" in text


def test_a_previous_cycle_packet_has_no_plan(ctx: Context, ana: int) -> None:  # noqa: F811
    report = audit_report(ctx, ana, credential_type="ptcb-cpht", cycle="previous", as_of=TODAY)
    assert report.packet.plan is None
    assert "Plan to finish on time" not in document_text(report.blocks)
