"""Starting the desktop app."""

from __future__ import annotations

import argparse
import sys

from rxtracker.services import AppPaths, DatabaseError, open_context


def run_gui(args: argparse.Namespace, qt_args: list[str]) -> int:
    """Open the main window on the user's data folder and run the event loop."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from rxtracker.ui.main_window import MainWindow

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("rxtracker")
    try:
        ctx = open_context(AppPaths.resolve(args.data_dir))
    except (DatabaseError, OSError) as exc:
        QMessageBox.critical(None, "rxtracker cannot open your records", str(exc))
        return 1
    window = MainWindow(ctx)
    window.show()
    try:
        return app.exec()
    finally:
        ctx.close()
