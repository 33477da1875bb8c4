"""argparse front end: parse, open the data folder, run one command, report errors."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from rxtracker.cli.options import add_common_options
from rxtracker.cli.registry import add_commands
from rxtracker.i18n import translate

TYPE_CHECKING = False  # what typing's is, without importing typing (help needs neither)
if TYPE_CHECKING:
    import logging

    from rxtracker.services import AppPaths, Context
    from rxtracker.services.quick import QuickContext


EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def build_parser(every_command: bool = False) -> argparse.ArgumentParser:
    """The whole command line; with no command, rxtracker opens the desktop app.

    A command's arguments are added when argparse chooses it (``registry.LazyCommand``), so
    parsing imports only that command's modules; ``every_command`` adds them all now.
    """
    parser = argparse.ArgumentParser(
        prog="rxtracker",
        description=translate(
            "main",
            "Continuing-education and renewal tracker for pharmacy technicians. "
            "Run with no command to open the desktop app.",
        ),
    )
    add_common_options(parser)
    commands = add_commands(parser)
    for command in commands.values() if every_command else ():
        command.made()
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed headless command; errors become one line on stderr.

    Exit status: 0 done, 2 bad input (nothing written), 1 anything else that stopped it.
    """
    from rxtracker.services import AppPaths
    from rxtracker.services.logs import close_logging

    # ``demo --out DIR`` works on the folder it creates, not on the usual records.
    paths = AppPaths.resolve(
        getattr(args, "target_data_dir", None) or args.data_dir, database_url=args.database
    )
    try:
        return _run_logged(args, paths)
    finally:
        close_logging()
        if getattr(args, "quick", False):
            _no_last_collection()


def _no_last_collection() -> None:
    """At exit, leave what a command that only reads made to reference counting.

    The interpreter's last garbage collection would go through every object of the run
    (some 20,000: modules, classes, the catalog, the rows) and find no cycle to free: such
    a command has closed its database and its log and flushed its output. Frozen, they are
    skipped (``status`` at 1,000 activities: about 15 ms less).
    """
    import atexit
    import gc

    atexit.unregister(gc.freeze)  # once, however many commands a process runs (tests)
    atexit.register(gc.freeze)


def _run_logged(args: argparse.Namespace, paths: AppPaths) -> int:
    from rxtracker.db.errors import DatabaseError
    from rxtracker.domain import InvalidInput, NotFound, RxError
    from rxtracker.services.logs import setup_logging

    ctx = None
    try:
        setup_logging(paths)
        ctx = _open(args, paths)
        for notice in ctx.db.notices if ctx is not None else ():  # a side file set aside
            print(
                translate("main", "rxtracker: warning: {notice}").format(notice=notice),
                file=sys.stderr,
            )
        _log().info("command %s %s", args.command, getattr(args, "action", "") or "")
        code = int(args.run(ctx, args))
        sys.stdout.flush()  # a reader that closed the pipe is met here, not at exit
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except (InvalidInput, NotFound) as exc:
        _error(str(exc))
        return EXIT_BAD_INPUT
    except DatabaseError as exc:
        _error(f"{exc}{_backup_hint(paths)}")
        return EXIT_FAILED
    except RxError as exc:
        _error(str(exc))
        return EXIT_FAILED
    except OSError as exc:
        from rxtracker.domain.files import os_error_words  # only when something failed

        _error(f"{os_error_words(exc)} ({exc.filename or paths.data_dir})")
        return EXIT_FAILED
    except Exception:
        return _unexpected(args, paths)
    finally:
        if ctx is not None:
            ctx.close()


def _open(args: argparse.Namespace, paths: AppPaths) -> Context | QuickContext | None:
    """The records a command works on: none for ``rules check`` (it reads a file only).

    A command that only reads (``quick`` in its defaults: ``status``, ``ce list``) reads
    the local file through ``sqlite3`` when it needs nothing done first
    (``services.quick``), without loading SQLAlchemy; else the records open as usual.
    """
    if not getattr(args, "needs_data", True):
        return None
    if getattr(args, "quick", False):
        from rxtracker.services.quick import quick_context

        if (quick := quick_context(paths)) is not None:
            return quick
    from rxtracker.services.opening import open_context

    return open_context(paths)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the headless commands, language first (``--lang``, ``LANG``)."""
    from rxtracker.cli.language import use_language

    use_language(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except Exception as exc:  # a wrong choice; bad_choice raises anything else again
        return bad_choice(exc)
    return run_command(args)


def bad_choice(exc: Exception) -> int:
    """Report a wrong choice met while parsing (``cli.options.choice``): one line, no usage.

    ``InvalidInput`` is imported only here (parsing a good command line does not need the
    domain package); any other exception is raised again.
    """
    from rxtracker.domain import InvalidInput

    if not isinstance(exc, InvalidInput):
        raise exc
    _error(str(exc))
    return EXIT_BAD_INPUT


def _unexpected(args: argparse.Namespace, paths: AppPaths) -> int:
    """A bug, not the user's doing: one line here; the traceback, without values, in the log."""
    from rxtracker.services.logs import log_path

    _log().exception("unexpected problem in command %s", args.command)
    text = translate(
        "main", "rxtracker hit an unexpected problem; nothing was saved; details in {path}"
    )
    print(text.format(path=log_path(paths)), file=sys.stderr)
    return EXIT_FAILED


def _closed_pipe() -> int:
    """The reader of our output went away (``rxtracker status | head -1``): end quietly.

    The recipe of https://docs.python.org/3/library/signal.html#note-on-sigpipe: what is
    still buffered goes to the null device, so the flush at exit cannot fail again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_FAILED


def _backup_hint(paths: AppPaths) -> str:
    from rxtracker.services.recovery import newest_backup

    if paths.database_url:  # the local backups are not the team database's
        return ""
    newest = newest_backup(paths)
    if not newest:
        return ""
    return " " + translate("main", "Your newest backup is {path}.").format(path=newest)


def _log() -> logging.Logger:
    """The commands' logger (``logging`` is imported when a command runs, not for help)."""
    import logging

    return logging.getLogger("rxtracker.cli")


def _error(message: str) -> None:
    print(translate("main", "rxtracker: error: {message}").format(message=message), file=sys.stderr)
