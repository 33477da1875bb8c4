"""Certificate reading times (issue 14): one text PDF, one phone photo; absolute targets.

The files are drawn from the test corpus into build/bench/certificates. Each figure is the
median of ``runs`` reads in one process after a first read (which loads the OCR models; its
time is in the note). The targets are absolute, so the floor is 1 s and the ratio is seconds.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from benchmarks.certificate_corpus import CORPUS
from benchmarks.certificate_render import write
from benchmarks.measure import Figure, timed

FOLDER = Path("build") / "bench" / "certificates"


def _file(kind: str, layout: str) -> Path:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication([])
    FOLDER.mkdir(parents=True, exist_ok=True)
    cert = next(c for c in CORPUS if c.layout == layout)
    return write(cert, kind, FOLDER, seed=1)


def read_time(kind: str, layout: str, target: float, runs: int) -> Figure:
    """Seconds to read one certificate of ``kind``, as a figure against ``target`` seconds."""
    from rxtracker.exchange.certificates import read_certificate

    path = _file(kind, layout)
    first = timed(lambda: read_certificate(path))
    samples = []
    cpu = []
    for _ in range(runs):
        started = time.process_time()
        samples.append(timed(lambda: read_certificate(path)))
        cpu.append(time.process_time() - started)
    name = "read_text_pdf" if kind == "text-pdf" else "read_photo"
    note = (
        f"absolute target; CPU {statistics.median(cpu):.2f} s a read (wall time grows with "
        f"the host's load); first read {first:.2f} s (loads the models)"
    )
    return Figure(name, statistics.median(samples), 1.0, target, "s", note)
