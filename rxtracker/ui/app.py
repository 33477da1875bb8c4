"""Starting the desktop app: the user's records, a demo, or a screenshot."""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from rxtracker.disk import make_folder
from rxtracker.domain.errors import RxError
from rxtracker.i18n import language_from, translate
from rxtracker.resources import app_icon_path
from rxtracker.services.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QWidget

    from rxtracker.language import Activation
    from rxtracker.services import Context
    from rxtracker.ui.crash import CrashReporter, Hook

log = logging.getLogger("rxtracker.ui")


def run_gui(args: argparse.Namespace, qt_args: list[str]) -> int:
    """Open the main window and run the event loop (or save a screenshot and exit)."""
    _start_qt(args, qt_args)
    with _data_folder(args) as folder:
        paths = AppPaths.resolve(folder, database_url=None if args.demo else args.database)
        language = _language(args, paths)  # noqa: F841 (kept alive while the app runs)
        if args.notify_reminders:  # the daily reminder: no window, no instance lock
            return _remind(paths)
        lock = None if args.demo else acquire_instance_lock(paths)
        if lock is None and not args.demo:
            _tell(args, translate("app", "rxtracker is already open"), already_open_message(paths))
            return 1
        try:
            return _open_and_run(paths, args)
        finally:
            if lock is not None:
                lock.unlock()
            _start_again_if_asked()


def _start_again_if_asked() -> None:
    """Settings ▸ Language ▸ Restart now: the new copy starts once this one let go."""
    from rxtracker.ui.restart import start_again_if_asked

    start_again_if_asked()


def _start_qt(args: argparse.Namespace, qt_args: list[str]) -> None:
    if args.screenshot:
        # A screenshot needs no screen: render offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        QApplication([sys.argv[0], *qt_args])
    QApplication.setApplicationName("rxtracker")
    QGuiApplication.setApplicationDisplayName("rxtracker")
    QGuiApplication.setDesktopFileName("io.github.rxtracker.RxTracker")
    QApplication.setWindowIcon(QIcon(str(app_icon_path())))


def _language(args: argparse.Namespace, paths: AppPaths) -> Activation:
    """The interface language: --lang, else Settings ▸ Language, else the system's."""
    from rxtracker.language import activate, install_in_app
    from rxtracker.ui.settings import UiSettings

    setting = UiSettings(paths.settings).language
    activation = activate(*language_from(args.lang, None if setting == "system" else setting))
    install_in_app(activation)
    return activation


def _open_and_run(paths: AppPaths, args: argparse.Namespace) -> int:
    """A screenshot opens the records first; the app paints its window first (issue 24)."""
    if not args.screenshot:
        return WindowStart(paths, args).run()
    from rxtracker.services.logs import close_logging

    log_file = _start_log(paths)
    try:
        ctx = _open(paths, demo=args.demo, interactive=False)
    except (RxError, OSError) as exc:
        _tell_refusal(args, paths, exc)
        close_logging()
        return 1
    _tell_notices(args, ctx)
    reporter, previous_hook = _crash_reporter(log_file, interactive=False)
    try:
        code = _run(ctx, args)
        return code or (1 if reporter.shown else 0)  # a screenshot of a broken window fails
    finally:
        sys.excepthook = previous_hook
        ctx.close()
        close_logging()


def _start_log(paths: AppPaths) -> Path:
    """Start the log file; where it is (crash reports name it; none on a read-only disk)."""
    from rxtracker.services.logs import LOG_NAME, setup_logging

    return setup_logging(paths) or paths.log_dir / LOG_NAME


def _tell_refusal(
    args: argparse.Namespace, paths: AppPaths, exc: Exception, parent: QWidget | None = None
) -> None:
    """Why the records did not open, and where the newest backup is."""
    from rxtracker.services.recovery import newest_backup

    newest = newest_backup(paths)
    hint = translate("app", " Your newest backup is {file}.").format(file=newest) if newest else ""
    title = translate("app", "rxtracker cannot open your records")
    _tell(args, title, f"{exc}{hint}", parent=parent)


def _tell_notices(args: argparse.Namespace, ctx: Context, parent: QWidget | None = None) -> None:
    """The side files of the database that opening set aside, each said once."""
    for notice in ctx.db.notices:
        title = translate("app", "rxtracker set a file aside")
        _tell(args, title, notice, error=False, parent=parent)


