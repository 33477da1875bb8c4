"""ACPE certificate-program numbers are recognised, not refused as bad UANs."""

from __future__ import annotations

import pytest

from rxtracker.domain import InvalidInput, parse_uan
from rxtracker.domain.cpn import certificate_program


def test_a_certificate_program_number_is_explained() -> None:
    # rules-reference 5.1: "ACPE Certificate Program Number (CPN)", e.g. 0669-24-002-CP
    # (https://rxce.com/CertificatePrograms/Nonsterile-Compounding-ACPE-Pharmacy-Certificate-Program).
    program = certificate_program("0669-24-002-CP")
    assert program is not None and (program.provider, program.year) == ("0669", "24")
    with pytest.raises(InvalidInput) as caught:
        parse_uan(" 0669–24–002–cp ")
    assert "is an ACPE certificate-program number (provider 0669, 2024, program 002)" in str(
        caught.value
    )


def test_a_uan_is_not_a_certificate_program() -> None:
    assert certificate_program("0204-0000-25-001-H03-T") is None
    assert parse_uan("0204-0000-25-001-H03-T").topic == "03"
