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
from rxtracker.domain import RxError
from rxtracker.i18n import language_from, translate
from rxtracker.resources import app_icon_path
from rxtracker.services import AppPaths, Context, DatabaseError, open_context
from rxtracker.services.logs import LOG_NAME, close_logging, setup_logging
from rxtracker.services.recovery import newest_backup
from rxtracker.ui.crash import CrashReporter

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QWidget

    from rxtracker.language import Activation

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
    try:
        log_file = setup_logging(paths) or paths.log_dir / LOG_NAME  # none on a read-only disk
        ctx = _open(paths, demo=args.demo, interactive=not args.screenshot)
    except (RxError, OSError) as exc:
        newest = newest_backup(paths)
        hint = (
            translate("app", " Your newest backup is {file}.").format(file=newest) if newest else ""
        )
        _tell(args, translate("app", "rxtracker cannot open your records"), f"{exc}{hint}")
        close_logging()
        return 1
    for notice in ctx.db.notices:  # a side file of the database set aside
        _tell(args, translate("app", "rxtracker set a file aside"), notice, error=False)
    reporter = CrashReporter(log_file, interactive=not args.screenshot)
    previous_hook = reporter.install()
    try:
        code = _run(ctx, args)
        return code or (1 if reporter.shown else 0)  # a screenshot of a broken window fails
    finally:
        sys.excepthook = previous_hook
        ctx.close()
        close_logging()


def _remind(paths: AppPaths) -> int:
    """The reminder run (``--notify-reminders``): 0 nothing due, 1 due, 2 cannot open."""
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


def _tell(args: argparse.Namespace, title: str, text: str, *, error: bool = True) -> None:
    from PySide6.QtWidgets import QMessageBox

    if args.screenshot:
        print(f"rxtracker: {'error' if error else 'warning'}: {text}", file=sys.stderr)
    elif error:
        QMessageBox.critical(None, title, text)
    else:
        QMessageBox.warning(None, title, text)


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
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rxtracker.ui import probe
    from rxtracker.ui.first_paint import AfterFirstPaint
    from rxtracker.ui.main_window import MainWindow

    if args.screenshot:
        from rxtracker.ui.screenshot import quiet_offscreen_noise, save_screenshot, window_page

        quiet_offscreen_noise()
        _chores(ctx, args)
        page = args.page or "dashboard"
        window = MainWindow(ctx, page=window_page(page))
        _look(window, args)
        return save_screenshot(window, Path(args.screenshot), page, args.size)
    dialog_page = args.page in ("activity-dialog", "certificate-form", "add-from-certificates")
    window = MainWindow(ctx, page=None if dialog_page else args.page)
    _look(window, args)

    def after_first_paint() -> None:  # the user sees the window first
        gc.enable()  # off during start-up (rxtracker.__main__)
        # on the worker thread, queued behind the first page's read: the window stays live
        window.hub.actions.read(
            window, translate("app", "Daily backup"), lambda: _chores(ctx, args), _nothing
        )
        from rxtracker.ui.page_warmup import PageWarmUp

        PageWarmUp(window).start()  # the other pages, built while the window is idle

    AfterFirstPaint(window, after_first_paint, at_the_latest_ms=5_000)
    if probe.wanted():  # installed last, so it is told of the first paint first
        probe.install(window)
    window.show()
    if args.page in ("activity-dialog", "certificate-form"):
        window.new_activity()
    elif args.page == "add-from-certificates":
        QTimer.singleShot(0, window.add_from_certificates)
    if args.open_credential:
        from rxtracker.ui.reminders import open_on_credential

        open_on_credential(window, args.open_credential)
    code = QApplication.exec()
    window.hub.actions.wait()  # no long work left using the records when they close
    return code


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


def _open(paths: AppPaths, *, demo: bool, interactive: bool = True) -> Context:
    if paths.database_url and not demo:  # asks for the password when none is known
        from rxtracker.ui.dialogs.connect_dialog import open_team_database

        return open_team_database(paths, interactive=interactive)
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
