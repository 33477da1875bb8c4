"""Starting the desktop app safely: one instance per folder, crashes logged, a daily backup."""

from __future__ import annotations

import datetime as dt
import gc
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rxtracker.__main__ import main
from rxtracker.domain import Hours, Role
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    Context,
    PersonInput,
    activities,
    open_context,
    people,
)
from rxtracker.services.logs import close_logging, setup_logging
from rxtracker.ui import app
from rxtracker.ui.crash import CrashReporter, crash_message
from rxtracker.ui.main_window import MainWindow

LAW_UAN = "0204-0000-25-011-H03-T"


def test_a_second_instance_on_the_same_folder_is_refused(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    held = app.acquire_instance_lock(AppPaths.resolve(data))
    assert held is not None
    try:
        code = main(["--data-dir", str(data), "--screenshot", str(tmp_path / "x.png")])
    finally:
        held.unlock()
    assert code == 1
    assert "already open on the records in" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
    assert not (data / "rxtracker.sqlite3").exists()  # no second writer started


def test_a_lock_left_by_a_crashed_app_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    code = (
        "import sys; from PySide6.QtCore import QLockFile; "
        "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0); print('locked', flush=True); "
        "import time; time.sleep(60)"
    )
    data.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(data / "rxtracker.lock")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    assert app.acquire_instance_lock(AppPaths.resolve(data)) is None  # alive: refused
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    lock = app.acquire_instance_lock(AppPaths.resolve(data))  # dead: taken over
    assert lock is not None
    lock.unlock()


def test_unexpected_errors_are_logged_and_explained(
    qtbot: QtBot, ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[Path] = []
    monkeypatch.setattr(CrashReporter, "ask", classmethod(lambda cls, parent, f: shown.append(f)))
    log_file = setup_logging(ctx.paths)
    reporter = CrashReporter(log_file)
    try:
        raise ValueError("a bug in rxtracker")
    except ValueError as exc:
        reporter(type(exc), exc, exc.__traceback__)
    close_logging()
    assert shown == [log_file]
    text = log_file.read_text()
    assert "unexpected error in the desktop app" in text
    assert "ValueError: a bug in rxtracker" in text and "Traceback" in text
    message = crash_message(log_file)
    assert str(log_file) in message and "Your records are safe" in message


def test_the_hook_is_installed_while_the_app_runs(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []

    def fake_run(ctx: Context, args: object) -> int:
        seen.append(sys.excepthook)
        return 0

    monkeypatch.setattr(app, "_run", fake_run)
    before = sys.excepthook
    assert main(["--data-dir", str(tmp_path / "d"), "--screenshot", str(tmp_path / "s.png")]) == 0
    assert isinstance(seen[0], CrashReporter)
    assert sys.excepthook is before


def test_first_start_of_the_day_takes_a_backup(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "d"
    for _ in range(2):
        assert main(["--data-dir", str(data), "--screenshot", str(tmp_path / "s.png")]) == 0
    backups = [p for p in (data / "backups").iterdir() if p.suffix == ".zip"]
    assert len(backups) == 1  # one a day, not one per start
    assert not QApplication.windowIcon().isNull()


def test_file_menu_opens_import_and_export(
    make_window: Callable[[], MainWindow], ana: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, int]] = []
    from rxtracker.ui.export_dialog import ExportDialog
    from rxtracker.ui.import_dialog import ImportDialog

    monkeypatch.setattr(
        ImportDialog,
        "ask",
        classmethod(lambda cls, parent, ctx, hub, pid: calls.append(("import", pid))),
    )
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(lambda cls, parent, ctx, hub, pid: calls.append(("export", pid))),
    )
    window = make_window()
    actions = {a.text().replace("&", ""): a for a in window.menuBar().actions()[0].menu().actions()}
    actions["Import CE records…"].trigger()
    actions["Export or print records…"].trigger()
    assert calls == [("import", ana), ("export", ana)]


@pytest.mark.parametrize("page", ["dashboard", "team"])
def test_the_desktop_app_loads_only_what_its_first_page_needs(tmp_path: Path, page: str) -> None:
    """Opening the app imports neither the commands nor the pages and dialogs not shown."""
    data = tmp_path / "d"
    ctx = open_context(AppPaths.resolve(data))
    try:
        ana = people.add_person(ctx, PersonInput("Ana Diaz")).value.id
        people.add_person(ctx, PersonInput("Cy Moss", role=Role.SUPERVISOR))
        course = ActivityInput("Law update", dt.date(2026, 1, 5), Hours(100), uan=LAW_UAN)
        activities.add_activity(ctx, ana, course)  # a UAN course, no transcript imported
    finally:
        ctx.close()
    code = (
        "import sys; from rxtracker.__main__ import main; "
        "code = main(sys.argv[1:]); "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('rxtracker.'))))"
    )
    shot = tmp_path / "s.png"
    argv = ["--data-dir", str(data), "--screenshot", str(shot), "--page", page]
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True
    )
    loaded = set(done.stdout.split())
    assert shot.exists()
    assert f"rxtracker.ui.pages.{page}_page" in loaded
    unwanted = {
        "rxtracker.cli.main",
        "rxtracker.cli.commands",
        "rxtracker.exchange.mapping",  # the CPE Monitor formats: only once imports happened
        "rxtracker.ui.pages.dashboard_page",
        "rxtracker.ui.pages.log_page",
        "rxtracker.ui.pages.team_page",
        "rxtracker.ui.import_dialog",
        "rxtracker.ui.export_dialog",
        "rxtracker.ui.dialogs.people_dialog",
        "rxtracker.ui.dialogs.roster_dialog",
    } - {f"rxtracker.ui.pages.{page}_page"}
    assert loaded & unwanted == set()


