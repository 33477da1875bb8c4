"""Putting the PDF certificates' own pages into the packet, after their caption pages.

Qt writes the report and one caption page per certificate. Each PDF certificate's pages are
taken with ``pypdf`` (without their scripts) into a scratch document, then written after
Qt's file as an incremental update: the pages' objects under new numbers, Qt's page list
again with each certificate's pages after its caption, and a cross-reference section that
points back to Qt's. Only Qt's trailer and page list are read back, so the cost does not
grow with the report.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
)

from rxtracker.disk import atomic_path
from rxtracker.printing.pdf_scripts import strip_scripts_below

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def finish_packet(body: Path, out: Path, inserts: list[tuple[int, Path | PdfReader, int]]) -> int:
    """Put the PDF certificates' pages in place and write ``out``; returns its pages.

    ``inserts``: (the caption's page index in ``body``, the certificate, its pages), in the
    order of the captions. Each certificate's pages lose their scripts as they are taken.
    """
    report = PdfReader(str(body))
    tree_ref = cast(
        IndirectObject, cast(DictionaryObject, report.trailer["/Root"]).raw_get("/Pages")
    )
    tree = cast(DictionaryObject, tree_ref.get_object())
    if not inserts:
        with atomic_path(out) as tmp:
            shutil.copyfile(body, tmp)
        return int(cast(int, tree["/Count"]))
    scratch = PdfWriter()
    following = _taken(scratch, inserts)
    kids = ArrayObject()
    for index, kid in enumerate(cast(ArrayObject, tree["/Kids"])):  # Qt's: one level
        kids.append(kid)
        kids.extend(following.get(index, ()))
    update = _Update(scratch, tree_ref, int(cast(int, report.trailer["/Size"])))
    objects = update.renumber([ref for refs in following.values() for ref in refs])
    pages = DictionaryObject(tree)
    pages[NameObject("/Kids")] = ArrayObject(update.mapped(kid) for kid in kids)
    pages[NameObject("/Count")] = NumberObject(len(kids))
    objects.append((tree_ref.idnum, pages))
    with atomic_path(out) as tmp:
        shutil.copyfile(body, tmp)
        with tmp.open("r+b") as handle:
            _append(handle, objects, report.trailer, update.size)
    return len(kids)


def _taken(
    scratch: PdfWriter, inserts: list[tuple[int, Path | PdfReader, int]]
) -> dict[int, list[Any]]:
    """Each certificate's pages added to ``scratch``, by the index of their caption page."""
    following: dict[int, list[Any]] = {}
    for caption, source, count in inserts:
        reader = source if isinstance(source, PdfReader) else PdfReader(str(source))
        added = [scratch.add_page(page).indirect_reference for page in reader.pages[:count]]
        # Only the pages are taken (no document actions); a certificate's JavaScript on a
        # page, a form field or a link never reaches the auditor.
        strip_scripts_below(added)
        following[caption] = added
    return following


class _Update:
    """The scratch document's objects under new numbers, after the report's own."""

    def __init__(self, scratch: PdfWriter, tree: IndirectObject, size: int) -> None:
        self.scratch, self.tree, self.size = scratch, tree, size
        parent = cast(IndirectObject, scratch.root_object.raw_get("/Pages"))
        self.numbers: dict[int, int] = {parent.idnum: tree.idnum}  # scratch's → the report's

    def renumber(self, roots: list[Any]) -> list[tuple[int, PdfObject]]:
        """Every object reachable from ``roots`` with its references renumbered."""
        found: list[tuple[int, PdfObject]] = []
        for ref in roots:
            self.mapped(ref)  # the pages first, in order
        queue = list(roots)
        seen: set[int] = set()
        while queue:
            ref = queue.pop()
            if ref.idnum in seen or self.numbers[ref.idnum] == self.tree.idnum:
                continue
            seen.add(ref.idnum)
            node = ref.get_object()
            queue.extend(self._rewrite(node))
            found.append((self.numbers[ref.idnum], node))
        found.sort(key=lambda item: item[0])
        return found

    def mapped(self, ref: Any) -> Any:
        """``ref`` under its new number (a reference of the report's own stays as it is)."""
        if not isinstance(ref, IndirectObject) or ref.pdf is not self.scratch:
            return ref
        number = self.numbers.get(ref.idnum)
        if number is None:
            number = self.numbers[ref.idnum] = self.size
            self.size += 1
        return IndirectObject(number, 0, self.scratch)

    def _rewrite(self, node: Any) -> Iterator[IndirectObject]:
        """Renumber the references inside ``node`` (in place); yields the scratch's ones."""
        stack = [node]
        while stack:
            item = stack.pop()
            if isinstance(item, DictionaryObject):
                keys: Any = list(item.keys())
            elif isinstance(item, ArrayObject):
                keys = range(len(item))
            else:
                continue
            for key in keys:
                value = item[key] if isinstance(item, ArrayObject) else item.raw_get(key)
                if isinstance(value, IndirectObject):
                    if value.pdf is self.scratch:
                        item[key] = self.mapped(value)
                        yield value
                else:
                    stack.append(value)


def _append(
    handle: IO[bytes], objects: list[tuple[int, PdfObject]], trailer: DictionaryObject, size: int
) -> None:
    """Write ``objects``, their cross-reference section and a trailer after the file's end."""
    tail = handle.seek(0, 2)
    handle.seek(max(0, tail - 1024))
    previous = _STARTXREF.search(handle.read())
    if previous is None:
        raise ValueError("the report PDF has no startxref")
    handle.seek(tail)
    handle.write(b"\n")
    offsets: list[tuple[int, int]] = []
    for number, obj in objects:
        offsets.append((number, handle.tell()))
        handle.write(b"%d 0 obj\n" % number)
        obj.write_to_stream(handle)
        handle.write(b"\nendobj\n")
    table = handle.tell()
    handle.write(b"xref\n")
    for first, run in _runs(sorted(offsets)):
        handle.write(b"%d %d\n" % (first, len(run)))
        handle.write(b"".join(b"%010d 00000 n\r\n" % offset for offset in run))
    new = DictionaryObject(
        {NameObject(k): trailer.raw_get(k) for k in ("/Root", "/Info", "/ID") if k in trailer}
    )
    new[NameObject("/Size")] = NumberObject(size)
    new[NameObject("/Prev")] = NumberObject(int(previous.group(1)))
    handle.write(b"trailer\n")
    new.write_to_stream(handle)
    handle.write(b"\nstartxref\n%d\n%%%%EOF\n" % table)


def _runs(offsets: list[tuple[int, int]]) -> Iterator[tuple[int, list[int]]]:
    """Consecutive object numbers grouped: (the first number, their offsets)."""
    first, run = offsets[0][0], [offsets[0][1]]
    for number, offset in offsets[1:]:
        if number == first + len(run):
            run.append(offset)
        else:
            yield first, run
            first, run = number, [offset]
    yield first, run
