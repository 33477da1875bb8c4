"""Reading an import file (.xlsx or .csv) into a plain table of cells, safely.

A workbook is a zip of XML parts. Before openpyxl touches it, the zip's directory is checked
(total unpacked size, compression ratio), so a "zip bomb" is refused before it is unpacked;
openpyxl parses the XML with ``defusedxml`` (installed as a dependency), so entity-expansion
tricks ("billion laughs") are refused too. Rows and columns are capped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException

from rxtracker.domain import InvalidInput
from rxtracker.domain.files import check_input_file, display_name
from rxtracker.exchange.text_files import decode_text, guess_delimiter
from rxtracker.i18n import translate

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_MEMBER_RATIO = 100  # unpacked / packed, for members over RATIO_FLOOR_BYTES
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 100
HEADER_SEARCH_ROWS = 10

Cell = str | int | float | dt.date | dt.datetime | None


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One data row: its line (spreadsheet row number, 1-based) and its cells."""

    line: int
    cells: tuple[Cell, ...]

    @property
    def blank(self) -> bool:
        """True when every cell is empty."""
        return all(c is None or (isinstance(c, str) and not c.strip()) for c in self.cells)


@dataclass(frozen=True, slots=True)
class SourceTable:
    """A file's header row and data rows, as read (nothing interpreted yet)."""

    file_name: str
    file_kind: str  # "xlsx" or "csv"
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    header_line: int

    def column(self, header: str) -> int | None:
        """The index of a header, matched without regard to case or spacing."""
        wanted = normalise_header(header)
        for index, name in enumerate(self.headers):
            if normalise_header(name) == wanted:
                return index
        return None


class MissingColumns(InvalidInput):
    """The file has no header row naming the columns asked for (its message says which)."""


def normalise_header(name: str) -> str:
    """'  Activity   date ' -> 'activity date'."""
    return " ".join(str(name).split()).casefold()


def read_table(path: Path, required_headers: tuple[str, ...] = ()) -> SourceTable:
    """Read an .xlsx or .csv file into a table.

    Args:
        path: the file.
        required_headers: when given, the header row is the first of the first rows that
            holds all of these names (files sometimes carry a title above the header);
            without them, it is the first of those rows that names more than one column.

    Raises:
        InvalidInput: field "file": missing, too big, not a workbook/CSV, too many rows.
    """
    _check_file(path)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        kind, raw = "xlsx", _xlsx_rows(path)
    elif path.suffix.lower() in {".csv", ".txt"}:
        kind, raw = "csv", _csv_rows(path)
    else:
        problem = translate("tables", "{file} is neither an .xlsx workbook nor a .csv file")
        raise InvalidInput("file", problem.format(file=display_name(path)))
    header_index = _find_header(raw, required_headers, display_name(path))
    headers = tuple("" if c is None else str(c).strip() for c in raw[header_index])
    rows = tuple(
        SourceRow(line=index + 1, cells=cells)
        for index, cells in enumerate(raw)
        if index > header_index
    )
    table = SourceTable(display_name(path), kind, headers, rows, header_line=header_index + 1)
    if kind == "csv":
        _refuse_nul(table)
    return table


def _check_file(path: Path) -> None:
    limit = translate("tables", "imports are limited to 20 MB")
    check_input_file(path, "file", MAX_FILE_BYTES, limit)


def _find_header(raw: list[tuple[Cell, ...]], required: tuple[str, ...], name: str) -> int:
    candidates = [i for i, r in enumerate(raw[:HEADER_SEARCH_ROWS]) if not _blank(r)]
    if not candidates:
        problem = translate("tables", "{file} has no header row (the first rows are empty)")
        raise InvalidInput("file", problem.format(file=name))
    if not required:  # a title line above the header fills one cell; a header names columns
        return next((i for i in candidates if _filled(raw[i]) > 1), candidates[0])
    wanted = {normalise_header(h) for h in required}
    for index in candidates:
        present = {normalise_header(str(c)) for c in raw[index] if c is not None}
        if wanted <= present:
            return index
    first = raw[candidates[0]]
    present = {normalise_header(str(c)) for c in first if c is not None}
    missing = [h for h in required if normalise_header(h) not in present]
    shown = ", ".join(str(c) for c in first if c is not None and str(c).strip())
    problem = translate("tables", "{file} has no column named {missing} (its columns are: {shown})")
    missing_names = ", ".join(repr(m) for m in missing)
    shown = shown or translate("tables", "none")
    raise MissingColumns("file", problem.format(file=name, missing=missing_names, shown=shown))


def _filled(cells: tuple[Cell, ...]) -> int:
    return sum(1 for c in cells if c is not None and (not isinstance(c, str) or c.strip()))


