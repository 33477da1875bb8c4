"""The dashboard: one card per credential, upcoming deadlines and the start-up reminder banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from rxtracker.engine import CredentialResult, Phase
from rxtracker.services import Context, Kind
from rxtracker.services.status import CredentialStatus, PersonStatus, person_status
from rxtracker.ui import theme
from rxtracker.ui.common import date_text, days_text
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.credentials import DeadlineModel, upcoming_deadlines
from rxtracker.ui.pages.base import Page, heading, setup_table
from rxtracker.ui.settings import UiSettings
from rxtracker.ui.status_words import short_names
from rxtracker.ui.widgets.cpe_monitor_panel import CpeMonitorPanel
from rxtracker.ui.widgets.credential_card import CredentialCard, in_words

_DONE = (Phase.COMPLETE,)


def due_soon(statuses: tuple[CredentialStatus, ...], horizon_days: int) -> list[CredentialResult]:
    """Credentials not yet done whose deadline (or expiration) falls within the horizon."""
    soon = []
    for status in statuses:
        result = status.result
        if result.phase in _DONE:
            continue
        day = result.dates.deadline or result.dates.end
        if day is not None and (day - result.as_of).days <= horizon_days:
            soon.append(result)
    return soon


class DashboardPage(Page):
    """Where every credential stands, and what to do next."""

    kinds = Page.kinds | {Kind.SETTINGS}  # the reminder horizon

    def __init__(
        self, ctx: Context, hub: EventHub, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, hub, parent)
        self.settings = settings
        self.banner_dismissed = False
        self.cards: list[CredentialCard] = []
        self.status: PersonStatus | None = None
        self._build()

    def _build(self) -> None:
        self.banner = QFrame()
        self.banner.setObjectName("reminderBanner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.banner_text.setAccessibleName("Reminder")
        dismiss = QPushButton("Dismiss")
        dismiss.setAccessibleName("Dismiss the reminder")
        dismiss.clicked.connect(self.dismiss_banner)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.cards_box = QVBoxLayout()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.add_credential_button = QPushButton("Add a credential…")
        cards = QWidget()
        column = QVBoxLayout(cards)
        column.addLayout(self.cards_box)
        column.addWidget(self.empty)
        column.addWidget(self.add_credential_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setWidget(cards)
        self.deadlines = DeadlineModel(self)
        self.deadline_table = QTableView()
        setup_table(self.deadline_table, "Upcoming deadlines")
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
        side.addWidget(QLabel("<b>Upcoming dates</b>"))
        side.addWidget(self.deadline_table, 1)
        self.cpe_monitor = CpeMonitorPanel(self.ctx)
        side.addWidget(self.cpe_monitor)
        body = QHBoxLayout()
        body.addWidget(self.card_scroll, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Dashboard"))
        layout.addWidget(self.banner)
        layout.addWidget(self.greeting)
        layout.addLayout(body, 1)

    def reload(self) -> None:
        """Evaluate the person's credentials and rebuild the cards."""
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        if self.person_id is None:
            self.status = None
            self._show_nobody()
            return
        self.status = person_status(self.ctx, self.person_id)
        self.cpe_monitor.show_person(self.person_id, self.ctx.clock.today())
        for credential in self.status.credentials:
            card = CredentialCard(credential)
            self.cards_box.addWidget(card)
            self.cards.append(card)
        short = short_names(self.ctx)
        self.deadlines.set_rows(
            upcoming_deadlines([s.result for s in self.status.credentials], short)
        )
        self._show_greeting(self.status)
        self._show_banner(self.status)

    def _show_nobody(self) -> None:
        self.cpe_monitor.show_person(None, self.ctx.clock.today())
        self.greeting.setText("")
        self.banner.hide()
        self.deadlines.set_rows([])
        self.empty.setText("Set up your records first: File ▸ Set up my records.")
        self.empty.show()
        self.add_credential_button.hide()

    def _show_greeting(self, status: PersonStatus) -> None:
        held = status.credentials
        first = status.person.name.split()[0]
        if not held:
            self.greeting.setText(f"Hello {first}.")
            self.empty.setText(
                "Add the credentials you hold (PTCB or NHA certification, state registration) "
                "and rxtracker will show what each one still needs."
            )
        else:
            done = sum(1 for s in held if s.result.phase == Phase.COMPLETE)
            if done == len(held):
                words = "Every credential has everything it needs for this cycle."
            else:
                words = "Here is what each of your credentials still needs."
            self.greeting.setText(f"Hello {first}. {words}")
        self.empty.setVisible(not held)
        self.add_credential_button.setVisible(not held)

    def _show_banner(self, status: PersonStatus) -> None:
        soon = due_soon(status.credentials, self.settings.reminder_days)
        if not soon or self.banner_dismissed:
            self.banner.hide()
            return
        lines = [_banner_line(result) for result in soon]
        horizon = self.settings.reminder_days
        self.banner_text.setText(
            f"<b>Coming up in the next {horizon} days:</b><br>" + "<br>".join(lines)
        )
        colour = theme.phase_colour(Phase.AT_RISK, self).name()
        self.banner.setStyleSheet(
            f"QFrame#reminderBanner {{ border: 2px solid {colour}; border-radius: 4px; }}"
        )
        self.banner.show()

    def dismiss_banner(self) -> None:
        """Hide the reminder until rxtracker is opened again."""
        self.banner_dismissed = True
        self.banner.hide()


def _banner_line(result: CredentialResult) -> str:
    day = result.dates.deadline or result.dates.end
    if day is None:
        return f"• <b>{result.type_name}</b>: held; it does not expire."
    when = f"{date_text(day)} ({days_text((day - result.as_of).days)})"
    needed = [in_words(sentence) for sentence in result.missing]
    if not needed:
        return f"• <b>{result.type_name}</b>: apply by {when}."
    return f"• <b>{result.type_name}</b>: apply by {when}. Still needed: " + "; ".join(needed) + "."
