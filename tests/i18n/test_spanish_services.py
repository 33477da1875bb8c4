"""The services' own sentences in Spanish: repeats, CPE Monitor follow-ups, sign-in, checks.

Each is reached the way the window and the command line reach it: a service call whose
result or refusal a person reads.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from rxtracker.domain import AlreadyRecorded, Hours, InvalidInput
from rxtracker.exchange.fates import Fate
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.services.ready import confirm
from rxtracker.services.reconcile import not_in_cpe_monitor
from rxtracker.services.repeat_notes import RepeatSentence
from rxtracker.services.status import person_status
from rxtracker.services.team_signin import TeamAddress
from rxtracker.services.verification import verify_activity

pytestmark = pytest.mark.usefixtures("spanish")

TODAY = dt.date(2026, 3, 1)
LAW = "0197-0000-24-001-H03-T"
SAFETY = "0197-0000-24-002-L05-T"


@pytest.fixture
def ana(sqlite_ctx: Context) -> int:
    """Ana Ruiz, a PTCB CPhT whose cycle ends Mar 31, 2027."""
    person = people.add_person(sqlite_ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    cpht = CredentialInput("ptcb-cpht", dt.date(2027, 3, 31), number="123456")
    credentials.add_credential(sqlite_ctx, person, cpht)
    return person


def _course(title: str, day: dt.date, uan: str | None = LAW) -> ActivityInput:
    return ActivityInput(title, day, Hours(100), uan=uan)


def test_a_course_logged_twice_is_refused_with_its_day_in_spanish(
    sqlite_ctx: Context, ana: int
) -> None:
    first = activities.add_activity(
        sqlite_ctx, ana, _course("Texas law", dt.date(2026, 1, 10)), today=TODAY
    ).value.id
    with pytest.raises(AlreadyRecorded) as caught:
        activities.add_activity(sqlite_ctx, ana, _course("Texas law", dt.date(2026, 1, 10)))
    assert caught.value.problem == (
        f"Texas law (UAN {LAW}, 10 ene 2026) ya está registrada como la actividad {first}"
    )
    with pytest.raises(AlreadyRecorded) as caught:
        activities.add_activity(
            sqlite_ctx, ana, _course("Texas law again", dt.date(2026, 2, 10)), today=TODAY
        )
    problem = caught.value.problem
    assert problem.startswith(f"el UAN {LAW} ya está registrado en este ciclo de ")
    assert f"al 31 mar 2027): Texas law, 10 ene 2026, actividad {first}; " in problem
    assert problem.endswith("CPE Monitor registra un UAN una sola vez por ciclo")


def test_a_repeat_logged_anyway_is_a_note_set_apart_in_spanish(
    sqlite_ctx: Context, ana: int
) -> None:
    for title, day in (("Texas law", dt.date(2026, 1, 10)), ("Texas law II", dt.date(2026, 2, 10))):
        activities.add_activity(sqlite_ctx, ana, _course(title, day), today=TODAY, again=True)
    status = person_status(sqlite_ctx, ana, TODAY)
    notes = [n for s in status.credentials for n in s.result.notes]
    repeats = [n for n in notes if isinstance(n, RepeatSentence)]
    assert len(repeats) == 1
    assert repeats[0].startswith("Repetición: Texas law II (10 feb 2026, actividad ")
    assert f"tiene el UAN {LAW} de Texas law (10 ene 2026, actividad " in repeats[0]


def test_courses_not_yet_in_cpe_monitor_count_their_days_in_spanish(
    sqlite_ctx: Context, ana: int
) -> None:
    activities.add_activity(sqlite_ctx, ana, _course("Texas law", dt.date(2026, 1, 1)))
    activities.add_activity(
        sqlite_ctx, ana, _course("Look-alike drugs", dt.date(2026, 2, 17), uan=SAFETY)
    )
    flagged = {
        f.activity.title: f.message for f in not_in_cpe_monitor(sqlite_ctx, ana, today=TODAY)
    }
    assert flagged["Texas law"] == (
        "todavía no está en CPE Monitor después de 59 días: los proveedores tienen 60 días "
        "para informarla; NABP aconseja comunicarse ya con el proveedor"
    )
    assert flagged["Look-alike drugs"] == (
        "todavía no está en CPE Monitor: los proveedores tienen 60 días para informarla "
        "(quedan 48 días)"
    )


def test_a_check_of_ones_own_course_and_a_confirmation_in_spanish(
    sqlite_ctx: Context, ana: int
) -> None:
    course = activities.add_activity(
        sqlite_ctx, ana, _course("Texas law", dt.date(2026, 1, 10)), today=TODAY
    ).value.id
    with pytest.raises(InvalidInput) as caught:
        verify_activity(sqlite_ctx, course, by_person_id=ana)
    assert str(caught.value) == (
        "revisado por: una persona no puede verificar ni devolver su propia actividad"
    )
    cpht = credentials.list_credentials(sqlite_ctx, ana)[0].id
    said = confirm(sqlite_ctx, cpht, "birthday", TODAY).value
    assert said == "CPE Monitor tiene bien mi mes y día de nacimiento"


def test_a_team_address_missing_a_part_is_told_in_spanish() -> None:
    with pytest.raises(InvalidInput) as caught:
        TeamAddress("", 5432, "rxpharm", "ana").checked()
    assert str(caught.value) == "servidor: escriba el servidor de la base de datos del equipo"
    with pytest.raises(InvalidInput) as caught:
        TeamAddress("db.example", 70000, "rxpharm", "ana").checked()
    assert str(caught.value) == (
        "puerto: 70000 no es un puerto (de 1 a 65535; por lo general, 5432)"
    )


def test_what_an_import_does_with_a_row_in_spanish() -> None:
    assert [f.label for f in Fate] == ["Agregar", "Combinar", "Omitir (duplicado)", "Rechazar"]


def test_a_renewing_credential_without_its_expiration_is_told_in_spanish(
    sqlite_ctx: Context, data_dir: Path, ana: int
) -> None:
    con = sqlite3.connect(data_dir / "rxtracker.sqlite3")  # as an old or hand-edited file has it
    with con:
        con.execute("update credential set expires_on = null")
    con.close()
    cpht = credentials.list_credentials(sqlite_ctx, ana)[0].id
    with pytest.raises(InvalidInput) as caught:
        person_status(sqlite_ctx, ana, TODAY)
    assert caught.value.field == "expires"
    assert str(caught.value) == (
        f"vence: PTCB CPhT (id {cpht}) se renueva, así que necesita su fecha de vencimiento"
    )
