"""The one place that makes files and folders: private modes, atomic writes, leftovers.

Every layer that writes to disk (db, exchange, services, printing, cli, ui) imports this
package, so it sits below them all and uses the standard library only. It is not part of
``rxtracker.domain``, which holds pure value types and never touches the disk.

The names are imported on first use (PEP 562), as in ``rxtracker.domain``.
"""

from __future__ import annotations

from rxtracker.lazy_names import names_on_first_use

TYPE_CHECKING = False  # what typing's is, without importing typing
if TYPE_CHECKING:
    from rxtracker.disk.leftovers import remove_leftovers
    from rxtracker.disk.writes import (
        FILE_MODE,
        FOLDER_MODE,
        TEMP_SUFFIX,
        HeldTemp,
        atomic_path,
        make_folder,
        make_private,
        staging_folder,
        sync_files,
        sync_folder,
        write_atomic,
    )

#: Each public name -> the module that defines it.
_WHERE = {
    "remove_leftovers": "rxtracker.disk.leftovers",
    "FILE_MODE": "rxtracker.disk.writes",
    "FOLDER_MODE": "rxtracker.disk.writes",
    "TEMP_SUFFIX": "rxtracker.disk.writes",
    "HeldTemp": "rxtracker.disk.writes",
    "atomic_path": "rxtracker.disk.writes",
    "make_folder": "rxtracker.disk.writes",
    "make_private": "rxtracker.disk.writes",
    "staging_folder": "rxtracker.disk.writes",
    "sync_files": "rxtracker.disk.writes",
    "sync_folder": "rxtracker.disk.writes",
    "write_atomic": "rxtracker.disk.writes",
}

__all__ = [
    "FILE_MODE",
    "FOLDER_MODE",
    "TEMP_SUFFIX",
    "HeldTemp",
    "atomic_path",
    "make_folder",
    "make_private",
    "remove_leftovers",
    "staging_folder",
    "sync_files",
    "sync_folder",
    "write_atomic",
]

__getattr__ = names_on_first_use(globals(), _WHERE)
