"""A printed report as a stream of blocks (no Qt here): ``rxtracker.printing`` draws them.

A report (the audit packet, the team report) is a sequence of headings, paragraphs, lists,
tables and page breaks. A table's rows may be any iterable, so a long table is produced
while it is drawn, page by page, and never held whole. Every piece of text is plain text:
nothing in it is markup, so a title such as ``<b>`` prints as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

from rxtracker.records import replace


class Look(Enum):
    """How a run of text is printed (its size comes from the report's ``Sheet``)."""

    PLAIN = "plain"
    BOLD = "bold"
    ITALIC = "italic"
    SMALL = "small"  # the sheet's small size, grey
    SMALL_BOLD = "small_bold"
    MUTED = "muted"  # the cell size, grey


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a cell or paragraph (it wraps when it is wider than the space)."""

    text: str
    look: Look = Look.PLAIN


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its lines, and colours when it has its own."""

    lines: tuple[Line, ...]
    colour: str | None = None  # text colour ("#0b5d1e"), None: the default
    fill: str | None = None  # background colour, None: none

    @classmethod
    def of(cls, text: str, look: Look = Look.PLAIN) -> Cell:
        """A cell of one line."""
        return cls((Line(text, look),))


#: A header cell's background (a table's column heads and a row's label cell).
HEAD_FILL = "#e4e4e4"


def head(text: str) -> Cell:
    """A label cell, printed as a table head (bold on grey)."""
    return Cell((Line(text, Look.BOLD),), fill=HEAD_FILL)


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its head (empty: the table has no head row), width and alignment."""

    title: str
    width: float  # a share of the table's width; a table's shares add up to 1
    right: bool = False  # numbers are right-aligned


def translated(columns: tuple[Column, ...], words: Callable[[str], str]) -> tuple[Column, ...]:
    """The columns with their titles (marked ``QT_TRANSLATE_NOOP``) translated by ``words``.

    ``words`` is the caller's ``lambda title: translate("its context", title)``: a context
    written where it is used, as pyside6-lupdate and ``tests/i18n`` want it.
    """
    return tuple(replace(c, title=words(c.title)) if c.title else c for c in columns)


@dataclass(frozen=True, slots=True)
class Table:
    """A table whose head row is printed again at the top of every page it continues on."""

    columns: tuple[Column, ...]
    rows: Iterable[tuple[Cell, ...]]


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading: level 1 (the title) or 2 (a section)."""

    text: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of one or more lines."""

    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Bullets:
    """A bulleted list."""

    items: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class PageBreak:
    """The next block starts on a new page."""


Block = Heading | Paragraph | Bullets | Table | PageBreak


@dataclass(frozen=True, slots=True)
class Sheet:
    """A report's type sizes in points, and whether it is printed across the page."""

    body: float
    cell: float
    small: float
    title: float
    section: float
    landscape: bool = False


def document_text(blocks: Iterable[Block]) -> Iterator[str]:
    """Every line of text the blocks print, in order (tests and plain-text readers)."""
    for block in blocks:
        if isinstance(block, Heading):
            yield block.text
        elif isinstance(block, Paragraph | Bullets):
            yield from (line.text for line in _lines(block))
        elif isinstance(block, Table):
            yield from (c.title for c in block.columns if c.title)
            for row in block.rows:
                yield from (line.text for cell in row for line in cell.lines)


def _lines(block: Paragraph | Bullets) -> tuple[Line, ...]:
    return block.lines if isinstance(block, Paragraph) else block.items
