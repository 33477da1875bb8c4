"""Substring search over the CE log's rows, prepared once per load and narrowed per keystroke.

A row's searchable words come in three parts, each searched where it is cheapest:

- its own words (title and notes), scanned per row;
- its UAN, scanned only when every letter of the query occurs in some UAN (a UAN is digits,
  dashes and a few letters, so most word queries skip it);
- the shared words (provider, topic, tags and their labels), which many rows have in common
  and which are scanned once per distinct value.

A row matches when any part contains the query. Typing one more letter only narrows: the
own words and UANs are then scanned again only where the previous query was found in them.
Deleting letters goes back to what was already found for the shorter query.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

_PAGE = 255  # group numbers per page: one byte each, 0 meaning "not in this page"


class SearchParts(NamedTuple):
    """One row's search texts, as shown (TextSearch folds the case)."""

    own: str
    uan: str
    shared: str


@dataclass(frozen=True)
class _Hits:
    """Positions (ascending) and the texts found there, in two parallel lists.

    Plain lists of strings, folded in the order they are scanned, keep a scan's memory reads
    sequential: over 200,000 rows that matters as much as the comparisons.
    """

    positions: list[int]
    texts: list[str]

    def narrowed(self, needle: str) -> _Hits:
        found = [needle in text for text in self.texts]
        return _Hits(
            list(itertools.compress(self.positions, found)),
            list(itertools.compress(self.texts, found)),
        )


@dataclass(frozen=True)
class _Found:
    needle: str
    own: _Hits
    uans: _Hits


class TextSearch:
    """Rows searchable by a case-insensitive substring, in a fixed order.

    Args:
        rows: the row numbers, in the order matches are returned.
        parts: for each row number, its search texts.
    """

    def __init__(self, rows: Sequence[int], parts: Sequence[SearchParts]) -> None:
        self._rows = list(rows)
        ordered = [parts[row] for row in self._rows]
        pool: dict[str, str] = {}  # one string per distinct text: less memory, fewer cache misses
        own = [pool.setdefault(folded, folded) for folded in (p.own.casefold() for p in ordered)]
        with_uan = [n for n, p in enumerate(ordered) if p.uan]
        uans = [ordered[n].uan.casefold() for n in with_uan]
        groups: dict[str, int] = {}
        group_of = [groups.setdefault(p.shared, len(groups)) for p in ordered]
        self._shared = [text.casefold() for text in groups]  # by group number
        self._pages = _group_pages(group_of, len(groups))
        self._uan_letters = frozenset(itertools.chain.from_iterable(uans))
        everything = _Found("", _Hits(list(range(len(own))), own), _Hits(with_uan, uans))
        self._trail = [everything]  # growing needles and their hits

    def rows_containing(self, needle: str) -> list[int]:
        """The rows (in order) whose own words, UAN or shared words contain ``needle``.

        ``needle`` must be case-folded already.
        """
        found = self._own_and_uans(needle)
        marks = self._group_marks({n for n, text in enumerate(self._shared) if needle in text})
        for position in itertools.chain(found.own.positions, found.uans.positions):
            marks[position] = 1
        return list(itertools.compress(self._rows, marks))

    def _group_marks(self, groups: set[int]) -> bytearray:
        """1 at each position whose shared words are one of ``groups``, else 0."""
        marks = 0
        for first, page in enumerate(self._pages):
            table = bytearray(256)
            for group in range(first * _PAGE, (first + 1) * _PAGE):
                if group in groups:
                    table[group % _PAGE + 1] = 1
            if any(table):
                marks |= int.from_bytes(page.translate(table), "little")
        return bytearray(marks.to_bytes(len(self._rows), "little"))

    def _own_and_uans(self, needle: str) -> _Found:
        trail = self._trail
        while trail[-1].needle not in needle:
            trail.pop()
        base = trail[-1]
        if base.needle == needle:
            return base
        uans = _Hits([], [])
        if self._uan_letters.issuperset(needle):
            uans = base.uans.narrowed(needle)
        found = _Found(needle, base.own.narrowed(needle), uans)
        trail.append(found)
        return found


def _group_pages(group_of: list[int], count: int) -> list[bytes]:
    """Each position's group as one byte per page of 255 groups.

    So ``bytes.translate`` can mark the positions of any set of groups without a Python
    loop over the rows.
    """
    pages = []
    for first in range(0, count, _PAGE):
        page = bytearray(len(group_of))
        for position, group in enumerate(group_of):
            if first <= group < first + _PAGE:
                page[position] = group - first + 1
        pages.append(bytes(page))
    return pages
