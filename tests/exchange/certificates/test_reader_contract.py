"""The reader's API as other code uses it: a text PDF in, a CertificateReading out."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from rxtracker.demo.certificate_pdf import write_certificate_pdf
from rxtracker.domain import InvalidInput
from rxtracker.exchange.certificates import CertificateReading, read_certificate


def test_a_text_pdf_is_read_field_by_field(tmp_path: Path) -> None:
    pdf = write_certificate_pdf(
        tmp_path / "cert.pdf",
        [
            "This certifies that",
            "Ana Ruiz",
            "NABP e-Profile ID: 1234567",
            "has successfully completed",
            "Opioid Safety for Pharmacy Technicians",
            "Provider: Pharmacy Tech Academy",
            "UAN: 0290-0000-26-041-H05-T",
            "Contact hours: 1.5",
            "Date of completion: March 4, 2026",
            "Release date: January 10, 2026   Expiration date: January 10, 2029",
        ],
    )
    progress: list[int] = []
    reading = read_certificate(pdf, progress=progress.append)
    assert reading == CertificateReading(
        title="Opioid Safety for Pharmacy Technicians",
        provider="Pharmacy Tech Academy",
        date=dt.date(2026, 3, 4),
        hours=Decimal("1.5"),
        uan="0290-0000-26-041-H05-T",
        participant="Ana Ruiz",
        eprofile_id="1234567",
        unsure=frozenset(),
    )
    assert progress[-1] == 100


def test_as_json_has_exactly_the_documented_keys() -> None:
    reading = CertificateReading(
        title="Law", date=dt.date(2026, 1, 2), hours=Decimal("2"), unsure=frozenset({"uan", "date"})
    )
    data = reading.as_json()
    assert list(data) == [
        "title",
        "provider",
        "date",
        "hours",
        "uan",
        "participant",
        "eprofile_id",
        "unsure",
    ]
    assert json.loads(json.dumps(data)) == {
        "title": "Law",
        "provider": None,
        "date": "2026-01-02",
        "hours": 2,
        "uan": None,
        "participant": None,
        "eprofile_id": None,
        "unsure": ["date", "uan"],
    }
    assert CertificateReading(hours=Decimal("1.25")).as_json()["hours"] == 1.25


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"hello, this is a text file", "is not a PDF, PNG or JPEG file"),
        (b"%PDF-1.4\n garbage", "is not a readable PDF"),
    ],
)
def test_unreadable_files_get_one_line(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as caught:
        read_certificate(path)
    assert caught.value.field == "certificate"
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        read_certificate(tmp_path / "nope.pdf")


def test_models_are_found_in_the_package_and_in_the_frozen_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from rxtracker.domain import RxError
    from rxtracker.exchange.certificates import ocr

    assert (ocr.models_folder() / ocr.DETECTION_MODEL).is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(RxError, match="OCR models are missing"):
        ocr.models_folder()
    bundled = tmp_path / "rapidocr" / "models"
    bundled.mkdir(parents=True)
    for name in (ocr.DETECTION_MODEL, ocr.RECOGNITION_MODEL):
        (bundled / name).write_bytes(b"model")
    assert ocr.models_folder() == bundled
