"""First run in three steps: about you, your credentials, all set. Skippable, no dead ends."""

from __future__ import annotations

import sys

from PySide6.QtCore import QDate, QProcess, Qt, Signal
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

from rxtracker.catalog import CredentialKind
from rxtracker.domain import RxError
from rxtracker.i18n import translate
from rxtracker.services import Context, CredentialInput, PersonInput, credentials, people
from rxtracker.services.custom_types import credential_type
from rxtracker.ui import theme
from rxtracker.ui.common import date_text
from rxtracker.ui.dialogs.credential_dialog import CredentialFields
from rxtracker.ui.hub import EventHub
from rxtracker.ui.pages.base import heading
from rxtracker.ui.widgets.date_edit import qdate
from rxtracker.ui.widgets.state_picker import state_picker
from rxtracker.ui.widgets.steps import StepIndicator

#: Everyone is offered the national certification most technicians hold.
NATIONAL = "ptcb-cpht"
#: The widest the steps' form grows (a form stretched across a wide window reads badly).
FORM_WIDTH = 680


class SampleData:
    """Opens a second rxtracker on sample records (tests replace ``launch``)."""

    @classmethod
    def launch(cls) -> bool:
        """Start ``rxtracker --demo`` beside this window; your records are not touched."""
        return QProcess.startDetached(sys.executable, ["-m", "rxtracker", "--demo"])[0]


