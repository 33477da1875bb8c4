"""A certificate drop zone: drag a PDF, PNG or JPEG onto it, or browse for one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from rxtracker import i18n
from rxtracker.domain import InvalidInput
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.certificates import check_certificate
from rxtracker.ui.widgets.inline_progress import InlineProgress

FILE_FILTER = QT_TRANSLATE_NOOP(
    "certificate_drop", "Certificates (*.pdf *.png *.jpg *.jpeg *.PDF *.PNG *.JPG *.JPEG)"
)
_HINT = QT_TRANSLATE_NOOP(
    "certificate_drop", "Drop the certificate here (PDF, PNG or JPEG), or choose the file:"
)


class CertificateDrop(QFrame):
    """Holds the certificate file chosen for an activity, checked as soon as it is chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Sunken)
        self.path: Path | None = None
        self.problem: str | None = None
        self.file_dialog: QFileDialog | None = None
        self.label = QLabel(translate("certificate_drop", _HINT))
        self.label.setWordWrap(True)
        self.browse_button = QPushButton(translate("certificate_drop", "Choose file…"))
        self.browse_button.setAccessibleName(
            translate("certificate_drop", "Choose the certificate file")
        )
        self.browse_button.clicked.connect(self.browse)
        self.remove_button = QPushButton(translate("certificate_drop", "Remove"))
        self.remove_button.setAccessibleName(
            translate("certificate_drop", "Remove the chosen certificate")
        )
        self.remove_button.clicked.connect(self.clear)
        self.remove_button.hide()
        for button in (self.browse_button, self.remove_button):
            button.setAutoDefault(False)
        self.progress: InlineProgress | None = None
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.remove_button)
        self.box = QVBoxLayout(self)
        self.box.addLayout(row)
        self.setAccessibleName(translate("certificate_drop", "Certificate"))

    def set_file(self, path: Path) -> None:
        """Choose ``path``; a file that cannot be stored is shown with the reason."""
        self.path = path
        try:
            media_type, _, size = check_certificate(path)
        except InvalidInput as exc:
            self.problem = exc.problem
            self.label.setText(f"{path.name}: {exc.problem}")
        else:
            self.problem = None
            kind = (
                "PDF" if media_type == "application/pdf" else translate("certificate_drop", "image")
            )
            self.label.setText(
                translate(
                    "certificate_drop", "{name} ({kind}, {size}) will be kept with the record."
                ).format(name=path.name, kind=kind, size=_size_text(size))
            )
        self.remove_button.show()
        self.changed.emit()

    def clear(self) -> None:
        """Forget the chosen file."""
        self.path = None
        self.problem = None
        self.label.setText(translate("certificate_drop", _HINT))
        self.remove_button.hide()
        self.browse_button.setFocus()
        self.changed.emit()

    def show_progress(self, text: str) -> InlineProgress:
        """A progress row with Cancel inside the zone, for reading the file (not a window).

        The long action that is handed it moves the bar, and deletes it when the work ends.
        """
        bar = InlineProgress(text, self)
        bar.destroyed.connect(lambda: setattr(self, "progress", None))
        self.box.addWidget(bar)
        bar.show()
        self.progress = bar
        return bar

    def browse(self) -> None:
        """Open a file chooser (window-modal; the choice arrives through ``fileSelected``)."""
        dialog = QFileDialog(
            self,
            translate("certificate_drop", "Choose the certificate"),
            str(Path.home()),
            translate("certificate_drop", FILE_FILTER),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.set_file(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_file(event) is not None:
            event.acceptProposedAction()
            self.setFrameShadow(QFrame.Shadow.Raised)

    @override
    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.setFrameShadow(QFrame.Shadow.Sunken)
        super().dragLeaveEvent(event)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        self.setFrameShadow(QFrame.Shadow.Sunken)
        path = _local_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.set_file(path)


def _local_file(event: QDropEvent | QDragEnterEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        return Path(urls[0].toLocalFile())
    return None


def _size_text(size: int) -> str:
    if size >= 1048576:
        formats = i18n.formats()
        point = formats.decimal_point if formats else "."
        return f"{size / 1048576:.1f} MB".replace(".", point)
    return f"{max(1, size // 1024)} KB"
