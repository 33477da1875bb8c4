"""Add or edit a CE activity: UAN read as you type, hours or CEUs, tags and the certificate."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rxtracker.domain import Category, Hours, InvalidInput
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import ActivityInput, ActivityRow, Context, Outcome, activities
from rxtracker.services.pathways import program_choices
from rxtracker.ui import theme
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.common import open_with_system_viewer
from rxtracker.ui.dialogs.already import unless_declined
from rxtracker.ui.dialogs.certificate_fill import FieldMark, FillsFromCertificate
from rxtracker.ui.dialogs.guarded import GuardedDialog, reasons_text
from rxtracker.ui.dialogs.uan_feedback import UanState, uan_feedback
from rxtracker.ui.hub import EventHub
from rxtracker.ui.widgets.certificate_drop import CertificateDrop
from rxtracker.ui.widgets.date_edit import DateEdit, qdate
from rxtracker.ui.widgets.tag_picker import TagPicker

HOURS = QT_TRANSLATE_NOOP("activity_dialog", "contact hours")
CEUS = QT_TRANSLATE_NOOP("activity_dialog", "CEUs (1 CEU = 10 hours)")


class ActivityDialog(GuardedDialog, FillsFromCertificate):
    """The add/edit form. Save stays disabled, with the reasons shown, until the entry is valid.

    Cancel, Escape or closing the window with unsaved changes asks "Discard this activity?".
    """

    saved = Signal(object)  # Outcome[ActivityRow]
    thing = QT_TRANSLATE_NOOP("guarded", "activity")

    def __init__(
        self,
        ctx: Context,
        hub: EventHub,
        person_id: int | None,
        activity: ActivityRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """The form of ``activity`` (None: a new one) of ``person_id``.

        ``person_id`` None: a spare form, built ahead while the window is idle and made the
        form of an activity by ``aim`` when one is opened (``LogPage``).
        """
        super().__init__(parent)
        self.ctx, self.hub = ctx, hub
        self.built_on = ctx.clock.today()  # a spare is used the day it was built (see aim)
        self._read_path: Path | None = None  # the certificate last read into the form
        self.removing_stored = False  # "Remove the stored certificate", applied on Save
        self._filling = False  # the form is being filled from a certificate
        self._build()
        if person_id is not None:
            self.aim(person_id, activity)

    def aim(self, person_id: int, activity: ActivityRow | None = None) -> None:
        """Make this form, built without a person and never shown, the form of ``activity``.

        ``activity`` None: a new activity of ``person_id``.
        """
        self.person_id = person_id
        self.activity = activity
        self._category_touched = activity is not None
        self._date_touched = activity is not None  # a certificate fills only an untouched date
        self.setWindowTitle(
            translate("activity_dialog", "Edit CE activity")
            if activity
            else translate("activity_dialog", "Log a CE activity")
        )
        if activity is not None:
            self._fill(activity)
        self._update()
        self._follow_edits()
        self.remember_saved_state()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.uan = self._line("UAN", translate("activity_dialog", "e.g. 0123-0000-24-001-H03-T"))
        self.uan_note = QLabel()
        self.uan_note.setAccessibleName(translate("activity_dialog", "What the UAN says"))
        self.marks: dict[str, FieldMark] = {}
        form.addRow(translate("activity_dialog", "ACPE &UAN:"), self._marked("uan", self.uan))
        form.addRow("", self.uan_note)
        self.title_edit = self._line(
            translate("activity_dialog", "Title"),
            translate("activity_dialog", "The course title, as on the certificate"),
        )
        form.addRow(translate("activity_dialog", "&Title:"), self._marked("title", self.title_edit))
        self.provider = self._line(
            translate("activity_dialog", "Provider"),
            translate("activity_dialog", "Who gave the course"),
        )
        form.addRow(
            translate("activity_dialog", "&Provider:"), self._marked("provider", self.provider)
        )
        self.date = DateEdit(translate("activity_dialog", "Date completed"), self.ctx.clock.today())
        self.date.setMaximumDate(qdate(self.ctx.clock.today()))
        self.date.dateChanged.connect(self._date_changed)
        form.addRow(
            translate("activity_dialog", "&Date completed:"), self._marked("date", self.date)
        )
        form.addRow(translate("activity_dialog", "&Amount:"), self._amount_row())
        self.category = QComboBox()
        self.category.setAccessibleName(translate("activity_dialog", "Kind of CE"))
        for category in Category:
            self.category.addItem(category.label, category.value)
        self.category.activated.connect(self._category_chosen)
        form.addRow(translate("activity_dialog", "&Kind of CE:"), self.category)
        self.tags = TagPicker()
        form.addRow(translate("activity_dialog", "&Subjects:"), self.tags)
        self.program = QComboBox()
        self.program.setAccessibleName(translate("activity_dialog", "PTCB-recognized program for"))
        self.program.addItem(translate("activity_dialog", "No, an ordinary CE course"), None)
        for program_id, name in program_choices(self.ctx).items():
            self.program.addItem(name, program_id)
        self.program.setToolTip(
            translate(
                "activity_dialog",
                "Choose the certificate when this course was a PTCB-Recognized education/training "
                "program (it then counts on the Pathways page).",
            )
        )
        form.addRow(translate("activity_dialog", "PTCB-&recognized program for:"), self.program)
        self.certificate = CertificateDrop()
        self.stored = QWidget()
        self.stored_layout = QVBoxLayout(self.stored)
        self.stored_layout.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("activity_dialog", "Certificate:"), self._certificate_column())
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 3 + 12)
        self.notes.setAccessibleName(translate("activity_dialog", "Notes"))
        form.addRow(translate("activity_dialog", "&Notes:"), self.notes)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName(
            translate("activity_dialog", "What is still needed before saving")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.reasons)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)
        self.resize(640, self.sizeHint().height())

    def _follow_edits(self) -> None:
        """Check the form again at each edit (connected once filled: filling checks it once)."""
        for signal in (
            self.uan.textChanged,
            self.title_edit.textChanged,
            self.hours.textChanged,
            self.unit.currentIndexChanged,
            self.tags.changed,
            self.certificate.changed,
        ):
            signal.connect(self._update)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.uan.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _amount_row(self) -> QWidget:
        self.hours = self._line(
            translate("activity_dialog", "Amount"),
            translate("activity_dialog", "e.g. {hours}").format(hours=Hours(150).shown()),
        )
        self.hours.setMaximumWidth(100)
        self.unit = QComboBox()
        self.unit.addItems(
            [translate("activity_dialog", HOURS), translate("activity_dialog", CEUS)]
        )
        self.unit.setAccessibleName(translate("activity_dialog", "Unit"))
        self.hours_note = QLabel()
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.hours)
        box.addWidget(self.unit)
        box.addWidget(self.hours_note, 1)
        box.addWidget(self._mark("hours", self.hours))
        return row

    def use_contact_hours(self) -> None:
        """Switch the amount's unit to contact hours (a certificate's hours are)."""
        self.unit.setCurrentIndex(0)

    def _certificate_column(self) -> QWidget:
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stored)
        box.addWidget(self.certificate)
        self.certificate_note = QLabel()
        self.certificate_note.setWordWrap(True)
        self.certificate_note.setTextFormat(Qt.TextFormat.RichText)
        self.certificate_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.certificate_note.setAccessibleName(
            translate("activity_dialog", "What the certificate says")
        )
        self.certificate_note.hide()
        box.addWidget(self.certificate_note)
        self.certificate.changed.connect(self._certificate_changed)
        return column

    def _fill(self, a: ActivityRow) -> None:
        self.uan.setText(a.uan or "")
        self.title_edit.setText(a.title)
        self.provider.setText(a.provider)
        self.date.setDate(qdate(a.completed_on))
        self.hours.setText(a.hours.shown())
        self.category.setCurrentIndex(self.category.findData(a.category.value))
        self.tags.set_tags(a.tags)
        self.program.setCurrentIndex(max(self.program.findData(a.recognized_program), 0))
        self.notes.setPlainText(a.notes)
        layout = self.stored_layout
        for attachment in a.attachments:
            name = attachment.original_name
            button = QPushButton(
                translate("activity_dialog", "Open the stored certificate ({name})").format(
                    name=name
                )
            )
            button.setAutoDefault(False)
            button.setAccessibleName(
                translate("activity_dialog", "Open the stored certificate {name}").format(name=name)
            )
            button.clicked.connect(
                lambda _=False, x=attachment: open_with_system_viewer(
                    activities.open_certificate(self.ctx, x)
                )
            )
            layout.addWidget(button)
        if a.attachments:
            self.remove_stored_button = QPushButton(
                translate("activity_dialog", "Remo&ve the stored certificate")
            )
            self.remove_stored_button.setAutoDefault(False)
            self.remove_stored_button.clicked.connect(self._remove_stored)
            layout.addWidget(self.remove_stored_button)

    def _remove_stored(self) -> None:
        """Take the stored certificates off when the form is saved (Cancel keeps them)."""
        self.removing_stored = True
        for widget in self.stored.findChildren(QPushButton):
            widget.hide()
        self.stored_layout.addWidget(
            QLabel(
                translate("activity_dialog", "The stored certificate is taken off when you save.")
            )
        )

    def snapshot(self) -> Hashable:
        """Every field the user can change, to tell an untouched form from a typed one."""
        return (
            self.uan.text(),
            self.title_edit.text(),
            self.provider.text(),
            self.date.value(),
            self.hours.text(),
            self.unit.currentIndex(),
            self.category.currentIndex(),
            self.tags.tags(),
            self.tags.other.text(),
            self.program.currentIndex(),
            self.notes.toPlainText(),
            str(self.certificate.path or ""),
        )

    # ------------------------------------------------------------------ checking

    def _category_chosen(self, _index: int) -> None:
        self._category_touched = True

    def amount(self) -> Hours | None:
        """The amount typed, in contact hours (None when it is not a number yet)."""
        text = self.hours.text().strip()
        if not text:
            return None
        try:
            if self.unit.currentIndex() == 1:  # CEUS
                return Hours.from_ceu(text)
            return Hours.parse(text)
        except (InvalidInput, ArithmeticError):
            return None

    def reasons_not_ready(self) -> list[str]:
        """Everything that keeps Save disabled, in words."""
        reasons = []
        feedback = uan_feedback(self.uan.text())
        if feedback.state == UanState.WRONG:
            problem = feedback.message[0].lower() + feedback.message[1:]
            reasons.append(
                translate("activity_dialog", "Fix the UAN: {problem}").format(problem=problem)
            )
        elif feedback.state == UanState.TYPING:
            reasons.append(translate("activity_dialog", "Finish the UAN, or clear it"))
        if not self.title_edit.text().strip():
            reasons.append(translate("activity_dialog", "Enter the course title"))
        reasons += self._amount_problems()
        if self.tags.problem():
            reasons.append(str(self.tags.problem()))
        if self.certificate.problem:
            reasons.append(
                translate("activity_dialog", "Choose another certificate file: {problem}").format(
                    problem=self.certificate.problem
                )
            )
        return reasons

    def _amount_problems(self) -> list[str]:
        """What is wrong with the amount typed, in words (nothing when it is right)."""
        amount = self.amount()
        if not self.hours.text().strip():
            return [translate("activity_dialog", "Enter the hours")]
        if amount is None:
            return [
                translate(
                    "activity_dialog",
                    "The amount must be a number such as {example} (at most two decimals)",
                ).format(example=Hours(150).shown())
            ]
        if amount.hundredths <= 0:
            return [translate("activity_dialog", "The amount must be more than 0")]
        if amount > Hours(10_000):
            return [
                translate(
                    "activity_dialog",
                    "That is more than 100 hours for one course; check the number",
                )
            ]
        return []

    def _update(self) -> None:
        feedback = uan_feedback(self.uan.text())
        self._show_uan(feedback.state, feedback.message)
        if not self._category_touched:
            automatic = Category.ACPE if feedback.uan is not None else Category.OTHER
            self.category.setCurrentIndex(self.category.findData(automatic.value))
        amount = self.amount()
        ceus = self.unit.currentIndex() == 1  # CEUS
        self.hours_note.setText(f"= {amount.describe()}" if ceus and amount else "")
        reasons = self.reasons_not_ready()
        self.save_button.setEnabled(not reasons)
        self._show_reasons(reasons)

    def _show_uan(self, state: UanState, message: str) -> None:
        wrong = state == UanState.WRONG
        self.uan.setProperty("invalid", wrong)
        colour = theme.problem_colour(self).name()
        theme.restyle(self.uan, f"QLineEdit {{ border: 2px solid {colour}; }}" if wrong else "")
        for action in self.uan.actions():
            self.uan.removeAction(action)
        if state in (UanState.WRONG, UanState.VALID):
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if wrong
                else QStyle.StandardPixmap.SP_DialogApplyButton
            )
            self.uan.addAction(
                self.style().standardIcon(pixmap), QLineEdit.ActionPosition.TrailingPosition
            )
        colour_css = f"color: {colour};" if wrong else ""
        theme.restyle(self.uan_note, colour_css)
        self.uan_note.setText(message)
        self.uan.setToolTip(message if wrong else "")

    def _show_reasons(self, reasons: list[str]) -> None:
        self.reasons.setText(reasons_text(reasons))

    # ------------------------------------------------------------------ saving

    def entered(self) -> ActivityInput:
        """The form as a service input."""
        amount = self.amount()
        assert amount is not None
        return ActivityInput(
            title=self.title_edit.text(),
            completed_on=self.date.value(),
            hours=amount,
            provider=self.provider.text(),
            uan=self.uan.text() or None,
            category=Category(self.category.currentData()),
            tags=self.tags.tags(),
            notes=self.notes.toPlainText(),
            recognized_program=self.program.currentData(),
        )

    def save(self) -> None:
        """Save through the services; on a problem the dialog stays open with the reason."""
        if self.reasons_not_ready():
            return
        data = self.entered()
        save_and_close(
            self,
            self.hub,
            self.saved,
            translate("activity_dialog", "Save “{title}”").format(title=data.title),
            lambda: self._write(data),
            problem=self.reasons,
            message=lambda o: translate("activity_dialog", "Saved “{title}” ({hours}).").format(
                title=o.value.title, hours=o.value.hours.describe()
            ),
        )

    def _write(self, data: ActivityInput) -> Outcome[ActivityRow]:
        chosen = self.certificate.path if self.certificate.problem is None else None
        if self.activity is None:
            return unless_declined(
                self,
                translate("activity_dialog", "Log it a second time?"),
                lambda again: activities.add_activity(
                    self.ctx, self.person_id, data, certificate=chosen, again=again
                ),
            )
        return activities.update_activity(
            self.ctx,
            self.activity.id,
            data,
            certificate=chosen,
            detach=self.removing_stored,
            version=self.activity.version,
        )
