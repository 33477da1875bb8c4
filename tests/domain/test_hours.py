"""Exact hours: architecture rule 8 (0.1 + 0.2 == 0.3 in every total)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rxtracker.domain import Hours, InvalidInput


@pytest.mark.parametrize(
    ("text", "hundredths"),
    [("1", 100), ("1.5", 150), ("0.25", 25), (" 2,75 ", 275), ("10.00", 1000), ("0", 0)],
)
def test_parse_accepts_plain_numbers(text: str, hundredths: int) -> None:
    assert Hours.parse(text) == Hours(hundredths)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("abc", "is not a number"),
        ("1.005", "more than two decimals"),
        ("nan", "not a number"),
        ("", "not a number"),
        ("inf", "not a number"),
    ],
)
def test_parse_rejects_with_a_reason(text: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem) as err:
        Hours.parse(text)
    assert err.value.field == "hours"


def test_tenths_add_up_exactly() -> None:
    assert Hours.parse("0.1") + Hours.parse("0.2") == Hours.parse("0.3")
    assert str(Hours.total([Hours.parse("0.1")] * 10)) == "1"


def test_ceu_and_nha_credits() -> None:
    # 1 CEU = 10 contact hours (rules-reference 5.3); NHA: 2 hours = 1 credit (section 4).
    assert Hours.from_ceu("0.15") == Hours.parse("1.5")
    assert Hours.parse("20").ceu == Decimal("2")
    assert Hours.parse("20").nha_credits == Decimal("10")


def test_text_forms() -> None:
    assert str(Hours.parse("2.50")) == "2.5"
    assert Hours.parse("1").describe() == "1 hour"
    assert Hours.parse("2.5").describe() == "2.5 hours"
    assert Hours.parse("1.5").to_float() == 1.5


@given(st.lists(st.decimals(min_value=0, max_value=100, places=2), max_size=50))
def test_sum_is_exact_for_any_list(values: list[Decimal]) -> None:
    total = Hours.total([Hours.parse(str(v)) for v in values])
    assert total.to_decimal() == sum(values, Decimal(0)).quantize(Decimal("0.01"))


@pytest.mark.parametrize("text", ["abc", "", "nan", "1e30"])
def test_ceu_text_is_checked_too(text: str) -> None:
    with pytest.raises(InvalidInput) as err:
        Hours.from_ceu(text)
    assert err.value.field == "CEUs"
