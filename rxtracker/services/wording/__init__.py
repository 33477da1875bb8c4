"""Words for what the engine answers, in the interface language (issue 17).

The engine returns reasons (``rxtracker.engine.reasons``), never sentences; every front end
words them here with ``translate()``, the locale's dates and ``Hours.describe``. Catalog
texts come through one accessor each (``labels``), ready for the catalog's Spanish.
"""

from __future__ import annotations

from rxtracker.i18n import in_english
from rxtracker.services.wording.activities import counts_less_text, reason_text, remark_texts
from rxtracker.services.wording.checks import worded_checks
from rxtracker.services.wording.labels import (
    catalog_text,
    requirement_label,
    requirement_note,
    requirement_phrase,
    requirement_result_label,
    sentence_date,
)
from rxtracker.services.wording.notes import first_period_text, note_text, note_texts
from rxtracker.services.wording.pathways import (
    area_rule_text,
    detail_text,
    experience_text,
    step_detail,
    step_label,
)
from rxtracker.services.wording.phases import date_label, phase_label
from rxtracker.services.wording.plans import joined, plan_text
from rxtracker.services.wording.renewals import (
    application_label,
    application_sentence,
    audit_label,
    audit_sentence,
    renewal_sentences,
    renewal_word,
)
from rxtracker.services.wording.shortfalls import (
    conditional_text,
    either,
    held_text,
    held_texts,
    missing_text,
    missing_texts,
    shortfall_text,
)
from rxtracker.services.wording.suggestions import (
    course_words,
    subject_words,
    suggestion_reason,
    suggestion_title,
)

__all__ = [
    "application_label",
    "application_sentence",
    "area_rule_text",
    "audit_label",
    "audit_sentence",
    "catalog_text",
    "conditional_text",
    "counts_less_text",
    "course_words",
    "date_label",
    "detail_text",
    "either",
    "experience_text",
    "first_period_text",
    "held_text",
    "held_texts",
    "in_english",
    "joined",
    "missing_text",
    "missing_texts",
    "note_text",
    "note_texts",
    "phase_label",
    "plan_text",
    "reason_text",
    "remark_texts",
    "renewal_sentences",
    "renewal_word",
    "requirement_label",
    "requirement_note",
    "requirement_phrase",
    "requirement_result_label",
    "sentence_date",
    "shortfall_text",
    "step_detail",
    "step_label",
    "subject_words",
    "suggestion_reason",
    "suggestion_title",
    "worded_checks",
]
