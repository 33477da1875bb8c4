"""The History page's sentences in Spanish: each changed field named in Spanish, values in words.

The changes are made through the services, read back with ``record_history`` and worded as
the History page words them; the field names scripts read (``FieldChange.field``, the JSON
keys of ``rxtracker history --json``) stay English.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.db.renewals import history_value_parts
from rxtracker.domain import Hours
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.services.history import record_history
from tests.conftest import Cli

pytestmark = pytest.mark.usefixtures("spanish")

TODAY = dt.date(2026, 11, 25)


def _sentences(ctx: Context, entity: str, entity_id: int) -> list[str]:
    from rxtracker.ui.models.history import change_sentence

    return [change_sentence(row) for row in record_history(ctx, entity, entity_id)]


def test_an_edited_course_is_told_field_by_field_in_spanish(sqlite_ctx: Context) -> None:
    ana = people.add_person(sqlite_ctx, PersonInput("Ana Ruiz")).value.id
    course = ActivityInput(
        "Texas law",
        dt.date(2026, 1, 10),
        Hours.parse("1.5"),
    )
    added = activities.add_activity(sqlite_ctx, ana, course, today=TODAY).value.id
    edited = ActivityInput(
        "Texas law", dt.date(2026, 1, 12), Hours.parse("3"), tags=("law",), provider="TSBP"
    )
    activities.update_activity(sqlite_ctx, added, edited, today=TODAY)
    created, changed = _sentences(sqlite_ctx, "activity", added)
    assert created == (
        "Se agregó con la categoría otra, la fecha 10 ene 2026, las horas 1.5, el origen "
        "escrito a mano, el título Texas law y la verificación aún sin revisar."
    )
    assert changed == (
        "Se cambió la fecha de 10 ene 2026 a 12 ene 2026, las horas de 1.5 a 3, "
        "el proveedor a TSBP y las etiquetas de (ninguno) a law."
    )
    fields = {f.field for f in record_history(sqlite_ctx, "activity", added)[-1].fields}
    assert {"date", "hours", "provider", "tags"} <= fields  # the English names scripts read


def test_a_person_made_inactive_reads_yes_and_no_in_spanish(sqlite_ctx: Context) -> None:
    ana = people.add_person(sqlite_ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    people.set_person_active(sqlite_ctx, ana, False)
    created, changed = _sentences(sqlite_ctx, "person", ana)
    assert "el estado de residencia TX" in created and "el nombre Ana Ruiz" in created
    assert "el rol técnico" in created  # the stored code in words
    assert changed == "Se cambió el estado activo de sí a no."


def test_renewal_steps_and_audits_read_in_spanish(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz")
    cli("credential", "add", "1", "ptcb-cpht", "--expires", "2027-03-31")
    cli("renewal", "applied", "1", "ptcb-cpht", "--on", "2026-11-01", "--fee", "50")
    cli("renewal", "returned", "1", "ptcb-cpht", "--on", "2026-11-10", "--reason", "no law CE")
    cli("renewal", "audit", "1", "ptcb-cpht", "--on", "2026-11-12", "--due", "2027-01-15")
    cli("renewal", "audit-outcome", "1", "ptcb-cpht", "failed", "--on", "2026-11-20")
    english = cli("history", "credential", "1").out
    assert "renewal applied: — -> 2026-11-01, fee $50" in english  # as it was stored
    spanish = cli("--lang", "es", "history", "credential", "1").out
    assert "1 nov 2026, cuota de $50" in spanish
    assert "10 nov 2026, no law CE" in spanish  # the reason as the technician wrote it
    assert "recibido el 12 nov 2026, documentos antes del 15 ene 2027" in spanish
    assert "no aprobada el 20 nov 2026" in spanish
    assert "fee" not in spanish and "received" not in spanish


@pytest.mark.parametrize(
    ("field", "value", "parts"),
    [
        ("renewal applied", "2026-11-01, fee $55.50", {"on": "2026-11-01", "fee": "55.50"}),
        (
            "renewal approved",
            "2027-03-01, late, after the window, new expiration 2029-03-31",
            {"on": "2027-03-01", "reasons": "late, after the window", "expires": "2029-03-31"},
        ),
        ("audit outcome", "passed on 2027-01-10", {"outcome": "passed", "on": "2027-01-10"}),
        ("audit outcome", "a note typed by hand", None),
        ("title", "2026-11-01, fee $50", None),
    ],
)
def test_a_stored_step_value_is_read_back_into_its_parts(
    field: str, value: str, parts: dict[str, str] | None
) -> None:
    assert history_value_parts(field, value) == parts
