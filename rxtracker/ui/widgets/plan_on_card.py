"""A credential card's plan: one plain sentence, and the plan drawn on the card's pace chart."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from rxtracker.services.views.plan import Plan, plan_points
from rxtracker.ui.widgets.credential_card import CredentialCard, in_words


def show_plan(card: CredentialCard, plan: Plan | None) -> None:
    """Add the plan to a card built by ``CredentialCard``: nothing when there is nothing to take.

    The sentence goes under the card's progress and timeline (a label named
    ``planSentence``); the timeline draws the plan and its legend says so.
    """
    if plan is None or not plan.months:
        return
    words = in_words(plan.sentence)
    label = QLabel(f"<b>Your plan:</b> {words}")
    label.setWordWrap(True)
    label.setAccessibleName("Your plan")
    label.setObjectName("planSentence")
    card.plan_slot.addWidget(label)
    line = card.card.pace
    card.chart.show_plan(plan_points(plan, line.start, line.end, line.earned), words)
    card.legend.setText(card.chart.legend())
