"""Add from certificates: read many certificate files, preview them, log them all at once.

``read_certificates`` reads each file (nothing is written) and marks the ones already
logged: the same UAN and completion date, or the very same file (by its sha256) stored with
one of the person's activities, or an earlier file of the same batch; and the repeats, whose
UAN is logged in the same cycle of one of the person's credentials.
``add_from_certificates`` then logs the chosen rows, each with its file attached, in one
transaction: all of them, or none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rxtracker.catalog import Catalog
from rxtracker.db import Activity, Attachment, Person
from rxtracker.domain import InvalidInput, NotFound, RxError, day_words
from rxtracker.domain.files import display_name
from rxtracker.exchange.certificates import CertificateReading, read_certificate
from rxtracker.i18n import translate
from rxtracker.records import replace
from rxtracker.services.activities import activity_from_input
from rxtracker.services.certificates import CertificateBatch, check_certificate
from rxtracker.services.context import Context
from rxtracker.services.convert import activity_row
from rxtracker.services.custom_types import full_catalog_in
from rxtracker.services.inputs import ActivityInput
from rxtracker.services.pathways import check_recognized_program
from rxtracker.services.repeats import repeat_in_cycle
from rxtracker.services.rows import ActivityRow, Changes, Kind, OnProgress, Outcome

#: The files a folder is searched for (its subfolders are not).
CERTIFICATE_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg"})


@dataclass(frozen=True, slots=True)
class CertificateFile:
    """One file of the batch, as read.

    Attributes:
        path: the file.
        reading: what was read (None when the file could not be read at all).
        problem: why it could not be read, in words (None when it was).
        sha256: the file's digest (None when it could not be opened).
        duplicate: why it is already logged, naming the activity (None when it is new).
        repeat: why its UAN repeats one logged in the same cycle (None when it does not).
    """

    path: Path
    reading: CertificateReading | None
    problem: str | None = None
    sha256: str | None = None
    duplicate: str | None = None
    repeat: str | None = None


def certificate_files(chosen: Sequence[Path]) -> list[Path]:
    """The files chosen, a folder standing for the certificates directly in it (by name)."""
    found: list[Path] = []
    for path in chosen:
        if path.is_dir():
            inside = [p for p in path.iterdir() if p.suffix.lower() in CERTIFICATE_SUFFIXES]
            found += sorted((p for p in inside if p.is_file()), key=lambda p: p.name.lower())
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def read_certificates(
    ctx: Context, person_id: int, paths: Sequence[Path], progress: OnProgress | None = None
) -> tuple[CertificateFile, ...]:
    """Read every file, then mark those already logged for the person. Writes nothing.

    ``progress(done, total)`` is called as each file is read, in hundredths of a file (it
    may raise to stop, also in the middle of a photo's seconds of reading).
    """
    say: OnProgress = progress or (lambda done, total: None)
    read = []
    for index, path in enumerate(paths):
        read.append(_read_one(path, _within(say, index, len(paths))))
        say(100 * (index + 1), 100 * len(paths))
    with ctx.db.read() as session:
        if session.get(Person, person_id) is None:
            raise NotFound("person", person_id)
        marked = _mark_duplicates(session, person_id, read)
        catalog = full_catalog_in(ctx, session)
        return tuple(_mark_repeat(session, catalog, person_id, f) for f in marked)


def _within(say: OnProgress, index: int, count: int) -> Callable[[int], None]:
    """The progress of file ``index`` (0-100) as hundredths of the whole batch."""
    return lambda percent: say(100 * index + percent, 100 * count)


def _read_one(path: Path, progress: Callable[[int], None]) -> CertificateFile:
    try:
        check_certificate(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except (RxError, OSError) as exc:
        return CertificateFile(path, None, _words(exc))
    try:
        return CertificateFile(path, read_certificate(path, progress=progress), sha256=digest)
    except RxError as exc:
        return CertificateFile(path, None, _words(exc), digest)


def _words(error: RxError | OSError) -> str:
    if isinstance(error, InvalidInput):
        return error.problem
    return str(error) if isinstance(error, RxError) else (error.strerror or str(error))


def _mark_duplicates(
    session: Session, person_id: int, read: list[CertificateFile]
) -> tuple[CertificateFile, ...]:
    """Each file with ``duplicate`` set when its course or its file is already logged."""
    logged = session.execute(
        select(Activity.title, Activity.uan, Activity.completed_on).where(
            Activity.person_id == person_id, Activity.uan.is_not(None)
        )
    ).all()
    courses = {(str(uan), day): _course(title, day) for title, uan, day in logged}
    stored = session.execute(
        select(Attachment.sha256, Activity.title, Activity.completed_on)
        .join(Activity, Activity.id == Attachment.activity_id)
        .where(Activity.person_id == person_id)
    ).all()
    files = {digest: _course(title, day) for digest, title, day in stored}
    out = []
    for entry in read:
        why = _duplicate(entry, courses, files)
        reading = entry.reading
        if reading is not None and reading.uan and reading.date:
            courses.setdefault((reading.uan, reading.date), _above(entry.path))
        if entry.sha256:
            files.setdefault(entry.sha256, _above(entry.path))
        out.append(CertificateFile(entry.path, reading, entry.problem, entry.sha256, why))
    return tuple(out)


def _course(title: str, day: dt.date) -> str:
    """A logged course as the technician knows it: its title and the day it was completed."""
    return f"{title} ({day_words(day, '%m/%d/%Y')})"


def _above(path: Path) -> str:
    """A file of the same batch, listed above this one."""
    return translate("certificate_batch", "{file}, above").format(file=path.name)


def _mark_repeat(
    session: Session, catalog: Catalog, person_id: int, entry: CertificateFile
) -> CertificateFile:
    """``entry`` with ``repeat`` set when its UAN is logged in the same cycle (not that day)."""
    reading = entry.reading
    if entry.duplicate or reading is None or not reading.uan or not reading.date:
        return entry
    repeat = repeat_in_cycle(session, catalog, person_id, reading.uan, reading.date)
    return replace(entry, repeat=repeat) if repeat else entry


def _duplicate(
    entry: CertificateFile,
    courses: dict[tuple[str, dt.date], str],
    files: dict[str, str],
) -> str | None:
    if entry.sha256 in files:
        return translate("certificate_batch", "the same file as {name}").format(
            name=files[entry.sha256]
        )
    reading = entry.reading
    if reading is None or not reading.uan or not reading.date:
        return None
    if (reading.uan, reading.date) in courses:
        return translate("certificate_batch", "the same UAN and date as {title}").format(
            title=courses[(reading.uan, reading.date)]
        )
    return None


def add_from_certificates(
    ctx: Context,
    person_id: int,
    entries: Sequence[tuple[ActivityInput, Path]],
    *,
    today: dt.date | None = None,
) -> Outcome[tuple[ActivityRow, ...]]:
    """Log every (activity, certificate file) in one transaction: all, or nothing.

    Each entry goes through the checks of a typed activity first; the files are copied in
    before the transaction and published inside it.

    Raises:
        InvalidInput: naming the file and the field that is wrong (nothing written).
        NotFound: no such person.
    """
    day = today or ctx.clock.today()
    clean = []
    for data, path in entries:
        try:
            checked = data.cleaned(day)
            check_recognized_program(ctx, checked.recognized_program)
            check_certificate(path)
        except InvalidInput as exc:
            raise InvalidInput(display_name(path), f"{exc.label}: {exc.problem}") from None
        clean.append((checked, path))
    with CertificateBatch(ctx) as batch:
        staged = [(data, batch.stage(path)) for data, path in clean]
        with ctx.db.write() as session:
            if session.get(Person, person_id) is None:
                raise NotFound("person", person_id)
            batch.publish(session)
            added = [activity_from_input(person_id, data, stored) for data, stored in staged]
            session.add_all(added)
            session.flush()
            rows = tuple(activity_row(a) for a in added)
    ids = {row.id for row in rows}
    return Outcome(rows, Changes.of(Kind.ACTIVITIES, people={person_id}, activities=ids))
