"""Import services: preview writes nothing, commit is one transaction, nothing is doubled."""

from __future__ import annotations

import datetime as dt
import gc
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from rxtracker.db.models import Activity, ChangeHistory, ImportBatch
from rxtracker.domain import Hours, InvalidInput, NotFound
from rxtracker.exchange.fates import Fate
from rxtracker.exchange.mapping import ColumnMapping, Field, ImportKind
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.services.history import record_history
from rxtracker.services.imports import commit_import, preview_import
from rxtracker.services.reconcile import Reporting, check_cpe_monitor, not_in_cpe_monitor
from tests.exchange.files import CPE_HEADERS, cpe_row, write_csv, write_xlsx
from tests.services.conftest import table_dump

TODAY = dt.date(2025, 9, 1)
LAW = "0197-0000-24-001-H03-T"
SAFETY = "0197-0000-24-002-L05-T"
HAND = "0197-0000-24-007-H01-T"


@pytest.fixture
def ana(ctx: Context) -> int:
    person = people.add_person(ctx, PersonInput("Ana Ruiz")).value
    activities.add_activity(
        ctx,
        person.id,
        ActivityInput("Diabetes update", dt.date(2025, 6, 4), Hours(150), uan=HAND),
        today=TODAY,
    )
    return person.id


def _export(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "CPEMonitor.xlsx",
        CPE_HEADERS,
        [
            cpe_row("03/15/2025", LAW, "Texas pharmacy law update", home=1.5),
            cpe_row("03/07/2025", SAFETY, "Look-alike drugs", live=1, home=0),
            None,
            cpe_row("06/04/2025", HAND, "Diabetes update", home=1.5),
            cpe_row("12/01/2025", "0197-0000-24-009-H01-T", "From the future"),
        ],
    )


def _activities(ctx: Context, person_id: int) -> list[Activity]:
    with ctx.db.read() as session:
        query = select(Activity).where(Activity.person_id == person_id).order_by(Activity.id)
        return list(session.scalars(query))


def test_preview_writes_nothing(ctx: Context, ana: int, tmp_path: Path) -> None:
    before = table_dump(ctx)
    preview = preview_import(ctx, ana, _export(tmp_path), today=TODAY)
    assert table_dump(ctx) == before
    assert preview.kind is ImportKind.CPE_MONITOR_XLSX
    assert [r.fate for r in preview.rows] == [Fate.ADD, Fate.ADD, Fate.MERGE, Fate.REJECT]
    assert (
        preview.rows[3].reason == "date: 2025-12-01 is in the future; log CE once it is completed"
    )
    assert (preview.counts.added, preview.counts.merged, preview.counts.blank) == (2, 1, 1)


def test_commit_adds_merges_and_records_the_batch(ctx: Context, ana: int, tmp_path: Path) -> None:
    path = _export(tmp_path)
    outcome = commit_import(ctx, preview_import(ctx, ana, path, today=TODAY), today=TODAY)
    result = outcome.value
    assert (result.counts.added, result.counts.merged, result.counts.rejected) == (2, 1, 1)
    stored = _activities(ctx, ana)
    assert [(a.title, a.source, a.cpe_monitor_seen_on) for a in stored] == [
        ("Diabetes update", "manual", TODAY),  # merged: kept, marked as seen
        ("Texas pharmacy law update", "import", TODAY),
        ("Look-alike drugs", "import", TODAY),
    ]
    assert [a.import_batch_id for a in stored] == [None, result.batch_id, result.batch_id]
    law = stored[1]
    assert (law.uan, law.topic, law.format, law.audience, law.hours_hundredths) == (
        LAW,
        "03",
        "home",
        "T",
        150,
    )
    assert outcome.changes.activities == {a.id for a in stored}
    with ctx.db.read() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert batch is not None
        assert (batch.kind, batch.file_name, batch.added, batch.merged, batch.skipped) == (
            "cpe-monitor-xlsx",
            "CPEMonitor.xlsx",
            2,
            1,
            0,
        )
        assert batch.rejected == 1 and len(batch.sha256) == 64