class WelcomePage(QWidget):
    """Three short steps; ``done`` carries the new person's id (None when skipped)."""

    done = Signal(object)  # int | None

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hub = hub
        self.pending: list[CredentialInput] = []
        self.person_id: int | None = None
        self.expiry_typed = False
        self.indicator = StepIndicator(
            (
                translate("welcome_page", "About you"),
                translate("welcome_page", "Your credentials"),
                translate("welcome_page", "All set"),
            )
        )
        self.steps = QStackedWidget()
        for step in (self._about_you(), self._your_credentials(), self._all_set()):
            self.steps.addWidget(step)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.problem_colour(self).name()};")
        column = QWidget()
        column.setMaximumWidth(FORM_WIDTH)
        box = QVBoxLayout(column)
        box.addWidget(heading(translate("welcome_page", "Welcome to rxtracker")))
        box.addWidget(self.indicator)
        box.addWidget(self.steps, 1)
        box.addWidget(self.problem)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.Space.XL, theme.Space.XL, theme.Space.XL, theme.Space.XL)
        layout.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)

    # ------------------------------------------------------------------ step 1

    def _about_you(self) -> QWidget:
        page = QWidget()
        intro = _words(
            translate(
                "welcome_page",
                "rxtracker keeps your CE records and certificates on this computer and tells you "
                "what each of your credentials still needs, and by when. Two quick questions to "
                "get started; you can change everything later.",
            )
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("welcome_page", "Your name"))
        self.name.setPlaceholderText(translate("welcome_page", "As on your certificates"))
        self.name.textChanged.connect(self._name_changed)
        self.state = state_picker(translate("welcome_page", "Choose later"))
        form = QFormLayout()
        form.addRow(translate("welcome_page", "Your &name:"), self.name)
        form.addRow(translate("welcome_page", "&Home state:"), self.state)
        self.sample_button = QPushButton(
            translate("welcome_page", "Try it with &sample data first")
        )
        self.sample_button.setToolTip(
            translate("welcome_page", "Opens a second window on made-up records to look around")
        )
        self.sample_button.clicked.connect(self.try_sample_data)
        self.skip_button = QPushButton(translate("welcome_page", "Skip for now"))
        self.skip_button.clicked.connect(self.skip)
        self.next_button = QPushButton(translate("welcome_page", "&Next"))
        self.next_button.setDefault(True)
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.go_to_credentials)
        self.name.returnPressed.connect(self.go_to_credentials)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(_row(self.sample_button, None))
        layout.addStretch(1)
        layout.addLayout(_row(self.skip_button, self.next_button))
        return page

    def _name_changed(self, text: str) -> None:
        self.next_button.setEnabled(bool(text.strip()))

    def try_sample_data(self) -> None:
        """Open the sample records in a window of their own."""
        if not SampleData.launch():
            self.problem.setText(
                translate("welcome_page", "The sample records could not be opened.")
            )

    def go_to_credentials(self) -> None:
        """Step 2, once a name is typed: the home state's registration suggested first."""
        if not self.name.text().strip():
            return
        self.suggested = self.suggestions()
        names = [credential_type(self.ctx, t).name for t in self.suggested]
        joined = translate("welcome_page", "{first} and {second}")
        listed = names[0] if names else ""
        for name in names[1:]:
            listed = joined.format(first=listed, second=name)
        self.suggestion.setText(
            translate(
                "welcome_page",
                "Suggested for you: {names}. Add each one you hold; its expiration date is on "
                "your wallet card or the board's website.",
            ).format(names=listed)
        )
        self._choose(self.suggested[0] if self.suggested else NATIONAL)
        self._show_step(1)
        self.fields.type_combo.setFocus()

    def suggestions(self) -> list[str]:
        """The home state's technician registration (when the catalog has one), then PTCB."""
        home = self.state.currentData()
        ids = [
            t.id
            for t in credentials.credential_types(self.ctx)
            if home and t.kind is CredentialKind.STATE and t.state == home
        ]
        return [*ids[:1], NATIONAL]

    # ------------------------------------------------------------------ step 2

    def _your_credentials(self) -> QWidget:
        page = QWidget()
        self.suggestion = _words("")
        self.fields = CredentialFields(self.ctx, self.hub)
        self.fields.expires.dateChanged.connect(self._expiry_typed)
        self.add_button = QPushButton(translate("welcome_page", "&Add this credential"))
        self.add_button.clicked.connect(self.add_pending)
        self.added = QListWidget()
        self.added.setAccessibleName(translate("welcome_page", "Credentials you added"))
        self.added.setMaximumHeight(self.added.fontMetrics().height() * 5)
        back = QPushButton(translate("welcome_page", "&Back"))
        back.clicked.connect(lambda: self._show_step(0))
        self.finish_button = QPushButton(translate("welcome_page", "&Finish"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finish)
        layout = QVBoxLayout(page)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.fields)
        layout.addLayout(_row(None, self.add_button))
        layout.addWidget(QLabel(translate("welcome_page", "Added so far:")))
        layout.addWidget(self.added)
        layout.addStretch(1)
        layout.addLayout(_row(back, self.finish_button))
        return page

    def _choose(self, type_id: str) -> None:
        """Pick a type with an empty expiration date (its date is on the wallet card)."""
        combo = self.fields.type_combo
        combo.setCurrentIndex(max(combo.findData(type_id), 0))
        self.fields.expires.setDate(qdate(self.ctx.clock.today()))
        self.fields.expires.line.clear()
        self.fields.expires.line.setPlaceholderText(
            translate("welcome_page", "From your wallet card, e.g. 03/31/2027")
        )
        self.expiry_typed = False

    def _expiry_typed(self, _day: QDate) -> None:
        self.expiry_typed = True

    def add_pending(self) -> bool:
        """Check the credential typed and keep it for Finish; False (and why) if it can't be."""
        if not self.expiry_typed:
            self.problem.setText(
                translate("welcome_page", "Type the expiration date: it is on your wallet card.")
            )
            self.fields.expires.setFocus()
            return False
        try:
            clean = self.fields.entered().cleaned()
            ctype = credential_type(self.ctx, clean.type_id)
        except RxError as exc:
            self.problem.setText(str(exc))
            return False
        self.problem.setText("")
        self.pending.append(clean)
        self.added.addItem(
            translate("welcome_page", "{name}, expires {date}").format(
                name=ctype.name, date=date_text(clean.expires_on)
            )
        )
        self.fields.number.clear()
        chosen = {c.type_id for c in self.pending}
        self._choose(next((t for t in self.suggested if t not in chosen), clean.type_id))
        self.fields.type_combo.setFocus()
        return True

    def finish(self) -> None:
        """Save the person and the credentials added, then say what comes next.

        A credential typed in the form but not added yet is added first.
        """
        if self.expiry_typed and not self.add_pending():
            return
        person = PersonInput(self.name.text(), home_state=self.state.currentData())
        held = tuple(self.pending)
        self.hub.actions.run(
            self,
            translate("welcome_page", "Save your records"),
            lambda: people.add_person_with_credentials(self.ctx, person, held),
            message=lambda o: translate(
                "welcome_page", "Welcome, {name}. Your records are ready."
            ).format(name=o.value.name),
            done=lambda o: self._saved(o.value.id, len(held)),
            failed=lambda words: self.problem.setText(
                translate("welcome_page", "Nothing was saved: {why}").format(why=words)
            ),
        )

    # ------------------------------------------------------------------ step 3

    def _all_set(self) -> QWidget:
        page = QWidget()
        self.summary = _words("")
        self.open_button = QPushButton(translate("welcome_page", "&Open my dashboard"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self.done.emit(self.person_id))
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addLayout(_row(None, self.open_button))
        layout.addStretch(1)
        return page

    def _saved(self, person_id: int, count: int) -> None:
        self.person_id = person_id
        if count:
            words = translate(
                "welcome_page",
                "Your records are ready, with %n credential(s). The dashboard shows what each "
                "one still needs and by when; log a course with Ctrl+N whenever you finish one.",
                None,
                count,
            )
        else:
            words = translate(
                "welcome_page",
                "Your records are ready. Add your credentials from the dashboard when you have "
                "their expiration dates at hand; log a course with Ctrl+N whenever you finish one.",
            )
        self.summary.setText(words)
        self._show_step(2)
        self.open_button.setFocus()

    # ------------------------------------------------------------------ moving

    def _show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.indicator.set_step(index)
        self.problem.clear()

    def skip(self) -> None:
        """Leave the welcome; the dashboard offers it again with one button."""
        self.done.emit(None)

    def restart(self) -> None:
        """Show step 1 again, empty."""
        self.pending.clear()
        self.added.clear()
        self.name.clear()
        self.person_id = None
        self._show_step(0)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)


def _words(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _row(left: QWidget | None, right: QWidget | None) -> QHBoxLayout:
    row = QHBoxLayout()
    if left is not None:
        row.addWidget(left)
    row.addStretch(1)
    if right is not None:
        row.addWidget(right)
    return row
