"""SIGKILL while importing CSV files and person archives: never half an import, no
acknowledged import lost, no certificate or temporary file left behind."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from rxtracker.domain import Hours
from rxtracker.services import ActivityInput, AppPaths, PersonInput, open_context, people
from rxtracker.services.activities import add_activity, list_activities
from rxtracker.services.person_archive import export_person
from tests.conftest import make_pdf
from tests.reliability.conftest import KILL_ROUNDS, kill_rounds, temporaries
from tests.reliability.worker import ARCHIVED_NAME

ROWS_PER_IMPORT = 20


def _with_ana(data_dir: Path) -> None:
    ctx = open_context(AppPaths.resolve(data_dir))
    people.add_person(ctx, PersonInput("Ana"))
    ctx.close()


def _imported_rows(data_dir: Path) -> int:
    ctx = open_context(AppPaths.resolve(data_dir))  # the next start
    try:
        return sum(1 for row in list_activities(ctx, 1) if row.title.startswith("Import "))
    finally:
        ctx.close()


def test_kill_while_importing_csv_files(data_dir: Path) -> None:
    _with_ana(data_dir)
    acknowledged = 0
    for said in kill_rounds(data_dir, "import", seed=13, longest=0.8):
        acknowledged += said
        rows = _imported_rows(data_dir)
        assert rows % ROWS_PER_IMPORT == 0  # never half an import
        assert acknowledged <= rows // ROWS_PER_IMPORT <= acknowledged + 1
        acknowledged = rows // ROWS_PER_IMPORT
        assert temporaries(data_dir) == []
    assert acknowledged > 0
    print(f"import kills: {KILL_ROUNDS}, imports kept: {acknowledged}")


@pytest.fixture
def person_archive(tmp_path: Path) -> Path:
    """A person archive: one person, three courses, each with its own certificate."""
    ctx = open_context(AppPaths.resolve(tmp_path / "source"))
    try:
        person = people.add_person(ctx, PersonInput(ARCHIVED_NAME)).value
        for n in range(3):
            add_activity(
                ctx,
                person.id,
                ActivityInput(f"Archived course {n}", dt.date(2026, 1, n + 1), Hours(100)),
                certificate=make_pdf(tmp_path / f"a{n}.pdf", f"Archived {n} " + "x" * 400),
                today=dt.date(2026, 11, 25),
            )
        return export_person(ctx, person.id, tmp_path / "person.zip").path
    finally:
        ctx.close()


def _archived_people(data_dir: Path) -> int:
    """How many archived people are recorded, each checked whole; the store checked exact."""
    ctx = open_context(AppPaths.resolve(data_dir))  # the next start
    try:
        referenced = set()
        found = 0
        for person in people.list_people(ctx):
            if person.name == "Ana":
                continue
            rows = list_activities(ctx, person.id)
            assert len(rows) == 3, person
            for row in rows:
                [attachment] = row.attachments
                data = (ctx.paths.certificates / attachment.stored_name).read_bytes()
                assert hashlib.sha256(data).hexdigest() == attachment.sha256
                referenced.add(attachment.stored_name)
            found += 1
        # No certificate of a killed import is left for good (settled at the start).
        assert {p.name for p in ctx.paths.certificates.iterdir()} == referenced
        return found
    finally:
        ctx.close()


def test_kill_while_importing_person_archives(data_dir: Path, person_archive: Path) -> None:
    _with_ana(data_dir)
    os.environ["PERSON_ARCHIVE"] = str(person_archive)
    acknowledged = 0
    try:
        for said in kill_rounds(data_dir, "archive", seed=17, longest=1.0):
            acknowledged += said
            found = _archived_people(data_dir)
            assert acknowledged <= found <= acknowledged + 1
            acknowledged = found
            assert temporaries(data_dir) == []
    finally:
        del os.environ["PERSON_ARCHIVE"]
    assert acknowledged > 0
    print(f"archive import kills: {KILL_ROUNDS}, people kept: {acknowledged}")
