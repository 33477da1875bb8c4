"""``rxtracker`` / ``python -m rxtracker``: a headless command, or the desktop app."""

from __future__ import annotations

import gc
import sys

TYPE_CHECKING = False  # what typing's is, without importing typing
if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run a CLI command, or open the GUI when no command is given."""
    from rxtracker.cli.language import use_language
    from rxtracker.cli.options import desktop_arguments

    desktop = desktop_arguments(argv)
    if desktop is None:
        use_language(sys.argv[1:] if argv is None else argv)
        return _command(argv)
    # Start-up creates some 70,000 lasting objects (modules, classes, functions, Qt
    # wrappers) and frees almost none: garbage collections during it would only scan them
    # again and again. The app switches collection back on once its window has painted
    # (rxtracker.ui.app).
    gc.disable()
    try:
        from rxtracker.ui.app import run_gui

        return run_gui(*desktop)
    finally:
        gc.enable()


def _command(argv: Sequence[str] | None) -> int:
    """The whole command line: a command, help, or a message about what is wrong."""
    from rxtracker.cli.main import bad_choice, build_parser, run_command

    parser = build_parser()
    try:
        args, rest = parser.parse_known_args(argv)
    except Exception as exc:  # a wrong choice; bad_choice raises anything else again
        return bad_choice(exc)
    if args.command is None:  # only options the desktop app does not know
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    desktop_only = (args.demo, args.screenshot, args.page, args.size, args.theme)
    if any(desktop_only) or args.notify_reminders or args.open_credential:
        parser.error(
            "--demo, --screenshot, --page, --size, --theme, --notify-reminders and "
            "--open-credential open the desktop app; use them without a command"
        )
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
