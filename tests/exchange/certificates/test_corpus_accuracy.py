"""Field accuracy on the generated corpus (issue 14): >= 95 % for text PDFs, >= 90 % for
images and scans, and no date, hours or UAN ever wrong without being marked unsure."""

from __future__ import annotations

from collections import defaultdict

from benchmarks.certificate_corpus import CORPUS, LAYOUTS, field_results, silently_wrong
from tests.exchange.certificates.conftest import Read


def _accuracy(reads: list[Read]) -> float:
    results = [ok for r in reads for ok in field_results(r.reading, r.cert.truth).values()]
    return sum(results) / len(results)


def test_the_corpus_covers_every_layout_and_kind(corpus_reads: list[Read]) -> None:
    assert len(CORPUS) >= 30
    assert {c.layout for c in CORPUS} == set(LAYOUTS)
    assert {r.kind for r in corpus_reads} == {"text-pdf", "scan-pdf", "png", "photo-jpeg"}
    truths = [c.truth for c in CORPUS]
    assert any(t.uan is None for t in truths)  # state-law courses
    assert any(t.uan and t.uan.startswith("JA") for t in truths)
    assert any(t.uan and t.uan.endswith("-P") for t in truths)
    assert {t.uan.split("-")[-2][0] for t in truths if t.uan} == {"H", "L"}


def test_field_accuracy_per_kind(corpus_reads: list[Read]) -> None:
    by_kind: dict[str, list[Read]] = defaultdict(list)
    for read in corpus_reads:
        by_kind[read.kind].append(read)
    for kind, reads in sorted(by_kind.items()):
        seconds = sum(r.seconds for r in reads) / len(reads)
        share = f"{_accuracy(reads):6.1%}"
        print(f"{kind:<11} {len(reads):>3} files  {share} of fields right  {seconds:.2f} s a file")
    text = by_kind["text-pdf"]
    images = [r for r in corpus_reads if r.kind != "text-pdf"]
    print(f"text PDFs {_accuracy(text):.1%}, images and scans {_accuracy(images):.1%}")
    assert _accuracy(text) >= 0.95
    assert _accuracy(images) >= 0.90


def test_no_date_hours_or_uan_is_wrong_without_being_unsure(corpus_reads: list[Read]) -> None:
    silent = {
        f"{r.path.name}: {key} read {getattr(r.reading, key)!r}, is {getattr(r.cert.truth, key)!r}"
        for r in corpus_reads
        for key in silently_wrong(r.reading, r.cert.truth)
    }
    assert not silent


def test_unsure_keys_are_fields(corpus_reads: list[Read]) -> None:
    keys = {"title", "provider", "date", "hours", "uan", "participant", "eprofile_id"}
    for read in corpus_reads:
        assert read.reading.unsure <= keys
        assert all(getattr(read.reading, key) is not None for key in read.reading.unsure)
