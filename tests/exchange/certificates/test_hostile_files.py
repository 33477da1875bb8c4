"""Hostile and broken certificates are refused quickly, with one line (issue 14)."""

from __future__ import annotations

import io
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject, NumberObject, StreamObject

from rxtracker.domain import InvalidInput
from rxtracker.exchange.certificates import read_certificate

#: Each hostile file must be refused within this many seconds (generous for a busy machine).
QUICKLY = 10.0


def refused(path: Path) -> str:
    started = time.perf_counter()
    with pytest.raises(InvalidInput) as caught:
        read_certificate(path)
    assert time.perf_counter() - started < QUICKLY
    message = str(caught.value)
    assert caught.value.field == "certificate"
    assert "\n" not in message
    return message


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_a_file_over_25_mb_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(25 * 1024 * 1024 + 1)
    assert "the limit is 25 MB" in refused(path)


def test_a_pdf_bomb_is_refused(tmp_path: Path) -> None:
    squeezer = zlib.compressobj(9)
    bomb = b"".join(squeezer.compress(b" " * 1_000_000) for _ in range(200)) + squeezer.flush()
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = StreamObject()
    stream._data = bomb  # already Flate-compressed: 200 MB of spaces in about 200 KB
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    path = tmp_path / "bomb.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert path.stat().st_size < 1_000_000
    assert "inflates past" in refused(path)


def test_a_scanned_pdf_with_a_gigantic_image_is_refused_before_decoding(tmp_path: Path) -> None:
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    image = DecodedStreamObject()
    image.set_data(b"\x00" * 16)
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(100_000),
            NameObject("/Height"): NumberObject(100_000),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    page[NameObject("/Resources")] = _resources(writer, image)
    path = tmp_path / "huge-scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "100000 x 100000 pixel image" in refused(path)


def _resources(writer: PdfWriter, image: DecodedStreamObject) -> object:
    from pypdf.generic import DictionaryObject

    xobjects = DictionaryObject({NameObject("/Im0"): writer._add_object(image)})
    return DictionaryObject({NameObject("/XObject"): xobjects})


def test_a_png_decompression_bomb_is_refused_from_its_header(tmp_path: Path) -> None:
    header = struct.pack(">IIBBBBB", 30_000, 30_000, 8, 0, 0, 0, 0)
    squeezer = zlib.compressobj(9)
    row = b"\x00" * 30_001
    body = b"".join(squeezer.compress(row) for _ in range(2_000)) + squeezer.flush()
    path = tmp_path / "bomb.png"
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", body)
        + _png_chunk(b"IEND", b"")
    )
    assert "the limit is 40 megapixels" in refused(path)


def test_a_jpeg_claiming_a_huge_size_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("L", (64, 48), 255).save(out, "JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 60_000, 60_000)  # height, width
    path = tmp_path / "huge.jpg"
    path.write_bytes(bytes(data))
    assert "the limit is 40 megapixels" in refused(path)


def test_a_pdf_with_hundreds_of_pages_is_refused(tmp_path: Path) -> None:
    writer = PdfWriter()
    for _ in range(201):
        writer.add_blank_page(612, 792)
    path = tmp_path / "book.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "has 201 pages" in refused(path)


def test_a_page_larger_than_any_certificate_is_refused(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(200_000, 792)
    path = tmp_path / "banner.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "far larger than any certificate" in refused(path)


def test_a_password_protected_pdf_says_so(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "password-protected" in refused(path)


def test_a_blank_pdf_has_nothing_to_read(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    path = tmp_path / "blank.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "has neither text nor a scanned page" in refused(path)


def test_a_truncated_png_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("L", (640, 480), 255).save(out, "PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(out.getvalue()[:100])
    assert "is not a readable image" in refused(path)
