"""A 10,000-row CPE Monitor workbook (.xlsx) shaped like the real export, for import_10k.

The first rows repeat activities already in the personal dataset (so deduplication has work
to do); the rest are new courses with real-shaped UANs.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import openpyxl

from rxtracker.demo.datagen_pool import PROVIDERS, SUBJECTS, VARIANTS

HEADERS = (
    "Activity Date", "ACPE UAN", "CreditType", "Source", "Title", "Provider",
    "Topic Designators", "Live Hours", "Home Hours",
)  # fmt: skip
TOPIC_WORDS = {
    "01": "Disease State Management/Drug Therapy", "02": "HIV/AIDS Therapy",
    "03": "Law (Related to Pharm)", "04": "General Pharmacy", "05": "Patient Safety",
    "06": "Immunizations", "07": "Compounding", "08": "Pain Management",
}  # fmt: skip


def write_workbook(path: Path, personal_db: Path, rows: int, as_of: dt.date) -> Path:
    """Write the workbook (known activities first, then new ones) and return its path."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("CPE Monitor")
    sheet.append(["NABP e-Profile CPE Monitor activity transcript"])
    sheet.append(list(HEADERS))
    known = _known(personal_db)
    for row in known[:rows]:
        sheet.append(row)
    rng = random.Random(7)  # noqa: S311 - reproducible test data
    for _ in range(rows - min(rows, len(known))):
        sheet.append(_new_row(rng, as_of))
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _known(database: Path) -> list[list[object]]:
    con = sqlite3.connect(database)
    try:
        found = con.execute(
            "SELECT completed_on, uan, title, provider, topic, format, hours_hundredths "
            "FROM activity WHERE uan IS NOT NULL ORDER BY id"
        ).fetchall()
    finally:
        con.close()
    return [
        _row(dt.date.fromisoformat(day), uan, title, provider, topic, fmt == "live", hundredths)
        for day, uan, title, provider, topic, fmt, hundredths in found
    ]


def _new_row(rng: random.Random, as_of: dt.date) -> list[object]:
    subject = rng.choice(SUBJECTS)
    provider, number = rng.choice(PROVIDERS)
    day = as_of - dt.timedelta(days=rng.randrange(1, 3650))
    live = rng.random() < 0.3
    uan = (
        f"{number}-0000-{day.year % 100:02d}-{rng.randrange(1, 1000):03d}-"
        f"{'L' if live else 'H'}{subject.topic}-T"
    )
    title = subject.title + rng.choice(VARIANTS)
    return _row(day, uan, title, provider, subject.topic, live, rng.choice((50, 100, 150, 200)))


def _row(
    day: dt.date, uan: str, title: str, provider: str, topic: str, live: bool, hundredths: int
) -> list[object]:
    hours = hundredths / 100
    return [
        dt.datetime.combine(day, dt.time()), uan, "CPE", "ACPE", title, provider,
        TOPIC_WORDS.get(topic, "General Pharmacy"), hours if live else 0, 0 if live else hours,
    ]  # fmt: skip
