"""What the certificate reader found on one certificate (the reader's public result)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

#: The keys of a reading, in the order they are shown and written as JSON.
FIELDS: tuple[str, ...] = (
    "title",
    "provider",
    "date",
    "hours",
    "uan",
    "participant",
    "eprofile_id",
)


@dataclass(frozen=True)
class CertificateReading:
    """The fields read from one certificate; None where a field was not found.

    Attributes:
        title: the activity's title.
        provider: who provided the activity.
        date: the completion date (never the release or expiration date of the activity).
        hours: contact hours (CEUs already converted: 0.1 CEU = 1 contact hour).
        uan: the ACPE UAN in its canonical dashed form (``0290-0000-26-041-H01-T``).
        participant: the name of the person the certificate is for.
        eprofile_id: the participant's NABP e-Profile ID.
        unsure: the keys (among ``FIELDS``) the reader is not sure of: check them.
    """

    title: str | None = None
    provider: str | None = None
    date: dt.date | None = None
    hours: Decimal | None = None
    uan: str | None = None
    participant: str | None = None
    eprofile_id: str | None = None
    unsure: frozenset[str] = field(default_factory=frozenset)

    def as_json(self) -> dict[str, object]:
        """The reading as one JSON object (``date`` as YYYY-MM-DD, ``hours`` as a number)."""
        hours: object = None
        if self.hours is not None:
            hours = (
                int(self.hours)
                if self.hours == self.hours.to_integral_value()
                else float(self.hours)
            )
        return {
            "title": self.title,
            "provider": self.provider,
            "date": self.date.isoformat() if self.date is not None else None,
            "hours": hours,
            "uan": self.uan,
            "participant": self.participant,
            "eprofile_id": self.eprofile_id,
            "unsure": sorted(self.unsure),
        }

    def missing(self) -> list[str]:
        """The keys that were not found at all, in ``FIELDS`` order."""
        return [key for key in FIELDS if getattr(self, key) is None]
