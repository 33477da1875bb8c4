"""Putting the PDF certificates' own pages into the packet, after their caption pages.

Qt writes the report and one caption page per certificate; ``pypdf`` then adds each PDF
certificate's pages, without its scripts, as an incremental update of Qt's file.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

from rxtracker.disk import atomic_path
from rxtracker.printing.pdf_scripts import strip_scripts_below


def finish_packet(body: Path, out: Path, inserts: list[tuple[int, Path | PdfReader, int]]) -> int:
    """Put the PDF certificates' pages in place and write ``out``; returns its pages.

    The report's own pages are kept as Qt wrote them: the certificates' pages and the new
    page list are written after them as an incremental update, so the cost does not grow
    with the report. Each certificate's pages lose their scripts as they are taken.
    """
    if not inserts:
        with atomic_path(out) as tmp:
            shutil.copyfile(body, tmp)
        return len(PdfReader(str(out)).pages)
    merged = PdfWriter(str(body), incremental=True)
    following: dict[int, list[Any]] = {}
    for caption, source, count in inserts:
        reader = source if isinstance(source, PdfReader) else PdfReader(str(source))
        pages = reader.pages[:count]
        following[caption] = [merged.add_page(page).indirect_reference for page in pages]
        # Only the pages are taken (no document actions); a certificate's JavaScript on a
        # page, a form field or a link never reaches the auditor.
        strip_scripts_below(following[caption])
    _order_pages(merged, following)
    with atomic_path(out) as tmp, tmp.open("wb") as handle:
        merged.write(handle)
    return len(PdfReader(str(out)).pages)


def _order_pages(merged: PdfWriter, following: dict[int, list[Any]]) -> None:
    """Move each certificate's pages (added at the end) to just after its caption page.

    One pass over Qt's page list (a single level of pages), instead of an insertion per
    page that walks the list each time.
    """
    top = cast(DictionaryObject, merged.root_object["/Pages"].get_object())
    kids = cast(ArrayObject, top["/Kids"])
    added = {id(ref.get_object()) for refs in following.values() for ref in refs}
    ordered = ArrayObject()
    for index, kid in enumerate(k for k in kids if id(k.get_object()) not in added):
        ordered.append(kid)
        ordered.extend(following.get(index, ()))
    top[NameObject("/Kids")] = ordered
    merged.flattened_pages = [kid.get_object() for kid in ordered]
