"""Start-up and memory: the real entry point in a child process, against a bare Qt floor.

The time is taken by this process from just before the child is started until the child
writes its first-paint mark (rxtracker/ui/probe.py); peak RSS is the child's own, as the
kernel reports it when the child is reaped (``os.wait4``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

MARK = "rxtracker-first-paint"

#: A bare PySide6 window: a QMainWindow's first paint, with the same first-paint probe.
BARE_WINDOW_PROGRAM = f"""
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.painted)
        return False
    def painted(self):
        print({MARK!r}, flush=True)
        QCoreApplication.exit(0)

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 760)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""

#: The floor of the start-up rows: what no PySide6 + SQLAlchemy app can avoid (a bare
#: window's first paint and ``import sqlalchemy.orm``).
FLOOR_PROGRAM = f"import sqlalchemy.orm\n{BARE_WINDOW_PROGRAM}"


def _env(probe: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["RXTRACKER_FIRST_PAINT_PROBE"] = probe
    return env


def _run(argv: list[str], probe: str = "1") -> tuple[float, int]:
    """(seconds to the first-paint mark, peak RSS in bytes) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(probe), text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if line.strip() != MARK or child.returncode != 0:
        raise RuntimeError(f"{argv[:4]} ended with {child.returncode} before its first paint")
    return elapsed, usage.ru_maxrss * 1024  # ru_maxrss is in KiB on Linux


def app_start(data_dir: Path, extra: tuple[str, ...] = (), probe: str = "1") -> tuple[float, int]:
    """rxtracker (``python -m rxtracker``) on ``data_dir`` up to its first paint."""
    return _run([sys.executable, "-m", "rxtracker", "--data-dir", str(data_dir), *extra], probe)


def floor_start() -> tuple[float, int]:
    """The floor program up to its first paint."""
    return _run([sys.executable, "-c", FLOOR_PROGRAM])


def bare_window_start() -> tuple[float, int]:
    """A bare PySide6 window up to its first paint (the floor of ``first_paint``)."""
    return _run([sys.executable, "-c", BARE_WINDOW_PROGRAM])
