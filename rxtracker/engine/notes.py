"""What a result notes beside its reasons, as data: the front ends word these in their language.

Each note is a small frozen value (dates, fees, the catalog's texts in English) that
``rxtracker.services.wording.note_text`` turns into a sentence: "Apply by 2027-02-01 to
avoid the $25 late fee; ..." in English, "Presente la solicitud a más tardar el ..." in
Spanish. Catalog texts stay the catalog's English here; the wording finds their translation.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from msgspec import Struct

from rxtracker.domain import Hours


class CatalogNote(Struct, frozen=True):
    """A text of the catalog shown as it is (a fact about the type no official page confirms)."""

    text: str


class NoCe(Struct, frozen=True):
    """The issuer asks no CE to renew, or no official statement of the CE was found.

    Attributes:
        found: an official statement was found (it asks none); False: none was found.
        issuer, name: the issuer ("Texas State Board of Pharmacy") and the type's short name.
        still_applies: the catalog's texts on what applies instead.
    """

    found: bool
    issuer: str
    name: str
    still_applies: tuple[str, ...] = ()


class Reinstating(Struct, frozen=True):
    """The credential lapsed: it is judged by the reinstatement rules until ``until``.

    Attributes:
        expired_on: the expiration; days_ago: days from it to the day judged.
        until: the last day of the reinstatement period; fee: its fee ("95"), or "".
        start: the first day whose CE counts.
        rules_name, summary: the reinstatement type's name and summary (catalog texts).
    """

    expired_on: dt.date
    days_ago: int
    until: dt.date | None
    fee: str
    start: dt.date
    rules_name: str
    summary: str


class ApplyBy(Struct, frozen=True):
    """The application is due before the expiration; CE up to the expiration still counts."""

    deadline: dt.date
    expires: dt.date
    late_fee: str = ""  # the late fee's amount ("25"), or "" when the catalog names none


class LateRenewal(Struct, frozen=True):
    """Expired ``days_ago`` days ago; renewing late is possible until ``until``."""

    expired_on: dt.date
    days_ago: int
    until: dt.date


class OlderRules(Struct, frozen=True):
    """The cycle is judged by an earlier rule set (``note``: the catalog's note on it)."""

    effective_from: dt.date
    note: str


class NotConfirmed(Struct, frozen=True):
    """A requirement no official page confirms: its label and the catalog's note."""

    requirement_id: str
    label: str
    note: str


class FirstShare(StrEnum):
    """How much CE a first registration period asks (``FirstPeriod.share``)."""

    NONE_ASKED = "none_asked"  # the type waives every requirement it marks (no tiers)
    TIER = "tier"  # a tier of the catalog applies (``percent``, ``per_month``, ``prorate``)
    NEEDS_ISSUE_DATE = "needs_issue_date"  # the tiers need the date it was issued
    FULL = "full"  # no tier applies: the full hours


class FirstPeriod(Struct, frozen=True):
    """This cycle is the first registration period.

    Attributes:
        inferred: read from the issued date (False: the holder said so).
        share: how much CE it asks.
        months: the whole months registered before expiration (TIER), when known.
        percent: the tier's share of the hours (0: waived).
        per_month: the tier's hours for each month registered, if it prorates so.
        prorate: the tier asks the hours in proportion to the months registered.
        note: the tier's note (a catalog text), or "".
    """

    inferred: bool
    share: FirstShare
    months: int | None = None
    percent: int = 0
    per_month: Hours | None = None
    prorate: bool = False
    note: str = ""


class NeedsBase(Struct, frozen=True):
    """``name`` stands only with one of ``needs`` in good standing, and none is recorded."""

    name: str
    needs: tuple[str, ...]


class FulfilledBy(Struct, frozen=True):
    """Good standing in ``name`` (a certification by ``issuer``) fulfils this type's CE."""

    name: str
    issuer: str


class NoRenewal(Struct, frozen=True):
    """``name`` has no renewal cycle; ``expires`` False: it is held with no expiration date."""

    name: str
    expires: bool


#: An engine note about a credential's cycle (``CredentialResult.notes`` holds these too).
EngineNote = (
    CatalogNote
    | NoCe
    | Reinstating
    | ApplyBy
    | LateRenewal
    | OlderRules
    | NotConfirmed
    | FirstPeriod
    | NeedsBase
    | FulfilledBy
    | NoRenewal
)