def test_the_window_is_shown_before_the_daily_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    window_up: list[bool] = []
    gc_on: list[bool] = []
    take_backup = app._daily_backup

    def windows() -> list[MainWindow]:
        every = QApplication.topLevelWidgets()
        mine = [w for w in every if isinstance(w, MainWindow) and w.attached]
        return [w for w in mine if w.ctx.paths.data_dir == data]

    def close_all() -> None:
        for window in windows():
            window.close()

    def backup(ctx: Context) -> None:  # records only: a failure in here would open a dialog
        gc_on.append(gc.isenabled())  # may be off while the first page's read is shown
        window_up.extend(window.isVisible() for window in windows())
        take_backup(ctx)  # on the worker thread: the window is closed from the GUI thread

    def close_when_backed_up() -> None:
        if gc_on and all(w.hub.actions.reading == 0 for w in windows()):
            close_all()

    monkeypatch.setattr(app, "_daily_backup", backup)
    poll = QTimer()
    poll.timeout.connect(close_when_backed_up)
    poll.start(50)
    QTimer.singleShot(20_000, close_all)  # only if the backup never comes
    assert main(["--data-dir", str(data)]) == 0
    assert window_up == [True] and len(gc_on) == 1
    assert gc.isenabled()  # off during start-up and page reads, on again once they are shown
    assert len(list((data / "backups").glob("*.zip"))) == 1


