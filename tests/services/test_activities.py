"""Activity services: certificates, deletion and restore, file clean-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rxtracker.db import Activity
from rxtracker.domain import Hours, InvalidInput
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.services.activity_read import activity_rows_of
from rxtracker.services.convert import activity_row
from rxtracker.services.verification import verify_activity
from tests.conftest import make_pdf
from tests.services.conftest import is_team

TODAY = dt.date(2026, 11, 25)


def _course(title: str = "Med errors", **kw: object) -> ActivityInput:
    fields: dict[str, object] = {
        "title": title,
        "completed_on": dt.date(2026, 3, 1),
        "hours": Hours.parse("2"),
        **kw,
    }
    return ActivityInput(**fields)  # type: ignore[arg-type]


def test_add_returns_frozen_row_and_changes(ctx: Context) -> None:
    person = people.add_person(ctx, PersonInput("Ana")).value
    outcome = activities.add_activity(
        ctx, person.id, _course(uan="0197-0000-25-001-L05-T"), today=TODAY
    )
    row = outcome.value
    assert row.topic == "05" and row.format is not None and row.format.value == "live"
    assert outcome.changes.activities == {row.id}
    with pytest.raises(AttributeError):
        row.title = "x"  # type: ignore[misc]


def test_same_certificate_is_stored_once(ctx: Context, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "c.pdf")
    person = people.add_person(ctx, PersonInput("Ana")).value
    a = activities.add_activity(ctx, person.id, _course(), certificate=pdf, today=TODAY).value
    b = activities.add_activity(
        ctx, person.id, _course("Other"), certificate=pdf, today=TODAY
    ).value
    assert a.attachments[0].stored_name == b.attachments[0].stored_name
    assert len(list(ctx.paths.certificates.iterdir())) == 1


def test_delete_then_restore_keeps_everything(ctx: Context, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "c.pdf")
    person = people.add_person(ctx, PersonInput("Ana")).value
    row = activities.add_activity(
        ctx, person.id, _course(tags=("medication-errors",)), certificate=pdf, today=TODAY
    ).value
    removed = activities.delete_activity(ctx, row.id).value
    assert activities.list_activities(ctx, person.id) == []
    restored = activities.restore_activity(ctx, removed).value
    assert restored.id == row.id and restored.tags == row.tags
    assert restored.attachments[0].sha256 == row.attachments[0].sha256
    assert activities.certificate_path(ctx, restored.attachments[0].stored_name).exists()


def test_deleting_a_person_removes_their_records_and_files(ctx: Context, tmp_path: Path) -> None:
    ana = people.add_person(ctx, PersonInput("Ana")).value
    ben = people.add_person(ctx, PersonInput("Ben")).value
    shared = make_pdf(tmp_path / "shared.pdf", "Shared")
    own = make_pdf(tmp_path / "own.pdf", "Only Ana")
    activities.add_activity(ctx, ana.id, _course(), certificate=shared, today=TODAY)
    activities.add_activity(ctx, ana.id, _course("B"), certificate=own, today=TODAY)
    activities.add_activity(ctx, ben.id, _course(), certificate=shared, today=TODAY)
    credentials.add_credential(ctx, ana.id, CredentialInput("ptcb-cpht", dt.date(2027, 3, 31)))
    people.delete_person(ctx, ana.id)
    assert credentials.list_credentials(ctx, ana.id) == []
    assert activities.list_activities(ctx, ana.id) == []
    names = {p.name for p in ctx.paths.certificates.iterdir()}
    assert len(names) == 1  # Ana's own file is gone, the shared one stays for Ben
    [ben_row] = activities.list_activities(ctx, ben.id)
    assert ben_row.attachments[0].stored_name in names


def test_failed_add_leaves_no_certificate_behind(ctx: Context, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "c.pdf")
    from rxtracker.domain import NotFound

    with pytest.raises(NotFound):
        activities.add_activity(ctx, 999, _course(), certificate=pdf, today=TODAY)
    assert list(ctx.paths.certificates.iterdir()) == []


def test_deactivated_person_keeps_records(ctx: Context) -> None:
    ana = people.add_person(ctx, PersonInput("Ana")).value
    activities.add_activity(ctx, ana.id, _course(), today=TODAY)
    people.set_person_active(ctx, ana.id, False)
    assert people.list_people(ctx, include_inactive=False) == []
    assert len(activities.list_activities(ctx, ana.id)) == 1


def test_state_credential_types_fix_their_state(ctx: Context) -> None:
    ana = people.add_person(ctx, PersonInput("Ana")).value
    with pytest.raises(InvalidInput, match="credential type"):
        credentials.add_credential(ctx, ana.id, CredentialInput("nope", dt.date(2027, 1, 31)))


def test_files_are_private(ctx: Context, tmp_path: Path) -> None:
    ana = people.add_person(ctx, PersonInput("Ana")).value
    row = activities.add_activity(
        ctx, ana.id, _course(), certificate=make_pdf(tmp_path / "c.pdf"), today=TODAY
    ).value
    stored = activities.certificate_path(ctx, row.attachments[0].stored_name)
    assert stored.stat().st_mode & 0o777 == 0o600
    assert ctx.paths.data_dir.stat().st_mode & 0o777 == 0o700
    if not is_team(ctx):  # a team database is a server's, not a file here
        assert ctx.paths.database.stat().st_mode & 0o777 == 0o600


def test_undo_never_points_to_a_certificate_removed_meanwhile(ctx: Context, tmp_path: Path) -> None:
    """Ana's and Bo's courses share one file; Ana's is deleted, then Bo (and his records)."""
    pdf = make_pdf(tmp_path / "shared.pdf")
    ana = people.add_person(ctx, PersonInput("Ana")).value.id
    bo = people.add_person(ctx, PersonInput("Bo")).value.id
    mine = activities.add_activity(ctx, ana, _course(), certificate=pdf, today=TODAY).value
    activities.add_activity(ctx, bo, _course(), certificate=pdf, today=TODAY)
    removed = activities.delete_activity(ctx, mine.id).value
    people.delete_person(ctx, bo)  # the last record pointing to the file: it goes
    assert not activities.certificate_path(ctx, mine.attachments[0].stored_name).exists()
    back = activities.restore_activity(ctx, removed).value
    assert (back.title, back.attachments) == (mine.title, ())


def test_plain_row_read_matches_the_orm_row_field_for_field(ctx: Context, tmp_path: Path) -> None:
    person = people.add_person(ctx, PersonInput("Ana", home_state="TX")).value
    checker = people.add_person(ctx, PersonInput("Cy Moss", home_state="TX")).value
    tagged = activities.add_activity(
        ctx,
        person.id,
        _course("Law", uan="0197-0000-25-001-H03-T", tags=("texas-law", "human-trafficking")),
        certificate=make_pdf(tmp_path / "law.pdf"),
    ).value
    plain = activities.add_activity(ctx, person.id, _course("Notes", notes="read twice")).value
    verify_activity(ctx, tagged.id, by_person_id=checker.id)
    with ctx.db.read() as session:
        expected = [activity_row(session.get_one(Activity, i)) for i in (tagged.id, plain.id)]
        assert sorted(activity_rows_of(session, person.id), key=lambda r: r.id) == expected
        assert activity_rows_of(session, person.id, [plain.id]) == [expected[1]]
        assert activity_rows_of(session, checker.id) == []
    assert expected[0].verified_by_name == "Cy Moss" and expected[0].tags
