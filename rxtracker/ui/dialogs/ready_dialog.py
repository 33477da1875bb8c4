"""Ready to apply? The checklist of a dashboard card's credential (issue 20).

Each line is done or says what to do; the two things only the technician can look at in
their NABP e-Profile are confirmed here with one click each.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rxtracker.i18n import data_text, translate
from rxtracker.services import Context
from rxtracker.services.ready import ReadyView, confirm, ready_view
from rxtracker.ui import theme
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.credential_card import in_words


class ReadyDialog(QDialog):
    """The checklist, read again after each confirmation."""

    def __init__(
        self, ctx: Context, hub: EventHub, credential_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.hub, self.credential_id = ctx, hub, credential_id
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.grid = QGridLayout()
        self.confirm_buttons: dict[str, QPushButton] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addLayout(self.grid)
        layout.addWidget(buttons)
        self.view: ReadyView | None = None
        self.reload()
        self.resize(620, self.sizeHint().height())

    def reload(self) -> None:
        """Read the checklist and show each line."""
        self.view = view = ready_view(self.ctx, self.credential_id)
        self.setWindowTitle(
            translate("ready_dialog", "Ready to apply? {credential}").format(
                credential=data_text(view.type_name)
            )
        )
        if view.ready:
            verdict = translate("ready_dialog", "<b>{credential}: ready to apply</b>")
        else:
            verdict = translate("ready_dialog", "<b>{credential}: not ready yet</b>")
        self.verdict.setText(verdict.format(credential=data_text(view.type_name)))
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.confirm_buttons = {}
        for row, check in enumerate(view.checks):
            mark = QLabel("✓" if check.done else "✗")
            colour = theme.good_colour(self) if check.done else theme.problem_colour(self)
            mark.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
            text = QLabel(check.label + (f": {in_words(check.detail)}" if check.detail else ""))
            text.setWordWrap(True)
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(text, row, 1)
            if check.id in ("birthday", "ptcb-number") and not check.done:
                button = QPushButton(translate("ready_dialog", "Confirm"))
                button.setAccessibleName(
                    translate("ready_dialog", "Confirm: {what}").format(what=check.label)
                )
                button.clicked.connect(lambda _c=False, what=check.id: self.confirm(what))
                self.confirm_buttons[check.id] = button
                self.grid.addWidget(button, row, 2)
        self.grid.setColumnStretch(1, 1)

    def confirm(self, what: str) -> None:
        """Record the technician's yes, then read the checklist again."""
        today = self.ctx.clock.today()
        if self.hub.actions.run(
            self,
            translate("ready_dialog", "Confirm"),
            lambda: confirm(self.ctx, self.credential_id, what, today),
        ):
            self.reload()
