"""Credential services: renewing keeps the closed cycle read-only and starts the next."""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.domain import InvalidInput, NotFound
from rxtracker.services import Context, CredentialInput, PersonInput, credentials, people


def _cpht(ctx: Context) -> int:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value
    data = CredentialInput(
        "ptcb-cpht", dt.date(2026, 3, 31), number="123456", cycle_start=dt.date(2024, 4, 1)
    )
    return credentials.add_credential(ctx, ana.id, data).value.id


def test_renew_moves_the_current_cycle_to_the_past(ctx: Context) -> None:
    cred_id = _cpht(ctx)
    outcome = credentials.renew_credential(
        ctx, cred_id, dt.date(2028, 3, 31), renewed_on=dt.date(2026, 2, 10)
    )
    row = outcome.value
    # PTCB: the new cycle "begins when your last recertification was approved"
    # (https://ptcb.zendesk.com/hc/en-us/articles/206169508).
    assert (row.cycle_start, row.expires_on) == (dt.date(2026, 2, 10), dt.date(2028, 3, 31))
    assert outcome.changes.credentials == {cred_id}
    assert outcome.changes.people == {row.person_id}
    past = credentials.list_past_cycles(ctx, cred_id)
    assert [(p.cycle_start, p.expires_on, p.renewed_on) for p in past] == [
        (dt.date(2024, 4, 1), dt.date(2026, 3, 31), dt.date(2026, 2, 10))
    ]


def test_renewing_twice_lists_newest_cycle_first(ctx: Context) -> None:
    cred_id = _cpht(ctx)
    credentials.renew_credential(ctx, cred_id, dt.date(2028, 3, 31), renewed_on=dt.date(2026, 3, 1))
    credentials.renew_credential(
        ctx,
        cred_id,
        dt.date(2030, 3, 31),
        new_cycle_start=dt.date(2028, 2, 15),
        renewed_on=dt.date(2026, 3, 2),
    )
    current = credentials.list_credentials(ctx)[0]
    assert current.cycle_start == dt.date(2028, 2, 15)
    past = credentials.list_past_cycles(ctx, cred_id)
    assert [p.expires_on for p in past] == [dt.date(2028, 3, 31), dt.date(2026, 3, 31)]
    assert past[0].cycle_start == dt.date(2026, 3, 1)  # the first renewal's approval day


def test_a_state_cycle_starts_the_day_after_the_old_expiration(ctx: Context) -> None:
    # Texas registrations run expiration to expiration (22 TAC 297.8: "the previous renewal
    # period"); only PTCB starts a cycle on approval.
    ana = people.add_person(ctx, PersonInput("Ana Ruiz", home_state="TX")).value
    data = CredentialInput("tx-technician", dt.date(2026, 6, 30))
    cred_id = credentials.add_credential(ctx, ana.id, data).value.id
    row = credentials.renew_credential(
        ctx, cred_id, dt.date(2028, 6, 30), renewed_on=dt.date(2026, 5, 1)
    ).value
    assert row.cycle_start == dt.date(2026, 7, 1)


@pytest.mark.parametrize(
    ("expires", "start", "field"),
    [
        (dt.date(2026, 3, 31), None, "new expiration date"),
        (dt.date(2025, 12, 31), None, "new expiration date"),
        (dt.date(2028, 3, 31), dt.date(2028, 4, 1), "new cycle start"),
    ],
)
def test_bad_renewal_names_the_field_and_writes_nothing(
    ctx: Context, expires: dt.date, start: dt.date | None, field: str
) -> None:
    cred_id = _cpht(ctx)
    with pytest.raises(InvalidInput) as err:
        credentials.renew_credential(ctx, cred_id, expires, new_cycle_start=start)
    assert err.value.field == field
    assert credentials.list_past_cycles(ctx, cred_id) == []
    assert credentials.list_credentials(ctx)[0].expires_on == dt.date(2026, 3, 31)


def test_renewal_date_cannot_be_in_the_future(ctx: Context) -> None:
    cred_id = _cpht(ctx)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(InvalidInput, match="renewed on"):
        credentials.renew_credential(ctx, cred_id, dt.date(2028, 3, 31), renewed_on=tomorrow)


def test_unknown_credential(ctx: Context) -> None:
    with pytest.raises(NotFound):
        credentials.renew_credential(ctx, 99, dt.date(2028, 3, 31))
    with pytest.raises(NotFound):
        credentials.list_past_cycles(ctx, 99)


def test_deleting_the_credential_removes_its_past_cycles(ctx: Context) -> None:
    cred_id = _cpht(ctx)
    credentials.renew_credential(ctx, cred_id, dt.date(2028, 3, 31), renewed_on=dt.date(2026, 3, 1))
    credentials.delete_credential(ctx, cred_id)
    with pytest.raises(NotFound):
        credentials.list_past_cycles(ctx, cred_id)
