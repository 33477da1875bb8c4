"""The daily reminder check: what needs attention now, for every active person.

Something needs attention when a renewal window has opened, an application deadline (or,
once past it, the expiration) is within the reminder horizon and the cycle is not complete,
a credential has lapsed but can still be reinstated, or an ACPE course is overdue in CPE
Monitor (past the providers' reporting limit). Expired credentials (nothing left to do) and
complete ones whose window has not opened stay quiet.
"""

from __future__ import annotations

import configparser
import contextlib
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog
from rxtracker.db import Credential
from rxtracker.disk import write_atomic
from rxtracker.engine import Phase
from rxtracker.engine.phases import NOTHING, ApplicationPhase, AuditPhase, RenewalState
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.custom_types import full_catalog_in
from rxtracker.services.paths import AppPaths
from rxtracker.services.reconcile import Reporting, cpe_monitor_check
from rxtracker.services.renewal import renewal_states_in
from rxtracker.services.status import CredentialStatus, PersonStatus, team_status
from rxtracker.services.views.standing import short_names
from rxtracker.services.wording import application_sentence, audit_sentence, missing_texts

#: The horizon when settings.ini names none (the app's own default, Settings ▸ Remind me).
DEFAULT_HORIZON_DAYS = 90


@dataclass(frozen=True, slots=True)
class Reminder:
    """One thing that needs attention.

    Attributes:
        kind: 'window' (renewal window open), 'deadline' (deadline within the horizon or
            passed), 'lapsed' (reinstatement still possible) or 'cpe-monitor' (a course
            overdue in CPE Monitor).
        credential_id: the credential to open the app on; None for CPE Monitor.
        day: the date the message is about (deadline, expiration, completion).
        message: one plain sentence (dates written YYYY-MM-DD).
    """

    kind: str
    person_id: int
    person: str
    credential_id: int | None
    credential: str
    day: dt.date
    message: str


@dataclass(frozen=True, slots=True)
class ReminderCheck:
    """What the check found on ``as_of`` (most urgent first)."""

    as_of: dt.date
    horizon_days: int
    reminders: tuple[Reminder, ...]

    @property
    def due(self) -> bool:
        """True when something needs attention (``rxtracker remind`` exits 1)."""
        return bool(self.reminders)


def horizon_days(paths: AppPaths) -> int:
    """The reminder horizon saved in settings.ini by Settings ▸ Remind me (default 90)."""
    parser = configparser.ConfigParser()
    try:
        parser.read(paths.settings, encoding="utf-8")
        return max(parser.getint("reminders", "horizon_days", fallback=DEFAULT_HORIZON_DAYS), 0)
    except (configparser.Error, ValueError, OSError):
        return DEFAULT_HORIZON_DAYS


def renewal_words(state: RenewalState, as_of: dt.date) -> tuple[str, dt.date, str] | None:
    """What a recorded renewal application or audit (issue 20) asks for now, if anything.

    A returned application (resubmit by its date, or reinstate) and an open or late audit
    remind; an application applied for, resubmitted or approved waits for the issuer.
    """
    app, audit = state.application, state.audit
    if audit.phase in (AuditPhase.OPEN, AuditPhase.LATE):
        return "audit", audit.due_on or as_of, audit_sentence(audit)
    if app.phase in (ApplicationPhase.RETURNED, ApplicationPhase.NOT_RESUBMITTED):
        return "returned", app.resubmit_by or app.reinstate_by or as_of, application_sentence(app)
    return None


def check_reminders(ctx: Context, as_of: dt.date, horizon: int | None = None) -> ReminderCheck:
    """Every active person's reminders on ``as_of`` (horizon: settings.ini's, else 90 days)."""
    days = horizon_days(ctx.paths) if horizon is None else horizon
    statuses = team_status(ctx, as_of)
    found: list[Reminder] = []
    with ctx.db.read() as session:
        catalog = full_catalog_in(ctx, session)
        names = short_names(catalog)
        held = [c.credential for p in statuses for c in p.credentials]
        states = _renewal_states(session, catalog, [c.id for c in held], as_of)
        for person in statuses:
            found += _credential_reminders(person, names, days, states)
            check = cpe_monitor_check(session, person.person.id, as_of)
            found += _cpe_monitor(
                person,
                (f.activity.title for f in check.flags if f.reporting == Reporting.OVERDUE),
                as_of,
            )
    found.sort(key=lambda r: (r.day, r.person, r.credential))
    return ReminderCheck(as_of, days, tuple(found))


