"""One read model per page.

Each is one service call (one session) returning frozen rows with everything the page
shows already decided (dates, cycles, pace, standing).

The result types the pages show are named here too, so the GUI never imports the engine.
"""

from rxtracker.engine import (
    CycleWindow,
    PathwayResult,
    PathwayStep,
    Phase,
    RequirementResult,
    SpecialtyArea,
)
from rxtracker.engine.pace import PaceLine
from rxtracker.engine.phases import ApplicationPhase, AuditPhase, RenewalState, Step
from rxtracker.exchange.team_report import PHASE_COLOURS
from rxtracker.services.views.credentials import CredentialLine, CredentialsView, credentials_view
from rxtracker.services.views.dashboard import Card, DashboardView, UpcomingDate, dashboard_view
from rxtracker.services.views.log import CredentialCycles, LogView, log_view
from rxtracker.services.views.log_rows import (
    NONE,
    SORTS,
    LogQuery,
    LogSlice,
    log_position,
    log_reach,
    log_slice,
)
from rxtracker.services.views.pathways import (
    NAMED_COURSES,
    PathwaysPageView,
    Progress,
    pathways_view,
)
from rxtracker.services.views.standing import Standing

__all__ = [
    "NAMED_COURSES",
    "NONE",
    "PHASE_COLOURS",
    "SORTS",
    "ApplicationPhase",
    "AuditPhase",
    "Card",
    "CredentialCycles",
    "CredentialLine",
    "CredentialsView",
    "CycleWindow",
    "DashboardView",
    "LogQuery",
    "LogSlice",
    "LogView",
    "PaceLine",
    "PathwayResult",
    "PathwayStep",
    "PathwaysPageView",
    "Phase",
    "Progress",
    "RenewalState",
    "RequirementResult",
    "SpecialtyArea",
    "Standing",
    "Step",
    "UpcomingDate",
    "credentials_view",
    "dashboard_view",
    "log_position",
    "log_reach",
    "log_slice",
    "log_view",
    "pathways_view",
]
