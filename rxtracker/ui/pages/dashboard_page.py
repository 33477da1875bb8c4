"""The dashboard: one card per credential, upcoming deadlines and the start-up reminder banner."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rxtracker.i18n import translate
from rxtracker.services import Context, Kind
from rxtracker.services.views import Card, DashboardView, Phase, Step, dashboard_view
from rxtracker.ui import theme
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.credentials import DeadlineModel
from rxtracker.ui.pages.base import Page, heading, setup_table
from rxtracker.ui.pages.dashboard_cards import CardShelf
from rxtracker.ui.settings import UiSettings
from rxtracker.ui.widgets.card_words import ended_headline, next_step
from rxtracker.ui.widgets.cpe_monitor_panel import CpeMonitorPanel
from rxtracker.ui.widgets.credential_card import CredentialCard
from rxtracker.ui.widgets.next_panel import NextCoursePanel


class DashboardPage(Page):
    """Where every credential stands, and what to do next."""

    kinds = Page.kinds | {Kind.SETTINGS}  # the reminder horizon

    def __init__(
        self, ctx: Context, hub: EventHub, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, hub, parent)
        self.settings = settings
        self.banner_dismissed = False
        self.view: DashboardView | None = None
        self._generation = 0  # of the reads: an older one arriving is dropped
        self._build()

    def _build(self) -> None:
        self.banner = QFrame()
        self.banner.setObjectName("reminderBanner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.banner_text.setAccessibleName(translate("dashboard_page", "Reminder"))
        dismiss = QPushButton(translate("dashboard_page", "Dismiss"))
        dismiss.setAccessibleName(translate("dashboard_page", "Dismiss the reminder"))
        dismiss.clicked.connect(self.dismiss_banner)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.cards_box = QVBoxLayout()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.add_credential_button = QPushButton(translate("dashboard_page", "Add a credential…"))
        cards = QWidget()
        column = QVBoxLayout(cards)
        self.next_panel = NextCoursePanel()
        column.setSpacing(theme.Space.M)
        column.addLayout(self.cards_box)
        column.addWidget(self.next_panel)  # under the cards: each card's next step comes first
        column.addWidget(self.empty)
        column.addWidget(self.add_credential_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setWidget(cards)
        self.shelf = CardShelf(
            self.cards_box, cards, self._connect_card, self.card_scroll.viewport().width
        )
        self.deadlines = DeadlineModel(self)
        self.deadline_table = QTableView()
        setup_table(self.deadline_table, translate("dashboard_page", "Upcoming deadlines"))
        self.deadline_table.setModel(self.deadlines)
        two_lines = self.deadline_table.fontMetrics().height() * 2 + 10
        self.deadline_table.verticalHeader().setDefaultSectionSize(two_lines)
        header = self.deadline_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        side_widget = QWidget()
        side_widget.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        side = QVBoxLayout(side_widget)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(translate("dashboard_page", "<b>Upcoming dates</b>")))
        side.addWidget(self.deadline_table, 1)
        self.cpe_monitor = CpeMonitorPanel()
        side.addWidget(self.cpe_monitor)
        body = QHBoxLayout()
        body.addWidget(self.card_scroll, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("dashboard_page", "Dashboard")))
        layout.addWidget(self.banner)
        layout.addWidget(self.greeting)
        layout.addLayout(body, 1)

    def reload(self) -> None:
        """Evaluate the person's credentials on the worker thread, then rebuild the cards."""
        self._generation += 1
        if self.person_id is None:
            self._clear_cards()
            self.view = None
            self._show_nobody()
            return
        person_id, generation, today = self.person_id, self._generation, self.ctx.clock.today()
        self.hub.actions.read(
            self,
            translate("dashboard_page", "Evaluate the credentials"),
            lambda: dashboard_view(self.ctx, person_id, today),
            lambda view: self._show(view) if generation == self._generation else None,
        )

    @property
    def cards(self) -> list[CredentialCard]:
        """The credential cards on screen, top to bottom."""
        return self.shelf.cards

    @override
    def filling(self) -> bool:
        return super().filling() or self.shelf.filling

    def _clear_cards(self) -> None:
        self.shelf.clear()

    def _show(self, view: DashboardView) -> None:
        self.view = view
        self.cpe_monitor.show_check(view.cpe_monitor)
        self.next_panel.show_suggestions(view.plans.suggestions if view.plans else ())
        plans = view.plans
        self.shelf.show(
            view.cards, [plans.plan_for(c.credential_id) if plans else None for c in view.cards]
        )
        self.deadlines.set_rows(view.upcoming)
        self._show_greeting(view)
        self._show_banner(view)

    def _connect_card(self, widget: CredentialCard) -> None:
        """A new card's buttons: each acts on the card the widget shows."""
        widget.step_requested.connect(lambda step: self.record_step(widget.card, step))
        widget.ready_requested.connect(lambda: self.show_ready(widget.card))
        widget.audit_requested.connect(lambda: self.record_audit(widget.card))
        widget.log_requested.connect(self.log_activity)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Cards stack their chart under their progress when the window is narrow."""
        super().resizeEvent(event)
        for widget in self.cards:
            widget.fit(self.card_scroll.viewport().width())

    def record_step(self, card: Card, step: Step) -> None:
        """Open the form of one application step of a card's credential (issue 20)."""
        from rxtracker.ui.dialogs.renewal_step_dialog import RenewalStepDialog

        dialog = RenewalStepDialog(self.ctx, self.hub, card, step, self)
        self.step_dialog = dialog  # tests reach the open form here
        dialog.open()

    def log_activity(self) -> None:
        """A card's Log CE…: the activity form for the person shown, over the dashboard."""
        from rxtracker.ui.dialogs.activity_dialog import ActivityDialog

        if self.person_id is None:
            return
        dialog = ActivityDialog(self.ctx, self.hub, self.person_id, None, self)
        dialog.finished.connect(dialog.deleteLater)
        self.activity_dialog = dialog  # tests reach the open form here
        dialog.open()

    def show_ready(self, card: Card) -> None:
        """The ready-to-apply checklist of a card's credential."""
        from rxtracker.ui.dialogs.ready_dialog import ReadyDialog

        self.ready_dialog = ReadyDialog(self.ctx, self.hub, card.credential_id, self)
        self.ready_dialog.open()

    def record_audit(self, card: Card) -> None:
        """The next step of a card's audit (notice, documents sent, outcome)."""
        from rxtracker.ui.dialogs.audit_dialog import AuditDialog

        self.audit_dialog = AuditDialog(self.ctx, self.hub, card, self)
        self.audit_dialog.open()

    def _show_nobody(self) -> None:
        self.cpe_monitor.show_check(None)
        self.next_panel.show_suggestions(())
        self.greeting.setText("")
        self.banner.hide()
        self.deadlines.set_rows([])
        self.empty.setText(
            translate("dashboard_page", "No records yet. Setting them up takes three short steps.")
        )
        self.empty.show()
        self.add_credential_button.setText(
            translate("dashboard_page", "Set up my records…")
        )  # opens the welcome
        self.add_credential_button.show()

    def _show_greeting(self, view: DashboardView) -> None:
        held = view.cards
        first = view.person.name.split()[0]
        if not held:
            self.greeting.setText(translate("dashboard_page", "Hello {name}.").format(name=first))
            self.empty.setText(
                translate(
                    "dashboard_page",
                    "Add the credentials you hold (PTCB or NHA certification, state "
                    "registration) and rxtracker will show what each one still needs.",
                )
            )
        else:
            if all(card.complete for card in held):
                words = translate(
                    "dashboard_page",
                    "Hello {name}. Every credential has everything it needs for this cycle.",
                )
            else:
                words = translate(
                    "dashboard_page", "Hello {name}. Here is what to do next for each credential."
                )
            self.greeting.setText(words.format(name=first))
        self.empty.setVisible(not held)
        self.add_credential_button.setText(translate("dashboard_page", "Add a credential…"))
        self.add_credential_button.setVisible(not held)

    def _show_banner(self, view: DashboardView) -> None:
        horizon = self.settings.reminder_days
        ended = [card for card in view.cards if card.standing.ended]
        soon = [card for card in view.due_within(horizon) if not card.standing.ended]
        if not (ended or soon) or self.banner_dismissed:
            self.banner.hide()
            return
        parts = [f"<p>⚠ <b>{html.escape(ended_headline(c))}</b></p>" for c in ended]
        if soon:
            lines = "<br>".join(
                f"• <b>{html.escape(c.type_name)}</b>: {html.escape(next_step(c))}" for c in soon
            )
            coming = translate("dashboard_page", "Coming up in the next %n days:", None, horizon)
            parts.append(f"<p><b>{coming}</b><br>{lines}</p>")
        self.banner_text.setText("".join(parts))
        phase = Phase.LAPSED if ended else Phase.AT_RISK
        colour = theme.phase_colour(phase, self).name()
        self.banner.setStyleSheet(
            f"QFrame#reminderBanner {{ border: 2px solid {colour};"
            f" border-radius: {theme.RADIUS}px; }}"
        )
        self.banner.show()

    def dismiss_banner(self) -> None:
        """Hide the reminder until rxtracker is opened again."""
        self.banner_dismissed = True
        self.banner.hide()
