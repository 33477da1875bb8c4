"""Words for what the engine answers, in the interface language (issue 17).

The engine returns reasons (``rxtracker.engine.reasons``), never sentences; every front end
words them here with ``translate()``, the locale's dates and ``Hours.describe``. Catalog
texts come through one accessor each (``labels``), ready for the catalog's Spanish.

The names are imported on first use (PEP 562): ``status`` words renewals and reasons without
loading the plans, checks and suggestions (and the engine modules behind them).
"""

from __future__ import annotations

from rxtracker.lazy_names import names_on_first_use

TYPE_CHECKING = False  # what typing's is, without importing typing
if TYPE_CHECKING:
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

#: Each public name -> the module that defines it.
_WHERE = {
    "in_english": "rxtracker.i18n",
    "counts_less_text": "rxtracker.services.wording.activities",
    "reason_text": "rxtracker.services.wording.activities",
    "remark_texts": "rxtracker.services.wording.activities",
    "worded_checks": "rxtracker.services.wording.checks",
    "catalog_text": "rxtracker.services.wording.labels",
    "requirement_label": "rxtracker.services.wording.labels",
    "requirement_note": "rxtracker.services.wording.labels",
    "requirement_phrase": "rxtracker.services.wording.labels",
    "requirement_result_label": "rxtracker.services.wording.labels",
    "sentence_date": "rxtracker.services.wording.labels",
    "first_period_text": "rxtracker.services.wording.notes",
    "note_text": "rxtracker.services.wording.notes",
    "note_texts": "rxtracker.services.wording.notes",
    "area_rule_text": "rxtracker.services.wording.pathways",
    "detail_text": "rxtracker.services.wording.pathways",
    "experience_text": "rxtracker.services.wording.pathways",
    "step_detail": "rxtracker.services.wording.pathways",
    "step_label": "rxtracker.services.wording.pathways",
    "date_label": "rxtracker.services.wording.phases",
    "phase_label": "rxtracker.services.wording.phases",
    "joined": "rxtracker.services.wording.plans",
    "plan_text": "rxtracker.services.wording.plans",
    "application_label": "rxtracker.services.wording.renewals",
    "application_sentence": "rxtracker.services.wording.renewals",
    "audit_label": "rxtracker.services.wording.renewals",
    "audit_sentence": "rxtracker.services.wording.renewals",
    "renewal_sentences": "rxtracker.services.wording.renewals",
    "renewal_word": "rxtracker.services.wording.renewals",
    "conditional_text": "rxtracker.services.wording.shortfalls",
    "either": "rxtracker.services.wording.shortfalls",
    "held_text": "rxtracker.services.wording.shortfalls",
    "held_texts": "rxtracker.services.wording.shortfalls",
    "missing_text": "rxtracker.services.wording.shortfalls",
    "missing_texts": "rxtracker.services.wording.shortfalls",
    "shortfall_text": "rxtracker.services.wording.shortfalls",
    "course_words": "rxtracker.services.wording.suggestions",
    "subject_words": "rxtracker.services.wording.suggestions",
    "suggestion_reason": "rxtracker.services.wording.suggestions",
    "suggestion_title": "rxtracker.services.wording.suggestions",
}

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

__getattr__ = names_on_first_use(globals(), _WHERE)
