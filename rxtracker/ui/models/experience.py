"""Periods of work experience, most recent first."""

from __future__ import annotations

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.experience import ExperienceRow
from rxtracker.ui.common import date_text
from rxtracker.ui.models.rows import RowsModel

#: Plain words for the work-experience area tags (the experience form offers these too).
AREA_WORDS = {
    "sterile-compounding": QT_TRANSLATE_NOOP("experience", "Sterile compounding (CSP, IV room)"),
    "nonsterile-compounding": QT_TRANSLATE_NOOP("experience", "Non-sterile compounding"),
    "hazardous-drugs": QT_TRANSLATE_NOOP("experience", "Hazardous drugs"),
    "medication-history": QT_TRANSLATE_NOOP("experience", "Taking medication histories"),
    "patient-communication": QT_TRANSLATE_NOOP("experience", "Patient-focused communication"),
    "billing": QT_TRANSLATE_NOOP("experience", "Billing and reimbursement"),
    "supply-chain": QT_TRANSLATE_NOOP("experience", "Supply chain and inventory"),
    "immunization": QT_TRANSLATE_NOOP("experience", "Immunizations"),
    "long-term-care": QT_TRANSLATE_NOOP("experience", "Long-term care"),
    "oncology": QT_TRANSLATE_NOOP("experience", "Oncology"),
    "nuclear": QT_TRANSLATE_NOOP("experience", "Nuclear pharmacy"),
}


def area_words(tag: str) -> str:
    """A work-experience area in the interface language (an unknown tag as written)."""
    words = AREA_WORDS.get(tag)
    return translate("experience", words) if words else tag


def period_text(row: ExperienceRow) -> str:
    """'Mar 1, 2024 – now' or 'Jan 3, 2020 – Feb 28, 2023'."""
    end = date_text(row.end_on) if row.end_on else translate("experience", "now")
    return f"{date_text(row.start_on)} – {end}"


class ExperienceModel(RowsModel[ExperienceRow]):
    """Periods of work, most recent first."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("columns", "Role"),
        QT_TRANSLATE_NOOP("columns", "Where"),
        QT_TRANSLATE_NOOP("columns", "When"),
        QT_TRANSLATE_NOOP("columns", "Hours a week"),
        QT_TRANSLATE_NOOP("columns", "Areas"),
    )

    def cell(self, row: ExperienceRow, column: int) -> str:
        """The text of one cell."""
        areas = ", ".join(area_words(a) for a in row.areas)
        values = (row.role, row.setting, period_text(row), str(row.hours_per_week), areas)
        return values[column]
