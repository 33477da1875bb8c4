"""Exact contact hours.

Hours are kept as an integer number of hundredths, so that 0.1 + 0.2 is exactly 0.3 in every
total. 1 CEU = 10 contact hours (ACPE; rules-reference section 5.3); NHA counts 2 hours as
1 credit (rules-reference section 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from rxtracker import i18n
from rxtracker.domain.errors import InvalidInput

_HUNDRED = Decimal(100)
#: No single amount of CE is anywhere near this; larger numbers are typing or file errors.
_LIMIT = Decimal(1_000_000)


def _number(text: str | int | Decimal, field: str) -> Decimal:
    """A finite, believable decimal from user text ("1.5", "2,75", " 3 ")."""
    raw = str(text).strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise InvalidInput(field, _not_hours(text)) from None
    if not value.is_finite():
        raise InvalidInput(field, _not_hours(text))
    if abs(value) > _LIMIT:
        problem = i18n.translate("hours", "{number} is far more hours than any CE activity")
        raise InvalidInput(field, problem.format(number=raw))
    return value


def _not_hours(text: str | int | Decimal) -> str:
    """'"abc" is not a number of hours'."""
    problem = i18n.translate("hours", "{text} is not a number of hours")
    return problem.format(text=repr(str(text)))


def plain(value: Decimal) -> Decimal:
    """``value`` with no trailing zeros and never in exponent form: 10, 1.5, 0.25 (not 1E+1).

    The one place rxtracker shapes a computed decimal (CEUs, NHA credits, a pace) for people:
    ``str()`` of the result is the number as people write it.
    """
    value = value.normalize()
    exponent = value.as_tuple().exponent
    return value.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else value


@dataclass(frozen=True, order=True, slots=True)
class Hours:
    """A non-negative or negative amount of contact hours, exact to 0.01 h."""

    hundredths: int

    @classmethod
    def parse(cls, text: str | int | Decimal, field: str = "hours") -> Hours:
        """Parse "1.5", "2", "0,75" or a Decimal into Hours.

        Raises:
            InvalidInput: when the text is not a number or has more than two decimals.
        """
        value = _number(text, field)
        scaled = value * _HUNDRED
        if scaled != scaled.to_integral_value():
            problem = i18n.translate("hours", "{number} has more than two decimals")
            raise InvalidInput(field, problem.format(number=value))
        return cls(int(scaled))

    @classmethod
    def from_decimal(cls, value: Decimal) -> Hours:
        """Round a Decimal half-up to the nearest hundredth."""
        scaled = (value * _HUNDRED).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return cls(int(scaled))

    @classmethod
    def from_ceu(cls, ceu: str | Decimal) -> Hours:
        """Convert CEUs to contact hours (1 CEU = 10 contact hours)."""
        return cls.parse(_number(ceu, "CEUs") * 10, field="CEUs")

    @classmethod
    def zero(cls) -> Hours:
        """No hours."""
        return cls(0)

    def to_decimal(self) -> Decimal:
        """The exact value as a Decimal with two places."""
        return (Decimal(self.hundredths) / _HUNDRED).quantize(Decimal("0.01"))

    def to_float(self) -> float:
        """The value for JSON output (always a two-decimal number)."""
        return float(self.to_decimal())

    @property
    def ceu(self) -> Decimal:
        """The value in CEUs (contact hours / 10)."""
        return plain(Decimal(self.hundredths) / 1000)

    @property
    def nha_credits(self) -> Decimal:
        """NHA credits: two documented hours are one credit."""
        return plain(Decimal(self.hundredths) / 200)

    def __add__(self, other: Hours) -> Hours:
        return Hours(self.hundredths + other.hundredths)

    def __sub__(self, other: Hours) -> Hours:
        return Hours(self.hundredths - other.hundredths)

    def __bool__(self) -> bool:
        return self.hundredths != 0

    def __str__(self) -> str:
        """Shortest exact text: 1, 1.5, 0.25."""
        text = f"{self.to_decimal():f}"
        return text.rstrip("0").rstrip(".") if "." in text else text

    def clamp_min(self, floor: Hours) -> Hours:
        """The larger of self and floor."""
        return self if self >= floor else floor

    @staticmethod
    def total(values: list[Hours] | tuple[Hours, ...]) -> Hours:
        """Exact sum of several amounts."""
        return Hours(sum(v.hundredths for v in values))

    def describe(self) -> str:
        """'1 hour' / '2.5 hours' for sentences, in the interface language ('2,5 horas')."""
        shown = i18n.decimal_text(self.to_decimal())
        if self.hundredths == 100:
            return i18n.translate("hours", "{hours} hour").format(hours=shown)
        return i18n.translate("hours", "{hours} hours").format(hours=shown)

    def shown(self) -> str:
        """The number as the interface's locale writes it ('1.5'; '1,5' where that is the way)."""
        return i18n.decimal_text(self.to_decimal())
