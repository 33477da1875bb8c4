"""The one place that makes files and folders: private modes, atomic writes, leftovers.

Every layer that writes to disk (db, exchange, services, printing, cli, ui) imports this
package, so it sits below them all and uses the standard library only. It is not part of
``rxtracker.domain``, which holds pure value types and never touches the disk.
"""

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
