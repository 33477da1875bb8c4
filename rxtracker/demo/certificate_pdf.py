"""Small but real one-page PDF certificates for the demo dataset (standard library only)."""

from __future__ import annotations

from pathlib import Path


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_certificate_pdf(path: Path, lines: list[str]) -> Path:
    """Write a one-page PDF with a heading and ``lines`` of text (Helvetica, US Letter)."""
    path.write_bytes(certificate_pdf_bytes(lines))
    return path


def certificate_pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with a heading and ``lines`` of text (Helvetica, US Letter)."""
    body = ["BT /F1 22 Tf 72 700 Td (Certificate of Completion) Tj ET"]
    y = 650
    for line in lines:
        body.append(f"BT /F1 12 Tf 72 {y} Td ({_escape(line)}) Tj ET")
        y -= 22
    stream = "\n".join(body).encode("latin-1", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
