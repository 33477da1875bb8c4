"""The one door to the catalog's own wording (requirement labels, reasons, conditions).

The rule files carry a Spanish text beside each English one (``label_es``...), which
``rxtracker.i18n.data_text`` gives in the interface language (the English where none is
given): every sentence of ``rxtracker.services.wording`` takes catalog words through these.
"""

from __future__ import annotations

import datetime as dt

from rxtracker.catalog.describe import phrase_text
from rxtracker.domain import date_text
from rxtracker.engine.result import RequirementResult
from rxtracker.i18n import data_text, language, translate


def requirement_label(requirement_id: str, label: str) -> str:
    """A requirement's label as shown ("Pharmacy law (ACPE topic 03)"), in the catalog's words."""
    del requirement_id  # the catalog's Spanish is found by its English text
    return data_text(label)


def requirement_result_label(result: RequirementResult) -> str:
    """An evaluated requirement's label; a cap says its amount ("... (at most 5 hours count)")."""
    label = requirement_label(result.id, result.name or result.label)
    if result.kind == "max" and result.required is not None and result.name:
        cap = translate("labels", "{label} (at most {hours} count)")
        return cap.format(label=label, hours=result.required.describe())
    return label


def requirement_note(result: RequirementResult) -> str:
    """What to know about an evaluated requirement: why it is waived, else the catalog's note."""
    if result.exempt:
        return translate("labels", "not required in a first registration period")
    return catalog_text(result.id, result.note)


def requirement_phrase(requirement_id: str, phrase: str) -> str:
    """A requirement's label inside a sentence ("pharmacy law (ACPE topic 03)").

    ``phrase`` is the catalog's in-sentence phrase; its words are the catalog's
    (``rxtracker.catalog.describe.phrase_text``, which the rules' sentences use too).
    """
    del requirement_id
    return phrase_text(phrase)


def catalog_text(requirement_id: str, text: str) -> str:
    """Another catalog text about a requirement (its reason, its condition, its note)."""
    del requirement_id
    return data_text(text)


def sentence_date(day: dt.date | None) -> str:
    """A date inside a reason's sentence.

    English keeps the ISO form its sentences have always had (the CLI and ``--json`` print
    it; the GUI writes it in words with ``in_words``); other languages get the locale's date
    ("31 mar 2027").
    """
    if day is None:
        return ""
    return day.isoformat() if language() == "en" else date_text(day)
