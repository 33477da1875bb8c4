"""A credential card's plan: one plain sentence, and the plan drawn on the card's pace chart."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from rxtracker.services.views.plan import Plan, plan_points
from rxtracker.ui.widgets.credential_card import CredentialCard, in_words


def show_plan(card: CredentialCard, plan: Plan | None) -> None:
    """Add the plan to a card built by ``CredentialCard``: nothing when there is nothing to take.

    The sentence goes under the card's dates, progress and chart (a label named
    ``planSentence``).
    """
    if plan is None or not plan.months:
        return
    words = in_words(plan.sentence)
    label = QLabel(f"<b>Your plan:</b> {words}")
    label.setWordWrap(True)
    label.setAccessibleName("Your plan")
    label.setObjectName("planSentence")
    layout = card.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(2, label)  # after the title row and the body
    line = card.card.pace
    card.chart.show_plan(plan_points(plan, line.start, line.end, line.earned), words)