def test_importing_the_same_file_twice_doubles_nothing(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    path = _export(tmp_path)
    commit_import(ctx, preview_import(ctx, ana, path, today=TODAY), today=TODAY)
    again = preview_import(ctx, ana, path, today=TODAY)
    assert again.imported_before is not None
    assert [r.fate for r in again.rows] == [Fate.DUPLICATE] * 3 + [Fate.REJECT]
    commit_import(ctx, again, today=TODAY)
    assert len(_activities(ctx, ana)) == 3


def test_commit_decides_again_against_the_database(ctx: Context, ana: int, tmp_path: Path) -> None:
    preview = preview_import(ctx, ana, _export(tmp_path), today=TODAY)
    assert preview.rows[0].fate is Fate.ADD
    activities.add_activity(
        ctx,
        ana,
        ActivityInput("Law, logged meanwhile", dt.date(2025, 3, 15), Hours(150), uan=LAW),
        today=TODAY,
    )
    result = commit_import(ctx, preview, today=TODAY).value
    assert result.rows[0].fate is Fate.MERGE
    assert len(_activities(ctx, ana)) == 3  # the law course was not doubled


def test_generic_csv_does_not_mark_cpe_monitor(ctx: Context, ana: int, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "Course,Completed on,Hours,Number\n"
        "Diabetes update,2025-06-04,1.5,0197-0000-24-007-H01-T\n"
        "Employer HIPAA training,2025-07-01,1,\n"
    )
    mapping = ColumnMapping(
        {
            Field.TITLE: "Course",
            Field.DATE: "Completed on",
            Field.HOURS: "Hours",
            Field.UAN: "Number",
        }
    )
    preview = preview_import(ctx, ana, path, mapping=mapping, today=TODAY)
    assert preview.kind is ImportKind.GENERIC_CSV
    assert [r.fate for r in preview.rows] == [Fate.DUPLICATE, Fate.ADD]
    commit_import(ctx, preview, today=TODAY)
    added = _activities(ctx, ana)[-1]
    assert (added.title, added.category, added.uan, added.cpe_monitor_seen_on) == (
        "Employer HIPAA training",
        "other",
        None,
        None,
    )


def test_cpe_monitor_csv_is_recognised(ctx: Context, ana: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "cpe.csv", CPE_HEADERS, [cpe_row("03/15/2025", LAW, "Law")])
    preview = preview_import(ctx, ana, path, today=TODAY)
    assert preview.kind is ImportKind.CPE_MONITOR_CSV
    assert [r.fate for r in preview.rows] == [Fate.ADD]


def test_unknown_person_and_bad_mapping(ctx: Context, ana: int, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        preview_import(ctx, 999, _export(tmp_path), today=TODAY)
    path = tmp_path / "x.csv"
    path.write_text("Course,Date\nx,2025-01-01\n")
    with pytest.raises(InvalidInput, match="Contact hours: no column chosen"):
        preview_import(ctx, ana, path, today=TODAY)


def test_reconcile_flags_hand_logged_uans_until_seen(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    activities.add_activity(
        ctx,
        ana,
        ActivityInput("Recent webinar", dt.date(2025, 8, 20), Hours(100), uan=SAFETY),
        today=TODAY,
    )
    activities.add_activity(
        ctx,
        ana,
        ActivityInput("Chasing time", dt.date(2025, 7, 15), Hours(100), uan=LAW),
        today=TODAY,
    )
    activities.add_activity(
        ctx, ana, ActivityInput("No UAN (college)", dt.date(2025, 1, 1), Hours(300)), today=TODAY
    )
    flagged = not_in_cpe_monitor(ctx, ana, today=TODAY)
    assert [(f.activity.title, f.days_since, f.reporting) for f in flagged] == [
        ("Diabetes update", 89, Reporting.OVERDUE),
        ("Chasing time", 48, Reporting.CHASE),
        ("Recent webinar", 12, Reporting.WAITING),
    ]
    assert flagged[2].message == (
        "not yet in CPE Monitor: providers have 60 days to report (48 days left)"
    )
    assert "past the 60-day limit" in flagged[0].message
    before = check_cpe_monitor(ctx, ana, today=TODAY)  # the dashboard's view: counts only
    assert (before.uan_courses, before.unseen, before.flags, before.never_imported) == (
        3,
        3,
        (),
        True,
    )
    commit_import(ctx, preview_import(ctx, ana, _export(tmp_path), today=TODAY), today=TODAY)
    still = [f.activity.title for f in not_in_cpe_monitor(ctx, ana, today=TODAY)]
    assert still == ["Chasing time", "Recent webinar"]  # the diabetes course was merged
    after = check_cpe_monitor(ctx, ana, today=TODAY)
    assert not after.never_imported and after.unseen == 2
    assert [f.activity.title for f in after.flags] == still


def test_an_import_is_one_history_entry_and_each_added_row_shows_its_batch(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    done = commit_import(ctx, preview_import(ctx, ana, _export(tmp_path), today=TODAY), today=TODAY)
    batch = done.value.batch_id
    with ctx.db.read() as session:
        rows = session.execute(
            select(ChangeHistory.entity, ChangeHistory.entity_id, ChangeHistory.action,
                   ChangeHistory.changes).order_by(ChangeHistory.id)
        ).all()  # fmt: skip
    history = [(entity, entity_id, action, json.loads(c)) for entity, entity_id, action, c in rows]
    hand, law, safety = _activities(ctx, ana)
    # Before: Ana and her hand-logged course. The import: the merge (an update of a typed
    # record, in its own history) and ONE entry for the batch, on Ana, naming it and its ids.
    made = {(e, i, a): changes for e, i, a, changes in history[2:]}
    assert set(made) == {("activity", hand.id, "update"), ("person", ana, "update")}
    assert made["activity", hand.id, "update"] == {"cpe_monitor_seen_on": [None, TODAY.isoformat()]}
    assert made["person", ana, "update"] == {
        "import_batch": [None, batch],
        "import_file": [None, "CPEMonitor.xlsx"],
        "imported_activities": [None, f"{law.id}-{safety.id}"],
    }
    for added in (law, safety):
        assert added.import_batch_id == batch
        created = record_history(ctx, "activity", added.id)
        assert [r.action_label for r in created] == ["Created"]
        fields = {f.field: f.new for f in created[0].fields}
        assert fields["title"] == added.title
        assert fields["hours"] == str(Hours(added.hours_hundredths))
        assert fields["import"] == f"{batch} (CPEMonitor.xlsx)"
        assert created[0].changed_at == rows_time(ctx, batch)


def rows_time(ctx: Context, batch: int) -> dt.datetime:
    with ctx.db.read() as session:
        return session.scalars(
            select(ChangeHistory.changed_at).where(
                ChangeHistory.entity == "person",
                ChangeHistory.changes.contains(f'"import_batch": [null, {batch}]'),
            )
        ).one()


def test_an_imported_row_edited_then_deleted_still_shows_how_its_batch_wrote_it(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    done = commit_import(ctx, preview_import(ctx, ana, _export(tmp_path), today=TODAY), today=TODAY)
    _, law, _ = _activities(ctx, ana)
    renamed = ActivityInput("Texas law, renamed", law.completed_on, Hours(150), uan=LAW)
    activities.update_activity(ctx, law.id, renamed, today=TODAY)
    activities.delete_activity(ctx, law.id)
    shown = record_history(ctx, "activity", law.id)
    assert [r.action_label for r in shown] == ["Created", "Changed", "Deleted"]
    created = {f.field: f.new for f in shown[0].fields}
    assert created["title"] == law.title != "Texas law, renamed"
    assert created["import"] == f"{done.value.batch_id} (CPEMonitor.xlsx)"


def test_commit_decides_again_when_a_record_went_since_the_preview(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    path = _export(tmp_path)
    commit_import(ctx, preview_import(ctx, ana, path, today=TODAY), today=TODAY)
    again = preview_import(ctx, ana, path, today=TODAY)
    assert [r.fate for r in again.rows[:2]] == [Fate.DUPLICATE, Fate.DUPLICATE]
    law = _activities(ctx, ana)[1]
    activities.delete_activity(ctx, law.id)
    result = commit_import(ctx, again, today=TODAY).value
    assert [r.fate for r in result.rows[:2]] == [Fate.ADD, Fate.DUPLICATE]
    titles = [a.title for a in _activities(ctx, ana)]
    assert titles == ["Diabetes update", "Look-alike drugs", "Texas pharmacy law update"]


def test_the_preview_fates_stand_when_nothing_changed(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    preview = preview_import(ctx, ana, _export(tmp_path), today=TODAY)
    assert preview.stored is not None and len(preview.stored) == 1
    result = commit_import(ctx, preview, today=TODAY).value
    assert result.rows == preview.rows


def test_imported_rows_get_ids_in_row_order_and_timestamps(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    result = commit_import(
        ctx, preview_import(ctx, ana, _export(tmp_path), today=TODAY), today=TODAY
    ).value
    hand, law, safety = _activities(ctx, ana)
    assert result.activity_ids == (law.id, safety.id, hand.id)  # the rows' order
    assert law.id == hand.id + 1 and safety.id == law.id + 1
    for added in (law, safety):
        assert (
            before
            <= added.created_at
            == added.updated_at
            <= dt.datetime.now(dt.UTC).replace(tzinfo=None)
        )


def test_imported_rows_never_take_the_id_of_a_deleted_activity(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    # Schema 5 (issue 23): AUTOINCREMENT ids are never handed out twice, bulk imports included.
    first = commit_import(
        ctx, preview_import(ctx, ana, _export(tmp_path), today=TODAY), today=TODAY
    ).value
    top = max(first.activity_ids)
    activities.delete_activity(ctx, top)
    again = write_csv(
        tmp_path / "again.csv",
        CPE_HEADERS,
        [cpe_row("04/01/2025", "0197-0000-24-011-H01-T", "Another course")],
    )
    second = commit_import(ctx, preview_import(ctx, ana, again, today=TODAY), today=TODAY).value
    assert second.activity_ids == (top + 1,)


def test_an_import_leaves_the_cycle_collector_as_it_found_it(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    assert gc.isenabled()
    preview = preview_import(ctx, ana, _export(tmp_path), today=TODAY)
    commit_import(ctx, preview, today=TODAY)
    assert gc.isenabled()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(InvalidInput):
        preview_import(ctx, ana, bad, today=TODAY)
    assert gc.isenabled()
    gc.disable()
    try:
        preview_import(ctx, ana, _export(tmp_path), today=TODAY)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_history_text_is_sorted_json_with_text_as_written(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "législation – 2025.xlsx",
        CPE_HEADERS,
        [cpe_row("03/15/2025", LAW, "Pharmacie – législation", home=1.5)],
    )
    done = commit_import(ctx, preview_import(ctx, ana, path, today=TODAY), today=TODAY)
    with ctx.db.read() as session:
        imported = session.scalars(
            select(ChangeHistory.changes).order_by(ChangeHistory.id.desc()).limit(1)
        ).one()
    assert "législation – 2025.xlsx" in imported
    assert imported == json.dumps(json.loads(imported), sort_keys=True, ensure_ascii=False)
    shown = record_history(ctx, "activity", done.value.activity_ids[0])
    assert {f.field: f.new for f in shown[0].fields}["title"] == "Pharmacie – législation"


class Stopped(Exception):  # noqa: N818
    """The user stopped the import."""


def test_an_import_stopped_while_writing_leaves_nothing(ctx: Context, tmp_path: Path) -> None:
    ana = people.add_person(ctx, PersonInput("Ana Ruiz")).value.id
    rows = [
        cpe_row(f"05/{day:02d}/2025", f"0197-0000-24-{day:03d}-H03-T", f"Course {day}")
        for day in range(1, 21)
    ]
    preview = preview_import(ctx, ana, write_csv(tmp_path / "cpe.csv", CPE_HEADERS, rows))
    before = table_dump(ctx)
    heard: list[tuple[int, int]] = []

    def stop_once_written(done: int, total: int) -> None:
        heard.append((done, total))
        if done > 0:
            raise Stopped  # as the app's Cancel does, after a chunk of rows was written

    with pytest.raises(Stopped):
        commit_import(ctx, preview, progress=stop_once_written)
    assert heard == [(0, 20), (20, 20)]
    assert table_dump(ctx) == before
    done = commit_import(ctx, preview, progress=lambda d, t: heard.append((d, t)))
    assert done.value.counts.added == 20 and heard[-1] == (20, 20)
