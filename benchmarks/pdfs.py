"""PDF and CSV writing (issue 24), each measurement in its own child process.

``python -m benchmarks.pdfs packet DATA_DIR RUNS``: the audit packet of the dataset's first
person (``audit_report`` + ``render_packet``, certificates merged) against a floor that
draws the same rows' text (the seven cells of each activity line) with a bare QPdfWriter and
QPainter, alternating; prints {"value": [...], "floor": [...], "rows": N}.

``python -m benchmarks.pdfs packet_rows|team_rows N RUNS``: drawing a packet (no
certificates) or a team report of N rows; the rows are the stall-personal dataset's own
activities repeated (packet) or made-up people cycling through every status (team);
prints {"value": [...], "rss_mb": peak}.

``python -m benchmarks.pdfs csv DATA_DIR RUNS``: the CE log CSV of the dataset's first person.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import resource
import sys
import tempfile
from pathlib import Path

from benchmarks.measure import alternate, timed
from rxtracker.services import AppPaths, open_context, people

_COLUMNS = (0.07, 0.11, 0.22, 0.15, 0.07, 0.25, 0.13)  # the packet's activity log


def packet(data_dir: Path, runs: int) -> dict[str, object]:
    """The whole packet vs the bare drawing of its activity lines' text."""
    from rxtracker.printing.pdf import ensure_gui_application, render_packet
    from rxtracker.services.report import audit_report

    ctx = open_context(AppPaths.resolve(data_dir))
    person = people.list_people(ctx)[0].id
    ensure_gui_application()
    report = audit_report(ctx, person)
    rows = [_row_text(i, a) for i, a in enumerate(report.packet.activities, start=1)]
    with tempfile.TemporaryDirectory(prefix="rxtracker-bench-pdf-") as tmp:
        out = Path(tmp) / "packet.pdf"
        _, _, values, floors = alternate(
            lambda: timed(lambda: render_packet(audit_report(ctx, person), out)),
            lambda: timed(lambda: _bare_drawing(rows, Path(tmp) / "floor.pdf")),
            runs,
        )
    ctx.close()
    return {"value": values, "floor": floors, "rows": len(rows)}


def _row_text(index: int, a: object) -> tuple[str, ...]:
    from rxtracker.exchange.packet import PacketActivity, us_date

    assert isinstance(a, PacketActivity)
    certs = ", ".join(f"Attachment {n}" for n in a.attachments) or "none stored"
    return (str(index), us_date(a.completed_on), a.title, a.provider, str(a.hours),
            a.uan or "none (not ACPE)", certs)  # fmt: skip


def _bare_drawing(rows: list[tuple[str, ...]], out: Path) -> None:
    """Each row's cells drawn as one line of text each, 60 rows a page, in the print font."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from rxtracker.printing.fonts import print_font

    writer = QPdfWriter(str(out))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    painter = QPainter(writer)
    painter.setFont(print_font(8))
    width = writer.width()
    lefts = [sum(_COLUMNS[:i]) * width for i in range(len(_COLUMNS))]
    y = 40.0
    for count, row in enumerate(rows, start=1):
        for left, text in zip(lefts, row, strict=True):
            painter.drawText(QPointF(left, y), text)
        y += 50
        if count % 60 == 0:
            writer.newPage()
            y = 40.0
    painter.end()


def packet_rows(count: int, runs: int) -> dict[str, object]:
    """Drawing a packet of ``count`` activity lines (the stall-personal data's own, repeated)."""
    from benchmarks import datasets
    from rxtracker.printing.pdf import ensure_gui_application, render_packet
    from rxtracker.services.report import audit_report

    ctx = open_context(AppPaths.resolve(datasets.folder(datasets.STALL_PERSONAL)))
    report = audit_report(ctx, people.list_people(ctx)[0].id)
    ctx.close()
    ensure_gui_application()
    source = [dataclasses.replace(a, attachments=()) for a in report.packet.activities]
    lines = tuple(source[i % len(source)] for i in range(count))
    packet_ = dataclasses.replace(report.packet, activities=lines, certificates=())
    big = dataclasses.replace(report, packet=packet_, files=())
    with tempfile.TemporaryDirectory(prefix="rxtracker-bench-pdf-") as tmp:
        values = [timed(lambda: render_packet(big, Path(tmp) / "p.pdf")) for _ in range(runs)]
    return {"value": values, "rss_mb": _peak_mb()}


def team_rows(count: int, runs: int) -> dict[str, object]:
    """Drawing a team report of ``count`` lines (made-up people, every status in turn)."""
    from rxtracker.engine import Phase
    from rxtracker.exchange.team_report import TeamReportLine
    from rxtracker.printing.pdf import ensure_gui_application, render_team_report
    from rxtracker.services.team_report import TeamReport
    from rxtracker.services.wording import phase_label

    ensure_gui_application()
    phases = list(Phase)
    labels = [phase_label(phase) for phase in phases]
    day = dt.date(2026, 12, 7)
    lines = tuple(
        TeamReportLine(
            f"Person {i // 2:05d} Lastname", "technician", "", "PTCB Certified Pharmacy "
            "Technician (CPhT)" if i % 2 else "Texas pharmacy technician registration",
            f"{1000000 + i}", "TX", phases[i % len(phases)].value, labels[i % len(phases)],
            day + dt.timedelta(days=i % 700), day + dt.timedelta(days=i % 670), i % 670,
            "12.5", "20", "7.5",
            ("1 more hour of Texas pharmacy law (tag: texas-law) by 2028-11-30",) * (i % 3),
        )
        for i in range(count)
    )  # fmt: skip
    expiring = tuple(line for line in lines if (line.days_left or 0) < 60)
    report = TeamReport(day, 60, "Made-up team", lines, expiring)
    with tempfile.TemporaryDirectory(prefix="rxtracker-bench-team-") as tmp:
        values = [
            timed(lambda: render_team_report(report, Path(tmp) / "t.pdf")) for _ in range(runs)
        ]
    return {"value": values, "rss_mb": _peak_mb()}


def csv(data_dir: Path, runs: int) -> dict[str, object]:
    """The first person's CE log written as CSV."""
    from rxtracker.services.exports import export_activities_csv

    ctx = open_context(AppPaths.resolve(data_dir))
    person = people.list_people(ctx)[0].id
    with tempfile.TemporaryDirectory(prefix="rxtracker-bench-csv-") as tmp:
        out = Path(tmp) / "log.csv"
        values = [timed(lambda: export_activities_csv(ctx, person, out)) for _ in range(runs)]
    ctx.close()
    return {"value": values, "rss_mb": _peak_mb()}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> None:
    """pdfs.py METRIC DATA_DIR|ROWS RUNS"""
    metric, where, runs = argv[0], argv[1], int(argv[2])
    if metric == "packet":
        found = packet(Path(where), runs)
    elif metric == "packet_rows":
        found = packet_rows(int(where), runs)
    elif metric == "team_rows":
        found = team_rows(int(where), runs)
    else:
        found = csv(Path(where), runs)
    print(json.dumps(found))


if __name__ == "__main__":
    main(sys.argv[1:])
