"""Honest totals through `rxtracker status` (issue 23).

PTCB accepts non-ACPE CE only if it decides the course covers the PTCE Content Outline
(rules-reference 1.1, "Non-ACPE CE": https://www.ptcb.org/news/recertification-updates).
"""

from __future__ import annotations

from typing import Any

from tests.cli.conftest import Cli

AS_OF = "2026-12-01"
NAME = "Lena Park"


def _add(cli: Cli, title: str, on: str, hours: str, *extra: str) -> None:
    result = cli("ce", "add", NAME, "--title", title, "--date", on, "--hours", hours, *extra)
    assert result.code == 0, result.err


def _ptcb_with_non_acpe(cli: Cli) -> dict[str, Any]:
    assert cli("person", "add", NAME).code == 0
    assert cli("credential", "add", NAME, "ptcb-cpht", "--expires", "2027-03-31").code == 0
    _add(cli, "Sterile basics", "2025-05-01", "13", "--uan", "0204-0000-25-201-H01-T")
    _add(cli, "Pharmacy law", "2025-06-01", "1", "--uan", "0204-0000-25-202-H03-T")
    _add(cli, "Look-alike drugs", "2025-07-01", "1", "--uan", "0204-0000-25-203-H05-T")
    _add(cli, "Pharmacology", "2025-08-01", "4", "--uan", "0204-0000-25-204-H01-P")
    _add(cli, "Human trafficking (HHSC)", "2025-09-01", "2", "--provider", "Texas HHSC")
    result = cli("status", NAME, "--as-of", AS_OF, "--json")
    assert result.code == 0, result.err
    [person] = result.json()
    [ptcb] = person["credentials"]
    return dict(ptcb)


def test_non_acpe_hours_do_not_complete_ptcb_and_status_says_why(cli: Cli) -> None:
    ptcb = _ptcb_with_non_acpe(cli)
    assert ptcb["status"] != "complete"
    assert (ptcb["counted_hours"], ptcb["conditional_hours"]) == (19, 2)
    assert ptcb["missing"] == ["1 more hour of CE in total by 2027-03-31"]
    assert ptcb["conditional"] == [
        "2 hours of non-ACPE CE are not counted: counts if PTCB accepts it (upload the certificate)"
    ]
    course = next(a for a in ptcb["activities"] if a["title"] == "Human trafficking (HHSC)")
    assert course["counted_hours"] == 0
    assert course["reason"] == "counts if PTCB accepts it (upload the certificate)"


def test_plain_status_names_the_conditional_hours(cli: Cli) -> None:
    _ptcb_with_non_acpe(cli)
    text = cli("status", NAME, "--as-of", AS_OF).out
    assert "Counts only if accepted" in text
    assert "2 hours of non-ACPE CE are not counted: counts if PTCB accepts it" in text


def test_lapsed_status_says_how_long_since_it_expired(cli: Cli) -> None:
    assert cli("person", "add", NAME).code == 0
    assert cli("credential", "add", NAME, "ptcb-cpht", "--expires", "2026-08-31").code == 0
    text = cli("status", NAME, "--as-of", "2026-12-07").out
    assert "PTCB Certified Pharmacy Technician (CPhT): LAPSED, expired 98 days ago" in text
    [person] = cli("status", NAME, "--as-of", "2026-12-07", "--json").json()
    assert person["credentials"][0]["days_since_expiration"] == 98
