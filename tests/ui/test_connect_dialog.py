"""File ▸ Connect to a team database…, the sign-in at start, and the keyring (issue 13).

The keyring is keyring's own API with a backend kept in memory (``keyring.set_keyring``), so
no test touches the computer's real keyring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rxtracker.services import AppPaths, DatabaseError, activities, team_server
from rxtracker.services.history import record_history
from rxtracker.services.team_signin import KEYRING_SERVICE, TeamAddress
from rxtracker.ui.dialogs.connect_dialog import ConnectDialog, open_team_database
from rxtracker.ui.main_window import MainWindow
from tests.pg_server import PgDatabases, PgServer
from tests.ui.conftest import settle

PASSWORD = "connect-password"
LOGIN = "con_ana"


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """The keyring for this test; no password in the environment."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def address(pg_databases: PgDatabases, pg_server: PgServer) -> TeamAddress:
    """A team database with Ana's login (a technician on team Main St)."""
    owner = pg_databases.create("team_connect")
    team_server.init(owner)
    team_server.add_user(
        owner, LOGIN, PASSWORD, role="technician", person="Ana Ruiz", team="Main St"
    )
    return TeamAddress(pg_server.host, pg_server.port, "team_connect", LOGIN)


def _when_asked(qtbot: QtBot, answer: Callable[[ConnectDialog], None]) -> None:
    """Answer the next modal dialog (it runs its own event loop) as a person would."""

    def reply() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConnectDialog):
            QTimer.singleShot(20, reply)
            return
        answer(dialog)

    QTimer.singleShot(0, reply)


def test_file_connect_signs_in_remembers_the_password_and_logs_a_course(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    address: TeamAddress,
    memory_keyring: MemoryKeyring,
) -> None:
    window = make_window()
    tries: list[str] = []

    def fill(dialog: ConnectDialog) -> None:
        qtbot.keyClicks(dialog.host, address.host)
        dialog.port.setValue(address.port)
        qtbot.keyClicks(dialog.database, address.database)
        qtbot.keyClicks(dialog.login, address.login)
        qtbot.keyClicks(dialog.password, "wrong")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        tries.append(dialog.problem.text())  # refused: the dialog stays, saying why
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, PASSWORD)
        dialog.remember.setChecked(True)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    _when_asked(qtbot, fill)
    window.connect_team_database()
    assert tries and tries[0].startswith("Not connected: ") and "password" in tries[0]
    [team] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    qtbot.addWidget(team)
    try:
        expected = f"Team database team_connect on {address.host}:{address.port} as {LOGIN}"
        assert team.database_label.text() == expected
        assert memory_keyring.kept == {(KEYRING_SERVICE, address.account): PASSWORD}
        team.show_page("team")
        acting = team.team_page.acting
        qtbot.waitUntil(lambda: acting.currentText() == "Ana Ruiz", timeout=5000)
        assert not acting.isEnabled()  # the server names the login; nobody else is chosen
        _log_a_course(qtbot, team)
    finally:
        team.close()
        team.ctx.close()


def _log_a_course(qtbot: QtBot, team: MainWindow) -> None:
    """Log a course through the form of the signed-in window; the server records the login."""
    team.show_page("log")
    settle(team)
    qtbot.mouseClick(team.log_page.add_button, Qt.MouseButton.LeftButton)
    dialog = team.log_page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_edit, "Logged after signing in")
    qtbot.keyClicks(dialog.hours, "1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    person = team.person_id or 0
    [course] = [
        a
        for a in activities.list_activities(team.ctx, person)
        if a.title == "Logged after signing in"
    ]
    assert [e.app_user for e in record_history(team.ctx, "activity", course.id)] == [LOGIN]


def test_at_start_the_password_is_asked_for_then_found_in_the_keyring(
    qtbot: QtBot, address: TeamAddress, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    paths = AppPaths.resolve(tmp_path / "data", database_url=address.url())
    with pytest.raises(DatabaseError, match="password"):
        open_team_database(paths, interactive=False)  # no password anywhere yet

    def sign_in(dialog: ConnectDialog) -> None:
        assert dialog.windowTitle() == "Sign in to the team database"
        assert (dialog.host.text(), dialog.login.text()) == (address.host, LOGIN)
        qtbot.keyClicks(dialog.password, PASSWORD)
        dialog.remember.setChecked(True)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    _when_asked(qtbot, sign_in)
    ctx = open_team_database(paths)
    assert ctx.db.actor.app_user == LOGIN
    ctx.close()
    again = open_team_database(paths, interactive=False)  # the keyring's password
    assert again.db.actor.app_user == LOGIN
    again.close()
