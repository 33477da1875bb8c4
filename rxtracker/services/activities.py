"""User actions on CE activities and their certificates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from rxtracker.db import Activity, ActivityTag, Attachment, Person
from rxtracker.db.edits import refuse_if_changed
from rxtracker.db.undelete import deleted_record
from rxtracker.domain import InvalidInput, NotFound
from rxtracker.i18n import translate
from rxtracker.services.activity_read import activity_rows_of
from rxtracker.services.activity_read import certificate_path as certificate_path  # re-exported
from rxtracker.services.activity_read import list_activities as list_activities  # re-exported
from rxtracker.services.certificates import (
    CertificateBatch,
    StoredFile,
    certificate_file,
    certificate_kept,
    check_certificate,
    discard_if_unreferenced,
)
from rxtracker.services.certificates import (  # re-exported: its home before the store
    purge_unreferenced_certificates as purge_unreferenced_certificates,
)
from rxtracker.services.context import Context
from rxtracker.services.convert import activity_columns, activity_row, uan_columns
from rxtracker.services.custom_types import full_catalog_in
from rxtracker.services.inputs import ActivityInput
from rxtracker.services.pathways import check_recognized_program
from rxtracker.services.repeats import refuse_same_course
from rxtracker.services.rows import ActivityRow, AttachmentRow, Changes, Kind, Outcome


def add_activity(
    ctx: Context,
    person_id: int,
    data: ActivityInput,
    *,
    certificate: Path | None = None,
    today: dt.date | None = None,
    again: bool = False,
) -> Outcome[ActivityRow]:
    """Log a CE activity, optionally with its certificate file.

    Everything is checked before anything is written; the certificate is copied first and
    the record written in one transaction, so a failure leaves no half-logged activity.

    Raises:
        InvalidInput: a field or the certificate is wrong.
        AlreadyRecorded: an activity with the same UAN is logged on that date or in the
            same cycle of one of the person's credentials, unless ``again``.
        NotFound: no such person.
    """
    clean = data.cleaned(today or ctx.clock.today())
    check_recognized_program(ctx, clean.recognized_program)
    if certificate is not None:
        check_certificate(certificate)
    with CertificateBatch(ctx) as batch:
        stored = batch.stage(certificate) if certificate else None
        with ctx.db.write() as session:
            if session.get(Person, person_id) is None:
                raise NotFound("person", person_id)
            if not again:
                uan = uan_columns(clean.parsed_uan())["uan"]
                catalog = full_catalog_in(ctx, session)
                refuse_same_course(session, catalog, person_id, uan, clean.completed_on)
            batch.publish(session)
            activity = activity_from_input(person_id, clean, stored)
            session.add(activity)
            session.flush()
            row = activity_row(activity)
    return Outcome(row, _changed(row))


def activity_from_input(
    person_id: int, clean: ActivityInput, stored: StoredFile | None
) -> Activity:
    """A new activity of ``person_id`` from checked input, pointing to its stored file."""
    activity = Activity(person_id=person_id)
    _apply(activity, clean)
    if stored is not None:
        activity.attachments.append(_attachment(stored))
    return activity


def update_activity(
    ctx: Context,
    activity_id: int,
    data: ActivityInput,
    *,
    certificate: Path | None = None,
    detach: bool = False,
    today: dt.date | None = None,
    version: int | None = None,
) -> Outcome[ActivityRow]:
    """Replace an activity's fields (the edit form's Save).

    ``detach`` takes its certificates off, ``certificate`` adds one. ``version`` is the one
    the form opened (``ActivityRow.version``): a record saved by anyone since is not touched.

    Everything is written in one transaction: all of it, or nothing. A file taken off that
    no other record uses then leaves the store.

    Raises:
        InvalidInput: a field or the certificate is wrong.
        NotFound: no such activity.
        ChangedMeanwhile: someone saved the activity after ``version``.
    """
    clean = data.cleaned(today or ctx.clock.today())
    check_recognized_program(ctx, clean.recognized_program)
    if certificate is not None:
        check_certificate(certificate)
    with CertificateBatch(ctx) as batch:
        stored = batch.stage(certificate) if certificate else None
        with ctx.db.write() as session:
            activity = _get(session, activity_id)
            refuse_if_changed(session, activity, version)
            batch.publish(session)
            before = _checked_fields(activity)
            _apply(activity, clean)
            if before != _checked_fields(activity):
                reset_verification(activity)
                activity.archive_report = ""  # the other workplace saw the record as it was
            dropped = _detach(activity) if detach else []
            if stored is not None:
                _attach(activity, stored)
            session.flush()
            row = activity_row(activity)
    discard_if_unreferenced(ctx, dropped)
    return Outcome(row, _changed(row))


def attach_certificate(ctx: Context, activity_id: int, certificate: Path) -> Outcome[ActivityRow]:
    """Add a certificate file to an existing activity (the same file twice is kept once)."""
    with CertificateBatch(ctx) as batch:
        stored = batch.stage(certificate)
        with ctx.db.write() as session:
            activity = _get(session, activity_id)
            batch.publish(session)
            _attach(activity, stored)
            session.flush()
            row = activity_row(activity)
    return Outcome(row, _changed(row))


def delete_activity(ctx: Context, activity_id: int) -> Outcome[ActivityRow]:
    """Delete an activity; the returned row is everything needed to restore it.

    The certificate files stay on disk, so an undo within the session gets them back; the
    GUI lets them go when its undo window closes (``certificates.forget_deleted``), and the
    next start removes any left (``certificates.clean_up_certificates``).
    """
    with ctx.db.write() as session:
        activity = _get(session, activity_id)
        row = activity_row(activity)
        session.delete(activity)
    return Outcome(
        row,
        Changes.of(Kind.ACTIVITIES, people={row.person_id}, activities={row.id}, removed=True),
    )


def restore_activity(ctx: Context, row: ActivityRow) -> Outcome[ActivityRow]:
    """Put back an activity removed by ``delete_activity`` (same id, tags and certificates).

    A certificate file removed meanwhile (another record sharing it was deleted) is not
    pointed to again: the activity comes back without that certificate. Files leave the
    store only under the write lock, so the check below, under it, cannot go stale.
    """
    with ctx.db.write() as session:
        if session.get(Person, row.person_id) is None:
            raise NotFound("person", row.person_id)
        session.connection()  # the write lock, before looking at the files
        kept = [a for a in row.attachments if certificate_kept(ctx, a.stored_name)]
        activity = Activity(**activity_columns(row))
        if row.verified_by_id and session.get(Person, row.verified_by_id) is None:
            activity.verified_by_id = None  # the checker was deleted meanwhile
        activity.tags = [ActivityTag(tag=t) for t in row.tags]
        activity.attachments = [
            Attachment(
                stored_name=a.stored_name,
                original_name=a.original_name,
                media_type=a.media_type,
                sha256=a.sha256,
                size_bytes=a.size_bytes,
            )
            for a in kept
        ]
        session.add(activity)
        session.flush()
        restored = activity_row(activity)
    return Outcome(restored, _changed(restored))


def restore_deleted_activity(ctx: Context, activity_id: int) -> Outcome[ActivityRow]:
    """Bring back a deleted activity, under its own id, as its deletion left it in the history.

    Its fields and tags come back; its certificates are not in the history (attach them
    again). A check by a person removed since keeps its login and date but not the person.

    Raises:
        InvalidInput: the activity exists, or the history has no deletion of it.
        NotFound: its person has been removed.
    """
    with ctx.db.write() as session:
        if session.get(Activity, activity_id) is not None:
            problem = translate("activities", "activity {id} is not deleted")
            raise InvalidInput("activity", problem.format(id=activity_id))
        activity = deleted_record(session, Activity, activity_id)
        if activity is None:
            raise InvalidInput(
                "activity",
                translate("activities", "the change history has no deleted activity {id}").format(
                    id=activity_id
                ),
            )
        if session.get(Person, activity.person_id) is None:
            raise NotFound("person", activity.person_id)
        if activity.verified_by_id and session.get(Person, activity.verified_by_id) is None:
            activity.verified_by_id = None
        session.add(activity)
        session.flush()
        row = activity_row(activity)
    return Outcome(row, _changed(row))


def detach_certificates(ctx: Context, activity_id: int) -> Outcome[ActivityRow]:
    """Take every certificate off an activity; a file no other record uses leaves the store."""
    with ctx.db.write() as session:
        activity = _get(session, activity_id)
        if not activity.attachments:
            problem = translate("activities", "activity {id} has no certificate")
            raise InvalidInput("activity", problem.format(id=activity_id))
        names = _detach(activity)
        session.flush()
        row = activity_row(activity)
    discard_if_unreferenced(ctx, names)
    return Outcome(row, _changed(row))


def activity_rows(session: Session, person_id: int) -> list[ActivityRow]:
    """A person's activities, newest first, read in ``session`` (plain rows, see activity_read)."""
    return activity_rows_of(session, person_id)


