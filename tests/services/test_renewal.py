"""The renewal application's life and audits through the services, on both backends (issue 20).

PTCB's published rules each test relies on:
- a returned application is resubmitted "within 30 days of the application return", with the
  $10 reprocessing fee, or the certificant reinstates
  (https://ptcb.zendesk.com/hc/en-us/articles/206169508-Why-was-my-renewal-application-returned-What-do-I-need-to-do-next);
- reinstatement is possible "within one year of your certification expiration date"
  (https://ptcb.zendesk.com/hc/en-us/articles/360040192931-My-recertification-application-was-returned-I-cannot-provide-documentation-showing-I-completed-all-CE-requirements-during-my-last-recertification-cycle-What-are-my-options);
- the cycle "begins when your last recertification was approved" (same article as the first).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from rxtracker.domain import FixedClock, InvalidInput
from rxtracker.engine.phases import ApplicationPhase, AuditPhase, Step
from rxtracker.services import Context, CredentialInput, PersonInput, credentials, people
from rxtracker.services.audits import add_audit, audit_outcome, audit_submitted
from rxtracker.services.exports import export_calendar
from rxtracker.services.renewal import StepInput, record_step, renewal_phase
from rxtracker.services.status import person_status
from rxtracker.services.views.dashboard import dashboard_view
from rxtracker.services.wording import renewal_word

TODAY = dt.date(2026, 11, 25)
EXPIRES = dt.date(2026, 3, 31)


@pytest.fixture
def held(ctx: Context) -> int:
    object.__setattr__(ctx, "clock", FixedClock(TODAY))
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    added = credentials.add_credential(ctx, ana, CredentialInput("ptcb-cpht", EXPIRES))
    return added.value.id


def _step(ctx: Context, held: int, step: Step, on: str, **kw: object) -> None:
    record_step(ctx, held, StepInput(step, dt.date.fromisoformat(on), **kw))  # type: ignore[arg-type]


def test_applied_records_the_catalogs_fee(ctx: Context, held: int) -> None:
    _step(ctx, held, Step.APPLIED, "2026-02-02")
    state = renewal_phase(ctx, held, dt.date(2026, 2, 3))
    assert (state.application.phase, state.application.fee) == (ApplicationPhase.APPLIED, "55")
    assert renewal_word(state) == "Applied"


def test_applied_after_the_deadline_adds_the_late_fee(ctx: Context, held: int) -> None:
    _step(ctx, held, Step.APPLIED, "2026-03-15")  # deadline 2026-03-01: $55 + $25
    assert renewal_phase(ctx, held, dt.date(2026, 3, 16)).application.fee == "80"


def test_returned_shows_the_30_day_resubmission_in_status_dashboard_and_calendar(
    ctx: Context, held: int, tmp_path: Path
) -> None:
    _step(ctx, held, Step.APPLIED, "2026-02-02")
    _step(ctx, held, Step.RETURNED, "2026-03-10", reasons="Missing 1 hour of pharmacy law CE")
    day = dt.date(2026, 3, 12)
    [status] = person_status(ctx, credentials.list_credentials(ctx)[0].person_id, day).credentials
    app = status.renewal.application
    assert (app.phase, app.resubmit_by, app.reprocessing_fee) == (
        ApplicationPhase.RETURNED,
        dt.date(2026, 4, 9),
        "10",
    )
    assert app.reinstate_by == dt.date(2027, 3, 31)
    upcoming = dashboard_view(ctx, status.credential.person_id, day).upcoming
    assert ("resubmission due", dt.date(2026, 4, 9)) in [(u.label, u.day) for u in upcoming]
    out = tmp_path / "dates.ics"
    export_calendar(ctx, out, as_of=day)
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    by_summary = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events}
    assert by_summary["Ana Ruiz: PTCB CPhT resubmission due"] == dt.date(2026, 4, 9)


def test_resubmitted_with_the_reprocessing_fee_then_approved(ctx: Context, held: int) -> None:
    _step(ctx, held, Step.APPLIED, "2026-02-02")
    _step(ctx, held, Step.RETURNED, "2026-02-20", reasons="Proof of completion was missing")
    _step(ctx, held, Step.RESUBMITTED, "2026-03-01")
    state = renewal_phase(ctx, held, dt.date(2026, 3, 2)).application
    assert (state.phase, state.fee) == (ApplicationPhase.RESUBMITTED, "10")
    _step(ctx, held, Step.APPROVED, "2026-03-10")
    renewed = credentials.list_credentials(ctx)[0]
    # PTCB: the next cycle begins on the approval date; one cycle later, at a month's end.
    assert (renewed.expires_on, renewed.cycle_start) == (dt.date(2028, 3, 31), dt.date(2026, 3, 10))
    after = renewal_phase(ctx, held, dt.date(2026, 3, 11)).application
    assert (after.phase, after.new_expiration) == (ApplicationPhase.APPROVED, dt.date(2028, 3, 31))


def test_an_approval_takes_the_expiration_given(ctx: Context, held: int) -> None:
    _step(ctx, held, Step.APPROVED, "2026-03-10", expires_on=dt.date(2028, 2, 29))
    assert credentials.list_credentials(ctx)[0].expires_on == dt.date(2028, 2, 29)


def test_not_resubmitted_in_30_days_means_reinstatement(ctx: Context, held: int) -> None:
    _step(ctx, held, Step.APPLIED, "2026-02-02")
    _step(ctx, held, Step.RETURNED, "2026-03-10")
    state = renewal_phase(ctx, held, dt.date(2026, 4, 10))
    assert state.application.phase == ApplicationPhase.NOT_RESUBMITTED
    assert renewal_word(state) == "Reinstate"


@pytest.mark.parametrize(
    ("steps", "step", "message"),
    [
        ([], Step.RETURNED, "returned comes after applied or resubmitted"),
        ([], Step.RESUBMITTED, "resubmitted comes after returned"),
        ([(Step.APPLIED, "2026-02-02")], Step.APPLIED, "already applied on 2026-02-02"),
    ],
)
def test_a_step_out_of_order_is_refused_and_nothing_written(
    ctx: Context, held: int, steps: list[tuple[Step, str]], step: Step, message: str
) -> None:
    for done, on in steps:
        _step(ctx, held, done, on)
    before = renewal_phase(ctx, held, TODAY)
    with pytest.raises(InvalidInput, match=message):
        _step(ctx, held, step, "2026-03-01")
    assert renewal_phase(ctx, held, TODAY) == before


def test_a_future_day_and_a_wrong_fee_are_refused(ctx: Context, held: int) -> None:
    with pytest.raises(InvalidInput, match="in the future"):
        _step(ctx, held, Step.APPLIED, "2026-12-01")
    with pytest.raises(InvalidInput, match="not an amount of dollars"):
        _step(ctx, held, Step.APPLIED, "2026-02-02", fee="fifty")


def test_an_audit_from_notice_to_outcome(ctx: Context, held: int) -> None:
    add_audit(ctx, held, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    assert renewal_phase(ctx, held, dt.date(2026, 5, 2)).audit.phase == AuditPhase.OPEN
    audit_submitted(ctx, held, dt.date(2026, 5, 20))
    assert renewal_word(renewal_phase(ctx, held, dt.date(2026, 5, 21))) == "Audit: documents sent"
    audit_outcome(ctx, held, "passed", dt.date(2026, 7, 1))
    assert renewal_phase(ctx, held, dt.date(2026, 7, 2)).audit.phase == AuditPhase.PASSED
    with pytest.raises(InvalidInput, match="no open audit"):
        audit_submitted(ctx, held, dt.date(2026, 7, 3))


def test_steps_and_audits_are_in_the_credentials_history(ctx: Context, held: int) -> None:
    from rxtracker.services.history import record_history

    _step(ctx, held, Step.APPLIED, "2026-02-02")
    _step(ctx, held, Step.RETURNED, "2026-03-10", reasons="Missing 1 hour of pharmacy law CE")
    add_audit(ctx, held, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    audit_submitted(ctx, held, dt.date(2026, 5, 20))
    fields = [
        (f.field, f.new) for row in record_history(ctx, "credential", held) for f in row.fields
    ]
    assert ("renewal applied", "2026-02-02, fee $55") in fields
    assert ("renewal returned", "2026-03-10, Missing 1 hour of pharmacy law CE") in fields
    assert ("audit notice", "received 2026-05-01, documents due 2026-05-31") in fields
    assert ("audit documents sent", "2026-05-20") in fields


def test_an_undone_removal_brings_the_application_and_audit_back(ctx: Context, held: int) -> None:
    from rxtracker.services.removal import put_back, remove_credential

    _step(ctx, held, Step.APPLIED, "2026-02-02")
    add_audit(ctx, held, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    before = renewal_phase(ctx, held, dt.date(2026, 5, 2))
    removed = remove_credential(ctx, held).value
    put_back(ctx, removed)
    assert renewal_phase(ctx, held, dt.date(2026, 5, 2)) == before


def test_the_person_archive_takes_the_application_and_audit_along(
    ctx: Context, held: int, tmp_path: Path
) -> None:
    from rxtracker.services import AppPaths, open_context
    from rxtracker.services.person_archive import export_person, import_person

    _step(ctx, held, Step.APPLIED, "2026-02-02")
    _step(ctx, held, Step.RETURNED, "2026-03-10", reasons="Proof lacked the provider")
    add_audit(ctx, held, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    person = credentials.list_credentials(ctx)[0].person_id
    before = renewal_phase(ctx, held, dt.date(2026, 5, 2))
    archive = export_person(ctx, person, tmp_path / "ana.zip").path
    other = open_context(AppPaths.resolve(tmp_path / "new job"))
    try:
        moved = import_person(other, archive).value
        [there] = credentials.list_credentials(other, moved.person_id)
        assert renewal_phase(other, there.id, dt.date(2026, 5, 2)) == before
    finally:
        other.close()


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"renewal_events": [{"step": "paid", "happened_on": "2026-02-02"}]}, "is not a step"),
        (
            {"audits": [{"noticed_on": "2026-05-01", "due_on": "2026-04-01"}]},
            "before the notice",
        ),
    ],
)
def test_an_archive_with_a_wrong_step_or_audit_is_refused(
    ctx: Context, record: dict[str, object], message: str
) -> None:
    from rxtracker.services.archive_checks import check_records
    from rxtracker.services.custom_types import full_catalog

    credential = {"type_id": "ptcb-cpht", "expires_on": "2027-03-31", **record}
    data = {"person": {"name": "Ana Ruiz"}, "credentials": [credential]}
    with pytest.raises(InvalidInput, match=message):
        check_records(full_catalog(ctx), data, TODAY)
