"""Issue #15 through the front door: a CSPT is not complete while its CPhT has lapsed."""

from __future__ import annotations

from tests.cli.conftest import Cli


def test_status_json_shows_the_cspt_lapsed_with_its_cpht(cli: Cli) -> None:
    # https://ptcb.zendesk.com/hc/en-us/articles/30025462669837 : "A loss of PTCB CPhT or
    # CPhT-Adv Certification due to failure to recertify ... will result in the loss of CSPT
    # Certification".
    cli("person", "add", "Ana")
    for type_id, expires in (("ptcb-cpht", "2026-10-31"), ("ptcb-cspt", "2027-10-31")):
        added = cli("credential", "add", "Ana", type_id, "--expires", expires)
        assert added.code == 0, added.err
    attested = cli("credential", "attest", "2", "competency-attestation", "--date", "2026-11-01")
    assert attested.code == 0, attested.err
    course = ["--title", "Sterile compounding", "--date", "2026-11-02", "--hours", "5"]
    cli(
        "ce",
        "add",
        "Ana",
        *course,
        "--uan",
        "0204-0000-26-010-L07-T",
        "--tag",
        "sterile-compounding",
    )
    result = cli("status", "Ana", "--as-of", "2026-11-15", "--json")
    assert result.code == 0, result.err
    by_type = {c["type"]: c for c in result.json()[0]["credentials"]}
    assert by_type["ptcb-cpht"]["status"] == "lapsed"
    cspt = by_type["ptcb-cspt"]
    assert cspt["status"] == "lapsed"
    assert cspt["missing"][0].startswith("Your PTCB CPhT lapsed on 2026-10-31")
