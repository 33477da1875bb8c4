"""What a start imports: the command line's help and parser need neither the ORM nor the engine.

Each case runs a fresh Python (``sys.modules`` of this test process holds everything) and
lists the modules loaded when the work is done, so a heavy import slipping back onto a
cheap path fails here rather than only in ``make bench``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rxtracker.cli.main import build_parser
from rxtracker.cli.registry import COMMANDS, MODULES, CommandTree

#: Modules no help text and no parser needs.
HEAVY = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "rxtracker.db",
    "rxtracker.engine",
    "rxtracker.catalog",
    "rxtracker.services",
    "rxtracker.domain",
    "PySide6",
    "onnxruntime",
    "numpy",
    "PIL",
    "openpyxl",
    "pypdf",
    "keyring",
)

_LOADED = """
import json, runpy, sys
sys.argv = ["rxtracker", *{argv!r}]
try:
    runpy.run_module("rxtracker", run_name="__main__")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def _loaded_after(*argv: str, data_dir: Path) -> tuple[set[str], str]:
    """The modules loaded by ``rxtracker ARGV`` run to its end, and what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", _LOADED.format(argv=list(argv))],
        capture_output=True,
        text=True,
        check=True,
        env={"RXTRACKER_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"},
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1])), done.stdout


@pytest.mark.parametrize("argv", [("--help",), ("--version",)])
def test_help_and_version_import_no_command_module(argv: tuple[str, ...], tmp_path: Path) -> None:
    loaded, printed = _loaded_after(*argv, data_dir=tmp_path)
    assert "rxtracker" in printed
    lean = ("logging", "typing") if argv == ("--help",) else ()  # the version's metadata uses them
    assert not [m for m in (*HEAVY, *lean) if m in loaded]
    assert not [m for m in loaded if m.startswith("rxtracker.cli.") and m in _command_modules()]


def test_a_commands_help_imports_only_its_own_modules(tmp_path: Path) -> None:
    loaded, printed = _loaded_after("rules", "--help", data_dir=tmp_path)
    assert "usage: rxtracker rules" in printed
    assert {m for m in _command_modules() if m in loaded} == {"rxtracker.cli.rules"}
    assert "sqlalchemy.orm" not in loaded and "rxtracker.engine" not in loaded


#: What ``ce list`` never needs, although modules adding other ``ce`` actions use them.
NOT_FOR_CE_LIST = (
    "rxtracker.exchange.certificates",
    "rxtracker.exchange.fates",
    "rxtracker.services.imports",
    "rxtracker.services.roster",
    "rxtracker.services.person_archive",
    "rxtracker.services.team_report",
    "rxtracker.services.backup",
    "PySide6",
    "onnxruntime",
    "openpyxl",
    "pypdf",
)


def test_ce_list_imports_the_services_it_runs_not_its_neighbours(tmp_path: Path) -> None:
    _loaded_after("person", "add", "Ana Reyes", data_dir=tmp_path)
    loaded, printed = _loaded_after("ce", "list", "Ana Reyes", data_dir=tmp_path)
    assert "Nothing yet." in printed
    assert not [m for m in NOT_FOR_CE_LIST if m in loaded]


#: What ``ce list`` on the local file never loads: it reads through ``sqlite3`` (services.quick).
#: (The service modules of the other ``ce`` actions are in ``sys.modules`` unexecuted: cli.lazy.)
NOT_FOR_A_QUICK_READ = (
    "sqlalchemy",
    "rxtracker.db.models",
    "rxtracker.db.database",
    "rxtracker.services.context",
    "rxtracker.services.custom_types",
    "rxtracker.engine",
    "alembic",
    "psycopg",
)


@pytest.mark.parametrize("json_output", [(), ("--json",)])
def test_ce_list_on_the_local_file_loads_no_sqlalchemy(
    tmp_path: Path, json_output: tuple[str, ...]
) -> None:
    _loaded_after("person", "add", "Ana Reyes", data_dir=tmp_path)
    _loaded_after("ce", "add", "Ana", "--title", "In-service", "--date", "2026-01-05",
                  "--hours", "1", data_dir=tmp_path)  # fmt: skip
    loaded, printed = _loaded_after("ce", "list", "Ana Reyes", *json_output, data_dir=tmp_path)
    assert "In-service" in printed
    assert not [m for m in NOT_FOR_A_QUICK_READ if m in loaded]


#: What ``status`` on the local file never loads: it reads through ``sqlite3`` too, and only
#: the engine judges (the services that write, and their ORM, stay out).
NOT_FOR_A_QUICK_STATUS = (
    *(m for m in NOT_FOR_A_QUICK_READ if m != "rxtracker.engine"),
    "sqlalchemy.orm",
    "rxtracker.db.edits",
    "rxtracker.db.history",
    "rxtracker.cli.renewal",
    "rxtracker.services.renewal",
    "rxtracker.services.repeats",
    "rxtracker.services.ready",
    "rxtracker.services.credentials",
)


@pytest.mark.parametrize("json_output", [(), ("--json",)])
def test_status_on_the_local_file_loads_no_sqlalchemy(
    tmp_path: Path, json_output: tuple[str, ...]
) -> None:
    _loaded_after("person", "add", "Ana Reyes", data_dir=tmp_path)
    _loaded_after("credential", "add", "Ana", "ptcb-cpht", "--expires", "2027-03-31",
                  data_dir=tmp_path)  # fmt: skip
    _loaded_after("ce", "add", "Ana", "--title", "In-service", "--date", "2026-01-05",
                  "--hours", "1", data_dir=tmp_path)  # fmt: skip
    for argv in (("status", *json_output), ("status", "Ana", *json_output)):
        loaded, printed = _loaded_after(*argv, data_dir=tmp_path)
        assert "Ana Reyes" in printed and "In-service" in printed
        assert not [m for m in NOT_FOR_A_QUICK_STATUS if m in loaded]


def test_importing_the_cli_package_and_its_parser_loads_nothing_heavy(tmp_path: Path) -> None:
    code = (
        "import json, sys, rxtracker.cli, rxtracker.cli.main; "
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    loaded = set(json.loads(done.stdout))
    assert not [m for m in HEAVY if m in loaded]


def test_the_command_table_names_every_module_that_adds_to_each_command() -> None:
    asked: dict[str, set[str]] = {}
    for module in MODULES:
        tree = CommandTree("", argparse.ArgumentParser())
        importlib.import_module(f"rxtracker.cli.{module}").register(tree)
        for name in tree.asked:
            asked.setdefault(name, set()).add(module)
    assert asked.keys() == COMMANDS.keys()
    assert {name: set(modules) for name, (_, modules) in COMMANDS.items()} == asked


def test_every_command_is_filled_with_arguments_or_actions() -> None:
    parser = build_parser(every_command=True)
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in subparsers.choices.items():
        assert len(command._actions) > 1 or command.get_default("run"), name
        assert command.get_default("run") or any(
            isinstance(a, argparse._SubParsersAction) for a in command._actions
        ), f"{name} neither runs nor has actions"


def _command_modules() -> set[str]:
    return {f"rxtracker.cli.{m}" for m in MODULES}