def test_work_after_the_first_paint_runs_once(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from rxtracker.ui.first_paint import AfterFirstPaint

    calls: list[str] = []
    shown = QWidget()
    qtbot.addWidget(shown)
    AfterFirstPaint(shown, lambda: calls.append("shown"), at_the_latest_ms=300)
    shown.show()
    qtbot.waitUntil(lambda: calls == ["shown"])
    never_painted = QWidget()  # a window started minimised is not painted until restored
    qtbot.addWidget(never_painted)
    AfterFirstPaint(never_painted, lambda: calls.append("later"), at_the_latest_ms=50)
    qtbot.waitUntil(lambda: calls == ["shown", "later"])
    qtbot.wait(400)  # the fallback of the painted one came and did nothing
    assert calls == ["shown", "later"]


def test_a_side_file_set_aside_is_said_when_the_app_opens(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.reliability.conftest import put_a_foreign_wal

    data = tmp_path / "d"
    ctx = open_context(AppPaths.resolve(data))
    for name in ("Ana", "Ben", "Cy"):
        person = people.add_person(ctx, PersonInput(name)).value
        course = ActivityInput(f"Law for {name}", dt.date(2026, 1, 5), Hours(100))
        activities.add_activity(ctx, person.id, course)
    ctx.close()
    put_a_foreign_wal(data / "rxtracker.sqlite3", tmp_path / "old")
    monkeypatch.setattr(app, "_run", lambda ctx, args: len(people.list_people(ctx)) - 3)
    assert main(["--data-dir", str(data), "--screenshot", str(tmp_path / "s.png")]) == 0
    err = capsys.readouterr().err
    assert "rxtracker: warning: rxtracker.sqlite3-wal beside" in err and "set-aside-" in err


def test_a_bug_during_a_screenshot_is_printed_and_fails_instead_of_waiting_on_a_dialog(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(CrashReporter, "ask", classmethod(lambda cls, parent, f: asked.append(f)))

    def buggy_run(ctx: Context, args: object) -> int:
        try:
            raise ValueError("a bug in a slot")
        except ValueError as exc:  # as Qt hands an exception raised in a slot to the hook
            sys.excepthook(type(exc), exc, exc.__traceback__)
        return 0

    monkeypatch.setattr(app, "_run", buggy_run)
    code = main(["--data-dir", str(tmp_path / "d"), "--screenshot", str(tmp_path / "s.png")])
    assert code == 1 and asked == []  # no modal box that nobody could close
    assert "Something went wrong inside rxtracker" in capsys.readouterr().err


#: What the first paint must not wait for (issue 24: the frame paints before the records).
_HEAVY = ("sqlalchemy", "rxtracker.db.models", "rxtracker.engine", "rxtracker.services.opening")


def test_the_window_paints_before_the_records_are_opened(tmp_path: Path) -> None:
    """The first paint needs neither SQLAlchemy, the ORM nor the engine; the records follow."""
    data = tmp_path / "d"
    ctx = open_context(AppPaths.resolve(data))
    people.add_person(ctx, PersonInput("Ana Diaz"))
    ctx.close()
    code = f"""
import os, sys
os.environ["RXTRACKER_FIRST_PAINT_PROBE"] = "1"
from rxtracker.ui import probe
from rxtracker.ui.first_paint import AfterFirstPaint
install = probe.install

def said_at_the_first_paint(window):
    def loaded():
        heavy = sorted(m for m in sys.modules if m.startswith({_HEAVY!r}))
        print("painted:", window.windowTitle(), window.attached, *heavy, flush=True)
    AfterFirstPaint(window, loaded)
    window.opened.connect(lambda: print("opened:", window.windowTitle(), flush=True))
    install(window)

probe.install = said_at_the_first_paint
from rxtracker.__main__ import main
sys.exit(main(sys.argv[1:]))
"""
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [line for line in done.stdout.splitlines() if line.endswith(("False", "Diaz"))]
    assert lines == ["painted: rxtracker False", "opened: rxtracker – Ana Diaz"], done.stdout


def test_the_frame_says_the_records_are_opening_then_shows_them(
    qtbot: QtBot, ctx: Context, tmp_path: Path
) -> None:
    from rxtracker.ui.settings import UiSettings

    people.add_person(ctx, PersonInput("Ana Diaz"))
    window = MainWindow(None, UiSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget().text() == "Opening your records…"
    assert window.statusBar().currentMessage() == "Opening your records…"
    assert not window.menuBar().isEnabled() and not window.nav.isEnabled()
    assert not any(action.isEnabled() for action in window.actions())  # no shortcut either
    with qtbot.waitSignal(window.opened):
        window.attach(ctx)
    assert window.windowTitle() == "rxtracker – Ana Diaz"
    assert window.current_page().name == "dashboard" and window.nav.isEnabled()
    assert window.menuBar().isEnabled() and window.new_activity_action.isEnabled()
    assert window.statusBar().currentMessage() == "Ready"


def test_records_that_cannot_be_opened_are_explained_over_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "rxtracker.sqlite3").write_bytes(b"this is not a database" * 100)
    told: list[tuple[str, str, bool]] = []
    frames: list[bool] = []

    def tell(
        args: object, title: str, text: str, *, error: bool = True, parent: object = None
    ) -> None:
        assert isinstance(parent, MainWindow)  # said over the window, not behind it
        every = QApplication.topLevelWidgets()
        frames.extend(w.isVisible() for w in every if isinstance(w, MainWindow) and not w.attached)
        told.append((title, text, error))

    monkeypatch.setattr(app, "_tell", tell)
    assert main(["--data-dir", str(data)]) == 1
    assert [(title, error) for title, _, error in told] == [
        ("rxtracker cannot open your records", True)
    ]
    assert "rxtracker.sqlite3" in told[0][1]
    assert frames == [True]  # said over the window's frame
    assert (data / "rxtracker.sqlite3").read_bytes() == b"this is not a database" * 100


def test_a_bug_while_the_records_open_is_explained_and_ends_the_app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(CrashReporter, "ask", classmethod(lambda cls, parent, f: asked.append(f)))

    def broken(window: MainWindow, ctx: Context) -> None:
        raise ValueError("a bug while filling the window")

    monkeypatch.setattr(MainWindow, "attach", broken)
    hook = sys.excepthook
    assert main(["--data-dir", str(tmp_path / "d")]) == 1  # not left at "Opening…"
    assert asked == [tmp_path / "d" / "logs" / "rxtracker.log"]
    assert sys.excepthook is hook
    assert "ValueError: a bug while filling the window" in asked[0].read_text()
    every = QApplication.topLevelWidgets()
    assert not any(w.isVisible() for w in every if isinstance(w, MainWindow))
