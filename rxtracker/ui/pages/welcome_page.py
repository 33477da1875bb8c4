"""First run: your name, home state and the credentials you hold. Skippable, no dead ends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import RxError
from rxtracker.services import (
    Context,
    CredentialInput,
    PersonInput,
    people,
)
from rxtracker.services.custom_types import credential_type
from rxtracker.ui import theme
from rxtracker.ui.common import date_text
from rxtracker.ui.dialogs.credential_dialog import CredentialFields
from rxtracker.ui.hub import EventHub
from rxtracker.ui.pages.base import heading
from rxtracker.ui.widgets.state_picker import state_picker


class WelcomePage(QWidget):
    """Two short steps; ``done`` carries the new person's id (None when skipped)."""

    done = Signal(object)  # int | None

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hub = hub
        self.pending: list[CredentialInput] = []
        self.steps = QStackedWidget()
        self.steps.addWidget(self._about_you())
        self.steps.addWidget(self._your_credentials())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.problem_colour(self).name()};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(heading("Welcome to rxtracker"))
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.problem)

    # ------------------------------------------------------------------ step 1

    def _about_you(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            "rxtracker keeps your CE records and certificates on this computer and tells you "
            "what each of your credentials still needs, and by when.\n\n"
            "Two quick questions to get started. You can change everything later."
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName("Your name")
        self.name.setPlaceholderText("As on your certificates")
        self.name.textChanged.connect(self._name_changed)
        self.state = state_picker("Choose later")
        form = QFormLayout()
        form.addRow("Your &name:", self.name)
        form.addRow("&Home state:", self.state)
        self.skip_button = QPushButton("Skip for now")
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton("&Next")
        self.next_button.setDefault(True)
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.go_to_credentials)
        self.name.returnPressed.connect(self.go_to_credentials)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(_row(self.skip_button, self.next_button))
        return page

    def _name_changed(self, text: str) -> None:
        self.next_button.setEnabled(bool(text.strip()))

    def go_to_credentials(self) -> None:
        """Step 2, once a name is typed."""
        if self.name.text().strip():
            self.steps.setCurrentIndex(1)
            self.fields.type_combo.setFocus()

    # ------------------------------------------------------------------ step 2

    def _your_credentials(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            "Which credentials do you hold? Add each one: your national certification (PTCB or "
            "NHA) and your state registration or license. Their expiration dates are on your "
            "wallet card or on the board's website."
        )
        intro.setWordWrap(True)
        self.fields = CredentialFields(self.ctx, self.hub)
        self.fields.suggest_expiration()
        self.add_button = QPushButton("&Add this credential")
        self.add_button.clicked.connect(self.add_pending)
        self.added = QListWidget()
        self.added.setAccessibleName("Credentials you added")
        self.added.setMaximumHeight(self.added.fontMetrics().height() * 6)
        back = QPushButton("&Back")
        back.clicked.connect(lambda: self.steps.setCurrentIndex(0))
        self.finish_button = QPushButton("&Finish")
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finish)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addLayout(_row(None, self.add_button))
        layout.addWidget(QLabel("Added so far:"))
        layout.addWidget(self.added)
        layout.addStretch(1)
        layout.addLayout(_row(back, self.finish_button))
        return page

    def add_pending(self) -> None:
        """Check the credential typed and keep it for Finish."""
        data = self.fields.entered()
        try:
            clean = data.cleaned()
            ctype = credential_type(self.ctx, clean.type_id)
        except RxError as exc:
            self.problem.setText(str(exc))
            return
        self.problem.setText("")
        self.pending.append(clean)
        self.added.addItem(f"{ctype.name}, expires {date_text(clean.expires_on)}")
        self.fields.number.clear()
        self.fields.type_combo.setFocus()

    def finish(self) -> None:
        """Save the person and the credentials added, then show the dashboard."""
        person = PersonInput(self.name.text(), home_state=self.state.currentData())
        held = tuple(self.pending)
        self.hub.actions.run(
            self,
            "Save your records",
            lambda: people.add_person_with_credentials(self.ctx, person, held),
            message=lambda o: f"Welcome, {o.value.name}. Your records are ready.",
            done=lambda o: self.done.emit(o.value.id),
            failed=lambda words: self.problem.setText(f"Nothing was saved: {words}"),
        )

    def skip(self) -> None:
        """Leave the welcome; the app offers it again from the File menu."""
        self.done.emit(None)

    def restart(self) -> None:
        """Show step 1 again, empty."""
        self.pending.clear()
        self.added.clear()
        self.name.clear()
        self.problem.clear()
        self.steps.setCurrentIndex(0)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)


def _row(left: QWidget | None, right: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    if left is not None:
        row.addWidget(left)
    row.addStretch(1)
    row.addWidget(right)
    return row
