"""Choosing an activity's tags: the known topics to tick, plus free tags."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from rxtracker.domain import InvalidInput
from rxtracker.domain.tags import KNOWN_TAGS, tag_label
from rxtracker.i18n import translate
from rxtracker.services.inputs import clean_tag


class TagPicker(QWidget):
    """Tick the subjects a course covers (Texas law, human trafficking...) or type others."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("tag_picker", "Subjects this course covers"))
        self.list.setUniformItemSizes(True)
        for label, tag in sorted((tag_label(tag), tag) for tag in KNOWN_TAGS):
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = 5
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth())
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.other = QLineEdit()
        self.other.setPlaceholderText(
            translate("tag_picker", "Other subjects, separated by commas")
        )
        self.other.setAccessibleName(translate("tag_picker", "Other subjects"))
        self.other.textChanged.connect(lambda _text: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.other)

    def set_tags(self, tags: tuple[str, ...]) -> None:
        """Tick the known tags and put the others in the text field."""
        known = set(tags) & set(KNOWN_TAGS)
        for index in range(self.list.count()):
            item = self.list.item(index)
            ticked = item.data(Qt.ItemDataRole.UserRole) in known
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.other.setText(", ".join(t for t in tags if t not in KNOWN_TAGS))
        for index in range(self.list.count()):
            if self.list.item(index).checkState() == Qt.CheckState.Checked:
                self.list.scrollToItem(self.list.item(index), QListWidget.ScrollHint.PositionAtTop)
                break

    def set_checked(self, tag: str, checked: bool = True) -> None:
        """Tick or untick one known tag."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == tag:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def tags(self) -> tuple[str, ...]:
        """Every chosen tag (free tags cleaned; wrong ones left out, see ``problem``)."""
        chosen = {
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }
        for text in self.other.text().split(","):
            try:
                if text.strip():
                    chosen.add(clean_tag(text))
            except InvalidInput:
                continue
        return tuple(sorted(chosen))

    def problem(self) -> str | None:
        """Why a typed subject cannot be used, or None."""
        for text in self.other.text().split(","):
            if not text.strip():
                continue
            try:
                clean_tag(text)
            except InvalidInput:
                return translate(
                    "tag_picker", "“{tag}” can only use letters, digits, spaces and dashes"
                ).format(tag=text.strip())
        return None
