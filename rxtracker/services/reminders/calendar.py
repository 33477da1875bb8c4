"""The calendar subscription file: every active person's renewal dates at one fixed path.

A calendar app subscribed to this file (Thunderbird, Outlook, Apple Calendar: "subscribe to
a calendar file") shows the dates and their alarms; the daily reminder run rewrites it, so
it follows renewals and new credentials without another export.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rxtracker.services.context import Context
from rxtracker.services.exports import ExportResult, export_calendar
from rxtracker.services.paths import AppPaths

SUBSCRIPTION_NAME = "rxtracker-renewals.ics"


def subscription_path(paths: AppPaths) -> Path:
    """The fixed path of the subscription file (in the data folder's ``calendar`` folder)."""
    return paths.data_dir / "calendar" / SUBSCRIPTION_NAME


def update_subscription(ctx: Context, as_of: dt.date) -> ExportResult:
    """Rewrite the subscription file with everybody's dates as of ``as_of``."""
    return export_calendar(ctx, subscription_path(ctx.paths), as_of=as_of)
