"""A person archive imported in bulk: one history entry and one log line for its batch, and
each activity's History still says which batch made it (both backends)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from rxtracker.db.models import ChangeHistory, ImportBatch
from rxtracker.domain import Hours
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    Context,
    PersonInput,
    activities,
    open_context,
    people,
)
from rxtracker.services.history import record_history
from rxtracker.services.person_archive import export_person, import_person
from tests.conftest import make_pdf

TODAY = dt.date(2026, 3, 1)


def _archive(tmp_path: Path) -> Path:
    """Bo Reyes's records, 3 activities (one with tags and a certificate), as an archive."""
    source = open_context(AppPaths.resolve(tmp_path / "source"))
    try:
        bo = people.add_person(source, PersonInput("Bo Reyes")).value.id
        for day in (3, 4, 5):
            course = ActivityInput(
                f"Course {day}", dt.date(2026, 1, day), Hours.parse("1.25"), tags=("law", "tx")
            )
            pdf = make_pdf(tmp_path / "cert.pdf", "Course 5") if day == 5 else None
            activities.add_activity(source, bo, course, certificate=pdf, today=TODAY)
        return export_person(source, bo, tmp_path / "bo.zip").path
    finally:
        source.close()


def _batch_id(ctx: Context) -> int:
    with ctx.db.read() as session:
        return session.scalars(select(ImportBatch.id)).one()


def test_an_archive_import_is_one_batch_in_the_history_and_the_log(
    ctx: Context, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    archive = _archive(tmp_path)
    with caplog.at_level(logging.INFO, logger="rxtracker.db"):
        result = import_person(ctx, archive).value
    assert (result.activities, result.certificates) == (3, 1)
    lines = [r.getMessage() for r in caplog.records]
    assert [line for line in lines if "activity" in line] == [
        f"added 3 activity rows of import_batch {_batch_id(ctx)}"
    ]  # one line for the batch: none per activity, tag or certificate
    assert not [line for line in lines if "attachment" in line or "tag" in line]
    with ctx.db.read() as session:
        [batch] = session.scalars(select(ImportBatch)).all()
        history = session.execute(
            select(ChangeHistory.entity, ChangeHistory.action, ChangeHistory.changes)
        ).all()
    assert (batch.kind, batch.file_name, batch.added) == ("person-archive", "bo.zip", 3)
    assert [(e, a) for e, a, _ in history] == [("person", "create")]  # one entry, no per row
    recorded = json.loads(history[0][2])
    assert recorded["name"] == [None, "Bo Reyes"]
    assert recorded["import_batch"] == [None, batch.id]
    assert recorded["import_file"] == [None, "bo.zip"]
    ids = [a.id for a in activities.list_activities(ctx, result.person_id)]
    assert recorded["imported_activities"] == [None, f"{min(ids)}-{max(ids)}"]
    last = activities.get_activity(ctx, max(ids))
    assert (last.tags, len(last.attachments)) == (("law", "tx"), 1)
    shown = record_history(ctx, "activity", max(ids))
    assert [r.action_label for r in shown] == ["Created"]
    fields = {f.field: f.new for f in shown[0].fields}
    assert fields["title"] == "Course 5" and fields["hours"] == "1.25"
    assert fields["import"] == f"{batch.id} (bo.zip)"
    assert fields["tags"] == "law, tx"
