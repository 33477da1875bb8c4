"""Where rxtracker keeps its files: computed once, passed down, overridable."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rxtracker.disk import make_folder, make_private

APP_NAME = "rxtracker"
ENV_DATA_DIR = "RXTRACKER_DATA_DIR"
ENV_DATABASE_URL = "RXTRACKER_DATABASE_URL"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Every folder and file rxtracker uses."""

    data_dir: Path
    log_dir: Path
    #: A team database (``postgresql://LOGIN@HOST:PORT/DB``) used instead of the local file.
    database_url: str | None = None
    #: What may be thrown away and made again (the parsed rule catalog); None: keep nothing.
    cache_dir: Path | None = None

    @property
    def database(self) -> Path:
        """The SQLite database file."""
        return self.data_dir / "rxtracker.sqlite3"

    @property
    def certificates(self) -> Path:
        """Stored certificate files, named by their sha256."""
        return self.data_dir / "certificates"

    @property
    def backups(self) -> Path:
        """Automatic and pre-migration backups."""
        return self.data_dir / "backups"

    @property
    def settings(self) -> Path:
        """The GUI's settings file (window geometry, reminder horizon...)."""
        return self.data_dir / "settings.ini"

    @property
    def instance_lock(self) -> Path:
        """The lock the desktop app holds while it has this data folder open."""
        return self.data_dir / "rxtracker.lock"

    @classmethod
    def resolve(
        cls, data_dir: str | Path | None = None, database_url: str | None = None
    ) -> AppPaths:
        """The paths to use: ``data_dir``, else ``$RXTRACKER_DATA_DIR``, else platformdirs.

        An override moves every folder (logs included) under it, so tests and demos never
        touch the user's real folders. The records are in the local SQLite file unless
        ``database_url`` (else ``$RXTRACKER_DATABASE_URL``) names a team database.
        """
        url = database_url or os.environ.get(ENV_DATABASE_URL) or None
        override = data_dir or os.environ.get(ENV_DATA_DIR)
        if override:
            base = Path(override).expanduser().resolve()
            return cls(base, base / "logs", url, base / "cache")
        import platformdirs  # only here: a command on a given folder starts without it

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            database_url=url,
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> None:
        """Create the folders 0700 whatever the umask (missing parents too); tighten them.

        A folder on a disk that cannot be written is left as it is, so reading still works.
        """
        for folder in (self.data_dir, self.certificates, self.backups):
            if not folder.is_dir():
                make_folder(folder)
            make_private(folder)
