"""Ready to apply: what the issuer will check, as a checklist (issue 20).

PTCB checks CE through CPE Monitor, which matches courses on the NABP e-Profile ID and the
birth month and day, and needs the PTCB number on the e-Profile; CE entered by hand needs
a certificate showing name, title, provider, date, hours and UAN.
Sources: https://ptcb.org/renew/recertify ;
https://ptcb.zendesk.com/hc/en-us/articles/360045906712-What-are-the-requirements-for-proof-of-completion-for-a-CE-audit-
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rxtracker.engine.reasons import Missing
from rxtracker.engine.result import CredentialResult, Phase


@dataclass(frozen=True, slots=True)
class ReadyFacts:
    """What the checklist needs beyond the evaluation.

    Attributes:
        cpe_monitor_profile: the issuer reads CE from CPE Monitor (PTCB).
        eprofile_id: the NABP e-Profile ID is recorded.
        birthday_confirmed, ptcb_number_confirmed: the technician confirmed them (PTCB only).
        not_in_cpe_monitor: titles of the cycle's ACPE courses no CPE Monitor export showed.
        without_certificate: titles of the cycle's hand-entered courses with no certificate.
        fee: the renewal fee, when the catalog knows it.
    """

    cpe_monitor_profile: bool
    eprofile_id: bool
    birthday_confirmed: bool = False
    ptcb_number_confirmed: bool = False
    not_in_cpe_monitor: tuple[str, ...] = ()
    without_certificate: tuple[str, ...] = ()
    fee: str | None = None


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the checklist: ``done``, and what to do when it is not.

    The engine gives no words: ``id`` names the line and ``note`` what is said under it
    ("opens", "expired", "apply-by", "no-expiry", "add-eprofile", ...) with its values
    (``day``, ``fee``, ``titles``, ``reasons``); ``services.wording`` writes ``label`` and
    ``detail`` in the interface language.
    """

    id: str
    done: bool
    note: str = ""
    day: dt.date | None = None
    fee: str | None = None
    titles: tuple[str, ...] = ()
    reasons: tuple[Missing, ...] = ()
    label: str = ""
    detail: str = ""


def ready_checklist(result: CredentialResult, facts: ReadyFacts) -> tuple[Check, ...]:
    """Everything to have in order before applying, each done or not, in the order to do it."""
    checks = [_hours(result)]
    if facts.cpe_monitor_profile:
        checks += _profile(facts)
        unseen = facts.not_in_cpe_monitor
        checks.append(Check("cpe-monitor", not unseen, "unseen" if unseen else "", titles=unseen))
    missing = facts.without_certificate
    checks.append(
        Check("certificates", not missing, "no-certificate" if missing else "", titles=missing)
    )
    checks.append(_when(result, facts.fee))
    return tuple(checks)


def _hours(result: CredentialResult) -> Check:
    met = not result.missing and result.phase != Phase.EXPIRED
    return Check("hours", met, reasons=result.missing)


def _profile(facts: ReadyFacts) -> list[Check]:
    return [
        Check("eprofile", facts.eprofile_id, "" if facts.eprofile_id else "add-eprofile"),
        Check(
            "birthday",
            facts.birthday_confirmed,
            "" if facts.birthday_confirmed else "check-birthday",
        ),
        Check(
            "ptcb-number",
            facts.ptcb_number_confirmed,
            "" if facts.ptcb_number_confirmed else "add-ptcb-number",
        ),
    ]


def _when(result: CredentialResult, fee: str | None) -> Check:
    dates, as_of = result.dates, result.as_of
    if dates.end is None:
        return Check("when", True, "no-expiry")
    if dates.renewal_opens is not None and as_of < dates.renewal_opens:
        return Check("when", False, "opens", day=dates.renewal_opens, fee=fee)
    if as_of > dates.end:
        return Check("when", False, "expired", day=dates.end)
    return Check("when", True, "apply-by", day=dates.deadline or dates.end, fee=fee)


def is_ready(checks: tuple[Check, ...]) -> bool:
    """Every line done."""
    return all(c.done for c in checks)
