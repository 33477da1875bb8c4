"""Dates in the commands' sentences, in the interface language.

English keeps the form these sentences have always had (scripts and habits read them);
other languages get the locale's words ("5 ene 2026"), as ``domain.date_text`` writes them.
Sentences that write ISO dates in English use ``services.wording.sentence_date``.
"""

from __future__ import annotations

import datetime as dt

from rxtracker.domain import date_text
from rxtracker.i18n import language


def us_date(day: dt.date) -> str:
    """'01/05/2026' in English (the sentences that always wrote it so), else the locale's."""
    return f"{day:%m/%d/%Y}" if language() == "en" else date_text(day)


def stamp_text(stamp: str) -> str:
    """An ISO time stamp (a backup's manifest): as it is in English, else the locale's date.

    '2026-12-07T16:05:21.610556+00:00' becomes '7 dic 2026 16:05 UTC'; a stamp that is not
    ISO is shown as it is.
    """
    if language() == "en":
        return stamp
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    when = when.astimezone(dt.UTC) if when.tzinfo else when  # the manifest writes UTC
    return f"{date_text(when.date())} {when:%H:%M} UTC"
