"""The dashboard's "Not yet in CPE Monitor" panel: courses to chase before applying."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from rxtracker.domain import Hours
from rxtracker.services import ActivityInput, Context, activities
from rxtracker.services.imports import commit_import, preview_import
from rxtracker.ui.main_window import MainWindow
from tests.exchange.files import CPE_HEADERS, cpe_row, write_csv
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]


def test_panel_asks_for_a_first_import_then_lists_what_is_missing(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    today = ctx.clock.today()  # read per test: a module constant goes stale past midnight
    old = ActivityInput(
        "Opioid safety for technicians",
        today - dt.timedelta(days=80),
        Hours.parse("1"),
        uan="0197-0000-25-003-H05-T",
    )
    activities.add_activity(ctx, ana, old)
    window = make_window()
    panel = window.dashboard_page.cpe_monitor
    assert panel.isVisible()
    assert "3 ACPE courses with a UAN not checked yet" in panel.text.text()
    assert "import it (File ▸ Import)" in panel.text.text()

    law_day = today - dt.timedelta(days=30)
    export = write_csv(
        tmp_path / "cpe-monitor.csv",
        CPE_HEADERS,
        [cpe_row(f"{law_day:%m/%d/%Y}", "0197-0000-25-001-H03-T", "Pharmacy law update", home=1.5)],
    )
    outcome = commit_import(ctx, preview_import(ctx, ana, export))
    window.hub.publish(outcome.changes, "Imported.")
    settle(window)

    text = panel.text.text()
    assert "Pharmacy law update" not in text
    assert "3 ACPE courses" not in text
    lines = text.split("<br>")
    assert lines[0].startswith("• Opioid safety for technicians")
    assert "Overdue (day 80)" in lines[0]
    assert "Sterile compounding basics" in lines[1]
    assert "Contact the provider (day 60)" in lines[1]
    assert "Providers have 60 days to report" in text
    assert "past the 60-day limit" in panel.text.toolTip()


def test_panel_is_hidden_when_every_course_is_in_cpe_monitor(
    qtbot: QtBot, ctx: Context, ana: int, make_window: Window, tmp_path: Path
) -> None:
    rows = [
        cpe_row(f"{a.completed_on:%m/%d/%Y}", a.uan, a.title, home=str(a.hours))
        for a in activities.list_activities(ctx, ana)
    ]
    export = write_csv(tmp_path / "cpe-monitor.csv", CPE_HEADERS, rows)
    commit_import(ctx, preview_import(ctx, ana, export))
    window = make_window()
    assert window.dashboard_page.cpe_monitor.isHidden()
    assert window.dashboard_page.cpe_monitor.flags == []
