"""File ▸ Connect to a team database…, and the sign-in asked at start when no password is known.

The dialog opens the records itself (through ``services.team_signin``): it closes only once
the server has taken the login, so what it hands back is an opened ``Context``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rxtracker.domain import RxError
from rxtracker.i18n import translate
from rxtracker.services import AppPaths, Context, DatabaseError, open_context
from rxtracker.services.team_signin import (
    DEFAULT_PORT,
    TeamAddress,
    needs_password,
    open_remembered,
    remember_password,
    sign_in,
)
from rxtracker.ui import theme


class ConnectDialog(QDialog):
    """Host, port, database, login, password and "remember the password"."""

    def __init__(
        self,
        data_dir: Path | None,
        address: TeamAddress | None = None,
        parent: QWidget | None = None,
        *,
        signing_in: bool = False,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.context: Context | None = None
        self.notice = ""  # said after connecting (the keyring could not keep the password)
        self.setWindowTitle(
            translate("connect_dialog", "Sign in to the team database")
            if signing_in
            else translate("connect_dialog", "Connect")
        )
        self.setMinimumWidth(440)
        self._build(address or TeamAddress("", DEFAULT_PORT, "", ""))
        if signing_in:
            self.password.setFocus()

    def _build(self, address: TeamAddress) -> None:
        form = QFormLayout()
        self.host = QLineEdit(address.host)
        self.host.setPlaceholderText("db.pharmacy.example")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(address.port)
        self.database = QLineEdit(address.database)
        self.login = QLineEdit(address.login)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            translate("connect_dialog", "&Remember the password (in the system keyring)")
        )
        for label, widget in (
            (translate("connect_dialog", "&Server:"), self.host),
            (translate("connect_dialog", "P&ort:"), self.port),
            (translate("connect_dialog", "&Database:"), self.database),
            (translate("connect_dialog", "&Login:"), self.login),
            (translate("connect_dialog", "&Password:"), self.password),
        ):
            form.addRow(label, widget)
        form.addRow("", self.remember)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(translate("connect_dialog", "&Connect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def address(self) -> TeamAddress:
        """The address as typed."""
        return TeamAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.login.text().strip(),
        )

    def try_connect(self) -> None:
        """Sign in; on a refusal the dialog stays open with the server's reason."""
        address, password = self.address(), self.password.text()
        try:
            self.context = sign_in(self.data_dir, address, password)
        except RxError as exc:
            self.problem.setText(
                translate("connect_dialog", "Not connected: {why}").format(why=exc)
            )
            self.problem.setStyleSheet(f"color: {theme.problem_colour(self).name()};")
            return
        if self.remember.isChecked() and password:
            self.notice = remember_password(address, password) or ""
        self.accept()


def open_team_database(
    paths: AppPaths, *, interactive: bool = True, parent: QWidget | None = None
) -> Context:
    """Open ``paths``' team database at start, asking for the password when none is known.

    The password comes from libpq's places (``PGPASSWORD``, ``~/.pgpass``), else the
    keyring, else the sign-in dialog (unless ``interactive`` is False).

    Raises:
        DatabaseError: the server refused, or the user closed the sign-in dialog.
    """
    try:
        return open_context(paths)
    except DatabaseError as exc:
        if not needs_password(exc):
            raise
        refused = exc
    remembered = open_remembered(paths)
    if remembered is not None:
        return remembered
    if not interactive:
        raise refused
    assert paths.database_url is not None
    dialog = ConnectDialog(
        paths.data_dir, TeamAddress.from_url(paths.database_url), signing_in=True, parent=parent
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.context is None:
        raise DatabaseError(
            translate("connect_dialog", "Not signed in to the team database; nothing was opened.")
        )
    return dialog.context


def connect_from_menu(
    window: QWidget, data_dir: Path | None, open_window: Callable[[Context], QMainWindow]
) -> QMainWindow | None:
    """File ▸ Connect to a team database…: ``open_window`` on it replaces ``window``."""
    dialog = ConnectDialog(data_dir, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.context is None:
        return None
    ctx = dialog.context
    app = QApplication.instance()
    if app is not None:
        # a partial, not the bound method: PySide6 wants a weak reference to a bound
        # method's object, and the Context (slots) has none
        app.aboutToQuit.connect(functools.partial(Context.close, ctx))
    replacement = open_window(ctx)
    replacement.show()
    if dialog.notice:
        replacement.statusBar().showMessage(dialog.notice, 10_000)
    window.close()
    return replacement