def _crash_reporter(
    log_file: Path, *, interactive: bool, parent: QWidget | None = None
) -> tuple[CrashReporter, Hook]:
    from rxtracker.ui.crash import CrashReporter

    reporter = CrashReporter(log_file, parent, interactive=interactive)
    return reporter, reporter.install()


class WindowStart:
    """The desktop app's run: the window paints, then the records open in it.

    The first paint needs neither SQLAlchemy nor the engine: the window's frame (menus,
    navigation, "Opening your records…") is shown first, and the records are opened and
    the first page built once it has painted.
    """

    def __init__(self, paths: AppPaths, args: argparse.Namespace) -> None:
        from rxtracker.ui.main_window import MainWindow
        from rxtracker.ui.settings import UiSettings

        self.paths, self.args = paths, args
        self.ctx: Context | None = None
        self.code = 0
        self.reporter: CrashReporter | None = None
        self.previous_hook: Hook = sys.excepthook
        page = None if args.page in _DIALOG_PAGES else args.page
        self.window = MainWindow(None, UiSettings(paths.settings), page=page)

    def run(self) -> int:
        """Show the window, run the event loop, close the records; the exit code."""
        from PySide6.QtWidgets import QApplication

        from rxtracker.services.logs import close_logging
        from rxtracker.ui import probe
        from rxtracker.ui.first_paint import AfterFirstPaint

        _look(self.window, self.args)
        # A window started minimised is not painted: the records open anyway, later.
        AfterFirstPaint(self.window, self._open, at_the_latest_ms=2_000)
        if probe.wanted():  # installed last, so it is told of the first paint first
            probe.install(self.window)
        self.window.show()
        try:
            code = QApplication.exec()
            if (hub := getattr(self.window, "hub", None)) is not None:
                hub.actions.wait()  # no long work left using the records
            return self.code or code or (1 if self.reporter and self.reporter.shown else 0)
        finally:
            sys.excepthook = self.previous_hook
            if self.ctx is not None:
                self.ctx.close()
            close_logging()

    def _open(self) -> None:
        """After the first paint: open the records and fill the window, or say why not."""
        from rxtracker.ui.first_paint import AfterFirstPaint

        if self.window.isHidden():  # closed before its records opened
            return
        log_file = _start_log(self.paths)
        window = self.window
        self.reporter, self.previous_hook = _crash_reporter(
            log_file, interactive=True, parent=window
        )
        # told of the records' first paint after the benchmarks' probe (installed in attach)
        AfterFirstPaint(window, self._after_records_shown, at_the_latest_ms=5_000)
        try:
            self.ctx = _open(self.paths, demo=self.args.demo, parent=window)
            _tell_notices(self.args, self.ctx, window)
            window.attach(self.ctx)
        except (RxError, OSError) as exc:
            _tell_refusal(self.args, self.paths, exc, window)
            self._end(1)
            return
        except Exception as exc:  # a bug: explained in the crash report, then the app ends
            assert self.reporter is not None
            self.reporter(type(exc), exc, exc.__traceback__)
            self._end(1)
            return
        self._open_what_was_asked()

    def _end(self, code: int) -> None:
        from PySide6.QtWidgets import QApplication

        self.code = code
        self.window.hide()  # nothing to show (hidden, not closed: the loop ends with the code)
        QApplication.exit(code)

    def _after_records_shown(self) -> None:
        """Once the records have painted: collection on, the daily backup, the other pages."""
        from rxtracker.ui.page_warmup import PageWarmUp

        gc.enable()  # off during start-up (rxtracker.__main__)
        if not self.window.attached:  # the records did not open: the app is ending
            return
        ctx, args = self.ctx, self.args
        assert ctx is not None
        # on the worker thread, queued behind the first page's read: the window stays live
        self.window.hub.actions.read(
            self.window, translate("app", "Daily backup"), lambda: _chores(ctx, args), _nothing
        )
        PageWarmUp(self.window).start()  # the other pages, built while the window is idle

    def _open_what_was_asked(self) -> None:
        """--page with a dialog's name, and --open-credential (a reminder's button)."""
        from PySide6.QtCore import QTimer

        window, args = self.window, self.args
        if args.page in _FORM_PAGES:
            window.new_activity()
        elif args.page == "add-from-certificates":
            QTimer.singleShot(0, window.add_from_certificates)
        if args.open_credential:
            from rxtracker.ui.reminders import open_on_credential

            open_on_credential(window, args.open_credential)


# --page values that open the activity form, or another dialog, over the window.
_FORM_PAGES = ("activity-dialog", "certificate-form")
_DIALOG_PAGES = (*_FORM_PAGES, "add-from-certificates")


