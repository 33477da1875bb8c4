"""Numbers as people write them: never '1E+1' (issue 20)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rxtracker.domain import Hours, plain


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (Decimal(20) / 2, "10"),
        (Decimal("100.00"), "100"),
        (Decimal("1.50"), "1.5"),
        (Decimal("0.250"), "0.25"),
        (Decimal(0), "0"),
    ],
)
def test_a_computed_number_is_written_plainly(value: Decimal, written: str) -> None:
    assert str(plain(value)) == written


def test_credits_and_ceus_are_written_plainly() -> None:
    assert str(Hours.parse("20").nha_credits) == "10"
    assert str(Hours.parse("100").ceu) == "10"
    assert str(Hours.parse("2.5").ceu) == "0.25"
