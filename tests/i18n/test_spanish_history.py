"""The History page's sentences in Spanish: each changed field named in Spanish, values in words.

The changes are made through the services, read back with ``record_history`` and worded as
the History page words them; the field names scripts read (``FieldChange.field``, the JSON
keys of ``rxtracker history --json``) stay English.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rxtracker.domain import Hours
from rxtracker.services import ActivityInput, Context, PersonInput, activities, people
from rxtracker.services.history import record_history

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
