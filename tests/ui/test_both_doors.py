"""Both doors: every change the window offers can be made from the CLI, and the other way
round (issue 23). A new button, menu entry or command fails here until it is placed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rxtracker.cli.main import build_parser
from rxtracker.services import Context, activities
from rxtracker.ui.dialogs.activity_dialog import ActivityDialog
from rxtracker.ui.dialogs.people_dialog import PeopleDialog
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.pages import PAGES
from tests.conftest import make_pdf

#: Each control of the window that changes records, and the command that does the same.
WINDOW_TO_CLI = {
    "Log a CE activity": "ce add",
    "Log CE": "ce add",  # the dashboard card's primary button opens the same form
    "Why? ▸": "status",  # a dashboard card's rule details: what `status` prints
    "Open their dashboard": "status",  # the Team page's side panel: that person's dashboard
    "Edit": "ce edit",  # CE log, Credentials, People and work experience: one text, four doors
    "Delete": "ce delete",
    "Undo": "ce restore",
    "Remove the stored certificate": "ce detach",
    "Choose file": "ce attach",
    "Add a credential": "credential add",
    "Renew": "credential renew",
    "Remove": "credential remove",
    "Record done": "credential attest",
    "New credential type": "credential custom-add",
    "Add a person": "person add",
    "Deactivate": "person deactivate",
    "Reactivate": "person reactivate",
    "Import CE records": "ce import",
    "Add from certificates": "ce add",  # one certificate per command: ce add --from-certificate
    "Import a roster": "person import",
    "Export or print records": "export csv",
    "Export the team report": "report",
    "Back up now": "backup",
    "Add work experience": "experience add",
    "Verified": "ce verify",
    "Send back": "ce return",
    "Take my records to another computer": "person export",
    "Bring records in from an archive": "person import-archive",
    "Restore from a backup": "restore",
    "Ready to apply?": "renewal ready",
    "Audit": "renewal audit",
}
#: Controls that only show, find, open or leave things.
WINDOW_ONLY_VIEWS = {
    "About rxtracker", "Cancel", "Close", "Dismiss", "Find in the CE log", "Open certificate",
    "Open the data folder", "Open the folder", "People", "Quit", "Redo", "Save",
    "Set up my records", "Dashboard", "CE Log", "Credentials", "Pathways", "Team", "Settings",
    "History", "Open the stored certificate", "Refresh", "Renewal rules", "Glossary",
    "Keyboard shortcuts",
    "Why? ▸",  # the card's rule details: `rules show TYPE` prints the same rules
    "Connect to a team database",  # the CLI's door: --database URL (or RXTRACKER_DATABASE_URL)
    "Restart now",  # Settings ▸ Language: opens rxtracker again (the CLI's door: --lang)
}  # fmt: skip
#: Commands whose door in the window is a whole page or a form (rather than one control).
CLI_SHOWN_AS_PAGES = {
    "person list": "People dialog", "person edit": "Edit in the People dialog",
    "credential list": "Credentials page", "credential types": "credential form's type list",
    "credential items": "Credentials page", "credential edit": "Edit on the Credentials page",
    "credential custom-delete": "custom type form's Remove", "ce list": "CE log",
    "ce reconcile": "Not yet in CPE Monitor panel", "status": "Dashboard",
    "ce read": "a certificate dropped on the Log a CE activity form is read into it",
    "experience list": "Pathways page", "experience remove": "work experience Remove",
    "pathways": "Pathways page", "team status": "Team page", "history": "History button",
    "export ics": "Export or print records", "team packets": "Export or print records",
    "person remove": "Remove in the People dialog",
    "person restore": "Edit ▸ Undo after Remove in the People dialog",
    "credential restore": "Edit ▸ Undo after Remove on the Credentials page",
    "demo": "rxtracker --demo opens the window on it",
    "rules check": "CLI only: checks a rule file, for the people who write the catalog",
    "rules show": "Help ▸ Renewal rules", "rules list": "Help ▸ Renewal rules",
    "rules coverage": "Help ▸ Renewal rules",
    "server init": "CLI only: an administrator sets up the team database server",
    "server add-user": "CLI only: an administrator sets up the team database server",
    "server remove-user": "CLI only: an administrator sets up the team database server",
    "server users": "CLI only: an administrator sets up the team database server",
    "renewal show": "the dashboard card's line on the application and audit",
    "renewal applied": "the dashboard card's Applied… (once the renewal window opens)",
    "renewal returned": "the dashboard card's Returned… (after Applied or Resubmitted)",
    "renewal resubmitted": "the dashboard card's Resubmitted… (after Returned)",
    "renewal approved": "the dashboard card's Approved… (once the renewal window opens)",
    "renewal confirm": "Confirm in the card's Ready to apply? checklist",
    "renewal audit-sent": "the card's Audit… once a notice is recorded",
    "renewal audit-outcome": "the card's Audit… once the documents are sent",
    "plan": "Dashboard: each credential card's plan", "next": "Dashboard: What to take next",
    "remind": "Settings: Reminders (--on/--off); the check itself is the reminder entry's",
}  # fmt: skip


def _cli_verbs(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[str]:
    verbs: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                verbs |= _cli_verbs(sub, (*prefix, name)) or {" ".join((*prefix, name))}
    return verbs


def _label(text: str) -> str:
    plain = text.replace("&", "").replace("…", "").strip()
    return plain.split(" (")[0]


def _in_calendar(action: QAction) -> bool:
    """The month menu of a date field's calendar: choosing, not changing records."""
    parent = action.parent()
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True
        parent = parent.parent()
    return False


def _window_controls(
    qtbot: QtBot, window: MainWindow, ctx: Context, person_id: int, tmp: Path
) -> set[str]:
    activity = activities.list_activities(ctx, person_id)[0]
    activities.attach_certificate(ctx, activity.id, make_pdf(tmp / "cert.pdf"))
    for spec in PAGES:
        window.show_page(spec.name)
    forms: list[QWidget] = [
        window,
        PeopleDialog(ctx, window.hub, window),
        ActivityDialog(
            ctx, window.hub, person_id, activities.get_activity(ctx, activity.id), window
        ),
    ]
    texts: set[str] = set()
    for widget in forms:
        qtbot.addWidget(widget)
        texts |= {b.text() for b in widget.findChildren(QPushButton)}
        texts |= {a.text() for a in widget.findChildren(QAction) if not _in_calendar(a)}
    menus = {a.text() for a in window.menuBar().actions()}
    return {_label(t) for t in texts - menus if t}


def test_every_change_in_the_window_has_a_command_and_back(
    qtbot: QtBot, make_window: Callable[[], MainWindow], ana: int, ctx: Context, tmp_path: Path
) -> None:
    controls = _window_controls(qtbot, make_window(), ctx, ana, tmp_path)
    verbs = _cli_verbs(build_parser(every_command=True))
    unplaced = controls - WINDOW_TO_CLI.keys() - WINDOW_ONLY_VIEWS
    assert not unplaced, f"window controls with no command (add one, or list them): {unplaced}"
    missing_in_cli = {v for v in WINDOW_TO_CLI.values() if v not in verbs}
    assert not missing_in_cli, f"the window can, the CLI cannot: {missing_in_cli}"
    reached = set(WINDOW_TO_CLI.values()) | CLI_SHOWN_AS_PAGES.keys()
    assert verbs - reached == set(), f"the CLI can, the window cannot: {verbs - reached}"
    # Reactivate is the Deactivate button's text for a deactivated person.
    assert WINDOW_TO_CLI.keys() - controls == {"Reactivate"}
