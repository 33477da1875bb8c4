"""Reading CPE Monitor exports and CSVs: every row gets a fate, hostile files are refused."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from rxtracker.domain import Hours, InvalidInput
from rxtracker.exchange import tables
from rxtracker.exchange.fates import Fate, StoredActivity, assign_fates
from rxtracker.exchange.mapping import (
    ColumnMapping,
    DateStyle,
    Field,
    cpe_monitor_format,
    guess_mapping,
    is_cpe_monitor_table,
)
from rxtracker.exchange.rows import parse_table
from rxtracker.exchange.tables import read_table
from tests.exchange.files import CPE_HEADERS, cpe_row, write_csv, write_xlsx

LAW = "0197-0000-24-001-H03-T"
SAFETY = "0197-0000-24-002-L05-T"
JOINT = "JA4008164-0000-24-027-H03-P"

# Columns reordered, with two extra columns CPE Monitor does not have.
SHUFFLED = (
    "Title",
    "Participant",
    "Home Hours",
    "ACPE UAN",
    "Provider",
    "Live Hours",
    "Activity Date",
    "Topic Designators",
    "Notes from NABP",
    "CreditType",
    "Source",
)


def _export_rows() -> list[dict[str, object] | None]:
    return [
        cpe_row("03/15/2025", LAW, "Texas pharmacy law update", home=1.5),  # line 3
        None,  # blank line 4
        cpe_row("3/7/2025", SAFETY, "Look-alike, sound-alike drugs", live=0.75, home=0.25),
        cpe_row("13/45/2025", LAW, "Bad date"),  # line 6
        cpe_row("04/01/2025", "0197-0000-24-003-H01-T", "Negative hours", home=-1),  # line 7
        cpe_row("03/15/2025", LAW, "Texas pharmacy law update", home=1.5),  # line 8: dup of 3
        cpe_row(dt.datetime(2025, 5, 2), JOINT, "Opioid stewardship (joint)", home=2),  # line 9
        None,
        cpe_row("2025-06-01", "0197-0000-24-004-H05-T", "ISO date is not CPE Monitor's"),
        cpe_row("06/02/2025", "0197-0000-24-005", "Short UAN"),  # line 12
        cpe_row("06/03/2025", "0197-0000-24-006-H04-T", "Hours missing", live=None, home=None),
        cpe_row("06/04/2025", "0197-0000-24-007-H01-T", "Already logged by hand", home=1),
        cpe_row("06/05/2025", "0197-0000-24-008-H01-T", "Imported last month", home=1),
        cpe_row("06/06/2025", "", "No UAN at all", home=1),  # line 16
    ]


def _stored() -> list[StoredActivity]:
    return [
        StoredActivity(
            1,
            "Logged by hand",
            dt.date(2025, 6, 4),
            Hours(150),
            "0197-0000-24-007-H01-T",
            True,
            None,
        ),
        StoredActivity(
            2,
            "Imported before",
            dt.date(2025, 6, 5),
            Hours(100),
            "0197-0000-24-008-H01-T",
            False,
            dt.date(2025, 7, 1),
        ),
    ]


def _fates(path: Path) -> dict[int, tuple[Fate, str]]:
    fmt = cpe_monitor_format()
    table = read_table(path, fmt.required_headers)
    assert is_cpe_monitor_table(table)
    parsed = parse_table(table, fmt.mapping, uan_required=True)
    assert parsed.blank_rows == 2
    verdicts = assign_fates(parsed.rows, _stored(), from_cpe_monitor=True)
    return {v.line: (v.fate, v.reason) for v in verdicts}


EXPECTED = {
    3: (Fate.ADD, "new activity"),
    5: (Fate.ADD, "new activity"),
    6: (Fate.REJECT, "Activity Date: '13/45/2025' is not a real calendar date"),
    7: (Fate.REJECT, "Home Hours: -1 is negative"),
    8: (Fate.DUPLICATE, "same UAN and date as row {first} of this file"),
    9: (Fate.ADD, "new activity"),
    11: (Fate.REJECT, "Activity Date: '2025-06-01' is not a date written MM/DD/YYYY"),
    12: (Fate.REJECT, "ACPE UAN: '0197-0000-24-005' has 4 part(s)"),
    13: (Fate.REJECT, "Live Hours + Home Hours: no hours (the total is 0)"),
    14: (Fate.MERGE, "matches activity #1 logged by hand"),
    15: (Fate.DUPLICATE, "already recorded as activity #2 (imported earlier"),
    16: (Fate.REJECT, "ACPE UAN: is empty"),
}


def _check(fates: dict[int, tuple[Fate, str]], shift: int = 0) -> None:
    """``shift``: how many lines higher the rows are than in the workbook with a title row."""
    assert set(fates) == {line - shift for line in EXPECTED}
    for line, (fate, reason) in EXPECTED.items():
        got = fates[line - shift]
        assert got[0] is fate, (line, got)
        assert got[1].startswith(reason.format(first=3 - shift)), (line, got)


def test_workbook_with_reordered_and_extra_columns(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "CPEMonitor.xlsx",
        SHUFFLED,
        _export_rows(),
        title_rows=("NABP CPE Monitor activity transcript",),
    )
    _check(_fates(path))


def test_csv_form_of_the_export(tmp_path: Path) -> None:
    rows = _export_rows()
    rows[6] = cpe_row("05/02/2025", JOINT, "Opioid stewardship (joint)", home=2)
    path = write_csv(tmp_path / "cpe.csv", CPE_HEADERS, rows)
    _check(_fates_csv(path), shift=1)  # no title row in the CSV


def _fates_csv(path: Path) -> dict[int, tuple[Fate, str]]:
    fmt = cpe_monitor_format()
    table = read_table(path, fmt.required_headers)
    parsed = parse_table(table, fmt.mapping, uan_required=True)
    verdicts = assign_fates(parsed.rows, _stored(), from_cpe_monitor=True)
    return {v.line: (v.fate, v.reason) for v in verdicts}


def test_parsed_values_are_exact(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", CPE_HEADERS, _export_rows()[:9])
    fmt = cpe_monitor_format()
    rows = parse_table(read_table(path, fmt.required_headers), fmt.mapping, uan_required=True).rows
    first, safety, joint = rows[0].activity, rows[1].activity, rows[5].activity
    assert first is not None and safety is not None and joint is not None
    assert (first.completed_on, first.hours, first.uan) == (dt.date(2025, 3, 15), Hours(150), LAW)
    assert first.provider == "Pharmacy Tech Academy"
    assert safety.hours == Hours(100)  # 0.75 live + 0.25 home, exactly
    assert safety.completed_on == dt.date(2025, 3, 7)
    assert (joint.uan, joint.completed_on) == (JOINT, dt.date(2025, 5, 2))


def test_hand_logged_with_other_hours_is_merged_with_a_warning() -> None:
    from rxtracker.exchange.rows import ParsedActivity, ParsedRow, RowText

    activity = ParsedActivity("x", "", dt.date(2025, 6, 4), Hours(100), "0197-0000-24-007-H01-T")
    row = ParsedRow(2, RowText("", "x", "", "1", ""), activity)
    [verdict] = assign_fates([row], _stored(), from_cpe_monitor=True)
    assert verdict.fate is Fate.MERGE and verdict.match_id == 1
    assert "hours differ: you logged 1.5, CPE Monitor shows 1" in verdict.reason
    [generic] = assign_fates([row], _stored(), from_cpe_monitor=False)
    assert generic.fate is Fate.DUPLICATE  # a plain CSV is not CPE Monitor's record


def test_missing_column_is_named(tmp_path: Path) -> None:
    headers = tuple(h for h in CPE_HEADERS if h != "ACPE UAN")
    path = write_xlsx(tmp_path / "a.xlsx", headers, [cpe_row("03/15/2025", LAW, "x")])
    with pytest.raises(InvalidInput, match="no column named 'ACPE UAN'"):
        read_table(path, cpe_monitor_format().required_headers)


def test_generic_csv_guessed_mapping_semicolons_and_windows_encoding(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_bytes(
        "Course;Date completed;Contact hours;Provider;UAN\r\n"
        "Sterile compounding review;2025-02-01;2;Café CE;0384-9999-21-104-H07-T\r\n"
        "College chemistry;01/20/2025;3;City College;\r\n"
        "College chemistry;2025-01-20;3;City College;\r\n".encode("cp1252")
    )
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping.columns == {
        Field.TITLE: "Course",
        Field.DATE: "Date completed",
        Field.HOURS: "Contact hours",
        Field.PROVIDER: "Provider",
        Field.UAN: "UAN",
    }
    parsed = parse_table(table, mapping, uan_required=False)
    verdicts = assign_fates(parsed.rows, [], from_cpe_monitor=False)
    assert [v.fate for v in verdicts] == [Fate.ADD, Fate.ADD, Fate.DUPLICATE]
    assert verdicts[2].reason == "same title, date and hours as row 3 of this file"
    first = verdicts[0].activity
    assert first is not None and first.provider == "Café CE"
    assert verdicts[1].activity is not None and verdicts[1].activity.uan is None


def test_mapping_must_name_date_title_and_hours(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("What,When,How long\nx,2025-01-01,1\n")
    table = read_table(path)
    with pytest.raises(InvalidInput, match="Date completed: no column chosen"):
        ColumnMapping({Field.TITLE: "What"}).check(table)
    with pytest.raises(InvalidInput, match="Contact hours: no column chosen"):
        ColumnMapping({Field.TITLE: "What", Field.DATE: "When"}).check(table)
    with pytest.raises(InvalidInput, match="the file has no column named 'Duration'"):
        ColumnMapping({Field.TITLE: "What", Field.DATE: "When", Field.HOURS: "Duration"}).check(
            table
        )
    good = ColumnMapping(
        {Field.TITLE: "What", Field.DATE: "When", Field.HOURS: "How long"}, DateStyle.AUTO
    )
    [row] = parse_table(table, good, uan_required=False).rows
    assert row.activity is not None and row.activity.hours == Hours(100)


# ------------------------------------------------------------------ hostile files


def test_billion_laughs_workbook_is_refused(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", CPE_HEADERS, [cpe_row("03/15/2025", LAW, "x")])
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{"&lol;" * 10 if i == 1 else f"&lol{i - 1};" * 10}">'
            for i in range(1, 10)
        )
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(hostile, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = bomb.encode()
            dst.writestr(info, data)
    with pytest.raises(InvalidInput, match="declares XML entities or DTDs"):
        read_table(hostile)


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", CPE_HEADERS, [cpe_row("03/15/2025", LAW, "x")])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        dst.writestr("xl/media/padding.bin", b"\0" * (8 * 1024 * 1024))
    with pytest.raises(InvalidInput, match="unpacks to far more than its size"):
        read_table(bomb)


def test_too_many_rows_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "MAX_ROWS", 5)
    rows = [cpe_row("03/15/2025", LAW, f"row {i}") for i in range(30)]
    for path in (
        write_xlsx(tmp_path / "big.xlsx", CPE_HEADERS, rows),
        write_csv(tmp_path / "big.csv", CPE_HEADERS, rows),
    ):
        with pytest.raises(InvalidInput, match="more than 5 rows"):
            read_table(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.pdf", b"%PDF-1.4", "neither an .xlsx workbook nor a .csv file"),
        ("fake.xlsx", b"this is not a zip", "is not an Excel workbook"),
        ("empty.csv", b"", "is empty"),
        ("binary.csv", b"\x00\x01\x02 binary", r"is not a text \(CSV\) file"),
        ("blank.csv", b"\r\n\r\n,,\r\n", "has no header row"),
    ],
)
def test_unreadable_files_are_named(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message) as info:
        read_table(path)
    assert info.value.field == "file"


def test_rows_of_any_width_are_read_and_cut_at_the_column_limit(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(CPE_HEADERS))
    sheet.append(["03/15/2025", LAW, "CPE", "ACPE", "Law", "TPA", "Law", 0, 1.5])
    sheet.append(["03/16/2025", SAFETY, "CPE", "ACPE", "Short row", "TPA", "Law", 1])  # 8 cells
    sheet.append(["03/17/2025", JOINT, True, dt.time(9, 30), "Odd cells", "", "", 0, 2])
    sheet.cell(row=4, column=tables.MAX_COLUMNS + 50, value="far away")
    path = tmp_path / "wide.xlsx"
    book.save(path)
    table = read_table(path, cpe_monitor_format().required_headers)
    assert [len(r.cells) for r in table.rows] == [9, 8, tables.MAX_COLUMNS]
    assert table.rows[2].cells[2:4] == ("True", "09:30:00")  # shown as text
    fmt = cpe_monitor_format()
    parsed = parse_table(table, fmt.mapping, uan_required=True).rows
    hours = [row.activity.hours if row.activity else None for row in parsed]
    assert hours == [Hours(150), Hours(100), Hours(200)]  # a missing cell is an empty one
    joint = parsed[2].activity
    assert joint is not None and joint.parsed_uan is not None
    assert (joint.parsed_uan.text, joint.parsed_uan.audience.value) == (JOINT, "P")
