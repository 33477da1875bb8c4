"""A separate process that writes through the services, for kill and concurrency tests.

Usage: python worker.py DATA_DIR MODE COUNT
  activities: add COUNT activities (2 tags + a unique certificate each) to person 1
  people:     add COUNT people
  backup:     write COUNT backups into the backups folder
  restore:    restore the backups named by $RESTORE_A and $RESTORE_B, alternately, COUNT times
  import:     import COUNT CSV files of 20 new activities each for person 1
  archive:    import the person archive named by $PERSON_ARCHIVE COUNT times (each imported
              person is renamed afterwards, so the next import is not a duplicate)
Prints "ready" once the database is open, "ok" after each acknowledged write, "done" at the end.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rxtracker.domain import Hours
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    Context,
    PersonInput,
    activities,
    backup,
    imports,
    open_context,
    people,
    person_archive,
)
from tests.conftest import make_pdf

#: The name of the person in the archive the "archive" mode imports.
ARCHIVED_NAME = "Archived Person"


def main() -> None:
    data_dir, mode, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    ctx = open_context(AppPaths.resolve(data_dir))
    scratch = data_dir.parent / f"scratch-{os.getpid()}"
    scratch.mkdir(exist_ok=True)
    print("ready", flush=True)
    archives = [Path(os.environ[k]) for k in ("RESTORE_A", "RESTORE_B") if k in os.environ]
    for n in range(count):
        if mode == "backup":
            backup.create_backup(ctx, ctx.paths.backups / f"manual-{n}.zip")
        elif mode == "restore":
            backup.restore_backup(ctx, archives[n % 2])
        elif mode == "people":
            people.add_person(ctx, PersonInput(f"Worker {os.getpid()} #{n}"))
        elif mode == "import":
            _import_csv(ctx, scratch / f"i{n}.csv", f"{os.getpid()}-{n}")
        elif mode == "archive":
            _import_archive(ctx, Path(os.environ["PERSON_ARCHIVE"]), f"{os.getpid()}-{n}")
        else:
            pdf = make_pdf(scratch / f"c{n}.pdf", f"Certificate {os.getpid()} {n}")
            activities.add_activity(
                ctx,
                1,
                ActivityInput(
                    f"Course {os.getpid()}-{n}",
                    dt.date(2026, 1, 1),
                    Hours(125),
                    tags=("law", "texas-law"),
                ),
                certificate=pdf,
                today=dt.date(2026, 11, 25),
                again=True,  # the same course each time, on purpose: every write is counted
            )
        print("ok", flush=True)
    print("done", flush=True)
    ctx.close()


def _import_csv(ctx: Context, path: Path, tag: str) -> None:
    rows = "".join(f"Import {tag} row {r},01/{r % 28 + 1:02d}/2026,1\n" for r in range(20))
    path.write_text("Title,Date,Hours\n" + rows)
    preview = imports.preview_import(ctx, 1, path, today=dt.date(2026, 11, 25))
    imports.commit_import(ctx, preview, today=dt.date(2026, 11, 25))


def _import_archive(ctx: Context, archive: Path, tag: str) -> None:
    for row in people.list_people(ctx):  # one imported before a kill, not yet renamed
        if row.name == ARCHIVED_NAME:
            people.update_person(ctx, row.id, PersonInput(f"Imported {tag} (earlier)"))
    imported = person_archive.import_person(ctx, archive).value
    people.update_person(ctx, imported.person_id, PersonInput(f"Imported {tag}"))


if __name__ == "__main__":
    main()
