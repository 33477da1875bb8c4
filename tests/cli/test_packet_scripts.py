"""A certificate's JavaScript never reaches the audit packet (issue 22, item 13).

The certificate is a real PDF with every place a script can hide: an open action, the
document's JavaScript name tree, page open/close actions, a link whose action is a script
(chained after a harmless one), a form field's keystroke script and a launch action. The
packet made by `rxtracker report` must carry the certificate's page and none of those.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    TextStringObject,
)

from tests.conftest import Cli, make_pdf


def _js(code: str) -> DictionaryObject:
    return DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject(code)}
    )


def _hostile_certificate(path: Path) -> Path:
    writer = PdfWriter(clone_from=make_pdf(path.with_name("plain.pdf"), "Sterile compounding"))
    root = writer.root_object
    root[NameObject("/OpenAction")] = _js("app.alert('opened');")
    tree = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("doc"), _js("app.alert('doc');")])}
    )
    root[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): tree})
    page = writer.pages[0]
    page[NameObject("/AA")] = DictionaryObject(
        {NameObject("/O"): _js("app.alert('page open');"), NameObject("/C"): _js("close();")}
    )
    goto = DictionaryObject(
        {
            NameObject("/S"): NameObject("/URI"),
            NameObject("/URI"): TextStringObject("https://example.org/"),
            NameObject("/Next"): _js("app.alert('chained');"),
        }
    )
    rect = ArrayObject([FloatObject(10), FloatObject(10), FloatObject(100), FloatObject(40)])
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): rect,
            NameObject("/A"): goto,
        }
    )
    launch = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Rect"): rect,
            NameObject("/A"): DictionaryObject(
                {
                    NameObject("/S"): NameObject("/Launch"),
                    NameObject("/F"): TextStringObject("calc.exe"),
                }
            ),
            NameObject("/AA"): DictionaryObject({NameObject("/K"): _js("keystroke();")}),
        }
    )
    page[NameObject("/Annots")] = ArrayObject(
        [writer._add_object(link), writer._add_object(launch)]
    )
    writer.write(path)
    return path


def _scripts(path: Path) -> list[str]:
    """Every script or self-running action left anywhere in the file."""
    reader = PdfReader(path)
    found, seen, stack = [], set(), [reader.trailer["/Root"]]
    while stack:
        node: Any = stack.pop()
        if isinstance(node, IndirectObject):
            if node.idnum in seen:
                continue
            seen.add(node.idnum)
            node = node.get_object()
        if isinstance(node, DictionaryObject):
            found += [k for k in ("/JS", "/AA", "/OpenAction", "/JavaScript") if k in node]
            if node.get("/S") in ("/JavaScript", "/Launch"):
                found.append(str(node["/S"]))
            stack.extend(node.values())
        elif isinstance(node, ArrayObject):
            stack.extend(node)
    return found


def test_a_certificates_javascript_is_stripped_from_the_packet(
    cli: Cli, tmp_path: Path, qapp: object
) -> None:
    certificate = _hostile_certificate(tmp_path / "hostile.pdf")
    assert len(_scripts(certificate)) >= 8  # the certificate really carries them
    assert cli("person", "add", "Ana Ruiz").code == 0
    assert cli("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31").code == 0
    added = cli(
        "ce", "add", "Ana Ruiz", "--title", "Sterile compounding", "--date", "2026-01-05",
        "--hours", "2", "--uan", "0197-0000-25-001-H07-T", "--certificate", str(certificate),
    )  # fmt: skip
    assert added.code == 0, added.err
    out = tmp_path / "packet.pdf"
    result = cli("report", "Ana Ruiz", "--credential", "ptcb-cpht", "--out", str(out))
    assert result.code == 0, result.err
    assert _scripts(out) == []
    reader = PdfReader(out)
    assert "Sterile compounding" in reader.pages[-1].extract_text()  # the certificate itself
    links = [a.get_object() for a in reader.pages[-1].get("/Annots", [])]
    assert [str(a["/A"]["/URI"]) for a in links if "/A" in a] == ["https://example.org/"]
