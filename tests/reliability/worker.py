"""A separate process that writes through the services, for kill and concurrency tests.

Usage: python worker.py DATA_DIR MODE COUNT
  activities: add COUNT activities (2 tags + a unique certificate each) to person 1
  people:     add COUNT people
  backup:     write COUNT backups into the backups folder
  restore:    restore the backups named by $RESTORE_A and $RESTORE_B, alternately, COUNT times
Prints "ready" once the database is open, then "done" at the end.
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
    PersonInput,
    activities,
    backup,
    open_context,
    people,
)
from tests.conftest import make_pdf


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
        else:
            pdf = make_pdf(scratch / f"c{n}.pdf", f"Certificate {os.getpid()} {n}")
            activities.add_activity(
                ctx,
                1,
                ActivityInput(
                    f"Course {os.getpid()}-{n}",
                    dt.date(2026, 1, 1),
                    Hours(125),
                    uan="0197-0000-25-001-H03-T",
                    tags=("law", "texas-law"),
                ),
                certificate=pdf,
                today=dt.date(2026, 11, 25),
            )
    print("done", flush=True)
    ctx.close()


if __name__ == "__main__":
    main()