def _remind(paths: AppPaths) -> int:
    """The reminder run (``--notify-reminders``): 0 nothing due, 1 due, 2 cannot open."""
    from rxtracker.services import open_context
    from rxtracker.services.logs import close_logging, setup_logging
    from rxtracker.ui.reminders import notify_and_wait

    try:
        setup_logging(paths)
        ctx = open_context(paths)
    except (RxError, OSError) as exc:
        print(f"rxtracker: error: {exc}", file=sys.stderr)
        close_logging()
        return 2
    try:
        return notify_and_wait(ctx)
    finally:
        ctx.close()
        close_logging()


def _tell(
    args: argparse.Namespace,
    title: str,
    text: str,
    *,
    error: bool = True,
    parent: QWidget | None = None,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    if args.screenshot:
        print(f"rxtracker: {'error' if error else 'warning'}: {text}", file=sys.stderr)
    elif error:
        QMessageBox.critical(parent, title, text)
    else:
        QMessageBox.warning(parent, title, text)


def already_open_message(paths: AppPaths) -> str:
    """What a second copy of the app says before it closes."""
    return translate(
        "app",
        "rxtracker is already open on the records in {folder}. Switch to that window; this "
        "copy will close so the two cannot overwrite each other's changes.",
    ).format(folder=paths.data_dir)


def acquire_instance_lock(paths: AppPaths) -> QLockFile | None:
    """The data folder's lock, or None when another running rxtracker holds it.

    A lock left by a crashed rxtracker (its process is gone) is taken over.
    """
    from PySide6.QtCore import QLockFile

    make_folder(paths.data_dir)
    lock = QLockFile(str(paths.instance_lock))
    lock.setStaleLockTime(0)  # stale only when the holder's process is gone
    return lock if lock.tryLock(200) else None


def _run(ctx: Context, args: argparse.Namespace) -> int:
    """--screenshot: the window on the open records, saved as a picture."""
    from rxtracker.ui.main_window import MainWindow
    from rxtracker.ui.screenshot import quiet_offscreen_noise, save_screenshot, window_page

    quiet_offscreen_noise()
    _chores(ctx, args)
    page = args.page or "dashboard"
    window = MainWindow(ctx, page=window_page(page))
    _look(window, args)
    return save_screenshot(window, Path(args.screenshot), page, args.size)


def _look(window: QWidget, args: argparse.Namespace) -> None:
    """--theme and --size for this run only (Settings keep their choice)."""
    from rxtracker.ui import theme

    if args.theme:
        theme.apply_theme(args.theme)
    if args.size:
        window.resize(*args.size)


def _nothing(_value: object) -> None:
    """What is done with the chores' result: nothing (their problems are logged)."""


@contextlib.contextmanager
def _data_folder(args: argparse.Namespace) -> Iterator[Path | None]:
    """A temporary folder for --demo (removed afterwards), else the chosen data folder."""
    if not args.demo:
        yield Path(args.data_dir) if args.data_dir else None
        return
    with tempfile.TemporaryDirectory(prefix="rxtracker-demo-") as tmp:
        yield Path(tmp)


def _open(
    paths: AppPaths, *, demo: bool, interactive: bool = True, parent: QWidget | None = None
) -> Context:
    from rxtracker.services import DatabaseError, open_context

    if paths.database_url and not demo:  # asks for the password when none is known
        from rxtracker.ui.dialogs.connect_dialog import open_team_database

        return open_team_database(paths, interactive=interactive, parent=parent)
    ctx = open_context(paths)
    if demo:
        from rxtracker.demo.records import build_demo

        try:
            build_demo(ctx, as_of=ctx.clock.today())
        except (RxError, DatabaseError):
            ctx.close()
            raise
    return ctx


def _chores(ctx: Context, args: argparse.Namespace) -> None:
    """Start-up housekeeping.

    Certificate files no record points to any more (activities deleted in earlier
    sessions), then the automatic backup of the day.
    """
    from rxtracker.services.certificates import clean_up_certificates

    clean_up_certificates(ctx)
    if not args.demo:
        _daily_backup(ctx)


def _daily_backup(ctx: Context) -> None:
    """The automatic backup of the day (the first start of each day); never blocks opening."""
    from rxtracker.services.backup import auto_backup

    try:
        auto_backup(ctx, ctx.clock.today())
    except (RxError, OSError) as exc:
        log.warning("automatic backup failed: %s", exc)
