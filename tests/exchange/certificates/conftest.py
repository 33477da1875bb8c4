"""The generated certificate corpus, written and read once per test session (OCR is slow)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.certificate_corpus import CORPUS, Certificate
from benchmarks.certificate_render import IMAGE_KINDS, write
from rxtracker.exchange.certificates import CertificateReading, read_certificate


@dataclass(frozen=True)
class Read:
    """One corpus file, what the reader made of it, and how long it took."""

    cert: Certificate
    kind: str
    path: Path
    reading: CertificateReading
    seconds: float


def corpus_files(folder: Path) -> list[tuple[Certificate, str, Path]]:
    """Every certificate as a text PDF, and as one image kind each (scan, PNG, photo in turn)."""
    files = []
    for index, cert in enumerate(CORPUS):
        for kind in ("text-pdf", IMAGE_KINDS[index % len(IMAGE_KINDS)]):
            files.append((cert, kind, write(cert, kind, folder, seed=index)))
    return files


@pytest.fixture(scope="session")
def corpus_reads(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> list[Read]:
    """The whole corpus read once (about a minute on 2 free cores, mostly OCR)."""
    folder = tmp_path_factory.mktemp("certificate-corpus")
    reads = []
    for cert, kind, path in corpus_files(folder):
        started = time.perf_counter()
        reading = read_certificate(path)
        reads.append(Read(cert, kind, path, reading, time.perf_counter() - started))
    return reads
