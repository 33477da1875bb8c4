"""Generated CE activities: real-shaped UANs, tags, some certificates, validated like user input."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rxtracker.db.models import Activity, ActivityTag, Attachment
from rxtracker.demo.certificate_pdf import certificate_pdf_bytes
from rxtracker.demo.datagen_pool import (
    HOURS,
    OTHER_ACTIVITIES,
    PROVIDERS,
    SETTINGS,
    SUBJECTS,
    VARIANTS,
)
from rxtracker.domain import Category, Hours, long_date_text
from rxtracker.services.convert import uan_columns
from rxtracker.services.inputs import ActivityInput

#: Share of activities that come with a certificate file, and that have no UAN.
CERTIFICATE_SHARE = 0.1
OTHER_SHARE = 0.08
#: How long some people have logged nothing (days before as_of); most log until today.
_GAPS = (0, 0, 0, 0, 0, 60, 180, 365, 730)

AddRow = Callable[[type[Any], dict[str, Any]], None]


class ActivityMaker:
    """Makes one person's activities at a time and hands each row to ``add``."""

    def __init__(self, rng: random.Random, as_of: dt.date, certificates: Path) -> None:
        self.rng = rng
        self.as_of = as_of
        self.certificates = certificates
        self.next_id = 1
        self.next_attachment = 1

    def add_person(self, add: AddRow, person_id: int, name: str, count: int, years: int) -> None:
        """``count`` activities of one person spread over ``years`` (some stopped logging)."""
        span = 365 * years
        gap = min(self.rng.choice(_GAPS), span // 2)
        for _ in range(count):
            day = self.as_of - dt.timedelta(days=gap + self.rng.randrange(span - gap))
            clean = self._input(day).cleaned(self.as_of)
            activity_id = self.next_id
            self.next_id += 1
            add(Activity, self._row(activity_id, person_id, clean))
            for tag in clean.tags:
                add(ActivityTag, {"activity_id": activity_id, "tag": tag})
            if clean.uan and self.rng.random() < CERTIFICATE_SHARE:
                add(Attachment, self._certificate(activity_id, name, clean))

    def _input(self, day: dt.date) -> ActivityInput:
        rng = self.rng
        if rng.random() < OTHER_SHARE:
            title, category = rng.choice(OTHER_ACTIVITIES)
            hours = Hours(rng.choice((100, 200, 300)))
            return ActivityInput(title, day, hours, category=Category(category))
        subject = rng.choice(SUBJECTS)
        provider, number = rng.choice(PROVIDERS)
        fmt = "L" if rng.random() < 0.3 else "H"
        audience = "P" if rng.random() < 0.05 else "T"
        release = (day.year - rng.choice((0, 0, 1))) % 100
        sequence = rng.randrange(1, 1000)
        uan = f"{number}-0000-{release:02d}-{sequence:03d}-{fmt}{subject.topic}-{audience}"
        tags = subject.tags + (("board-approved",) if rng.random() < 0.05 else ())
        return ActivityInput(
            title=f"{subject.title}{rng.choice(VARIANTS)}{rng.choice(SETTINGS)} ({2000 + release})",
            completed_on=day,
            hours=Hours(rng.choice(HOURS)),
            provider=provider,
            uan=uan,
            tags=tags,
        )

    def _row(self, activity_id: int, person_id: int, clean: ActivityInput) -> dict[str, Any]:
        uan = clean.parsed_uan()
        stamp = dt.datetime.combine(clean.completed_on, dt.time(18))
        return {
            "id": activity_id,
            "person_id": person_id,
            "title": clean.title,
            "provider": clean.provider,
            "completed_on": clean.completed_on,
            "hours_hundredths": clean.hours.hundredths,
            **uan_columns(uan),
            "category": clean.category.value if clean.category else "other",
            "source": clean.source.value,
            "notes": clean.notes,
            "recognized_program": None,
            "created_at": stamp,
            "updated_at": stamp,
        }

    def _certificate(self, activity_id: int, name: str, clean: ActivityInput) -> dict[str, Any]:
        day = clean.completed_on
        data = certificate_pdf_bytes(
            [
                f"This certifies that {name}",
                f"completed: {clean.title}",
                f"Provider: {clean.provider}",
                f"Date of completion: {long_date_text(day)}",
                f"Contact hours: {clean.hours}",
                f"ACPE UAN: {clean.uan}",
            ]
        )
        digest = hashlib.sha256(data).hexdigest()
        stored = self.certificates / f"{digest}.pdf"
        if not stored.exists():
            stored.write_bytes(data)
        row = {
            "id": self.next_attachment,
            "activity_id": activity_id,
            "stored_name": stored.name,
            "original_name": f"certificate-{day.isoformat()}.pdf",
            "media_type": "application/pdf",
            "sha256": digest,
            "size_bytes": len(data),
            "created_at": dt.datetime.combine(day, dt.time(18)),
        }
        self.next_attachment += 1
        return row
