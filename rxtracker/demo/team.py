"""The rest of the demo team.

The Team page then shows every status (complete, on track, at risk, past the deadline,
lapsed or expired), a Texas and a Florida registration, a PTCB certificate that never
expires, and a supervisor's checks in the CE logs.

Dates are relative to ``as_of``; the same arguments always give the same records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from rxtracker.demo.courses import Course
from rxtracker.domain import Role, add_months, end_of_month
from rxtracker.services import activities, credentials, people
from rxtracker.services.context import Context
from rxtracker.services.inputs import CredentialInput, PersonInput
from rxtracker.services.verification import return_activity, verify_activity

Log = Callable[[int, str, Course], None]


def add_rest_of_team(ctx: Context, as_of: dt.date, log: Log, courses: tuple[Course, ...]) -> None:
    """Add the supervisor and five more technicians, then the supervisor's checks."""
    dana = _person(ctx, "Dana Cole", "TX", Role.SUPERVISOR, "dana.cole@example.com")
    _credential(ctx, dana, "ptcb-cpht", end_of_month(add_months(as_of, 10)), "1020931")
    for item in courses[:14]:
        log(dana, "Dana Cole", item)
    luis = _person(ctx, "Luis Ortega", "TX")
    due = end_of_month(as_of) if as_of.day > 1 else as_of + dt.timedelta(days=25)
    _credential(ctx, luis, "ptcb-cpht", due, "2871120")
    _credential(ctx, luis, "tx-technician", end_of_month(add_months(as_of, 11)), "TX-301772")
    for item in courses[:4]:
        log(luis, "Luis Ortega", item)
    grace = _person(ctx, "Grace Owens", "FL")
    _credential(ctx, grace, "nha-excpt", end_of_month(add_months(as_of, 20)), "NHA-77120")
    _credential(ctx, grace, "fl-technician", end_of_month(add_months(as_of, 16)), "RPT 70218")
    log(
        grace,
        "Grace Owens",
        Course("IV Room Safety Refresher", "SafeMeds Institute", 40, "2", "L05"),
    )
    sam = _person(ctx, "Sam Patel", "TX", Role.LEAD)
    _credential(ctx, sam, "ptcb-cspt", end_of_month(add_months(as_of, 3)), "CSPT-5521")
    _credential(ctx, sam, "ptcb-cert-tpv", None, "TPV-1180")
    for item in courses[:9]:
        log(sam, "Sam Patel", item)
    kim = _person(ctx, "Kim Nguyen", "TX")
    _credential(ctx, kim, "ptcb-cpht", end_of_month(add_months(as_of, -3)), "2650984")
    for item in courses[2:6]:
        log(kim, "Kim Nguyen", item)
    _checks(ctx, dana, (luis, sam), dt.datetime.combine(as_of, dt.time(16, 30)))


def _person(
    ctx: Context, name: str, state: str, role: Role = Role.TECHNICIAN, email: str | None = None
) -> int:
    data = PersonInput(name, email=email, role=role, home_state=state)
    return people.add_person(ctx, data).value.id


def _credential(
    ctx: Context, person_id: int, type_id: str, expires: dt.date | None, number: str
) -> None:
    credentials.add_credential(ctx, person_id, CredentialInput(type_id, expires, number=number))


def _checks(ctx: Context, supervisor: int, technicians: tuple[int, ...], when: dt.datetime) -> None:
    """The supervisor verified most certificates and sent one back."""
    for person_id in technicians:
        logged = activities.list_activities(ctx, person_id)
        for row in logged[1:]:
            verify_activity(ctx, row.id, by_person_id=supervisor, now=when)
        if logged:
            return_activity(
                ctx,
                logged[0].id,
                "The certificate shows 1 hour; the record says more. Please check.",
                by_person_id=supervisor,
                now=when,
            )
