"""The one door to the catalog's own wording (requirement labels, reasons, conditions).

The rule catalog states its texts in English today. When it carries a Spanish text beside
each English one, these accessors are the one place to switch: every sentence of
``rxtracker.services.wording`` takes catalog words through them.
"""

from __future__ import annotations

import datetime as dt

from rxtracker.domain import date_text
from rxtracker.engine.result import RequirementResult
from rxtracker.i18n import language, translate


def requirement_label(requirement_id: str, label: str) -> str:
    """A requirement's label as shown ("Pharmacy law (ACPE topic 03)"), in the catalog's words."""
    del requirement_id  # the key of the catalog's Spanish text, once it has one
    return label


def requirement_result_label(result: RequirementResult) -> str:
    """An evaluated requirement's label; a cap says its amount ("... (at most 5 hours count)")."""
    label = requirement_label(result.id, result.name or result.label)
    if result.kind == "max" and result.required is not None and result.name:
        cap = translate("labels", "{label} (at most {hours} count)")
        return cap.format(label=label, hours=result.required.describe())
    return label


def requirement_phrase(requirement_id: str, phrase: str) -> str:
    """A requirement's label inside a sentence ("pharmacy law (ACPE topic 03)")."""
    del requirement_id
    return phrase


def catalog_text(requirement_id: str, text: str) -> str:
    """Another catalog text about a requirement (its reason, its condition, its note)."""
    del requirement_id
    return text


def sentence_date(day: dt.date | None) -> str:
    """A date inside a reason's sentence.

    English keeps the ISO form its sentences have always had (the CLI and ``--json`` print
    it; the GUI writes it in words with ``in_words``); other languages get the locale's date
    ("31 mar 2027").
    """
    if day is None:
        return ""
    return day.isoformat() if language() == "en" else date_text(day)
