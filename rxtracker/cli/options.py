"""The options every start shares, and telling a desktop-app start from a command.

Kept apart from the commands so that opening the desktop app does not import every command
module (and what they need) just to learn that no command was given.
"""

from __future__ import annotations

import argparse
import sys

import rxtracker
from rxtracker.i18n import LANGUAGES as LANGUAGE_CODES
from rxtracker.i18n import translate

TYPE_CHECKING = False  # what typing's is, without importing typing (help needs neither)
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any, NoReturn

GUI_PAGES = (
    "dashboard",
    "log",
    "credentials",
    "pathways",
    "team",
    "settings",
    "activity-dialog",
    "certificate-form",
    "add-from-certificates",
)


def choice(values: Sequence[str], field: str) -> Callable[[str], str]:
    """An argparse ``type``: one of ``values``, case, spaces and hyphens ignored.

    A wrong choice raises ``InvalidInput`` listing the right ones in one line (the caller of
    ``parse_args`` reports it), not argparse's usage text.
    """
    from rxtracker.domain import InvalidInput  # not on the desktop app's or --help's path
    from rxtracker.domain.names import choice_key

    by_key = {choice_key(value): value for value in values}

    def pick(text: str) -> str:
        found = by_key.get(choice_key(text))
        if found is None:
            problem = translate("options", "{text} is not one of: {values}")
            raise InvalidInput(field, problem.format(text=repr(text), values=", ".join(values)))
        return found

    return pick


def choice_option(parser: Any, flag: str, values: Sequence[str], field: str, **kwargs: Any) -> None:
    """Add ``flag`` taking one of ``values`` (see ``choice``), shown as ``a|b|c`` in help."""
    parser.add_argument(flag, type=choice(values, field), metavar="|".join(values), **kwargs)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """--version, --data-dir, --database and the desktop app's options."""
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "options",
            "use DIR for the database, certificates, backups and logs (also: RXTRACKER_DATA_DIR)",
        ),
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=translate(
            "options",
            "work on a team database, postgresql://LOGIN@HOST:PORT/DATABASE, instead of the "
            "local file; the password comes from PGPASSWORD or ~/.pgpass (also: "
            "RXTRACKER_DATABASE_URL)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGE_CODES,
        help=translate(
            "options",
            "the language of the app, its messages and reports: en (English) or es (Español); "
            "default: Settings, else the system's (LANG)",
        ),
    )
    gui = parser.add_argument_group(translate("options", "desktop app (no COMMAND)"))
    gui.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "options",
            "open on a freshly made demo dataset in a temporary folder; your records are "
            "not touched",
        ),
    )
    gui.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help=translate(
            "options",
            "render the main window offscreen with its data loaded, save it as FILE.png, exit",
        ),
    )
    gui.add_argument(
        "--notify-reminders",
        action="store_true",
        help=translate(
            "options",
            "check renewal dates and show a desktop notification when something needs "
            "attention, then exit (what the daily reminder runs; see `remind --on`)",
        ),
    )
    gui.add_argument(
        "--open-credential",
        type=int,
        metavar="ID",
        help=translate(
            "options", "open on this credential's dashboard card (a reminder notification's click)"
        ),
    )
    gui.add_argument(
        "--page",
        choices=GUI_PAGES,
        help=translate(
            "options",
            "the page to open (default: the page shown last; with --screenshot: dashboard)",
        ),
    )
    gui.add_argument(
        "--size",
        type=window_size,
        metavar="WxH",
        help=translate(
            "options",
            "the window's size in pixels, e.g. 1024x640 (with --screenshot: default 1440x860)",
        ),
    )
    gui.add_argument(
        "--theme",
        choices=("light", "dark"),
        help=translate(
            "options", "open in the light or dark theme (default: the choice in Settings)"
        ),
    )


def window_size(text: str) -> tuple[int, int]:
    """'1024x640' as (1024, 640).

    Raises:
        argparse.ArgumentTypeError: not two whole numbers from 320 to 10000 joined by an x.
    """
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        problem = translate("options", "{text} is not a size like 1024x640")
        raise argparse.ArgumentTypeError(problem.format(text=repr(text)))
    size = (int(width), int(height))
    if not all(320 <= n <= 10_000 for n in size):
        problem = translate("options", "{text}: width and height must be 320 to 10000")
        raise argparse.ArgumentTypeError(problem.format(text=repr(text)))
    return size


def desktop_arguments(
    argv: Sequence[str] | None,
) -> tuple[argparse.Namespace, list[str]] | None:
    """The options and Qt's own arguments when ``argv`` opens the desktop app.

    None when ``argv`` names a command, asks for help (``-h``, ``--hel``...) or has a bad
    option: the whole command line (``rxtracker.cli.main.build_parser``) then parses it and
    gives its usual help or message.
    """
    if any(_asks_help(arg) for arg in (sys.argv[1:] if argv is None else argv)):
        return None  # the whole command line's help; no need to build this parser first
    parser = _QuietParser(prog="rxtracker", add_help=False, exit_on_error=False)
    parser.add_argument("-h", "--help", action="store_true")
    add_common_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except (argparse.ArgumentError, _WholeCommandLineError):
        return None
    if args.help or any(not arg.startswith("-") for arg in rest):
        return None
    args.command = None
    del args.help
    return args, rest


def _asks_help(arg: str) -> bool:
    """``-h``, ``--help`` or an abbreviation of it (``--h``, ``--hel``)."""
    return arg == "-h" or (len(arg) > 2 and "--help".startswith(arg))


class _WholeCommandLineError(Exception):
    """The start-up parser met something the whole command line must answer."""


class _QuietParser(argparse.ArgumentParser):
    """An argument parser that raises instead of printing.

    Argparse calls ``error`` for some mistakes (an ambiguous abbreviation) even with
    ``exit_on_error=False``.
    """

    def error(self, message: str) -> NoReturn:
        raise _WholeCommandLineError(message)


class _VersionAction(argparse.Action):
    """--version, reading the version only when asked (not on every start-up)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(
            option_strings, dest, nargs=0, help=translate("options", "show the version and exit")
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        print(f"rxtracker {rxtracker.__version__}")
        parser.exit()
