"""``rxtracker`` / ``python -m rxtracker``: a headless command, or the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run a CLI command, or open the GUI when no command is given."""
    from rxtracker.cli import build_parser, run_command

    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command is not None:
        if rest:
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        if args.demo or args.screenshot or args.page:
            parser.error(
                "--demo, --screenshot and --page open the desktop app; use them without a command"
            )
        return run_command(args)
    from rxtracker.ui.app import run_gui

    return run_gui(args, rest)


if __name__ == "__main__":
    sys.exit(main())
