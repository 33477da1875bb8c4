"""Privacy: no network at all, private files, logs without personal data."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

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
