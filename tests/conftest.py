"""Shared fixtures. Qt runs offscreen and no test touches the user's real folders."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Any code path that forgets --data-dir lands in a throwaway folder, never the real one.
_SANDBOX = Path(tempfile.mkdtemp(prefix="rxtracker-tests-"))
os.environ["RXTRACKER_DATA_DIR"] = str(_SANDBOX / "default-data")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "xdg-config")
os.environ["XDG_STATE_HOME"] = str(_SANDBOX / "xdg-state")
# A team database named in the developer's environment is never used by a test.
os.environ.pop("RXTRACKER_DATABASE_URL", None)
# Tests read English unless they choose Spanish themselves (the machine's language aside).
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "en_US.UTF-8"

import json  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# CI runs the same examples every time (reproducible); a developer's run explores new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from rxtracker import i18n  # noqa: E402
from rxtracker.__main__ import main  # noqa: E402
from rxtracker.demo.certificate_pdf import write_certificate_pdf  # noqa: E402
from rxtracker.services import AppPaths, Context, open_context  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"

#: The session's PostgreSQL server (``pg_server``) and its databases.
pytest_plugins = ["tests.pg_server"]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one test."""
    return tmp_path / "data"


@pytest.fixture
def sqlite_ctx(data_dir: Path) -> Iterator[Context]:
    """An opened data folder, its records in the local SQLite file."""
    context = open_context(AppPaths.resolve(data_dir))
    yield context
    context.close()


@pytest.fixture
def ctx(sqlite_ctx: Context) -> Context:
    """An opened data folder (tests/services runs it on both backends)."""
    return sqlite_ctx


def db_dump(path: Path) -> list[str]:
    """Every statement needed to rebuild the database: equal dumps mean equal contents."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def kill_at_fault_pause(
    command: list[str], marker: Path, while_paused: Callable[[], None] = lambda: None
) -> None:
    """Run ``command`` with the import fault-pause hook; SIGKILL it once it pauses there.

    ``while_paused`` runs (and may assert) while the process waits inside its transaction.
    """
    from rxtracker.services.import_writes import FAULT_PAUSE_ENV

    env = {**os.environ, FAULT_PAUSE_ENV: str(marker)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), process.communicate()
        while_paused()
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def make_pdf(path: Path, text: str = "Certificate of completion") -> Path:
    """A small but real one-page PDF (the same writer as the demo's certificates)."""
    return write_certificate_pdf(path, [text])


@dataclass
class Result:
    """What a command printed and returned."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """``cli("person", "add", "Ana")`` runs ``rxtracker --data-dir DIR person add Ana``."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys

    def __call__(self, *argv: str) -> Result:
        self.capsys.readouterr()
        try:
            code = main(["--data-dir", str(self.data_dir), *argv])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(data_dir, capsys)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp: object) -> object:
    """pytest-qt's QApplication made before the first test.

    Code that prints PDFs makes a bare QGuiApplication when none exists (the CLI's report); a
    QWidget made later in the same process would then abort Python (no QApplication).
    """
    return qapp


@pytest.fixture
def spanish() -> Iterator[None]:
    """The interface in Spanish (US), English again afterwards."""
    language = pytest.importorskip("rxtracker.language")  # Qt's translator (the .qm)
    activation = language.activate("es", "es_US")
    yield
    language.deactivate(activation)


@pytest.fixture
def catalog_texts() -> None:
    """The shipped catalog loaded: its Spanish texts are known to ``i18n.data_text``."""
    from rxtracker.catalog import load_builtin

    load_builtin()


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """A test that switches the interface to Spanish leaves the next one in English."""
    yield
    if i18n.language() != "en" or i18n.formats() is not None:
        i18n.reset()
