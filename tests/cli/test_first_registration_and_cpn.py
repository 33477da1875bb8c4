"""Issue #15 through the front door: a first registration said or inferred, and an ACPE
certificate-program number explained by `ce add`."""

from __future__ import annotations

from tests.cli.conftest import Cli

AS_OF = "2026-12-01"


def _texas(cli: Cli) -> list[dict]:  # type: ignore[type-arg]
    """Ana's Texas registrations as `status --json` shows them."""
    result = cli("status", "Ana", "--as-of", AS_OF, "--json")
    assert result.code == 0, result.err
    return [c for c in result.json()[0]["credentials"] if c["type"] == "tx-technician"]


def _add_texas(cli: Cli, *options: str) -> None:
    added = cli("credential", "add", "Ana", "tx-technician", "--expires", "2027-06-30", *options)
    assert added.code == 0, added.err


def test_first_registration_can_be_said_or_read_from_the_issued_date(cli: Cli) -> None:
    # 22 TAC 297.8(b)(1): exempt from CE in the initial registration period (trafficking aside).
    cli("person", "add", "Ana", "--state", "TX")
    _add_texas(cli)
    assert _texas(cli)[0]["missing"][0] == "20 more hours of CE in total by 2027-06-30"
    assert cli("credential", "remove", "1").code == 0  # one Texas registration at a time
    _add_texas(cli, "--first-registration")
    exempt = [{r["id"] for r in c["requirements"] if r["exempt"]} for c in _texas(cli)]
    assert exempt == [{"total", "texas-law"}]


def test_issued_within_the_cycle_is_a_first_registration(cli: Cli) -> None:
    cli("person", "add", "Ana", "--state", "TX")
    _add_texas(cli, "--issued", "2026-01-05")
    texas = _texas(cli)[0]
    assert texas["missing"] == [
        "Complete the human-trafficking prevention course (HHSC-approved) "
        "(tag it human-trafficking) by 2027-06-30"
    ]
    assert any("read from the issued date" in n for n in texas["notes"])


def test_a_certificate_program_number_is_explained_and_nothing_is_written(cli: Cli) -> None:
    # rules-reference 5.1: ACPE certificate programs carry a CPN like 0669-24-002-CP.
    cli("person", "add", "Ana")
    result = cli(
        "ce",
        "add",
        "Ana",
        "--title",
        "Nonsterile compounding",
        "--date",
        "2026-05-01",
        "--hours",
        "8",
        "--uan",
        "0669-24-002-CP",
    )
    assert result.code == 2
    assert "is an ACPE certificate-program number (provider 0669, 2024, program 002)" in result.err
    assert cli("ce", "list", "Ana", "--json").json() == []
