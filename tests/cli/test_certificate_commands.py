"""``ce read FILE`` and ``ce add PERSON --from-certificate FILE`` (issue 14), run as commands."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rxtracker.demo.certificate_pdf import write_certificate_pdf
from tests.cli.conftest import Cli
from tests.conftest import db_dump

LINES = [
    "This certifies that",
    "Ana Ruiz",
    "has successfully completed",
    "Pharmacy Law for Technicians",
    "Provider: Pharmacy Tech Academy",
    "ACPE UAN: 0290-0000-25-041-H03-T",
    "Contact hours: 1.5",
    "Date of completion: March 4, 2025",
    "Release date: January 10, 2025    Expiration date: January 10, 2028",
]


def certificate(tmp_path: Path, lines: list[str] = LINES, name: str = "cert.pdf") -> Path:
    return write_certificate_pdf(tmp_path / name, lines)


@pytest.fixture
def ana(cli: Cli) -> Cli:
    assert cli("person", "add", "Ana Ruiz").code == 0
    return cli


def database(cli: Cli) -> Path:
    return cli.data_dir / "rxtracker.sqlite3"


def test_ce_read_prints_what_was_read_and_opens_no_records(cli: Cli, tmp_path: Path) -> None:
    result = cli("ce", "read", str(certificate(tmp_path)))
    assert result.code == 0, result.err
    assert "Title           Pharmacy Law for Technicians" in result.out
    assert "Date completed  2025-03-04" in result.out
    assert "UAN             0290-0000-25-041-H03-T" in result.out
    assert "e-Profile ID    (not found)" in result.out
    assert not database(cli).exists()  # opens no records, so writes none


def test_ce_read_json_has_the_documented_keys(cli: Cli, tmp_path: Path) -> None:
    result = cli("ce", "read", str(certificate(tmp_path)), "--json")
    assert result.code == 0, result.err
    assert result.json() == {
        "title": "Pharmacy Law for Technicians",
        "provider": "Pharmacy Tech Academy",
        "date": "2025-03-04",
        "hours": 1.5,
        "uan": "0290-0000-25-041-H03-T",
        "participant": "Ana Ruiz",
        "eprofile_id": None,
        "unsure": [],
    }


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"just some text", "is not a PDF, PNG or JPEG file"),
        (b"%PDF-1.7\n%broken beyond repair", "is not a readable PDF"),
        (b"\x89PNG\r\n\x1a\nnot really", "is not a readable image"),
    ],
)
def test_ce_read_bad_file_is_one_line_exit_2(
    cli: Cli, tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    result = cli("ce", "read", str(path))
    assert result.code == 2
    assert words in result.err
    assert result.err.count("\n") == 1
    assert result.out == ""


def test_ce_read_refuses_a_file_over_25_mb_at_once(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(25 * 1024 * 1024 + 1)
    started = time.perf_counter()
    result = cli("ce", "read", str(path))
    assert result.code == 2
    assert "the limit is 25 MB" in result.err
    assert time.perf_counter() - started < 5  # refused from its size, not parsed


def test_ce_add_from_certificate_logs_it_with_the_file(ana: Cli, tmp_path: Path) -> None:
    result = ana("ce", "add", "Ana Ruiz", "--from-certificate", str(certificate(tmp_path)))
    assert result.code == 0, result.err
    assert "certificate stored" in result.out
    [row] = ana("ce", "list", "Ana Ruiz", "--json").json()
    assert row["title"] == "Pharmacy Law for Technicians"
    assert row["provider"] == "Pharmacy Tech Academy"
    assert row["date"] == "2025-03-04"
    assert row["hours"] == 1.5
    assert row["uan"] == "0290-0000-25-041-H03-T"
    assert len(row["certificates"]) == 1


def test_typed_fields_override_what_was_read(ana: Cli, tmp_path: Path) -> None:
    path = certificate(tmp_path)
    result = ana(
        "ce", "add", "Ana", "--from-certificate", str(path), "--title", "Law", "--hours", "2"
    )
    assert result.code == 0, result.err
    [row] = ana("ce", "list", "Ana", "--json").json()
    assert (row["title"], row["hours"], row["date"]) == ("Law", 2.0, "2025-03-04")


def test_a_field_not_read_is_named_and_nothing_is_written(ana: Cli, tmp_path: Path) -> None:
    no_hours = certificate(tmp_path, [line for line in LINES if "hours" not in line])
    before = db_dump(database(ana))
    result = ana("ce", "add", "Ana", "--from-certificate", str(no_hours))
    assert result.code == 2
    assert "hours could not be read from cert.pdf; give it with --hours" in result.err
    assert result.err.count("\n") == 1
    assert db_dump(database(ana)) == before
    assert not list((ana.data_dir / "certificates").glob("*.pdf"))
    given = ana("ce", "add", "Ana", "--from-certificate", str(no_hours), "--hours", "1.5")
    assert given.code == 0, given.err


def test_a_field_read_but_not_sure_must_be_confirmed(ana: Cli, tmp_path: Path) -> None:
    two_dates = [line for line in LINES if "completion" not in line and "Release" not in line]
    two_dates += ["Attended on March 4, 2025", "Completed March 6, 2025"]
    path = certificate(tmp_path, two_dates)
    result = ana("ce", "add", "Ana", "--from-certificate", str(path))
    assert result.code == 2
    assert "date read as '2025-03-04' but not sure; check it and give it with --date" in result.err
    confirmed = ana("ce", "add", "Ana", "--from-certificate", str(path), "--date", "2025-03-06")
    assert confirmed.code == 0, confirmed.err


def test_a_bad_certificate_writes_nothing(ana: Cli, tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 this is no JPEG")
    before = db_dump(database(ana))
    result = ana("ce", "add", "Ana", "--from-certificate", str(path))
    assert result.code == 2
    assert "photo.jpg is not a readable image" in result.err
    assert db_dump(database(ana)) == before


def test_without_a_certificate_title_date_and_hours_are_required(ana: Cli) -> None:
    result = ana("ce", "add", "Ana", "--date", "2025-03-04", "--hours", "1")
    assert result.code == 2
    assert "title: is required: give --title (or --from-certificate FILE)" in result.err


def test_both_certificate_options_are_refused(ana: Cli, tmp_path: Path) -> None:
    path = certificate(tmp_path)
    result = ana("ce", "add", "Ana", "--from-certificate", str(path), "--certificate", str(path))
    assert result.code == 2
    assert "give --certificate or --from-certificate, not both" in result.err


def test_a_certificate_made_out_to_someone_else_is_warned(cli: Cli, tmp_path: Path) -> None:
    assert cli("person", "add", "Marcus Bell").code == 0
    result = cli("ce", "add", "Marcus Bell", "--from-certificate", str(certificate(tmp_path)))
    assert result.code == 0
    assert "the certificate is made out to Ana Ruiz, not Marcus Bell" in result.err
