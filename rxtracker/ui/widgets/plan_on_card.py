"""A credential card's plan: one plain sentence, and the plan drawn on the card's timeline."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from rxtracker.i18n import translate
from rxtracker.services.views.plan import Plan, TopicNeed, plan_points
from rxtracker.services.wording.plans import pace_sentence
from rxtracker.ui.common import date_text
from rxtracker.ui.widgets.card_words import catalog_words, in_sentence, joined, without_details
from rxtracker.ui.widgets.credential_card import CredentialCard


def plan_words(plan: Plan) -> str:
    """The plan in one sentence, topics in plain words.

    'Take about 1.2 hours a month to finish the 4.5 hours left by Mar 31, 2027; take patient
    safety (1 hour) first.' (what the hours must be besides is in the card's next step).
    """
    firsts = joined([_topic(t) for t in plan.topics])
    return pace_sentence(plan, date_text(plan.finish_by), firsts)


def _topic(topic: TopicNeed) -> str:
    name = catalog_words(in_sentence(without_details(topic.phrase or topic.label)))
    if topic.missing:
        return f"{name} ({topic.missing.describe()})"
    return translate("plan_on_card", "the {name}").format(name=name)


def show_plan(card: CredentialCard, plan: Plan | None) -> None:
    """Add the plan to a card built by ``CredentialCard``: nothing when there is nothing to take.

    The sentence goes under the card's progress and timeline (a label named
    ``planSentence``); the timeline draws the plan and its legend says so.
    """
    if plan is None or not plan.months:
        return
    words = plan_words(plan)
    label = QLabel(translate("plan_on_card", "<b>Your plan:</b> {plan}").format(plan=words))
    label.setWordWrap(True)
    label.setAccessibleName(translate("plan_on_card", "Your plan"))
    label.setObjectName("planSentence")
    card.plan_slot.addWidget(label)
    line = card.card.pace
    card.chart.show_plan(plan_points(plan, line.start, line.end, line.earned), words)
    card.legend.setText(card.chart.legend())
