"""Ready to apply: what the issuer will check, as a checklist (issue 20).

PTCB checks CE through CPE Monitor, which matches courses on the NABP e-Profile ID and the
birth month and day, and needs the PTCB number on the e-Profile; CE entered by hand needs
a certificate showing name, title, provider, date, hours and UAN.
Sources: https://ptcb.org/renew/recertify ;
https://ptcb.zendesk.com/hc/en-us/articles/360045906712-What-are-the-requirements-for-proof-of-completion-for-a-CE-audit-
"""

from __future__ import annotations

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

    ``reasons`` (the hours line) are worded into ``detail`` by ``services.wording``.
    """

    id: str
    label: str
    done: bool
    detail: str = ""
    reasons: tuple[Missing, ...] = ()


def ready_checklist(result: CredentialResult, facts: ReadyFacts) -> tuple[Check, ...]:
    """Everything to have in order before applying, each done or not, in the order to do it."""
    checks = [_hours(result)]
    if facts.cpe_monitor_profile:
        checks += _profile(facts)
        unseen = facts.not_in_cpe_monitor
        checks.append(
            Check(
                "cpe-monitor",
                "Every ACPE course shows in CPE Monitor",
                not unseen,
                _titles("Not seen in CPE Monitor yet", unseen),
            )
        )
    checks.append(
        Check(
            "certificates",
            "Every course entered by hand has its certificate",
            not facts.without_certificate,
            _titles("No certificate", facts.without_certificate),
        )
    )
    checks.append(_when(result, facts.fee))
    return tuple(checks)


def _hours(result: CredentialResult) -> Check:
    met = not result.missing and result.phase != Phase.EXPIRED
    return Check("hours", "Hours and topics met", met, reasons=result.missing)


def _profile(facts: ReadyFacts) -> list[Check]:
    return [
        Check(
            "eprofile",
            "NABP e-Profile ID recorded",
            facts.eprofile_id,
            "" if facts.eprofile_id else "Add it to your details in File ▸ People.",
        ),
        Check(
            "birthday",
            "CPE Monitor has your birth month and day (MMDD) right",
            facts.birthday_confirmed,
            "" if facts.birthday_confirmed else "Check your NABP e-Profile, then confirm it here.",
        ),
        Check(
            "ptcb-number",
            "Your PTCB number is on your NABP e-Profile",
            facts.ptcb_number_confirmed,
            ""
            if facts.ptcb_number_confirmed
            else "Add it under Credentials/Certifications in your e-Profile, then confirm it here.",
        ),
    ]


def _when(result: CredentialResult, fee: str | None) -> Check:
    dates, as_of = result.dates, result.as_of
    cost = f"fee ${fee}" if fee else "the fee"
    if dates.end is None:
        return Check("when", "Fee and deadline", True, "It does not expire.")
    if dates.renewal_opens is not None and as_of < dates.renewal_opens:
        return Check(
            "when", "Fee and deadline", False, f"You can apply from {dates.renewal_opens} ({cost})."
        )
    if as_of > dates.end:
        return Check("when", "Fee and deadline", False, f"It expired on {dates.end}.")
    deadline = dates.deadline or dates.end
    return Check("when", "Fee and deadline", True, f"Apply by {deadline} ({cost}).")


def _titles(what: str, titles: tuple[str, ...]) -> str:
    return f"{what}: {'; '.join(titles)}" if titles else ""


def is_ready(checks: tuple[Check, ...]) -> bool:
    """Every line done."""
    return all(c.done for c in checks)
