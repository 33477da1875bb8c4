"""Settings ▸ Reminders: the opt-in daily check at login, and the calendar subscription file."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import Context
from rxtracker.services.reminders.calendar import subscription_path
from rxtracker.services.reminders.entries import (
    SystemEntry,
    install_reminders,
    is_installed,
    remove_reminders,
    system_entry,
)
from rxtracker.ui.hub import EventHub

_WHERE = {
    "linux": QT_TRANSLATE_NOOP("reminders_box", "an autostart entry of your desktop"),
    "windows": QT_TRANSLATE_NOOP("reminders_box", "a Task Scheduler task (daily at 9:00)"),
    "macos": QT_TRANSLATE_NOOP("reminders_box", "a LaunchAgent (at login and daily at 9:00)"),
}
_ELSEWHERE = QT_TRANSLATE_NOOP("reminders_box", "a system entry")


class RemindersBox(QWidget):
    """A check box that installs or removes the system entry, and what it does in words."""

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.hub = ctx, hub
        self.check = QCheckBox(
            translate(
                "reminders_box", "&Check once a day at login and notify me when something is due"
            )
        )
        self.check.setAccessibleName(
            translate("reminders_box", "Reminders while rxtracker is closed")
        )
        self.check.toggled.connect(self._toggled)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setAccessibleName(translate("reminders_box", "Reminder state"))
        self.calendar = calendar = QLabel(
            translate(
                "reminders_box",
                "Your calendar app can subscribe to your renewal dates in "
                "{path} (kept up to date by each check).",
            ).format(path=subscription_path(ctx.paths))
        )
        calendar.setWordWrap(True)
        calendar.setAccessibleName(translate("reminders_box", "Calendar subscription file"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.check)
        box.addWidget(self.state)
        box.addWidget(calendar)

    def entry(self) -> SystemEntry:
        """The system entry of this computer (read each time: HOME may change in tests)."""
        return system_entry(self.ctx.paths)

    def reload(self) -> None:
        """Show whether the entry is in place.

        A file's presence is read at once; asking Task Scheduler (Windows) runs a program,
        so that is done off the GUI thread.
        """
        entry = self.entry()
        if entry.path is not None:
            self._show(is_installed(entry))
            return
        self.hub.actions.run_long(
            self,
            translate("reminders_box", "Check the reminders"),
            lambda _: is_installed(entry),
            done=self._show,
        )

    def _show(self, installed: bool) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(installed)
        self.check.blockSignals(False)
        entry = self.entry()
        where = translate("reminders_box", _WHERE.get(entry.system, _ELSEWHERE))
        if installed:
            place = f" ({entry.path})" if entry.path else ""
            self.state.setText(
                translate(
                    "reminders_box",
                    "On: {where}{place} runs the check; a notification appears only when a "
                    "renewal window opens, a deadline is near or a course is overdue in CPE "
                    "Monitor. Click it to open rxtracker on that credential.",
                ).format(where=where, place=place)
            )
        else:
            self.state.setText(
                translate(
                    "reminders_box", "Off. Turning it on adds {where}; turning it off removes it."
                ).format(where=where)
            )

    def _toggled(self, on: bool) -> None:
        entry = self.entry()

        def work(_: object) -> bool:
            if on:
                install_reminders(entry)
            else:
                remove_reminders(entry)
            return is_installed(entry)

        self.hub.actions.run_long(
            self,
            translate("reminders_box", "Turn reminders on")
            if on
            else translate("reminders_box", "Turn reminders off"),
            work,
            done=self._show,
            message=lambda now: (
                translate("reminders_box", "Reminders are on.")
                if now
                else translate("reminders_box", "Reminders are off.")
            ),
            failed=lambda words: self.state.setText(
                translate("reminders_box", "Reminders were not changed: {why}").format(why=words)
            ),
        )