def _renewal_states(
    session: Session, catalog: Catalog, ids: list[int], as_of: dt.date
) -> dict[int, RenewalState]:
    """Each credential's recorded application and audit (issue 20's service)."""
    held = list(session.scalars(select(Credential).where(Credential.id.in_(ids))))
    return renewal_states_in(session, catalog, held, as_of)


def _credential_reminders(
    person: PersonStatus, names: dict[str, str], horizon: int, states: dict[int, RenewalState]
) -> list[Reminder]:
    out = []
    for status in person.credentials:
        state = states.get(status.credential.id, NOTHING)
        words = renewal_words(state, status.result.as_of)
        if words is None and not state.application.pending:
            words = _words(status, horizon)
        if words is not None:
            kind, day, message = words
            result = status.result
            short = names.get(result.type_id, result.type_name)
            out.append(
                Reminder(
                    kind,
                    person.person.id,
                    person.person.name,
                    status.credential.id,
                    short,
                    day,
                    f"{short}: {message}",
                )
            )
    return out


def _words(status: CredentialStatus, horizon: int) -> tuple[str, dt.date, str] | None:
    """(kind, day, sentence) for a credential that needs attention, else None."""
    result = status.result
    dates, as_of = result.dates, result.as_of
    if result.phase == Phase.EXPIRED or dates.end is None:
        return None
    still = _still(missing_texts(result.missing))
    if result.phase == Phase.LAPSED:
        until = dates.reinstatement_until or dates.end
        words = translate("check", "expired on {end}; reinstate by {until}.{still}")
        return "lapsed", until, words.format(end=dates.end, until=until, still=still)
    if result.phase == Phase.DUE:
        return (
            "deadline",
            dates.end,
            translate(
                "check",
                "the application deadline has passed; apply by {end}, the expiration "
                "date (late fees may apply).{still}",
            ).format(end=dates.end, still=still),
        )
    due = dates.deadline if dates.deadline and dates.deadline >= as_of else dates.end
    if dates.renewal_opens is not None and dates.renewal_opens <= as_of:
        return (
            "window",
            due,
            translate(
                "check", "the renewal window opened on {opened}; apply by {due}.{still}"
            ).format(opened=dates.renewal_opens, due=due, still=still),
        )
    days = (due - as_of).days
    if result.phase != Phase.COMPLETE and days <= horizon:
        words = translate("check", "apply by {due} ({days} days).{still}")
        return "deadline", due, words.format(due=due, days=days, still=still)
    return None


def _still(missing: tuple[str, ...]) -> str:
    if not missing:
        return ""
    return translate("check", " Still needed: {missing}.").format(missing="; ".join(missing))


def _cpe_monitor(person: PersonStatus, titles: Iterable[str], as_of: dt.date) -> list[Reminder]:
    overdue = list(titles)
    if not overdue:
        return []
    count = len(overdue)
    if count == 1:
        message = translate(
            "check",
            "1 ACPE course is still not in CPE Monitor past the providers' reporting limit "
            "({titles}): contact the provider.",
        )
    else:
        message = translate(
            "check",
            "%n ACPE courses are still not in CPE Monitor past the providers' reporting limit "
            "({titles}): contact the provider.",
            None,
            count,
        )
    message = message.format(titles=", ".join(overdue[:3]) + (", ..." if count > 3 else ""))
    return [
        Reminder(
            "cpe-monitor", person.person.id, person.person.name, None, "CPE Monitor", as_of, message
        )
    ]


def last_notified_path(paths: AppPaths) -> Path:
    """The file holding the day the reminder last showed a notification."""
    return paths.data_dir / "reminders-last-notified"


def notified_on(paths: AppPaths, day: dt.date) -> bool:
    """True when the reminder already notified on ``day`` (one notification a day)."""
    try:
        return last_notified_path(paths).read_text(encoding="ascii").strip() == day.isoformat()
    except (OSError, UnicodeDecodeError):
        return False


def mark_notified(paths: AppPaths, day: dt.date) -> None:
    """Remember that the reminder notified on ``day`` (a read-only disk: not remembered)."""
    with contextlib.suppress(OSError):
        write_atomic(last_notified_path(paths), day.isoformat().encode("ascii"))
