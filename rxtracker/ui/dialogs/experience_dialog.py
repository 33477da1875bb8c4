"""Add or edit a period of work, so years of experience are computed, never typed."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rxtracker.catalog import CredentialType
from rxtracker.catalog.model import ConditionKind
from rxtracker.domain import InvalidInput
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import Context, Outcome
from rxtracker.services.custom_types import credential_types
from rxtracker.services.experience import (
    MAX_HOURS_PER_WEEK,
    MIN_HOURS_PER_WEEK,
    ExperienceInput,
    ExperienceRow,
    add_experience,
    update_experience,
)
from rxtracker.services.inputs import clean_tag
from rxtracker.services.wording.pathways import AREA_WORDS, area_words
from rxtracker.ui.actions import save_and_close
from rxtracker.ui.dialogs.guarded import GuardedDialog
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.experience import period_text
from rxtracker.ui.widgets.date_edit import DateEdit, qdate

#: Areas of work in plain words; PTCB's pathways look for some of them (see ``area_choices``).
SETTINGS = (
    QT_TRANSLATE_NOOP("experience_dialog", "Community (retail) pharmacy"),
    QT_TRANSLATE_NOOP("experience_dialog", "Hospital pharmacy"),
    QT_TRANSLATE_NOOP("experience_dialog", "Long-term care pharmacy"),
    QT_TRANSLATE_NOOP("experience_dialog", "Compounding pharmacy"),
    QT_TRANSLATE_NOOP("experience_dialog", "Specialty pharmacy"),
    QT_TRANSLATE_NOOP("experience_dialog", "Mail-order pharmacy"),
)


def area_choices(types: Iterable[CredentialType]) -> dict[str, str]:
    """Area tag -> words: the usual areas plus every area a pathway in the catalog asks for."""
    choices = {area: area_words(area) for area in AREA_WORDS}
    for ctype in types:
        routes = ctype.eligibility.routes if ctype.eligibility else ()
        conditions = [c for r in routes for c in r.conditions]
        conditions += ctype.eligibility.conditions if ctype.eligibility else ()
        for condition in conditions:
            if condition.kind == ConditionKind.EXPERIENCE:
                for area in condition.areas:
                    choices.setdefault(area, area.replace("-", " ").capitalize())
    return choices


class ExperienceDialog(GuardedDialog):
    """The form of a period of work. Save stays disabled, with reasons, until it is valid."""

    saved = Signal(object)  # Outcome[ExperienceRow]
    thing = QT_TRANSLATE_NOOP("guarded", "period of work")

    def __init__(
        self,
        ctx: Context,
        hub: EventHub,
        person_id: int,
        row: ExperienceRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.hub = ctx, hub
        self.person_id = person_id
        self.row = row
        self.setWindowTitle(
            translate("experience_dialog", "Edit work experience")
            if row
            else translate("experience_dialog", "Add work experience")
        )
        self._build()
        if row is not None:
            self._fill(row)
        else:
            self.current.setChecked(True)  # a new job is the one held now, not a zero-day one
        self._update()
        self.remember_saved_state()

    def _build(self) -> None:
        form = QFormLayout()
        self.role = QLineEdit()
        self.role.setAccessibleName(translate("experience_dialog", "Job title or role"))
        self.role.setPlaceholderText(translate("experience_dialog", "e.g. IV technician"))
        form.addRow(translate("experience_dialog", "&Role:"), self.role)
        self.setting = QComboBox()
        self.setting.setEditable(True)
        self.setting.addItems(["", *(translate("experience_dialog", s) for s in SETTINGS)])
        self.setting.setAccessibleName(translate("experience_dialog", "Where (setting)"))
        setting_text = self.setting.lineEdit()
        if setting_text is not None:
            setting_text.setPlaceholderText(
                translate("experience_dialog", "Optional: where you worked")
            )
        form.addRow(translate("experience_dialog", "&Where:"), self.setting)
        self.start = DateEdit(translate("experience_dialog", "Start date"), self.ctx.clock.today())
        self.start.setMaximumDate(qdate(self.ctx.clock.today()))
        form.addRow(translate("experience_dialog", "&Started:"), self.start)
        self.current = QCheckBox(translate("experience_dialog", "I still work here"))
        self.end = DateEdit(translate("experience_dialog", "End date"), self.ctx.clock.today())
        self.end.setMaximumDate(qdate(self.ctx.clock.today()))
        self.current.toggled.connect(lambda on: self.end.setEnabled(not on))
        end_row = QWidget()
        box = QHBoxLayout(end_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.end, 1)
        box.addWidget(self.current)
        form.addRow(translate("experience_dialog", "&Ended:"), end_row)
        self.hours = QSpinBox()
        self.hours.setRange(MIN_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK)
        self.hours.setValue(40)
        self.hours.setSuffix(translate("experience_dialog", " hours a week"))
        self.hours.setAccessibleName(translate("experience_dialog", "Hours per week"))
        form.addRow(translate("experience_dialog", "&Usual hours:"), self.hours)
        form.addRow(translate("experience_dialog", "&Areas of work:"), self._areas())
        self.notes = QLineEdit()
        self.notes.setAccessibleName(translate("experience_dialog", "Notes"))
        self.notes.setPlaceholderText(
            translate("experience_dialog", "Optional, e.g. supervisor's name for a reference")
        )
        form.addRow(translate("experience_dialog", "&Notes:"), self.notes)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName(
            translate("experience_dialog", "What is still needed before saving")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reasons)
        layout.addWidget(self.buttons)
        self.role.textChanged.connect(self._update)
        self.other_areas.textChanged.connect(self._update)
        for signal in (self.start.dateChanged, self.end.dateChanged):
            signal.connect(self._update)
        self.current.toggled.connect(self._update)
        self.resize(560, self.sizeHint().height())

    def _areas(self) -> QWidget:
        self.area_list = QListWidget()
        self.area_list.setAccessibleName(translate("experience_dialog", "Areas of work"))
        for tag, words in area_choices(credential_types(self.ctx).values()).items():
            item = QListWidgetItem(words, self.area_list)
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = 5
        height = self.area_list.sizeHintForRow(0) * rows + 2 * self.area_list.frameWidth()
        self.area_list.setFixedHeight(height)
        self.other_areas = QLineEdit()
        self.other_areas.setAccessibleName(translate("experience_dialog", "Other areas of work"))
        self.other_areas.setPlaceholderText(
            translate("experience_dialog", "Other areas, separated by commas")
        )
        hint = QLabel(
            translate(
                "experience_dialog",
                "PTCB's certificates and the CSPT look at these to count your experience.",
            )
        )
        hint.setWordWrap(True)
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.area_list)
        box.addWidget(self.other_areas)
        box.addWidget(hint)
        return column

    def _fill(self, row: ExperienceRow) -> None:
        self.role.setText(row.role)
        self.setting.setCurrentText(row.setting)
        self.start.setDate(qdate(row.start_on))
        self.current.setChecked(row.end_on is None)
        if row.end_on is not None:
            self.end.setDate(qdate(row.end_on))
        self.hours.setValue(row.hours_per_week)
        listed = set()
        for index in range(self.area_list.count()):
            item = self.area_list.item(index)
            tag = item.data(Qt.ItemDataRole.UserRole)
            listed.add(tag)
            ticked = tag in row.areas
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.other_areas.setText(", ".join(a for a in row.areas if a not in listed))
        self.notes.setText(row.notes)

    # ------------------------------------------------------------------ checking

    def areas(self) -> tuple[str, ...]:
        """The ticked areas and the typed ones (typed ones are checked on save)."""
        ticked = [
            str(self.area_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.area_list.count())
            if self.area_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        typed = [t.strip() for t in self.other_areas.text().split(",") if t.strip()]
        return (*ticked, *typed)

    def snapshot(self) -> Hashable:
        """Every field, to tell an untouched form from a typed one."""
        return (
            self.role.text(),
            self.setting.currentText(),
            self.start.value(),
            self.end.value(),
            self.current.isChecked(),
            self.hours.value(),
            self.areas(),
            self.notes.text(),
        )

    def entered(self) -> ExperienceInput:
        """The form as a service input."""
        return ExperienceInput(
            role=self.role.text(),
            start_on=self.start.value(),
            end_on=None if self.current.isChecked() else self.end.value(),
            hours_per_week=self.hours.value(),
            areas=self.areas(),
            setting=self.setting.currentText(),
            notes=self.notes.text(),
        )

    def problems(self) -> list[tuple[QWidget, str]]:
        """What keeps Save disabled: (the field, the reason in words)."""
        if not self.role.text().strip():
            return [
                (
                    self.role,
                    translate("experience_dialog", "Enter your role, such as IV technician"),
                )
            ]
        for text in self.other_areas.text().split(","):
            try:
                if text.strip():
                    clean_tag(text)
            except InvalidInput:
                words = translate(
                    "experience_dialog", "“{area}” can only use letters, digits, spaces and dashes"
                ).format(area=text.strip())
                return [(self.other_areas, words)]
        try:
            self.entered().cleaned(self.ctx.clock.today())
        except InvalidInput as exc:
            fields = {"start": self.start, "end": self.end, "hours per week": self.hours}
            return [(fields.get(exc.field, self.notes), exc.sentence)]
        return []

    def _update(self) -> None:
        self.show_problems(
            self.problems(),
            (self.role, self.start, self.end, self.other_areas, self.notes),
            self.save_button,
            self.reasons,
        )

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Save through the services; a problem keeps the form open with the reason."""
        if self.problems():
            return
        data, row = self.entered(), self.row

        def write() -> Outcome[ExperienceRow]:
            if row is None:
                return add_experience(self.ctx, self.person_id, data)
            return update_experience(self.ctx, row.id, data)

        save_and_close(
            self,
            self.hub,
            self.saved,
            translate("experience_dialog", "Save {role}").format(role=data.role),
            write,
            problem=self.reasons,
            message=_saved_words,
        )


def _saved_words(outcome: Outcome[ExperienceRow]) -> str:
    return translate("experience_dialog", "Saved {role}, {period}.").format(
        role=outcome.value.role, period=period_text(outcome.value)
    )
