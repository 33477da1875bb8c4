"""``status`` on the local file reads through ``sqlite3`` (services.quick): the same output.

One technician's file, an empty one, and a team's file with what ``status`` reads besides
activities: a custom credential type with a recorded item, a CSPT judged with its CPhT,
past cycles, a renewal application returned, an audit, work experience, a UAN logged
twice, a deactivated person. Each command is run the normal way and the quick way, in
English and in Spanish, as text and as JSON.
"""

from __future__ import annotations

import pytest

from rxtracker.services import AppPaths, opening, quick
from tests.conftest import Cli

#: The records' day: the demo's history ends here, and the steps below are before it.
DEMO_DAY = "2026-11-30"


@pytest.fixture(scope="module")
def steps() -> list[tuple[str, ...]]:
    """What is recorded after the demo team, in order."""
    zed = "Zed Quinn"
    law = ("--tag", "law", "--uan", "0197-0000-25-002-L03-T", "--hours", "1.5")
    return [
        ("credential", "custom-add", "--name", "Acme sterile training", "--issuer", "Acme",
         "--cycle-months", "12", "--hours", "6", "--min-tag", "law=1", "--min-topic", "05=1",
         "--item", "Annual competency"),
        ("person", "add", zed, "--state", "TX"),
        ("credential", "add", zed, "custom-acme-sterile-training", "--expires", "2027-03-31"),
        ("credential", "add", zed, "ptcb-cpht", "--expires", "2027-01-31", "--number", "123"),
        ("ce", "add", zed, "--title", "Law update", "--date", "2026-05-02", *law),
        ("ce", "add", zed, "--title", "Law again", "--date", "2026-06-02", *law, "--again"),
        ("ce", "add", zed, "--title", "Safety", "--date", "2026-07-02", "--hours", "2",
         "--uan", "0197-0000-25-003-L05-T"),
        ("renewal", "applied", zed, "ptcb", "--on", "2026-11-20"),
        ("renewal", "returned", zed, "ptcb", "--on", "2026-11-25", "--reason", "no certificate"),
        ("renewal", "audit", zed, "ptcb", "--on", "2026-11-01", "--due", "2026-12-20"),
        ("experience", "add", zed, "--role", "IV technician", "--start", "2020-01-01",
         "--area", "sterile-compounding"),
        ("person", "add", "Old Timer"),
        ("credential", "add", "Old Timer", "ptcb-cpht", "--expires", "2026-01-31"),
        ("person", "deactivate", "Old Timer"),
    ]  # fmt: skip


@pytest.fixture
def team(cli: Cli, steps: list[tuple[str, ...]]) -> Cli:
    """A demo team of four, and the records of ``steps``."""
    made = cli("demo", "--out", str(cli.data_dir), "--people", "4", "--years", "3",
               "--seed", "11", "--as-of", DEMO_DAY)  # fmt: skip
    assert made.code == 0, made.err
    for argv in steps:
        done = cli(*argv)
        assert done.code == 0, (argv, done.err)
    zed = cli("credential", "list", "Zed Quinn", "--json").out
    custom = zed.split('"type": "custom-acme-sterile-training"')[0].rsplit('"id": ', 1)[1]
    attested = cli("credential", "attest", custom.split(",")[0], "item-1", "--date", "2026-04-01")
    assert attested.code == 0, attested.err
    cspt = cli("credential", "add", "2", "ptcb-cspt", "--expires", "2027-04-30")
    assert cspt.code == 0, cspt.err
    return cli


def _normal(cli: Cli, monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    with monkeypatch.context() as patch:
        patch.setattr(quick, "quick_context", lambda paths: None)
        done = cli(*argv)
    return done.code, done.out, done.err


def _quick(cli: Cli, monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    def refused(paths: AppPaths) -> None:
        raise AssertionError("the records were opened the normal way")

    with monkeypatch.context() as patch:
        patch.setattr(opening, "open_context", refused)
        done = cli(*argv)
    return done.code, done.out, done.err


ARGVS = [
    ("status",),
    ("status", "--json"),
    ("status", "--as-of", "2027-02-15"),
    ("status", "Zed Quinn", "--as-of", "2026-12-05"),
    ("status", "Zed", "--json", "--as-of", "2026-12-05"),
    ("status", "Old Timer"),
    ("status", "Nobody Here"),
    ("--lang", "es", "status", "--as-of", "2026-12-05"),
    ("--lang", "es", "status", "Zed Quinn", "--json", "--as-of", "2026-12-05"),
]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_status_prints_the_same_through_sqlite3(
    team: Cli, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...]
) -> None:
    if "es" in argv:
        pytest.importorskip("rxtracker.language")  # Spanish needs Qt's translator (the .qm)
    normal = _normal(team, monkeypatch, *argv)
    assert _quick(team, monkeypatch, *argv) == normal


def test_the_team_file_has_what_status_reads(team: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison above covers each kind of record (so a read left out would show)."""
    code, out, _ = _quick(team, monkeypatch, "status", "--as-of", "2026-12-05")
    assert code == 0
    for text in (
        "Acme sterile training: ON TRACK",
        "[x] Annual competency",
        "Compounded Sterile Preparation Technician (CSPT): LAPSED",  # its CPhT lapsed
        "Returned on 2026-11-25 (no certificate)",
        "Audit noticed on 2026-11-01",
        "Repeat: Law again",
        "Zed Quinn (id 5)",
    ):
        assert text in out, text
    assert "Old Timer" not in out
    _, zed, _ = _quick(team, monkeypatch, "status", "Zed", "--json", "--as-of", "2026-12-05")
    assert '"phase": "returned"' in zed and '"due_on": "2026-12-20"' in zed


@pytest.mark.parametrize(
    "argv", [("status",), ("status", "1", "--json"), ("--lang", "es", "status")]
)
def test_a_personal_file_prints_the_same(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...]
) -> None:
    """One technician's five years of CE (as ``make bench``'s status_1k reads)."""
    if "es" in argv:
        pytest.importorskip("rxtracker.language")
    made = cli("demo", "--out", str(cli.data_dir), "--years", "5", "--activities", "400",
               "--seed", "3", "--as-of", DEMO_DAY)  # fmt: skip
    assert made.code == 0, made.err
    assert _quick(cli, monkeypatch, *argv) == _normal(cli, monkeypatch, *argv)


def test_status_of_nobody_yet(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("person", "list").code == 0  # the file exists, with nobody in it
    assert _quick(cli, monkeypatch, "status") == _normal(cli, monkeypatch, "status")
    assert "Nobody yet." in _quick(cli, monkeypatch, "status")[1]
