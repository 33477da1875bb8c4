"""Certificates on both backends: files in the data folder (SQLite), bytes in the team
database (PostgreSQL); opening one from the app works on both (issue 13)."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

from rxtracker.domain import Hours
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.services.certificates import OPENED
from tests.conftest import make_pdf
from tests.services.conftest import is_team, sql_rows

DAY = dt.date(2026, 3, 2)


def test_a_stored_certificate_opens_with_its_own_bytes(ctx: Context, tmp_path: Path) -> None:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    pdf = make_pdf(tmp_path / "law.pdf")
    row = activities.add_activity(
        ctx, ana, ActivityInput("Law", DAY, Hours.parse("1")), certificate=pdf
    ).value
    [attachment] = row.attachments
    opened = activities.open_certificate(ctx, attachment)
    assert opened.read_bytes() == pdf.read_bytes()
    stored_files = [p for p in ctx.paths.certificates.glob("*") if not p.name.startswith(".")]
    if is_team(ctx):  # the computers share no folder: the bytes are in the database
        assert stored_files == []
        assert opened.parent == ctx.paths.data_dir / OPENED
        assert stat.S_IMODE(opened.stat().st_mode) == 0o600
        assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700
        assert sql_rows(ctx, "SELECT sha256 FROM certificate_blob") == [(attachment.sha256,)]
    else:
        assert stored_files == [opened]


def test_a_deleted_course_comes_back_with_its_certificate(ctx: Context, tmp_path: Path) -> None:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    pdf = make_pdf(tmp_path / "law.pdf")
    row = activities.add_activity(
        ctx, ana, ActivityInput("Law", DAY, Hours.parse("1")), certificate=pdf
    ).value
    gone = activities.delete_activity(ctx, row.id).value
    back = activities.restore_activity(ctx, gone).value
    [attachment] = back.attachments
    assert activities.open_certificate(ctx, attachment).read_bytes() == pdf.read_bytes()
