"""Add from certificates, in the services: duplicates found, all rows written or none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rxtracker.demo.certificate_pdf import write_certificate_pdf
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
from rxtracker.services.certificate_batch import (
    add_from_certificates,
    certificate_files,
    read_certificates,
)
from tests.conftest import db_dump

DAY = dt.date(2026, 3, 2)
UAN = "0197-0000-26-014-H05-T"


def _pdf(folder: Path, name: str, uan: str = UAN) -> Path:
    lines = ["This certifies that Ana Ruiz", "LASA drugs", "Provider: SafeMeds", f"UAN: {uan}",
             "Contact hours: 1.5", "Date completed: 03/02/2026"]  # fmt: skip
    return write_certificate_pdf(folder / name, lines)


@pytest.fixture
def ana(ctx: Context) -> int:
    return people.add_person(ctx, PersonInput("Ana Ruiz")).value.id


def test_a_folder_stands_for_its_certificates(tmp_path: Path) -> None:
    (tmp_path / "b.PDF").write_bytes(b"%PDF-")
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    assert [p.name for p in certificate_files([tmp_path])] == ["a.jpg", "b.PDF"]


def test_the_same_uan_and_date_already_logged_is_a_duplicate(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    activities.add_activity(ctx, ana, ActivityInput("LASA", DAY, Hours(150), uan=UAN))
    other = _pdf(tmp_path, "other.pdf", "0197-0000-26-099-H05-T")
    [same, new] = read_certificates(ctx, ana, [_pdf(tmp_path, "same.pdf"), other])
    assert same.duplicate == f"the same UAN and date as LASA ({DAY:%m/%d/%Y})"
    assert new.duplicate is None and new.reading is not None


def test_an_unreadable_file_is_a_row_with_its_reason(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf")
    [row] = read_certificates(ctx, ana, [bad])
    assert row.reading is None and row.problem


def test_one_wrong_row_writes_nothing(ctx: Context, ana: int, tmp_path: Path) -> None:
    good = ActivityInput("LASA", DAY, Hours(150), uan=UAN)
    late = ActivityInput("Future", DAY + dt.timedelta(days=400), Hours(100))
    before = db_dump(ctx.paths.database)
    entries = [(good, _pdf(tmp_path, "a.pdf")), (late, _pdf(tmp_path, "b.pdf"))]
    with pytest.raises(InvalidInput, match=r"^b\.pdf: date: "):
        add_from_certificates(ctx, ana, entries, today=DAY)
    assert db_dump(ctx.paths.database) == before
    added = add_from_certificates(ctx, ana, entries[:1], today=DAY)
    assert [a.attachments[0].original_name for a in added.value] == ["a.pdf"]


def test_a_uan_logged_earlier_in_the_cycle_is_a_repeat(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    held = CredentialInput("ptcb-cpht", dt.date(2027, 3, 31), number="1")
    credentials.add_credential(ctx, ana, held)
    activities.add_activity(
        ctx, ana, ActivityInput("LASA", dt.date(2026, 1, 5), Hours(150), uan=UAN), today=DAY
    )
    [row] = read_certificates(ctx, ana, [_pdf(tmp_path, "again.pdf")])
    assert row.duplicate is None
    assert row.repeat is not None and row.repeat.startswith(f"UAN {UAN} is already logged in")
    assert row.repeat.endswith(
        "LASA, 01/05/2026, activity 1; CPE Monitor records a UAN once per cycle"
    )


def test_reading_reports_progress_and_stops_when_told(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    paths = [_pdf(tmp_path, "a.pdf"), _pdf(tmp_path, "b.pdf")]
    heard: list[tuple[int, int]] = []
    read_certificates(ctx, ana, paths, lambda done, total: heard.append((done, total)))
    assert heard[-1] == (200, 200) and (100, 200) in heard

    class StopError(Exception):
        """What the window's Cancel raises (its own exception): it goes through."""

    def stop(done: int, total: int) -> None:
        raise StopError

    with pytest.raises(StopError):
        read_certificates(ctx, ana, paths, stop)
