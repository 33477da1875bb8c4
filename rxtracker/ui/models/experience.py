"""Periods of work experience, most recent first."""

from __future__ import annotations

from rxtracker.services.experience import ExperienceRow
from rxtracker.ui.common import date_text
from rxtracker.ui.models.rows import RowsModel

#: Plain words for the work-experience area tags (the experience form offers these too).
AREA_WORDS = {
    "sterile-compounding": "Sterile compounding (CSP, IV room)",
    "nonsterile-compounding": "Non-sterile compounding",
    "hazardous-drugs": "Hazardous drugs",
    "medication-history": "Taking medication histories",
    "patient-communication": "Patient-focused communication",
    "billing": "Billing and reimbursement",
    "supply-chain": "Supply chain and inventory",
    "immunization": "Immunizations",
    "long-term-care": "Long-term care",
    "oncology": "Oncology",
    "nuclear": "Nuclear pharmacy",
}


def period_text(row: ExperienceRow) -> str:
    """'Mar 1, 2024 – now' or 'Jan 3, 2020 – Feb 28, 2023'."""
    end = date_text(row.end_on) if row.end_on else "now"
    return f"{date_text(row.start_on)} – {end}"


class ExperienceModel(RowsModel[ExperienceRow]):
    """Periods of work, most recent first."""

    COLUMNS = ("Role", "Where", "When", "Hours a week", "Areas")

    def cell(self, row: ExperienceRow, column: int) -> str:
        """The text of one cell."""
        areas = ", ".join(AREA_WORDS.get(a, a) for a in row.areas)
        values = (row.role, row.setting, period_text(row), str(row.hours_per_week), areas)
        return values[column]
