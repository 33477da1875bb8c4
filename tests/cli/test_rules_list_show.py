"""`rxtracker rules list|show|coverage` through the real command line (issue 15)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Cli

COVERAGE = Path(__file__).resolve().parents[2] / "docs" / "coverage.md"


def test_rules_list_json_has_every_jurisdiction_and_cpted(cli: Cli) -> None:
    result = cli("rules", "list", "--json")
    assert result.code == 0, result.err
    entries = {e["id"]: e for e in result.json()}
    assert len({e["state"] for e in entries.values() if e["state"]}) == 52
    assert "ptcb-cpted" in entries
    wa = entries["wa-technician"]
    # https://lawfilesext.leg.wa.gov/law/wsr/2023/05/23-05-010.htm : 20 h per 2 years.
    assert (wa["hours"], wa["cycle_months"], wa["confirmation"]) == ("20", 24, "official")
    assert wa["source"].startswith("https://") and wa["checked"] == "2026-12-06"
    for entry in entries.values():
        assert entry["confirmation"] in {"official", "partial", "unconfirmed"}
        if entry["ce"] == "required" and entry["cycle_months"] and entry["state"]:
            assert entry["hours"] is not None, entry["id"]


def test_rules_list_text_is_a_table(cli: Cli) -> None:
    result = cli("rules", "list")
    lines = result.out.splitlines()
    assert lines[0].split() == ["Type", "State", "CE", "hours", "Cycle", "Confirmed", "Checked"]
    ak = next(line for line in lines if line.startswith("ak-technician"))
    assert "10 h every 2 years (not confirmed)" in ak and ak.rstrip().endswith("2026-12-06")


def test_rules_show_prints_sentences_with_sources(cli: Cli) -> None:
    result = cli("rules", "show", "ia-technician")
    assert result.code == 0, result.err
    text = result.out
    assert text.startswith("Iowa pharmacy technician registration (ia-technician)")
    assert "CE: none (keep the national certification)." in text
    assert "- The Iowa Board of Pharmacy asks no CE to renew the IA technician." in text
    assert "Source: http://laws9.com/statutes/iowa/title-4/subtitle-3/chapter-155a/155a-6a" in text
    assert "(checked 2026-12-06)" in text


def test_rules_show_json_marks_what_is_not_confirmed(cli: Cli) -> None:
    shown = cli("rules", "show", "la-technician", "--json").json()
    assert shown["ce"] == "required" and shown["confirmation"] == "partial"
    unconfirmed = [r for r in shown["rules"] if r["unconfirmed"]]
    assert any("10 hours per year per a third-party page" in r["text"] for r in unconfirmed)
    assert all(r["source"].startswith("http") and r["checked"] for r in shown["rules"])


def test_rules_show_unknown_type_is_bad_input(cli: Cli) -> None:
    result = cli("rules", "show", "zz-technician")
    assert result.code == 2
    assert "'zz-technician' is not in the catalog" in result.err


def test_rules_coverage_prints_the_docs_table(cli: Cli) -> None:
    assert cli("rules", "coverage").out == COVERAGE.read_text(encoding="utf-8")
