"""Periods of work experience, most recent first."""

from __future__ import annotations

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.experience import ExperienceRow
from rxtracker.services.wording.pathways import area_words
from rxtracker.ui.common import date_text
from rxtracker.ui.models.rows import RowsModel


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
