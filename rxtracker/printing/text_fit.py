"""Fitting a line of printed text to a width: measured once, drawn once.

A line that fits is drawn as it is (the common case: dates, hours, UANs); a longer one is
wrapped at spaces (a word wider than the space is broken between letters), as Qt's rich-text
engine wraps, and each of its lines is drawn on its own baseline.

A text's width is the sum of its words' widths (each word measured once per face, then
remembered), which is what Qt measures for the whole line with the print font (it kerns no
pair with a space); a line within a hair of its space is measured whole, to be sure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPdfWriter, QPen

from rxtracker.exchange.printable import Line, Look, Sheet
from rxtracker.printing.fonts import print_font

_KEPT = 20_000  # fitted lines (and measured words) remembered at most
_HAIR = 2.0  # device pixels: a width estimated this close to the space is measured whole
_GREY = {Look.SMALL: "#333333", Look.SMALL_BOLD: "#333333", Look.MUTED: "#555555"}


@dataclass(frozen=True, slots=True)
class Face:
    """A font with its metrics on the PDF writer, and its own colour if it has one."""

    font: QFont
    metrics: QFontMetricsF
    colour: str | None
    ascent: float = 0.0  # the metrics' own, read once
    spacing: float = 0.0  # from one baseline to the next
    words: dict[str, float] = field(default_factory=dict)  # each word's width, once measured

    @classmethod
    def of(cls, font: QFont, writer: QPdfWriter, colour: str | None) -> Face:
        """``font`` measured on ``writer``."""
        metrics = QFontMetricsF(font, writer)
        return cls(font, metrics, colour, metrics.ascent(), metrics.lineSpacing())

    def width(self, text: str) -> float:
        """``text``'s width: its words' widths and the spaces between them."""
        total = text.count(" ") * self.word(" ")
        for word in text.split(" "):
            if word:
                total += self.word(word)
        return total

    def word(self, word: str) -> float:
        """One word's width (or a space's), measured the first time only."""
        found = self.words.get(word)
        if found is None:
            if len(self.words) >= _KEPT:
                self.words.clear()
            found = self.words[word] = self.metrics.horizontalAdvance(word)
        return found

    def fits(self, text: str, width: float, estimate: float) -> bool:
        """Whether ``text`` (about ``estimate`` wide) fits in ``width``."""
        if abs(estimate - width) <= _HAIR:
            return self.metrics.horizontalAdvance(text) <= width
        return estimate <= width


class Ink:
    """Every painter call of the printer: the font and pen change only when they must."""

    def __init__(self, painter: QPainter) -> None:
        self.painter = painter
        #: One line of text on its baseline (the painter's own call: no step between).
        self.text_at: Callable[[QPointF, str], None] = painter.drawText
        self._font: QFont | None = None
        self._colour: str | None = None

    def use(self, face: Face, colour: str | None) -> None:
        """Set ``face`` and the colour (``colour``, else the face's, else black)."""
        if self._font is not face.font:
            self.painter.setFont(face.font)
            self._font = face.font
        wanted = colour or face.colour or "#000000"
        if wanted != self._colour:
            self.painter.setPen(QColor(wanted))
            self._colour = wanted

    def fill(self, box: QRectF, colour: str) -> None:
        """A cell's background."""
        self.painter.fillRect(box, QColor(colour))

    def frame(self, boxes: list[QRectF], pen: QPen) -> None:
        """The borders of a row's cells."""
        self.painter.setPen(pen)
        self.painter.drawRects(boxes)
        self._colour = None


@dataclass(slots=True)
class Fitted:
    """A line measured for its space: its height, and how to draw it."""

    height: float
    face: Face
    text: str
    offset: float = 0.0  # from the left edge (right-aligned text)
    lines: tuple[tuple[str, float], ...] = ()  # set when the text wraps: each line, its offset

    def draw(self, ink: Ink, left: float, top: float, colour: str | None = None) -> None:
        """Draw the line with its top-left corner at (``left``, ``top``)."""
        ink.use(self.face, colour)
        baseline = top + self.face.ascent
        if not self.lines:
            ink.text_at(QPointF(left + self.offset, baseline), self.text)
            return
        step = self.face.spacing
        for line, offset in self.lines:
            ink.text_at(QPointF(left + offset, baseline), line)
            baseline += step


class TypeCase:
    """The faces of one report (its ``Sheet``), and fitting lines of text in them."""

    def __init__(self, writer: QPdfWriter, sheet: Sheet) -> None:
        self.writer, self.sheet = writer, sheet
        self._faces: dict[tuple[Look, float], Face] = {}
        # Lines that fit as they are, by text, face, width and side: dates, hours, names and
        # titles repeat from row to row. Emptied when full, so it never grows past that.
        self._fitted: dict[tuple[str, int, float, bool], Fitted] = {}

    def face(self, look: Look, points: float) -> Face:
        """The face of ``look`` at ``points`` (small looks use the sheet's small size)."""
        key = (look, points)
        found = self._faces.get(key)
        if found is None:
            size = self.sheet.small if look in (Look.SMALL, Look.SMALL_BOLD) else points
            font = print_font(size, bold=look in (Look.BOLD, Look.SMALL_BOLD))
            font.setItalic(look is Look.ITALIC)
            found = Face.of(font, self.writer, _GREY.get(look))
            self._faces[key] = found
        return found

    def heading(self, text: str, level: int, width: float) -> Fitted:
        """A heading's text (level 1: the title)."""
        points = self.sheet.title if level == 1 else self.sheet.section
        return self.fit(text, self.face(Look.BOLD, points), width)

    def body(self, line: Line, width: float) -> Fitted:
        """A paragraph's line."""
        return self.fit(line.text, self.face(line.look, self.sheet.body), width)

    def cell(self, line: Line, width: float, right: bool = False) -> Fitted:
        """A table cell's line."""
        return self.fit(line.text, self.face(line.look, self.sheet.cell), width, right)

    def fit(self, text: str, face: Face, width: float, right: bool = False) -> Fitted:
        """``text`` in ``face`` fitted to ``width``: as it is, or wrapped over lines."""
        key = (text, id(face), width, right)
        known = self._fitted.get(key)
        if known is not None:
            return known
        if len(self._fitted) >= _KEPT:
            self._fitted.clear()
        if "\n" not in text and face.fits(text, width, face.width(text)):
            offset = width - face.metrics.horizontalAdvance(text) if right else 0.0
            fitted = Fitted(face.spacing, face, text, offset)
        else:
            fitted = self._wrapped(text, face, width, right)
        self._fitted[key] = fitted
        return fitted

    def _wrapped(self, text: str, face: Face, width: float, right: bool) -> Fitted:
        """Wrapped at spaces; a word wider than ``width`` is broken between letters."""
        metrics = face.metrics
        lines: list[tuple[str, float]] = []
        for paragraph in text.split("\n"):
            for line in _wrap(paragraph, face, width):
                lines.append((line, width - metrics.horizontalAdvance(line) if right else 0.0))
        return Fitted(len(lines) * face.spacing, face, text, 0.0, tuple(lines))


def _wrap(text: str, face: Face, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` (greedy, as a word processor fills lines)."""
    lines: list[str] = []
    current, used = "", 0.0
    space = face.word(" ")
    for word in text.split(" "):
        joined = f"{current} {word}" if current else word
        wide = used + space + face.word(word) if current else face.word(word)
        if face.fits(joined, width, wide):
            current, used = joined, wide
            continue
        if current:
            lines.append(current)
        current = word
        while len(current) > 1 and not face.fits(current, width, face.width(current)):
            cut = _longest_prefix(current, face.metrics, width)
            lines.append(current[:cut])
            current = current[cut:]
        used = face.width(current)
    lines.append(current)
    return lines


def _longest_prefix(word: str, metrics: QFontMetricsF, width: float) -> int:
    """How many of ``word``'s first letters fit in ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low