def get_activity(ctx: Context, activity_id: int) -> ActivityRow:
    """One activity by id."""
    with ctx.db.read() as session:
        return activity_row(_get(session, activity_id))


def open_certificate(ctx: Context, attachment: AttachmentRow) -> Path:
    """A file with the certificate's bytes, for the system viewer (see ``certificate_file``)."""
    return certificate_file(ctx, attachment.stored_name, attachment.sha256)


def _apply(activity: Activity, clean: ActivityInput) -> None:
    uan = clean.parsed_uan()
    activity.title = clean.title
    activity.provider = clean.provider
    activity.completed_on = clean.completed_on
    activity.hours_hundredths = clean.hours.hundredths
    for column, value in uan_columns(uan).items():
        setattr(activity, column, value)
    activity.category = clean.category.value if clean.category else "other"
    activity.source = clean.source.value
    activity.notes = clean.notes
    activity.recognized_program = clean.recognized_program
    activity.tags = [ActivityTag(tag=t) for t in clean.tags]


def _checked_fields(activity: Activity) -> tuple[object, ...]:
    """What a supervisor checks against the certificate."""
    return (
        activity.title,
        activity.provider,
        activity.completed_on,
        activity.hours_hundredths,
        activity.uan,
    )


def reset_verification(activity: Activity) -> None:
    """A verified or sent-back record that changes must be checked again."""
    activity.verification = "unverified"
    activity.verified_by_id = None
    activity.verified_by_user = None
    activity.verified_at = None
    activity.verification_note = ""


def _attachment(stored: StoredFile) -> Attachment:
    return Attachment(
        stored_name=stored.stored_name,
        original_name=stored.original_name,
        media_type=stored.media_type,
        sha256=stored.sha256,
        size_bytes=stored.size_bytes,
    )


def _get(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound("activity", activity_id)
    return activity


def _changed(row: ActivityRow) -> Changes:
    return Changes.of(Kind.ACTIVITIES, people={row.person_id}, activities={row.id})


def _attach(activity: Activity, stored: StoredFile) -> None:
    """Point ``activity`` to a stored certificate (the same file twice is kept once)."""
    if all(a.sha256 != stored.sha256 for a in activity.attachments):
        activity.attachments.append(_attachment(stored))


def _detach(activity: Activity) -> list[str]:
    """Take every certificate off ``activity``; the stored names it pointed to."""
    names = [a.stored_name for a in activity.attachments]
    activity.attachments = []
    return names