def _blank(cells: tuple[Cell, ...]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        problem = translate("tables", "{file} is not an Excel workbook (.xlsx)")
        raise InvalidInput("file", problem.format(file=display_name(path))) from None
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size > RATIO_FLOOR_BYTES and member.file_size / packed > MAX_MEMBER_RATIO:
            problem = translate(
                "tables",
                "{file} unpacks to far more than its size ({member}: {size} MB from {packed} KB); "
                "refused",
            )
            raise InvalidInput(
                "file",
                problem.format(
                    file=display_name(path),
                    member=member.filename,
                    size=member.file_size // 1048576,
                    packed=packed // 1024,
                ),
            )
    if total > MAX_UNPACKED_BYTES:
        problem = translate("tables", "{file} unpacks to {size} MB; the limit is 200 MB")
        raise InvalidInput("file", problem.format(file=display_name(path), size=total // 1048576))


def _xlsx_rows(path: Path) -> list[tuple[Cell, ...]]:
    _check_zip(path)
    import openpyxl  # imported here: only imports need it

    if not openpyxl.DEFUSEDXML:
        raise InvalidInput(
            "file",
            translate(
                "tables", "workbooks can only be read safely with defusedxml; reinstall rxtracker"
            ),
        )
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise _unreadable(path, exc) from None
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # never trust the declared size (A1:XFD1048576)
        rows: list[tuple[Cell, ...]] = []
        # No max_col: openpyxl would pad every row to that width (100 cells per row).
        for values in sheet.iter_rows(values_only=True):
            rows.append(_cells(values[:MAX_COLUMNS]))
            _check_row_count(rows, display_name(path))
    except InvalidInput:
        raise
    except Exception as exc:  # hostile or damaged XML inside the zip
        raise _unreadable(path, exc) from None
    finally:
        book.close()
    return rows


def _unreadable(path: Path, exc: BaseException) -> InvalidInput:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            problem = translate(
                "tables",
                "{file} could not be read as a workbook: it declares XML entities "
                "or DTDs, which spreadsheets never need (refused as unsafe)",
            )
            return InvalidInput("file", problem.format(file=display_name(path)))
        cause = cause.__cause__ or cause.__context__
    detail = " ".join(str(exc).split())[:200] or type(exc).__name__
    problem = translate("tables", "{file} could not be read as a workbook ({detail})")
    return InvalidInput("file", problem.format(file=display_name(path), detail=detail))


#: Cell types kept as they are (bool is not here: it is shown as text).
_PLAIN_TYPES = frozenset({str, int, float, dt.date, dt.datetime, type(None)})


def _cells(values: tuple[object, ...]) -> tuple[Cell, ...]:
    """A row's values as cells; only a row holding another type is converted cell by cell."""
    if all(type(v) in _PLAIN_TYPES for v in values):
        return tuple(values)  # type: ignore[arg-type]
    return tuple(_cell(v) for v in values)


def _cell(value: object) -> Cell:
    if isinstance(value, bool):
        return str(value)
    if value is None or isinstance(value, str | int | float | dt.date):
        return value
    return str(value)


def _check_row_count(rows: list[tuple[Cell, ...]], name: str) -> None:
    if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
        problem = translate(
            "tables", "{file} has more than {most} rows; split it into smaller files"
        )
        raise InvalidInput("file", problem.format(file=name, most=MAX_ROWS))


def _csv_rows(path: Path) -> list[tuple[Cell, ...]]:
    text = decode_text(path.read_bytes(), display_name(path))
    delimiter = guess_delimiter(text, HEADER_SEARCH_ROWS)
    rows: list[tuple[Cell, ...]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(tuple(record[:MAX_COLUMNS]))
            _check_row_count(rows, display_name(path))
    except csv.Error as exc:
        problem = translate("tables", "{file} line {line}: {error}")
        raise InvalidInput(
            "file", problem.format(file=display_name(path), line=len(rows) + 1, error=exc)
        ) from None
    return rows


def _refuse_nul(table: SourceTable) -> None:
    """A NUL character is never part of typed text: name where it is and refuse the file."""
    for row in table.rows:
        for index, cell in enumerate(row.cells):
            if isinstance(cell, str) and "\x00" in cell:
                header = table.headers[index] if index < len(table.headers) else ""
                column = translate("tables", "column {number}").format(number=index + 1)
                if header:
                    column = f"{column} ({header})"
                problem = translate(
                    "tables",
                    "{file} row {row}, {column}: holds a NUL character, which "
                    "text never has (the file may be damaged); nothing was imported",
                )
                raise InvalidInput(
                    "file", problem.format(file=table.file_name, row=row.line, column=column)
                )
