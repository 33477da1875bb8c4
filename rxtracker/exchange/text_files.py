"""Text files as people save them: the encoding and the delimiter of a CSV or "Unicode Text".

- Excel's "Unicode Text" is UTF-16 with a byte-order mark, usually tab-delimited.
- A file edited by several programs can mix UTF-8 lines with Windows-1252 ones (a line
  pasted from an old export), so each line is decoded on its own: UTF-8 when it is valid
  UTF-8, else Windows-1252.
- The delimiter (comma, semicolon or tab) is the one that splits the first rows most
  consistently, so a title line above the header does not decide it.
"""

from __future__ import annotations

import codecs
import csv
import io

from rxtracker.domain import InvalidInput
from rxtracker.i18n import translate

#: Byte-order marks -> codec. UTF-32 is not here: no spreadsheet writes it.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
DELIMITERS = ",;\t"
#: Bytes looked at for NUL before deciding a file without a UTF-16 mark is not text.
_BINARY_PROBE = 4096


def decode_text(data: bytes, name: str) -> str:
    """The text of a file's bytes.

    Raises:
        InvalidInput: field "file": the bytes are not text (binary data, or broken UTF-16).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if codec == "utf-8":
                return _per_line(body)
            try:
                return body.decode(codec)
            except UnicodeDecodeError as exc:
                problem = translate(
                    "text_files", "{file} says it is UTF-16 text but byte {byte} is not"
                )
                raise InvalidInput("file", problem.format(file=name, byte=exc.start)) from None
    if b"\x00" in data[:_BINARY_PROBE]:
        problem = translate("text_files", "{file} is not a text (CSV) file")
        raise InvalidInput("file", problem.format(file=name))
    return _per_line(data)


def _per_line(data: bytes) -> str:
    """UTF-8 where a line is valid UTF-8, Windows-1252 (Excel's "CSV" on Windows) elsewhere."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")  # 0x0A is never part of a UTF-8 or cp1252 character
    return "\n".join(_line(line) for line in lines)


def _line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def guess_delimiter(text: str, rows: int) -> str:
    """The delimiter that splits the first ``rows`` non-blank lines most consistently.

    Each candidate splits the lines (quotes respected); the winner gives the most lines with
    the same number of fields, more than one; ties go to the wider split, then to the comma.
    """
    sample = _first_lines(text, rows)
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        except csv.Error:
            continue
        counts: dict[int, int] = {}
        for width in widths:
            if width > 1:
                counts[width] = counts.get(width, 0) + 1
        score = max(((n, w) for w, n in counts.items()), default=(0, 0))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _first_lines(text: str, rows: int) -> str:
    lines: list[str] = []
    for line in io.StringIO(text, newline=None):
        if line.strip():
            lines.append(line)
            if len(lines) == rows:
                break
    return "".join(lines)
