"""The dashboard's "Not yet in CPE Monitor" panel: ACPE courses to chase before applying."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services.reconcile import CpeMonitorCheck, NotInCpeMonitor, Reporting
from rxtracker.services.views import Phase
from rxtracker.ui import theme
from rxtracker.ui.common import date_text

#: At most this many courses are listed; the rest are counted.
SHOWN = 6
_ORDER = {Reporting.OVERDUE: 0, Reporting.CHASE: 1, Reporting.WAITING: 2}
_STATE_WORDS = {
    Reporting.CHASE: QT_TRANSLATE_NOOP("cpe_monitor_panel", "Contact the provider (day {day})"),
    Reporting.OVERDUE: QT_TRANSLATE_NOOP("cpe_monitor_panel", "Overdue (day {day})"),
}


def state_words(flag: NotInCpeMonitor) -> str:
    """'Waiting, 19 days left', 'Contact the provider (day 45)', 'Overdue (day 80)'."""
    if flag.reporting == Reporting.WAITING:
        from rxtracker.exchange.mapping import cpe_monitor_format  # not needed at start-up

        left = max(cpe_monitor_format().provider_days - flag.days_since, 0)
        return translate("cpe_monitor_panel", "Waiting, %n day(s) left", None, left)
    words = translate("cpe_monitor_panel", _STATE_WORDS[flag.reporting])
    return words.format(day=flag.days_since)


def never_imported_html(courses: int) -> str:
    """The panel's text before any CPE Monitor transcript was imported."""
    return translate(
        "cpe_monitor_panel",
        "%n ACPE course(s) with a UAN not checked yet. Download your "
        "transcript from NABP's CPE Monitor and import it (File ▸ Import) to see which "
        "ones your providers have reported; PTCB checks CPE Monitor.",
        None,
        courses,
    )


def panel_html(flags: Sequence[NotInCpeMonitor]) -> str:
    """The panel's text: what is missing from CPE Monitor and what to do about it."""
    ordered = sorted(flags, key=lambda f: (_ORDER[f.reporting], f.activity.completed_on))
    lines = [
        f"• {html.escape(f.activity.title)} ({date_text(f.activity.completed_on)}): "
        f"<i>{state_words(f)}</i>"
        for f in ordered[:SHOWN]
    ]
    if (more := len(ordered) - SHOWN) > 0:
        lines.append(translate("cpe_monitor_panel", "…and %n more.", None, more))
    from rxtracker.exchange.mapping import cpe_monitor_format  # not needed at start-up

    days = cpe_monitor_format().provider_days
    advice = translate(
        "cpe_monitor_panel",
        "Providers have {days} days to report. Ask the provider of any course marked "
        "“Contact the provider” or “Overdue” to report it, then import a new CPE Monitor "
        "transcript.",
    ).format(days=days)
    return "<br>".join(lines) + f"<p>{advice}</p>"


class CpeMonitorPanel(QWidget):
    """Lists the person's UAN courses that no imported CPE Monitor transcript has shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flags: list[NotInCpeMonitor] = []
        self.never_imported = False
        self.title = QLabel(translate("cpe_monitor_panel", "<b>Not yet in CPE Monitor</b>"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(
            translate("cpe_monitor_panel", "Courses not yet in CPE Monitor")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text)

    def show_check(self, check: CpeMonitorCheck | None) -> None:
        """Show a person's courses not yet in imported transcripts; hidden when all are in."""
        self.flags = list(check.flags) if check else []
        if check is None or check.unseen == 0:
            self.hide()
            return
        self.never_imported = check.never_imported
        if self.never_imported:
            self.text.setText(never_imported_html(check.unseen))
            self.text.setToolTip("")
            self.title.setStyleSheet("")
            self.show()
            return
        self.text.setText(panel_html(self.flags))
        self.text.setToolTip("\n".join(f"{f.activity.title}: {f.message}" for f in self.flags))
        attention = any(f.reporting != Reporting.WAITING for f in self.flags)
        colour = theme.phase_colour(Phase.AT_RISK, self).name()
        self.title.setStyleSheet(f"color: {colour};" if attention else "")
        self.show()
