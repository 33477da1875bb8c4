"""Drawing printed blocks (``exchange.printable``) on PDF pages, one page at a time.

Each block is measured and drawn as it arrives, so the cost of a page does not depend on
how many came before it and a long table is never held whole. A table row is never cut
across pages: a row that does not fit starts the next page, under the table's head row
printed again. Every page of the report carries its number at the bottom right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPdfWriter, QPen

from rxtracker.exchange.printable import (
    HEAD_FILL,
    Block,
    Bullets,
    Cell,
    Column,
    Heading,
    Line,
    PageBreak,
    Paragraph,
    Sheet,
    Table,
    head,
)
from rxtracker.printing.text_fit import Fitted, Ink, TypeCase

#: A column's left edge, width and alignment (right: True).
Edge = tuple[float, float, bool]
#: How often (in table rows) the printer reports how far it got.
PROGRESS_EVERY = 100
_BORDER = "#888888"


class PagePrinter:
    """Draws blocks onto the pages of one ``QPdfWriter`` (the painter is already on it)."""

    def __init__(
        self,
        writer: QPdfWriter,
        painter: QPainter,
        sheet: Sheet,
        on_rows: Callable[[int], None] | None = None,
    ) -> None:
        self.writer, self.painter, self.sheet = writer, painter, sheet
        self.type = TypeCase(writer, sheet)
        self.ink = Ink(painter)
        self._pen = QPen(QColor(_BORDER))
        self._pen.setWidthF(0.6 * writer.resolution() / 72)
        self.pt = writer.resolution() / 72
        page = QRectF(writer.pageLayout().fullRectPixels(writer.resolution()))
        margin = writer.resolution() * 2 / 2.54  # QTextDocument's own 2 cm
        self.area = page.adjusted(margin, margin, -margin, -margin)
        self.footer_y = self.area.bottom() + margin / 2
        self.pad = 3 * self.pt
        self.y = self.area.top()
        self.pages = 1
        self.rows = 0
        self._on_rows = on_rows

    def print_all(self, blocks: Iterable[Block]) -> int:
        """Draw every block; returns the number of pages used (the last one included)."""
        for block in blocks:
            if isinstance(block, Heading):
                self._heading(block)
            elif isinstance(block, Paragraph):
                self._lines(block.lines, indent=0.0, after=4 * self.pt)
            elif isinstance(block, Bullets):
                self._lines(block.items, indent=12 * self.pt, after=4 * self.pt)
            elif isinstance(block, Table):
                self._table(block)
            elif isinstance(block, PageBreak):
                self.new_page()
        self._number_page()
        return self.pages

    def new_page(self) -> None:
        """Number this page and start the next one."""
        self._number_page()
        self.writer.newPage()
        self.pages += 1
        self.y = self.area.top()

    # ------------------------------------------------------------------ blocks

    def _room(self, height: float) -> None:
        """Start a new page unless ``height`` fits below (or the page is still empty)."""
        if self.y + height > self.area.bottom() and self.y > self.area.top():
            self.new_page()

    def _heading(self, heading: Heading) -> None:
        fitted = self.type.heading(heading.text, heading.level, self.area.width())
        before = 0.0 if heading.level == 1 or self.y == self.area.top() else 10 * self.pt
        self._room(before + fitted.height + 4 * fitted.height)  # never last on a page
        self.y += before
        fitted.draw(self.ink, self.area.left(), self.y)
        self.y += fitted.height + 3 * self.pt

    def _lines(self, lines: tuple[Line, ...], *, indent: float, after: float) -> None:
        width = self.area.width() - indent
        for line in lines:
            fitted = self.type.body(line, width)
            self._room(fitted.height)
            if indent:
                bullet = self.type.body(Line("\u2022"), indent)
                bullet.draw(self.ink, self.area.left() + indent / 3, self.y)
            fitted.draw(self.ink, self.area.left() + indent, self.y)
            self.y += fitted.height
        self.y += after

    def _table(self, table: Table) -> None:
        edges = _edges(self.area.left(), self.area.width(), table.columns)
        head = _head_row(table.columns)
        head_fit = self._fit_row(head, edges) if head else None
        at_top = True
        for row in table.rows:
            fitted = self._fit_row(row, edges)
            need = fitted[0] + (head_fit[0] if head_fit and at_top else 0)
            if self.y + need > self.area.bottom() and self.y > self.area.top():
                self.new_page()
                at_top = True
            if head_fit and at_top:
                self._draw_row(head_fit, head or (), edges)
            self._draw_row(fitted, row, edges)
            at_top = False
            self._counted()
        self.y += 6 * self.pt

    def _counted(self) -> None:
        self.rows += 1
        if self._on_rows is not None and self.rows % PROGRESS_EVERY == 0:
            self._on_rows(self.rows)

    # ------------------------------------------------------------------ rows

    def _fit_row(
        self, row: tuple[Cell, ...], edges: list[Edge]
    ) -> tuple[float, list[list[Fitted]]]:
        """The row's height and each cell's fitted lines."""
        cell_line = self.type.cell
        cells: list[list[Fitted]] = []
        height = 0.0
        for cell, (_left, width, right) in zip(row, edges, strict=True):
            inner = width - 2 * self.pad
            lines = [cell_line(line, inner, right) for line in cell.lines]
            cells.append(lines)
            tall = lines[0].height if len(lines) == 1 else sum(f.height for f in lines)
            height = max(height, tall)
        return height + 2 * self.pad, cells

    def _draw_row(
        self, fitted: tuple[float, list[list[Fitted]]], row: tuple[Cell, ...], edges: list[Edge]
    ) -> None:
        height, cells = fitted
        y, pad, ink = self.y, self.pad, self.ink
        boxes = [QRectF(left, y, width, height) for left, width, _right in edges]
        for cell, box in zip(row, boxes, strict=True):
            if cell.fill:
                ink.fill(box, cell.fill)
        for cell, lines, (left, _width, _right) in zip(row, cells, edges, strict=True):
            top = y + pad
            for line in lines:
                line.draw(ink, left + pad, top, cell.colour)
                top += line.height
        ink.frame(boxes, self._pen)
        self.y += height

    def _number_page(self) -> None:
        fitted = self.type.cell(Line(str(self.pages)), self.area.width(), True)
        fitted.draw(self.ink, self.area.left(), self.footer_y - fitted.height / 2)


def _edges(left: float, width: float, columns: tuple[Column, ...]) -> list[Edge]:
    """Each column's left edge, width and alignment."""
    edges = []
    for column in columns:
        edges.append((left, width * column.width, column.right))
        left += width * column.width
    return edges


def _head_row(columns: tuple[Column, ...]) -> tuple[Cell, ...] | None:
    """The head row of a table whose columns have titles (None: the table has none)."""
    if not any(c.title for c in columns):
        return None
    return tuple(head(c.title) if c.title else Cell((), fill=HEAD_FILL) for c in columns)
