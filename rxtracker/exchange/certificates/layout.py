"""Lines of certificate text made ready for the field finders.

Text comes as laid out on the page (pypdf's layout mode, or OCR cells placed at their
column), so a wide run of spaces separates cells. A table's header row followed by a row of
values is rewritten as labelled lines ("Date Completed: 08/22/2025"), so a transcript reads
like a statement of credit.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

#: Spaces that separate two cells of a line (a word gap is one or two).
CELL_GAP = re.compile(r" {3,}")
_HEADER_WORDS = re.compile(
    r"^(?:activity\s+)?title|^course|^program|^activity|^uan|^acpe|^date|^completed|^hours|"
    r"^contact|^credits?|^ceus?|^provider|^name|^participant|^learner|^e-?profile|^epid",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Cell:
    """A run of text on a line and the column it starts and ends at."""

    start: int
    end: int
    text: str


def clean_line(text: str) -> str:
    """NFKC (ligatures apart), tabs as spaces, no space at the ends."""
    text = unicodedata.normalize("NFKC", text).replace("\t", " ")
    return text.rstrip()


def cells(line: str) -> list[Cell]:
    """The cells of a line, left to right."""
    out: list[Cell] = []
    position = 0
    for part in CELL_GAP.split(line):
        start = line.index(part, position) if part else position
        if part.strip():
            lead = len(part) - len(part.lstrip())
            out.append(Cell(start + lead, start + len(part), part.strip()))
        position = start + len(part)
    return out


def _is_header(row: list[Cell]) -> bool:
    return len(row) >= 2 and all(_HEADER_WORDS.search(c.text) and len(c.text) <= 30 for c in row)


def _column(value: Cell, header: list[Cell]) -> Cell | None:
    """The header cell whose column a value cell sits in (most overlap, else nearest start)."""

    def overlap(h: Cell) -> int:
        return min(h.end, value.end) - max(h.start, value.start)

    best = max(header, key=overlap)
    if overlap(best) > 0:
        return best
    return min(header, key=lambda h: abs(h.start - value.start))


def _split_header(label: str, count: int) -> list[str]:
    """A header cell that OCR ran together ("Date Completed Hours"), cut in ``count``.

    The cuts go before its last ``count - 1`` header words, so each value under it gets
    its own label.
    """
    starts = [
        m.start()
        for m in re.finditer(r"\b[A-Za-z]", label)
        if _HEADER_WORDS.match(label[m.start() :])
    ]
    cuts = [0, *starts[1:][-(count - 1) :], len(label)] if count > 1 else [0, len(label)]
    if len(cuts) != count + 1:
        return [label] * count
    return [label[a:b].strip() for a, b in itertools.pairwise(cuts)]


def _untable(header: list[Cell], row: list[Cell]) -> list[str]:
    under: dict[int, list[str]] = {}
    for value in row:
        column = _column(value, header)
        if column is not None:
            under.setdefault(header.index(column), []).append(value.text)
    out = []
    for index, values in under.items():
        labels = _split_header(header[index].text, len(values))
        out += [f"{label}: {value}" for label, value in zip(labels, values, strict=True)]
    return out


def prepare(raw: list[str]) -> list[str]:
    """The non-blank lines, cleaned, with table rows rewritten as labelled lines."""
    lines = [line for line in (clean_line(r) for r in raw) if line.strip()]
    out: list[str] = []
    index = 0
    while index < len(lines):
        row = cells(lines[index])
        following = cells(lines[index + 1]) if index + 1 < len(lines) else []
        if _is_header(row) and len(following) >= 2 and not _is_header(following):
            out.extend(_untable(row, following))
            index += 2
            continue
        out.append(lines[index].strip())
        index += 1
    return out
