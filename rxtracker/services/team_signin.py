"""Signing in to a team database from the desktop app, the password kept in the keyring.

The password never goes into settings: it is typed into the sign-in dialog, or found where
libpq looks (``PGPASSWORD``, ``~/.pgpass``), or, when the user asked for it, in the system
keyring (the ``keyring`` library: Secret Service, macOS Keychain, Windows Credential Locker)
under the service name ``rxtracker`` and the account ``LOGIN@HOST:PORT/DATABASE``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from rxtracker.db import DatabaseError, TeamDatabase, is_database_url
from rxtracker.domain import InvalidInput
from rxtracker.i18n import translate
from rxtracker.services.context import Context
from rxtracker.services.opening import open_context
from rxtracker.services.paths import AppPaths

log = logging.getLogger("rxtracker.signin")

#: The keyring's service name for every rxtracker password.
KEYRING_SERVICE = "rxtracker"
DEFAULT_PORT = 5432


@dataclass(frozen=True, slots=True)
class TeamAddress:
    """Where a team database is and who signs in (everything but the password)."""

    host: str
    port: int
    database: str
    login: str

    @classmethod
    def from_url(cls, url: str) -> TeamAddress:
        """The address in a ``postgresql://LOGIN@HOST:PORT/DB`` URL (any password left out)."""
        parsed = make_url(url)
        return cls(
            parsed.host or "localhost",
            parsed.port or DEFAULT_PORT,
            parsed.database or "",
            parsed.username or "",
        )

    def checked(self) -> TeamAddress:
        """The address, or InvalidInput naming the first empty field."""
        if not self.host.strip():
            raise InvalidInput("host", translate("team_signin", "enter the team database's host"))
        if not self.database.strip():
            problem = translate("team_signin", "enter the team database's database")
            raise InvalidInput("database", problem)
        if not self.login.strip():
            raise InvalidInput("login", translate("team_signin", "enter your login"))
        if not 0 < self.port < 65536:
            words = translate("team_signin", "{port} is not a port (1 to 65535; usually 5432)")
            raise InvalidInput("port", words.format(port=self.port))
        return self

    def url(self, password: str | None = None) -> str:
        """The database URL (with the password when given: keep it out of messages)."""
        parsed = URL.create(
            "postgresql", self.login, password or None, self.host, self.port, self.database
        )
        return parsed.render_as_string(hide_password=False)

    @property
    def account(self) -> str:
        """The keyring account: ``LOGIN@HOST:PORT/DATABASE``."""
        return f"{self.login}@{self.host}:{self.port}/{self.database}"


def saved_password(address: TeamAddress) -> str | None:
    """The password kept in the keyring for this address, or None (no keyring is no error)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, address.account)
    except (KeyringError, RuntimeError) as exc:
        log.info("no keyring to read the password from: %s", exc)
        return None


def remember_password(address: TeamAddress, password: str) -> str | None:
    """Keep the password in the keyring; a sentence for the user when it could not be kept."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, address.account, password)
    except (KeyringError, RuntimeError) as exc:
        words = translate(
            "team_signin",
            "The password could not be kept in the system keyring ({error}); type it next time.",
        )
        return words.format(error=exc)
    return None


def needs_password(error: DatabaseError) -> bool:
    """True when the server refused the login for want of the right password."""
    words = str(error).lower()
    return "password" in words or "authentication failed" in words


def sign_in(data_dir: Path | None, address: TeamAddress, password: str) -> Context:
    """Open the team database with this login and password (one clear error otherwise).

    Raises:
        InvalidInput: a field of the address is empty or out of range.
        DatabaseError: the server cannot be reached or refused the login.
    """
    url = address.checked().url(password)
    return open_context(AppPaths.resolve(data_dir, database_url=url))


def open_remembered(paths: AppPaths) -> Context | None:
    """Open ``paths``' team database with the keyring's password; None when that cannot do.

    Raises:
        DatabaseError: the server cannot be reached, or refused for another reason.
    """
    assert paths.database_url is not None
    address = TeamAddress.from_url(paths.database_url)
    password = saved_password(address)
    if password is None:
        return None
    try:
        return sign_in(paths.data_dir, address, password)
    except DatabaseError as exc:
        if needs_password(exc):  # changed on the server since: ask again
            return None
        raise


def database_label(ctx: Context) -> str | None:
    """'Team database rxpharm on db.example:5432 as alice', or None for the local file."""
    if not isinstance(ctx.db, TeamDatabase) or not ctx.paths.database_url:
        return None
    assert is_database_url(ctx.paths.database_url)
    where = TeamAddress.from_url(ctx.paths.database_url)
    words = translate("team_signin", "Team database {database} on {host}:{port} as {login}")
    return words.format(
        database=where.database, host=where.host, port=where.port, login=ctx.db.actor.app_user
    )
