"""Privacy: no network at all, private files, logs without personal data."""

from __future__ import annotations

import logging
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rxtracker.services import AppPaths
from rxtracker.services.logs import close_logging, setup_logging
from tests.cli.conftest import Cli
from tests.conftest import make_pdf


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_main_workflows_without_network(cli: Cli, no_network: list[object], tmp_path: Path) -> None:
    assert cli("person", "add", "Ana Ruiz", "--state", "TX").code == 0
    assert (
        cli(
            "credential",
            "add",
            "Ana Ruiz",
            "ptcb-cpht",
            "--expires",
            "2027-03-31",
            "--number",
            "PTCB-998877",
        ).code
        == 0
    )
    assert (
        cli(
            "ce",
            "add",
            "Ana Ruiz",
            "--title",
            "Law",
            "--date",
            "2026-01-05",
            "--hours",
            "1",
            "--uan",
            "0197-0000-25-001-H03-T",
            "--certificate",
            str(make_pdf(tmp_path / "c.pdf")),
        ).code
        == 0
    )
    assert cli("ce", "list", "Ana Ruiz", "--json").code == 0
    assert cli("credential", "list", "--json").code == 0
    assert no_network == []


def test_logs_carry_ids_not_personal_data(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz", "--email", "ana@example.com")
    cli(
        "credential",
        "add",
        "Ana Ruiz",
        "ptcb-cpht",
        "--expires",
        "2027-03-31",
        "--number",
        "PTCB-998877",
    )
    cli("ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-01-05", "--hours", "1")
    log = (cli.data_dir / "logs" / "rxtracker.log").read_text()
    assert "added person 1" in log and "added activity 1" in log
    for secret in ("Ana", "Ruiz", "ana@example.com", "PTCB-998877"):
        assert secret not in log
    assert (cli.data_dir / "logs" / "rxtracker.log").stat().st_mode & 0o777 == 0o600


# ---------------------------------------------------------------- unexpected errors (issue 25)

SECRETS = ("SECRET-ZX9", "LICENSE-77123", "Ana", "Ruiz")


def _rxtracker(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "rxtracker", "--data-dir", str(data), *argv]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_a_forced_database_error_leaves_no_values_in_log_or_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _rxtracker(data, "person", "add", "Ana Ruiz").returncode == 0
    con = sqlite3.connect(data / "rxtracker.sqlite3")
    con.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON activity "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    con.commit()
    con.close()
    result = _rxtracker(
        data, "ce", "add", "Ana Ruiz", "--title", "SECRET-ZX9 course", "--date", "2026-01-05",
        "--hours", "1", "--notes", "LICENSE-77123 and more",
    )  # fmt: skip
    log_file = data / "logs" / "rxtracker.log"
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"rxtracker hit an unexpected problem; nothing was saved; details in {log_file}"
    ]
    log = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in log and "refused by the test" in log and "Traceback" in log
    for secret in SECRETS:
        assert secret not in log
    with sqlite3.connect(data / "rxtracker.sqlite3") as check:
        assert check.execute("SELECT count(*) FROM activity").fetchone() == (0,)


def test_the_log_filter_scrubs_values_and_keeps_ids(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    log_file = setup_logging(paths)
    log = logging.getLogger("rxtracker.test")
    name, licence, profile, email = "Ana Ruiz", "LICENSE-77123", "1234567", "ana@example.com"
    try:
        log.info("added %s %s for %s", "activity", 123456, email)
        log.warning("could not read %s", OSError(2, "No such file", f"/home/{name}.pdf"))
        try:
            raise ValueError(f"number {licence} of {name!r}, e-Profile {profile}")
        except ValueError:
            log.exception("failed")
    finally:
        close_logging()
    text = log_file.read_text(encoding="utf-8")
    assert "added activity 123456 for <e-mail>" in text
    assert "ValueError: number <number> of '…', e-Profile <number>" in text
    assert "Traceback" in text
    for secret in (name, "Ana", licence, profile, email):
        assert secret not in text


def test_a_hard_crash_writes_its_stacks_to_the_log(tmp_path: Path) -> None:
    data = tmp_path / "data"
    script = (
        "import faulthandler\n"
        "from rxtracker.services import AppPaths\n"
        "from rxtracker.services.logs import setup_logging\n"
        f"setup_logging(AppPaths.resolve({str(data)!r}))\n"
        "faulthandler._sigsegv()\n"
    )
    process = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert process.returncode != 0
    log = (data / "logs" / "rxtracker.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in log
