"""Records that go with a technician (issue 20): the person archive from the desktop.

File ▸ Take my records to another computer… writes one person's records and certificates
to a .zip; File ▸ Bring records in from an archive… shows what an archive holds before
anything is written, then adds that person. Both run off the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import InvalidInput, parse_date
from rxtracker.i18n import translate
from rxtracker.services import Context, people
from rxtracker.services.person_archive import (
    PersonArchivePreview,
    PersonArchiveResult,
    export_person,
    import_person,
    preview_person,
)
from rxtracker.services.rows import Outcome
from rxtracker.ui import theme
from rxtracker.ui.common import date_text
from rxtracker.ui.hub import EventHub


def _file_row(edit: QLineEdit, browse: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row


class _ArchiveDialog(QDialog):
    """A file field, a status line and one action button."""

    def __init__(self, title: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(translate("archive_dialogs", "Archive file"))
        self.browse_button = QPushButton(translate("archive_dialogs", "Choose file…"))
        self.browse_button.clicked.connect(self.browse)
        self.browse_button.setAutoDefault(False)
        width = self.browse_button.fontMetrics().horizontalAdvance(self.browse_button.text())
        self.browse_button.setMinimumWidth(width + 32)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.action_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
        self.action_button.clicked.connect(self.act)
        buttons.rejected.connect(self.reject)
        self.column = layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(_file_row(self.path_edit, self.browse_button))
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def set_intro(self, text: str) -> None:
        """Say what the dialog does; the dialog grows to show every wrapped line."""
        self.intro.setText(text)
        width, layout = self.width(), self.column
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        self.resize(width, max(needed, self.sizeHint().height()))

    def browse(self) -> None:
        """Choose the file (the system's file dialog)."""

    def act(self) -> None:
        """Do the dialog's work."""

    def say(self, text: str, problem: bool = False) -> None:
        """Show ``text`` under the file field (in the problem colour for a problem)."""
        colour = f"color: {theme.problem_colour(self).name()};" if problem else ""
        self.status_label.setStyleSheet(colour)
        self.status_label.setText(text)

    def path(self) -> Path:
        """The chosen file.

        Raises:
            InvalidInput: none chosen.
        """
        text = self.path_edit.text().strip()
        if not text:
            raise InvalidInput("archive", translate("archive_dialogs", "choose a file first"))
        return Path(text).expanduser()


class TakeRecordsDialog(_ArchiveDialog):
    """File ▸ Take my records to another computer…: the person archive of one person."""

    def __init__(
        self, ctx: Context, hub: EventHub, person_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("archive_dialogs", "Take my records to another computer"),
            translate("archive_dialogs", "Save"),
            parent,
        )
        self.ctx, self.hub, self.person_id = ctx, hub, person_id
        self.person = people.get_person(ctx, person_id)
        self.set_intro(
            translate(
                "archive_dialogs",
                "Save {name}'s records (credentials, CE activities, certificates, "
                "work experience) in one .zip file. On the other computer, open rxtracker and "
                "use File ▸ Bring records in from an archive.",
            ).format(name=self.person.name)
        )
        file_name = translate("archive_dialogs", "{name} records.zip").format(name=self.person.name)
        self.path_edit.setText(str(Path.home() / file_name))

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: Context, hub: EventHub, person_id: int) -> None:
        """Open the dialog (it writes a file; the records do not change)."""
        dialog = cls(ctx, hub, person_id, parent)
        dialog.open()

    def browse(self) -> None:
        """Where to save the .zip."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("archive_dialogs", "Save as"),
            self.path_edit.text(),
            translate("archive_dialogs", "Archive (*.zip)"),
        )
        if path:
            self.path_edit.setText(path)

    def act(self) -> None:
        """Write the archive on a worker thread; the outcome shows in the dialog."""
        try:
            out = self.path()
        except InvalidInput as exc:
            self.say(str(exc), problem=True)
            return
        out = out if out.suffix.lower() == ".zip" else out.with_name(out.name + ".zip")
        self.hub.actions.run_long(
            self,
            translate("archive_dialogs", "Save the records archive"),
            lambda _progress: export_person(self.ctx, self.person_id, out),
            done=lambda r: self.say(_saved_words(r)),
            failed=lambda words: self.say(words, problem=True),
        )


def _saved_words(r: PersonArchiveResult) -> str:
    return translate(
        "archive_dialogs",
        "Saved {name}'s records to {path}: {credentials} credentials, "
        "{activities} activities, {certificates} certificate files.",
    ).format(
        name=r.person_name,
        path=r.path,
        credentials=r.credentials,
        activities=r.activities,
        certificates=r.certificates,
    )


class BringRecordsDialog(_ArchiveDialog):
    """File ▸ Bring records in from an archive…: preview, then add the person."""

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("archive_dialogs", "Bring records in from an archive"),
            translate("archive_dialogs", "Import"),
            parent,
        )
        self.ctx, self.hub = ctx, hub
        self.preview: PersonArchivePreview | None = None
        self.set_intro(
            translate(
                "archive_dialogs",
                "Choose the .zip saved with File ▸ Take my records to another computer. "
                "rxtracker shows what it holds first; nothing is added until you press Import.",
            )
        )
        self.action_button.setEnabled(False)
        self.loaded = ""  # the path last previewed: leaving the field unchanged keeps it
        self.path_edit.editingFinished.connect(self._typed)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: Context, hub: EventHub) -> None:
        """Open the dialog."""
        cls(ctx, hub, parent).open()

    def browse(self) -> None:
        """Choose the .zip, then preview it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("archive_dialogs", "Choose the records archive"),
            str(Path.home()),
            translate("archive_dialogs", "Archive (*.zip)"),
        )
        if path:
            self.load(path)

    def _typed(self) -> None:
        if self.path_edit.text() != self.loaded:
            self.load(self.path_edit.text())

    def load(self, path: str) -> None:
        """Read and check the archive (off the UI thread) and show what it holds."""
        self.path_edit.setText(path)
        self.loaded = path
        self.say("")
        self.preview = None
        self.action_button.setEnabled(False)
        if not path.strip():
            return
        self.hub.actions.run_long(
            self,
            translate("archive_dialogs", "Read the records archive"),
            lambda _progress: preview_person(self.ctx, Path(path).expanduser()),
            done=self._show,
            failed=lambda words: self.say(words, problem=True),
        )

    def _show(self, preview: PersonArchivePreview) -> None:
        self.preview = preview
        saved = date_text(parse_date(preview.created_at[:10]))
        text = translate(
            "archive_dialogs",
            "{name}: {credentials} credentials, {activities} "
            "CE activities, {certificates} certificate files (saved {saved}).",
        ).format(
            name=preview.person_name,
            credentials=preview.credentials,
            activities=preview.activities,
            certificates=preview.certificates,
            saved=saved,
        )
        if preview.already_here:
            here = translate("archive_dialogs", "{name} is already recorded here: not imported.")
            self.say(f"{text} {here.format(name=preview.person_name)}", True)
            return
        press = translate("archive_dialogs", "Press Import to add them.")
        self.say(f"{text} {press}")
        self.action_button.setEnabled(True)

    def act(self) -> None:
        """Add the previewed person, on a worker thread; the window then shows them."""
        if self.preview is None:
            return
        path = self.preview.path
        self.hub.actions.run_long(
            self,
            translate("archive_dialogs", "Bring records in"),
            lambda _progress: import_person(self.ctx, path),
            done=self._imported,
            message=lambda o: _added_words(o),
            failed=lambda words: self.say(words, problem=True),
        )

    def _imported(self, outcome: Outcome[PersonArchiveResult]) -> None:
        self.say(_added_words(outcome))
        self.action_button.setEnabled(False)


def _added_words(outcome: Outcome[PersonArchiveResult]) -> str:
    r = outcome.value
    return translate(
        "archive_dialogs",
        "Added {name}: {credentials} credentials, {activities} activities, "
        "{certificates} certificate files.",
    ).format(
        name=r.person_name,
        credentials=r.credentials,
        activities=r.activities,
        certificates=r.certificates,
    )
