"""Starting the desktop app: the user's records, a demo, or a screenshot."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from rxtracker.domain import RxError
from rxtracker.services import AppPaths, Context, DatabaseError, open_context


def run_gui(args: argparse.Namespace, qt_args: list[str]) -> int:
    """Open the main window and run the event loop (or save a screenshot and exit)."""
    if args.screenshot:
        # A screenshot needs no screen: render offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        QApplication([sys.argv[0], *qt_args])
    QApplication.setApplicationName("rxtracker")
    QGuiApplication.setApplicationDisplayName("rxtracker")
    with _data_folder(args) as folder:
        try:
            ctx = _open(folder, demo=args.demo)
        except (RxError, OSError) as exc:
            if args.screenshot:
                print(f"rxtracker: error: {exc}", file=sys.stderr)
            else:
                QMessageBox.critical(None, "rxtracker cannot open your records", str(exc))
            return 1
        try:
            return _run(ctx, args)
        finally:
            ctx.close()


def _run(ctx: Context, args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from rxtracker.ui.main_window import MainWindow
    from rxtracker.ui.screenshot import quiet_offscreen_noise, save_screenshot

    if args.screenshot:
        quiet_offscreen_noise()
    window = MainWindow(ctx)
    if args.screenshot:
        return save_screenshot(window, Path(args.screenshot), args.page or "dashboard")
    if args.page and args.page != "activity-dialog":
        window.show_page(args.page)
    window.show()
    if args.page == "activity-dialog":
        window.new_activity()
    return QApplication.exec()


@contextlib.contextmanager
def _data_folder(args: argparse.Namespace) -> Iterator[Path | None]:
    """A temporary folder for --demo (removed afterwards), else the chosen data folder."""
    if not args.demo:
        yield Path(args.data_dir) if args.data_dir else None
        return
    with tempfile.TemporaryDirectory(prefix="rxtracker-demo-") as tmp:
        yield Path(tmp)


def _open(folder: Path | None, *, demo: bool) -> Context:
    ctx = open_context(AppPaths.resolve(folder))
    if demo:
        from rxtracker.services.demo import build_demo
        from rxtracker.ui.common import today

        try:
            build_demo(ctx, as_of=today())
        except (RxError, DatabaseError):
            ctx.close()
            raise
    return ctx
