"""`rxtracker status` end to end, through a real database built by the CLI itself."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.cli.conftest import Cli

AS_OF = "2026-12-01"


@pytest.fixture
def ana(cli: Cli) -> Cli:
    """Ana: PTCB CPhT (expires 2027-03-31) and a Texas registration (expires 2027-06-30)."""
    steps = [
        ("person", "add", "Ana Ruiz", "--state", "TX"),
        ("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31"),
        ("credential", "add", "Ana Ruiz", "tx-technician", "--expires", "2027-06-30"),
        (
            "ce",
            "add",
            "Ana Ruiz",
            "--title",
            "Drug therapy review",
            "--date",
            "2025-05-10",
            "--hours",
            "12.5",
            "--uan",
            "0204-0000-25-101-H01-T",
        ),
        (
            "ce",
            "add",
            "Ana Ruiz",
            "--title",
            "Texas pharmacy law",
            "--date",
            "2025-07-15",
            "--hours",
            "1.25",
            "--uan",
            "0204-0000-25-102-L03-T",
            "--tag",
            "texas-law",
        ),
        (
            "ce",
            "add",
            "Ana Ruiz",
            "--title",
            "Sound-alike drugs",
            "--date",
            "2025-07-01",
            "--hours",
            "1",
            "--uan",
            "0204-0000-25-103-H05-T",
        ),
        (
            "ce",
            "add",
            "Ana Ruiz",
            "--title",
            "Pharmacology for pharmacists",
            "--date",
            "2025-08-01",
            "--hours",
            "6.1",
            "--uan",
            "0204-0000-25-104-H01-P",
        ),
        (
            "ce",
            "add",
            "Ana Ruiz",
            "--title",
            "Old course",
            "--date",
            "2025-03-15",
            "--hours",
            "2",
            "--uan",
            "0204-0000-25-105-H01-T",
        ),
        (
            "ce",
            "add",
            "Ana Ruiz",
            "--title",
            "Staff meeting",
            "--date",
            "2025-09-01",
            "--hours",
            "1",
            "--category",
            "in-service",
        ),
    ]
    for step in steps:
        result = cli(*step)
        assert result.code == 0, (step, result.err)
    return cli


def _credentials(cli: Cli, *args: str) -> dict[str, Any]:
    result = cli("status", *args, "--as-of", AS_OF, "--json")
    assert result.code == 0, result.err
    [person] = result.json()
    assert person["person"]["name"] == "Ana Ruiz" and person["as_of"] == AS_OF
    return {c["type"]: c for c in person["credentials"]}


def test_status_json_has_every_field_the_issue_names(ana: Cli) -> None:
    ptcb = _credentials(ana, "Ana Ruiz")["ptcb-cpht"]
    assert {
        "type",
        "status",
        "cycle_start",
        "cycle_end",
        "renewal_opens",
        "deadline",
        "required_hours",
        "counted_hours",
        "missing_hours",
        "requirements",
        "activities",
        "missing",
    } <= set(ptcb)
    assert (ptcb["cycle_start"], ptcb["cycle_end"]) == ("2025-04-01", "2027-03-31")
    assert (ptcb["renewal_opens"], ptcb["deadline"]) == ("2027-01-30", "2027-03-01")
    assert ptcb["status"] == "on_track"
    # 12.5 + 1.25 + 1 T hours, and 5 of the 6.1 P hours: 19.75 exactly.
    assert (ptcb["required_hours"], ptcb["counted_hours"], ptcb["missing_hours"]) == (
        20,
        19.75,
        0.25,
    )
    reqs = {r["label"]: r for r in ptcb["requirements"]}
    assert reqs["Technician-specific CE (UAN ending -T)"]["counted"] == 14.75
    assert reqs["Pharmacy law (ACPE topic 03)"]["met"] is True
    assert ptcb["missing"] == [
        "0.25 more hours of CE in total by 2027-03-31",
        "0.25 more hours of technician-specific CE (UAN ending -T) by 2027-03-31",
    ]


def test_every_activity_gets_counted_hours_or_a_reason(ana: Cli) -> None:
    ptcb = _credentials(ana)["ptcb-cpht"]
    lines = {a["title"]: a for a in ptcb["activities"]}
    assert set(lines) == {
        "Drug therapy review",
        "Texas pharmacy law",
        "Sound-alike drugs",
        "Pharmacology for pharmacists",
        "Old course",
        "Staff meeting",
    }
    assert "reason" not in lines["Drug therapy review"]
    assert lines["Pharmacology for pharmacists"]["counted_hours"] == 5
    assert "5-hour cap" in lines["Pharmacology for pharmacists"]["reason"]
    assert lines["Old course"]["reason"] == "outside the cycle 2025-04-01 to 2027-03-31"
    assert lines["Staff meeting"]["reason"] == "in-service CE is not accepted by PTCB since 2018"


def test_one_activity_counts_for_ptcb_and_texas(ana: Cli) -> None:
    texas = _credentials(ana)["tx-technician"]
    lines = {a["title"]: a for a in texas["activities"]}
    assert lines["Texas pharmacy law"]["by_requirement"]["texas-law"] == 1.25
    # The Texas cycle starts 2025-07-01: the May course counts for PTCB only.
    assert lines["Drug therapy review"]["reason"] == "outside the cycle 2025-07-01 to 2027-06-30"
    assert texas["missing"] == [
        "10.65 more hours of CE in total by 2027-06-30",
        "Complete the human-trafficking prevention course (HHSC-approved) "
        "(tag it human-trafficking) by 2027-06-30",
    ]


def test_hours_in_json_have_at_most_two_decimals(ana: Cli) -> None:
    out = ana("status", "--as-of", AS_OF, "--json").out
    numbers = re.findall(r'"(?:\w*hours|counted|required|missing)": (-?\d+\.\d+)', out)
    assert numbers and all(len(n.split(".")[1]) <= 2 for n in numbers)
    json.loads(out)


def test_status_plain_text_reads_like_a_checklist(ana: Cli) -> None:
    result = ana("status", "Ana Ruiz", "--as-of", AS_OF)
    assert result.code == 0, result.err
    text = result.out
    assert "Ana Ruiz (id 1): status on 2026-12-01" in text
    assert "PTCB Certified Pharmacy Technician (CPhT): ON TRACK" in text
    assert "[x] Pharmacy law (ACPE topic 03): 1.25 of 1 h" in text
    assert "- 0.25 more hours of CE in total by 2027-03-31" in text
    assert "#6 Staff meeting (1 hour, 0 counted): in-service CE is not accepted" in text


def test_status_after_expiration_is_lapsed(ana: Cli) -> None:
    result = ana("status", "--as-of", "2027-04-02", "--json")
    ptcb = {c["type"]: c for c in result.json()[0]["credentials"]}["ptcb-cpht"]
    assert ptcb["status"] == "lapsed"
    assert ptcb["rules"] == "ptcb-cpht-reinstatement"
    assert "2 more hours" not in " ".join(ptcb["missing"])
    law = "To reinstate: 0.75 more hours of pharmacy law (ACPE topic 03) by 2028-03-31"
    assert law in ptcb["missing"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("status", "--as-of", "2026-13-01"),
            "rxtracker: error: as-of: there is no month 13; months go from 1 to 12",
        ),
        (("status", "Nobody"), "rxtracker: error: person: no person named 'Nobody'"),
    ],
)
def test_bad_input_exits_2_with_one_line(ana: Cli, args: tuple[str, ...], message: str) -> None:
    result = ana(*args)
    assert result.code == 2
    assert result.err.startswith(message)
    assert result.err.count("\n") == 1


def test_status_with_nobody(cli: Cli) -> None:
    assert cli("status", "--json").json() == []
    assert "Nobody yet" in cli("status").out


def test_credential_types_lists_holdable_types(cli: Cli) -> None:
    types = {t["id"]: t for t in cli("credential", "types", "--json").json()}
    expected = {
        "ptcb-cpht",
        "ptcb-cpht-adv",
        "ptcb-cspt",
        "nha-excpt",
        "tx-technician",
        "fl-technician",
        "ca-technician",
        "oh-registered-technician",
        "ga-technician",
        "mi-technician",
        "il-technician",
        "va-technician",
        "nc-technician",
    }
    assert expected <= set(types)
    assert "ptcb-cpht-reinstatement" not in types
    assert types["ptcb-cspt"]["cycle_months"] == 12
    assert types["tx-technician"]["state"] == "TX"
