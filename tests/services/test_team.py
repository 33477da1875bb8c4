"""Team services: the grid and its filters, roster import, team report, person archives."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from rxtracker.domain import Category, Hours, InvalidInput, Role
from rxtracker.engine import Phase
from rxtracker.exchange.fates import Fate
from rxtracker.exchange.printable import document_text
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    Context,
    activities,
    credentials,
    open_context,
    people,
)
from rxtracker.services.person_archive import export_person, import_person
from rxtracker.services.roster import commit_roster, preview_roster
from rxtracker.services.team import TeamFilter, TeamSummary, team_view, team_view_updated
from rxtracker.services.team_report import export_team_csv, team_report
from rxtracker.services.verification import verify_activity
from tests.conftest import make_pdf
from tests.services.conftest import sql_rows

AS_OF = dt.date(2026, 3, 10)
ROSTER = (
    "Name,E-mail,Role,State,Credential,Number,Expires\n"
    "Ana Ruiz,ana@example.com,technician,TX,tx-technician,T-1,2026-04-30\n"
    "Ana Ruiz,ana@example.com,technician,TX,ptcb-cpht,111,2027-03-31\n"
    "Bo Li,,lead,FL,fl-technician,F-2,2026-12-31\n"
    "Cy Moss,,supervisor,TX,,,\n"
    ",nobody@example.com,technician,TX,,,\n"
    "Dee Park,,technician,TX,ptcb-cpht,,05/31/2026\n"
)


def _roster(tmp_path: Path, text: str = ROSTER) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(text)
    return path


def test_roster_preview_writes_nothing_and_commit_writes_every_good_row(
    ctx: Context, tmp_path: Path
) -> None:
    preview = preview_roster(ctx, _roster(tmp_path))
    assert [r.fate for r in preview.rows] == [
        Fate.ADD,
        Fate.ADD,
        Fate.ADD,
        Fate.ADD,
        Fate.REJECT,
        Fate.ADD,
    ]
    assert preview.rows[4].reason == "name: is empty"
    assert people.list_people(ctx) == []
    result = commit_roster(ctx, preview).value
    assert result.preview.sentence() == "5 added, 0 merged, 0 skipped, 1 rejected"
    names = [p.name for p in people.list_people(ctx)]
    assert names == ["Ana Ruiz", "Bo Li", "Cy Moss", "Dee Park"]
    ana = people.find_person(ctx, "Ana Ruiz")
    assert sorted(c.type_id for c in credentials.list_credentials(ctx, ana.id)) == [
        "ptcb-cpht",
        "tx-technician",
    ]
    again = commit_roster(ctx, preview_roster(ctx, _roster(tmp_path))).value
    assert again.preview.sentence() == "0 added, 0 merged, 5 skipped, 1 rejected"
    extra = _roster(
        tmp_path, "name,email,credential type,expiration\nBo Li,,ptcb-cpht,2027-01-31\n"
    )
    merged = commit_roster(ctx, preview_roster(ctx, extra)).value
    assert merged.preview.sentence() == "0 added, 1 merged, 0 skipped, 0 rejected"


def test_a_roster_without_a_name_column_is_refused(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"file: roster\.csv has no 'name' column"):
        preview_roster(ctx, _roster(tmp_path, "who,email\nAna,a@b.c\n"))


def _team(ctx: Context, tmp_path: Path) -> None:
    commit_roster(ctx, preview_roster(ctx, _roster(tmp_path)))
    ana = people.find_person(ctx, "Ana Ruiz").id
    # Accredited CE: Texas counts only approved CE toward its 20 hours (22 TAC 297.8).
    for day, hours, tags in (
        (dt.date(2025, 6, 1), "18", ("texas-law",)),
        (dt.date(2025, 7, 1), "2", ("human-trafficking",)),
    ):
        activities.add_activity(
            ctx,
            ana,
            ActivityInput("Course", day, Hours.parse(hours), category=Category.ACPE, tags=tags),
            today=AS_OF,
        )


def test_team_view_sorts_by_urgency_and_filters(ctx: Context, tmp_path: Path) -> None:
    _team(ctx, tmp_path)
    view = team_view(ctx, AS_OF)
    assert [r.person.name for r in view.rows] == ["Dee Park", "Bo Li", "Ana Ruiz", "Cy Moss"]
    assert [c.short_name for c in view.columns][:1] == ["PTCB CPhT"]
    texas = view.rows[2].cell("tx-technician")
    assert texas is not None and texas.phase is Phase.COMPLETE and texas.days_left == 51
    soon = team_view(ctx, AS_OF, TeamFilter(within_days=60))
    assert [(r.person.name, [c.type_id for c in r.cells]) for r in soon.rows] == [
        ("Dee Park", ["ptcb-cpht"]),
        ("Ana Ruiz", ["tx-technician"]),
    ]
    assert soon.summary.sentence() == (
        "2 people need attention (credentials: 2 due within 60 days, 1 at risk)"
    )
    behind = team_view(ctx, AS_OF, TeamFilter(not_on_track=True))
    assert {r.person.name for r in behind.rows} == {"Dee Park", "Bo Li"}
    leads = team_view(ctx, AS_OF, TeamFilter(role=Role.LEAD))
    assert [r.person.name for r in leads.rows] == ["Bo Li"]
    florida = team_view(ctx, AS_OF, TeamFilter(type_id="fl-technician"))
    assert [c.type_id for c in florida.columns] == ["fl-technician"]
    people.set_person_active(ctx, people.find_person(ctx, "Bo Li").id, False)
    assert "Bo Li" not in {r.person.name for r in team_view(ctx, AS_OF).rows}


def test_evaluating_only_the_people_changed_gives_the_whole_team_view(
    ctx: Context, tmp_path: Path
) -> None:
    _team(ctx, tmp_path)
    before = team_view(ctx, AS_OF)
    ana, bo = people.find_person(ctx, "Ana Ruiz").id, people.find_person(ctx, "Bo Li").id
    law = ActivityInput(
        "Texas law", dt.date(2026, 3, 1), Hours.parse("20"), category=Category.OTHER
    )
    activities.add_activity(ctx, ana, law)
    people.set_person_active(ctx, bo, False)
    updated = team_view_updated(ctx, before, {ana, bo})
    assert updated == team_view(ctx, AS_OF)
    assert updated != before and bo not in {r.person.id for r in updated.rows}
    people.set_person_active(ctx, bo, True)
    back = team_view_updated(ctx, updated, {bo})
    assert back == team_view(ctx, AS_OF)  # Bo's edit counter moved on, so not ``before`` itself
    assert [r.person.id for r in back.rows] == [r.person.id for r in before.rows]


def test_team_report_csv_has_one_line_per_person_and_credential(
    ctx: Context, tmp_path: Path
) -> None:
    _team(ctx, tmp_path)
    out = export_team_csv(ctx, tmp_path / "team.csv", AS_OF)
    lines = out.path.read_text(encoding="utf-8-sig").splitlines()
    assert out.count == 4 and len(lines) == 5
    assert lines[0].startswith('"Person","Role","E-mail","Credential"')
    assert '"Dee Park","technician","","PTCB Certified Pharmacy Technician (CPhT)"' in lines[1]
    report = team_report(ctx, AS_OF)
    assert [x.person for x in report.expiring] == ["Ana Ruiz", "Dee Park"]
    text = list(document_text(report.blocks))
    assert "Expiring soon: deadline within 60 days, or already past" in text
    assert "Dee Park" in text


def _person_records(ctx: Context, name: str) -> dict[str, list[tuple[object, ...]]]:
    pid = sql_rows(ctx, "SELECT id FROM person WHERE name = :name", name=name)[0][0]
    queries = {
        "person": "SELECT name, email, role, home_state, notes, active, created_at, "
        "updated_at FROM person WHERE id = :pid",
        "credential": "SELECT type_id, number, state, issued_on, expires_on, cycle_start, "
        "status_notes, initial_cycle, created_at, updated_at FROM credential "
        "WHERE person_id = :pid ORDER BY type_id",
        "activity": "SELECT title, provider, completed_on, hours_hundredths, uan, format, "
        "topic, audience, category, source, notes, recognized_program, "
        "created_at, updated_at FROM activity WHERE person_id = :pid ORDER BY title",
        "tags": "SELECT a.title, t.tag FROM activity_tag t JOIN activity a "
        "ON a.id = t.activity_id WHERE a.person_id = :pid ORDER BY 1, 2",
        "attachments": "SELECT a.title, x.stored_name, x.original_name, x.media_type, "
        "x.sha256, x.size_bytes FROM attachment x JOIN activity a ON a.id = x.activity_id "
        "WHERE a.person_id = :pid ORDER BY 1",
        "cycles": "SELECT c.type_id, y.cycle_start, y.expires_on, y.renewed_on FROM "
        "credential_cycle y JOIN credential c ON c.id = y.credential_id "
        "WHERE c.person_id = :pid",
    }
    return {k: sql_rows(ctx, q, pid=pid) for k, q in queries.items()}


def test_a_person_exported_and_imported_elsewhere_has_identical_records_and_files(
    ctx: Context, tmp_path: Path
) -> None:
    _team(ctx, tmp_path)
    ana = people.find_person(ctx, "Ana Ruiz").id
    boss = people.find_person(ctx, "Cy Moss").id
    pdf = make_pdf(tmp_path / "cert.pdf", "Texas law")
    course = ActivityInput("Texas law", dt.date(2026, 1, 5), Hours.parse("1.5"), tags=("law",))
    act = activities.add_activity(ctx, ana, course, certificate=pdf, today=AS_OF).value
    verify_activity(ctx, act.id, by_person_id=boss)
    cpht = next(c for c in credentials.list_credentials(ctx, ana) if c.type_id == "ptcb-cpht")
    credentials.renew_credential(ctx, cpht.id, dt.date(2029, 3, 31), renewed_on=AS_OF)
    archive = export_person(ctx, ana, tmp_path / "ana.zip")
    assert (archive.activities, archive.certificates) == (3, 1)
    with zipfile.ZipFile(archive.path) as z:
        assert sorted(z.namelist())[:2] == [
            f"certificates/{act.attachments[0].stored_name}",
            "manifest.json",
        ]
        assert json.loads(z.read("manifest.json"))["kind"] == "person"
    other = open_context(AppPaths.resolve(tmp_path / "elsewhere"))
    try:
        result = import_person(other, archive.path).value
        assert result.person_name == "Ana Ruiz"
        mine = _person_records(ctx, "Ana Ruiz")
        theirs = _person_records(other, "Ana Ruiz")
        assert mine == theirs
        name = act.attachments[0].stored_name
        assert (other.paths.certificates / name).read_bytes() == pdf.read_bytes()
        imported = activities.list_activities(other, result.person_id)
        checked = next(a for a in imported if a.title == "Texas law")
        # Cy Moss's check was made at the other workplace: kept as its report (issue 22, 8).
        assert (checked.verification.value, checked.verified_by_name) == ("unverified", None)
        assert checked.archive_report == (
            f"reported by the archive: verified by Cy Moss on {dt.datetime.now(dt.UTC).date()} "
            "(checked at Cy Moss's workplace)"
        )
        with pytest.raises(InvalidInput, match="already recorded here"):
            import_person(other, archive.path)
    finally:
        other.close()


def test_an_unsafe_or_foreign_archive_is_refused_and_writes_nothing(
    ctx: Context, tmp_path: Path
) -> None:
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("../outside.txt", "x")
    with pytest.raises(InvalidInput, match=r"archive: refused: the entry '\.\./outside\.txt'"):
        import_person(ctx, evil)
    from rxtracker.services.backup import create_backup

    local = open_context(AppPaths.resolve(tmp_path / "local"))
    try:
        backup = create_backup(local, tmp_path / "backup.zip").path
    finally:
        local.close()
    with pytest.raises(InvalidInput, match="archive: refused: unexpected entry"):
        import_person(ctx, backup)
    assert people.list_people(ctx) == []
    assert not (tmp_path / "outside.txt").exists()


def test_summary_counts_people_once_and_says_when_nobody_needs_attention() -> None:
    # One person, one credential both due soon and at risk, another lapsed: 2 people.
    both = TeamSummary(3, 4, 60, 1, ((Phase.LAPSED, 1), (Phase.AT_RISK, 1)), attention=2)
    assert both.sentence() == (
        "2 people need attention (credentials: 1 due within 60 days, 1 lapsed, 1 at risk)"
    )
    calm = TeamSummary(1, 1, 60, 0, ((Phase.COMPLETE, 1),), attention=0)
    assert calm.sentence() == "Nobody needs attention"
