"""Import files as people save them (issue 25) and damaged text (issue 22, item 17).

Every file here is written the way the program named in the test writes it: Excel's "Unicode
Text" (UTF-16 with a byte-order mark, tab-delimited), a semicolon file with a title line, a
CSV edited in two programs (UTF-8 and Windows-1252 lines), a file with a NUL byte deep inside.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.conftest import db_dump, make_pdf

UAN = "0197-0000-24-001-H03-T"


@pytest.fixture
def ana(cli: Cli) -> Cli:
    assert cli("person", "add", "Ana Ruiz", "--state", "TX").code == 0
    return cli


def _titles(cli: Cli) -> list[str]:
    return sorted(a["title"] for a in cli("ce", "list", "Ana Ruiz", "--json").json())


def _imported(cli: Cli, path: Path) -> list[str]:
    result = cli("ce", "import", "Ana Ruiz", str(path))
    assert result.code == 0, result.err
    return _titles(cli)


def test_excel_unicode_text_utf16_tab_delimited_imports(ana: Cli, tmp_path: Path) -> None:
    for name, bom, codec, day in (
        ("le.txt", codecs.BOM_UTF16_LE, "utf-16-le", "2025-02-01"),
        ("be.txt", codecs.BOM_UTF16_BE, "utf-16-be", "2025-03-01"),
    ):
        text = f"Date\tTitle\tHours\tUAN\r\n{day}\tCafé {name[:2]}: Größe, ñ\t2\t{UAN}\r\n"
        path = tmp_path / name
        path.write_bytes(bom + text.encode(codec))
        assert "Café " + name[:2] + ": Größe, ñ" in _imported(ana, path)


def test_semicolon_file_with_a_title_line_above_its_header(ana: Cli, tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_bytes(
        b"My CE log, 2025\r\n\r\nDate;Title;Hours;UAN\r\n"
        b"2025-02-01;Law, ethics and you;2;" + UAN.encode() + b"\r\n"
        b"2025-03-01;Sterile compounding;1,5;\r\n"
    )
    assert _imported(ana, path) == ["Law, ethics and you", "Sterile compounding"]


def test_plain_headers_still_import_without_a_mapping(ana: Cli, tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text(f"Date,Title,Hours,UAN\n2025-02-01,Law update,2,{UAN}\n")
    assert _imported(ana, path) == ["Law update"]


def test_utf8_and_windows_1252_lines_are_each_read_right(ana: Cli, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "Date,Title,Hours\r\n2025-02-01,Café one,2\r\n".encode()
        + "2025-02-02,Café two – naïve,1\r\n".encode("cp1252")
    )
    assert _imported(ana, path) == ["Café one", "Café two – naïve"]


def test_a_nul_byte_deep_in_a_csv_is_refused_naming_row_and_column(
    ana: Cli, tmp_path: Path
) -> None:
    filler = b"".join(b"2025-02-01,Course %d: a long title to fill,1\r\n" % i for i in range(99))
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Date,Title,Hours\r\n" + filler + b"2025-02-03,Bad\x00title,1\r\n")
    assert path.stat().st_size > 4096
    database = ana.data_dir / "rxtracker.sqlite3"
    before = db_dump(database)
    result = ana("ce", "import", "Ana Ruiz", str(path))
    assert result.code == 2
    assert result.err.strip() == (
        "rxtracker: error: file: nul.csv row 101, column 2 (Title): holds a NUL character, "
        "which text never has (the file may be damaged); nothing was imported"
    )
    assert db_dump(database) == before


def test_broken_utf16_is_named(ana: Cli, tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Date\tTitle\n".encode("utf-16-le") + b"\x00\xdc")
    result = ana("ce", "import", "Ana Ruiz", str(path))
    assert result.code == 2
    assert "odd.txt says it is UTF-16 text but byte" in result.err


def test_roster_in_utf16_and_semicolons_with_a_title_line(cli: Cli, tmp_path: Path) -> None:
    unicode_text = tmp_path / "team.txt"
    unicode_text.write_bytes(
        codecs.BOM_UTF16_LE + "Name\tEmail\r\nZoë Brontë\tzoe@example.org\r\n".encode("utf-16-le")
    )
    semi = tmp_path / "team.csv"
    semi.write_bytes(
        "Pharmacy team, March\r\nName;Role\r\nJosé Núñez;lead\r\n".encode("cp1252")
        + "Łukasz Wiśniewski;technician\r\n".encode()
    )
    for roster in (unicode_text, semi):
        result = cli("person", "import", str(roster))
        assert result.code == 0, result.err
    names = sorted(p["name"] for p in cli("person", "list", "--json").json())
    assert names == ["José Núñez", "Zoë Brontë", "Łukasz Wiśniewski"]


def test_file_names_that_are_not_utf8_are_kept_readable(ana: Cli, tmp_path: Path) -> None:
    """A name from an old disk (Latin-1 bytes) is shown with '?', never as a traceback."""
    certificate = make_pdf(tmp_path / os.fsdecode(b"caf\xe9.pdf"))
    added = ana(
        "ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-01-05", "--hours", "1",
        "--certificate", str(certificate),
    )  # fmt: skip
    assert added.code == 0, added.err
    assert "certificate stored" in added.out
    [activity] = ana("ce", "list", "Ana Ruiz", "--json").json()
    assert Path(activity["certificate"]).read_bytes() == certificate.read_bytes()
    history = ana("history", "activity", str(activity["id"]))
    assert history.code == 0, history.err
    missing = ana(
        "ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-01-05", "--hours", "1",
        "--certificate", os.fsdecode(b"nope\xe9.pdf"),
    )  # fmt: skip
    assert missing.code == 2
    assert missing.err.strip() == "rxtracker: error: certificate: nope?.pdf does not exist"
    csv_file = tmp_path / os.fsdecode(b"r\xe9sum\xe9.csv")
    csv_file.write_text("Date,Title,Hours\n2025-02-01,Café one,2\n")
    imported = ana("ce", "import", "Ana Ruiz", str(csv_file))
    assert imported.code == 0, imported.err
    assert "r?sum?.csv" in imported.out
