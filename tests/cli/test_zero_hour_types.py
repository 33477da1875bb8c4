"""A credential without CE hours (CPR/BLS) is accepted and tracked by its expiration (issue 20)."""

from __future__ import annotations

from tests.conftest import Cli


def test_a_zero_hour_custom_type_is_tracked_by_its_expiration(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz")
    added = cli(
        "credential",
        "custom-add",
        "--name",
        "BLS Provider (CPR)",
        "--issuer",
        "American Heart Association",
        "--cycle-months",
        "24",
        "--hours",
        "0",
    )
    assert added.code == 0, added.err
    assert cli("credential", "add", "Ana Ruiz", "BLS Provider", "--expires", "2027-05-31").code == 0
    held = cli("status", "Ana Ruiz", "--as-of", "2026-12-01", "--json").json()[0]["credentials"][0]
    assert (held["status"], held["cycle_end"], held["required_hours"]) == (
        "complete",
        "2027-05-31",
        0.0,
    )
    assert any("asks no CE" in note for note in held["notes"])
    lapsed = cli("status", "Ana Ruiz", "--as-of", "2027-06-05").out
    assert "BLS Provider (CPR): EXPIRED" in lapsed


def test_a_zero_hour_type_keeps_its_items_and_refuses_minimums(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz")
    base = ["credential", "custom-add", "--issuer", "Walgreens", "--cycle-months", "12"]
    refused = cli(*base, "--name", "Immunizer", "--hours", "0", "--min-topic", "06=2")
    assert refused.code == 2 and "0 total hours has no minimums" in refused.err
    item = cli(*base, "--name", "Immunizer", "--hours", "0", "--item", "Injection technique check")
    assert item.code == 0, item.err
    cli("credential", "add", "Ana Ruiz", "Immunizer", "--expires", "2027-05-31")
    shown = cli("status", "Ana Ruiz", "--as-of", "2026-12-01").out
    assert "[ ] Injection technique check" in shown
