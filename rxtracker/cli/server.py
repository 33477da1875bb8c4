"""``rxtracker server ...``: set up a team database on PostgreSQL (for the IT person)."""

from __future__ import annotations

import argparse
import getpass
import sys

from rxtracker.cli.output import print_json, print_table
from rxtracker.cli.registry import CommandTree
from rxtracker.cli.tables import USERS, headings
from rxtracker.domain import InvalidInput
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate
from rxtracker.services import team_server

_URL_HELP = QT_TRANSLATE_NOOP(
    "server", "the database, as its owner: postgresql://OWNER@HOST:PORT/DATABASE"
)


def register(tree: CommandTree) -> None:
    """Add ``server init``, ``server add-user``, ``server users`` and ``server remove-user``."""
    sub = tree.group("server")
    init = sub.add_parser(
        "init", help=translate("server", "tables, roles, policies; run again to upgrade")
    )
    init.add_argument("url", metavar="URL", help=translate("server", _URL_HELP))
    init.set_defaults(run=server_init, standalone=True)
    add = sub.add_parser(
        "add-user",
        help=translate("server", "a login for a person (password: one line on stdin, or a prompt)"),
    )
    add.add_argument("url", metavar="URL", help=translate("server", _URL_HELP))
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", required=True, choices=("technician", "supervisor", "admin"))
    add.add_argument(
        "--person", required=True, metavar="NAME", help=translate("server", "made if there is none")
    )
    add.add_argument(
        "--team", required=True, metavar="TEAM", help=translate("server", "a store or site")
    )
    add.set_defaults(run=server_add_user, standalone=True)
    users = sub.add_parser("users", help=translate("server", "who has which role on which team"))
    users.add_argument("url", metavar="URL", help=translate("server", _URL_HELP))
    users.add_argument(
        "--json", action="store_true", help=translate("server", "machine-readable output")
    )
    users.set_defaults(run=server_users, standalone=True)
    remove = sub.add_parser(
        "remove-user", help=translate("server", "remove a login; the person and records stay")
    )
    remove.add_argument("url", metavar="URL", help=translate("server", _URL_HELP))
    remove.add_argument("login", metavar="LOGIN")
    remove.set_defaults(run=server_remove_user, standalone=True)


def server_init(_ctx: None, args: argparse.Namespace) -> int:
    """``server init URL``."""
    version = team_server.init(args.url)
    ready = translate(
        "server",
        "The team database is ready (schema {version}); add logins with `server add-user`.",
    )
    print(ready.format(version=version))
    return 0


def read_password(login: str) -> str:
    """The new login's password: asked twice at a terminal, else one line of stdin.

    Raises:
        InvalidInput: field "password": empty, or the two typed differ.
    """
    if sys.stdin.isatty():
        first = getpass.getpass(translate("server", "Password for {login}: ").format(login=login))
        if getpass.getpass(translate("server", "Again: ")) != first:
            raise InvalidInput("password", translate("server", "the two passwords differ"))
        return first
    return sys.stdin.readline().rstrip("\r\n")


def server_add_user(_ctx: None, args: argparse.Namespace) -> int:
    """``server add-user URL LOGIN --role R --person NAME --team TEAM``."""
    row = team_server.add_user(
        args.url,
        args.login,
        read_password(args.login),
        role=args.role,
        person=args.person,
        team=args.team,
    )
    added = translate("server", "Added {login}: {person}, {role} on {teams}.")
    print(
        added.format(login=row.login, person=row.person, role=row.role, teams=", ".join(row.teams))
    )
    return 0


def server_users(_ctx: None, args: argparse.Namespace) -> int:
    """``server users URL [--json]``."""
    rows = team_server.users(args.url)
    if args.json:
        print_json(
            [
                {"login": r.login, "person": r.person, "role": r.role, "teams": list(r.teams)}
                for r in rows
            ]
        )
    else:
        print_table(
            headings(USERS),
            [(r.login, r.person, r.role, ", ".join(r.teams)) for r in rows],
        )
    return 0


def server_remove_user(_ctx: None, args: argparse.Namespace) -> int:
    """``server remove-user URL LOGIN``."""
    team_server.remove_user(args.url, args.login)
    removed = translate("server", "Removed the login {login}; the person and their records stay.")
    print(removed.format(login=args.login))
    return 0
