"""Every file and folder rxtracker makes is private, whatever the umask (issue 22 #4, #19).

The commands run in a child process whose umask is 000, so anything made with the default
mode would come out 0666/0777 and be caught.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.conftest import make_pdf

_RUN = """
import json, os, sys
os.umask(0)
from rxtracker.cli.main import main
for argv in json.loads(sys.argv[1]):
    code = main(argv)
    if code != 0:
        sys.exit(f"{argv} -> {code}")
from rxtracker.ui.settings import UiSettings
settings = UiSettings(__import__("pathlib").Path(sys.argv[2]))
settings.reminder_days = 30
settings.sync()
"""


def _run_at_umask_000(
    commands: list[list[str]], settings: Path, env: dict[str, str] | None = None
) -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(commands), str(settings)],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def _too_open(top: Path) -> list[str]:
    """Files not 0600 and folders not 0700 under ``top`` (``top`` included)."""
    wrong = []
    for path in [top, *top.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            wrong.append(f"{path.relative_to(top.parent)} {mode:o}")
    return wrong


def _every_writer(data: Path, out: Path, certificate: Path) -> list[list[str]]:
    base = ["--data-dir", str(data)]
    ana = "Ana Ruiz"
    commands = [
        ["person", "add", ana],
        ["credential", "add", ana, "ptcb-cpht", "--expires", "2027-03-31"],
        ["ce", "add", ana, "--title", "Law", "--date", "2026-01-05", "--hours", "1",
         "--certificate", str(certificate)],
        ["export", "csv", "--out", str(out / "ana.csv"), ana],
        ["export", "ics", "--out", str(out / "renewals.ics")],
        ["report", ana, "--credential", "ptcb-cpht", "--out", str(out / "packet.pdf")],
        ["report", "team", "--out", str(out / "team.pdf")],
        ["person", "export", "--out", str(out / "ana.zip"), ana],
        ["backup", "--out", str(out / "backup.zip")],
        ["restore", str(out / "backup.zip")],
        ["person", "deactivate", ana],
    ]  # fmt: skip
    return [base + argv for argv in commands]


def test_everything_made_at_umask_000_is_private(tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    data = tmp_path / "records" / "data"  # the parent folder is made by rxtracker too
    data.mkdir(parents=True, mode=0o755)
    data.chmod(0o755)  # an existing folder with the usual mode: tightened
    import sqlite3

    old = sqlite3.connect(data / "rxtracker.sqlite3")  # schema 1: a before-migration copy
    old.executescript((fixtures / "schema_v1.sql").read_text())
    old.close()
    (data / "rxtracker.sqlite3").chmod(0o644)
    out = tmp_path / "exports" / "2026"
    certificate = make_pdf(tmp_path / "certificate.pdf")
    _run_at_umask_000(_every_writer(data, out, certificate), data / "settings.ini")
    assert list((data / "backups").glob("before-migration-v1-*.sqlite3"))
    assert list((data / "backups").glob("before-restore-*.zip"))
    assert sorted(p.name for p in out.iterdir()) == [
        "ana.csv", "ana.zip", "backup.zip", "packet.pdf", "renewals.ics", "team.pdf"
    ]  # fmt: skip
    assert _too_open(data) == []
    assert _too_open(tmp_path / "exports") == []


def test_the_default_folders_and_their_parents_are_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": "", "XDG_STATE_HOME": "", "RXTRACKER_DATA_DIR": ""}
    _run_at_umask_000([["person", "add", "Ana Ruiz"]], home / "settings.ini", env)
    assert (home / ".local" / "share" / "rxtracker" / "rxtracker.sqlite3").exists()
    assert (home / ".local" / "state" / "rxtracker").is_dir()
    assert _too_open(home / ".local") == []
