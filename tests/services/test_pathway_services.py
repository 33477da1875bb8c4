"""Work experience, custom types, credential items, recognised programs and person_pathways,
through a real SQLite database."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import text

from rxtracker.catalog import CatalogError
from rxtracker.domain import Hours, InvalidInput, NotFound
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    open_context,
    people,
)
from rxtracker.services import custom_types as custom
from rxtracker.services import experience as work
from rxtracker.services.pathways import person_pathways, program_choices
from tests.services.conftest import sql_rows

TODAY = dt.date(2026, 11, 25)
D = dt.date


@pytest.fixture
def ana(ctx: Context) -> int:
    return people.add_person(ctx, PersonInput("Ana Ruiz")).value.id


def _count(ctx: Context, table: str) -> int:
    return int(sql_rows(ctx, f"SELECT count(*) FROM {table}")[0][0])


# ---------------------------------------------------------------- work experience


def test_experience_round_trip(ctx: Context, ana: int) -> None:
    data = work.ExperienceInput(
        role=" IV technician ",
        start_on=D(2019, 1, 1),
        end_on=D(2022, 6, 30),
        hours_per_week=36,
        areas=("Sterile compounding", "iv"),
        setting="hospital",
    )
    outcome = work.add_experience(ctx, ana, data, today=TODAY)
    row = outcome.value
    assert (row.role, row.areas, row.hours_per_week) == (
        "IV technician",
        ("iv", "sterile-compounding"),
        36,
    )
    assert outcome.changes.people == {ana}
    current = work.add_experience(
        ctx, ana, work.ExperienceInput("Technician", D(2022, 7, 1)), today=TODAY
    ).value
    assert current.end_on is None and current.hours_per_week == 40
    assert [r.id for r in work.list_experience(ctx, ana)] == [current.id, row.id]
    changed = work.update_experience(
        ctx, row.id, work.ExperienceInput("Lead IV technician", D(2019, 1, 1)), today=TODAY
    ).value
    assert (changed.role, changed.end_on, changed.areas) == ("Lead IV technician", None, ())
    removed = work.delete_experience(ctx, row.id)
    assert removed.changes.removed and removed.value.role == "Lead IV technician"
    assert [r.id for r in work.list_experience(ctx, ana)] == [current.id]


@pytest.mark.parametrize(
    ("fields", "field", "problem"),
    [
        ({"role": "  "}, "role", "is empty"),
        ({"start_on": D(2027, 1, 1)}, "start", "in the future"),
        ({"start_on": D(1960, 1, 1)}, "start", "before 1970-01-01"),
        ({"end_on": D(2018, 12, 31)}, "end", "before the start"),
        ({"end_on": D(2027, 1, 1)}, "end", "leave the end empty"),
        ({"hours_per_week": 0}, "hours per week", "1 to 80"),
        ({"hours_per_week": 81}, "hours per week", "1 to 80"),
        ({"areas": ("sterile/compounding",)}, "tag", "letters, digits and dashes"),
    ],
)
def test_bad_experience_is_refused_and_nothing_written(
    ctx: Context, ana: int, fields: dict[str, Any], field: str, problem: str
) -> None:
    values: dict[str, Any] = {"role": "Technician", "start_on": D(2019, 1, 1), **fields}
    with pytest.raises(InvalidInput) as err:
        work.add_experience(ctx, ana, work.ExperienceInput(**values), today=TODAY)
    assert err.value.field == field
    assert problem in err.value.problem
    assert _count(ctx, "work_experience") == 0


def test_experience_for_missing_records(ctx: Context) -> None:
    data = work.ExperienceInput("Technician", D(2020, 1, 1))
    with pytest.raises(NotFound):
        work.add_experience(ctx, 99, data, today=TODAY)
    with pytest.raises(NotFound):
        work.update_experience(ctx, 99, data, today=TODAY)
    with pytest.raises(NotFound):
        work.delete_experience(ctx, 99)
    with pytest.raises(NotFound):
        work.list_experience(ctx, 99)


# ---------------------------------------------------------------- custom credential types

ACME = custom.CustomTypeInput(
    name="Acme annual sterile training",
    issuer="Acme Health",
    cycle_months=12,
    total_hours=Hours.parse("6"),
    minimums=(
        custom.MinHours(Hours.parse("2"), tag="Sterile compounding"),
        custom.MinHours(Hours.parse("1"), topic="05", label="Patient safety"),
    ),
    items=("Annual competency sign-off",),
)


def test_custom_type_round_trip(ctx: Context, ana: int, data_dir: Any) -> None:
    row = custom.add_custom_type(ctx, ACME, today=TODAY).value
    assert row.id == "custom-acme-annual-sterile-training"
    rules = row.credential_type.current_rules
    assert rules.requirement("total").hours == Hours.parse("6")
    assert rules.requirement("min-1").select.tags == {"sterile-compounding"}
    assert rules.requirement("min-2").select.topics == {"05"}
    assert rules.requirement("min-2").label == "Patient safety"
    assert rules.requirement("item-1").kind == "item"
    # Stored in the database: a second opening of the data folder still knows it.
    ctx.close()
    again = open_context(ctx.paths)
    try:
        assert row.id in custom.full_catalog(again)
        assert row.id in [t.id for t in credentials.credential_types(again)]
        held = credentials.add_credential(
            again, ana, CredentialInput(row.id, expires_on=D(2027, 6, 30))
        ).value
        assert held.type_name == "Acme annual sterile training"
        assert custom.list_custom_types(again)[0].credentials == 1
        with pytest.raises(InvalidInput, match="1 credential"):
            custom.delete_custom_type(again, row.id)
        credentials.delete_credential(again, held.id)
        assert custom.delete_custom_type(again, row.id).value.id == row.id
        assert custom.list_custom_types(again) == []
        with pytest.raises(NotFound):
            custom.delete_custom_type(again, row.id)
    finally:
        again.close()


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"name": " "}, "name", "is empty"),
        ({"name": "!!!"}, "name", "at least one letter"),
        ({"issuer": ""}, "issuer", "is empty"),
        ({"cycle_months": 0}, "cycle months", "1 to 120"),
        ({"total_hours": Hours.parse("1000.5")}, "total hours", "must be 0 to"),
        (
            {"total_hours": Hours(0), "minimums": (custom.MinHours(Hours(100), tag="law"),)},
            "minimum 1",
            "0 total hours has no minimums",
        ),
        ({"minimums": (custom.MinHours(Hours(100)),)}, "minimum 1", "either a tag or"),
        (
            {"minimums": (custom.MinHours(Hours(100), tag="law", topic="03"),)},
            "minimum 1",
            "not both",
        ),
        ({"minimums": (custom.MinHours(Hours(100), topic="3"),)}, "minimum 1", "two digits"),
        ({"minimums": (custom.MinHours(Hours(900), tag="law"),)}, "minimum 1", "at most 6"),
        ({"items": (" ",)}, "item 1", "is empty"),
        ({"state": "ZZ"}, "state", "not a US state"),
    ],
)
def test_bad_custom_types_are_refused(
    ctx: Context, changes: dict[str, Any], field: str, problem: str
) -> None:
    fields = {
        "name": "Acme",
        "issuer": "Acme",
        "cycle_months": 12,
        "total_hours": Hours.parse("6"),
        **changes,
    }
    with pytest.raises(InvalidInput) as err:
        custom.add_custom_type(ctx, custom.CustomTypeInput(**fields), today=TODAY)
    assert (err.value.field, problem in err.value.problem) == (field, True)
    assert _count(ctx, "custom_credential_type") == 0


def test_a_custom_type_name_is_taken_once(ctx: Context) -> None:
    custom.add_custom_type(ctx, ACME, today=TODAY)
    with pytest.raises(InvalidInput, match="already exists"):
        custom.add_custom_type(ctx, ACME, today=TODAY)


# ---------------------------------------------------------------- credential items


def test_cspt_competency_attestation_is_recorded(ctx: Context, ana: int) -> None:
    cspt = credentials.add_credential(
        ctx, ana, CredentialInput("ptcb-cspt", expires_on=D(2027, 3, 31))
    ).value
    outcome = credentials.record_item(
        ctx,
        cspt.id,
        "competency-attestation",
        D(2026, 10, 1),
        note="Signed by R. Diaz",
        today=TODAY,
    )
    assert outcome.changes.credentials == {cspt.id}
    [item] = credentials.list_items(ctx, cspt.id)
    assert (item.requirement_id, item.done_on, item.note) == (
        "competency-attestation",
        D(2026, 10, 1),
        "Signed by R. Diaz",
    )
    assert item.label.startswith("Competency attestation")


def test_bad_items_are_refused(ctx: Context, ana: int) -> None:
    cspt = credentials.add_credential(
        ctx, ana, CredentialInput("ptcb-cspt", expires_on=D(2027, 3, 31))
    ).value
    cpht = credentials.add_credential(
        ctx, ana, CredentialInput("ptcb-cpht", expires_on=D(2027, 3, 31))
    ).value
    with pytest.raises(InvalidInput, match="known: competency-attestation"):
        credentials.record_item(ctx, cspt.id, "attestation", D(2026, 10, 1), today=TODAY)
    with pytest.raises(InvalidInput, match="no non-hour requirement"):
        credentials.record_item(ctx, cpht.id, "competency-attestation", D(2026, 10, 1), today=TODAY)
    with pytest.raises(InvalidInput, match="in the future"):
        credentials.record_item(ctx, cspt.id, "competency-attestation", D(2027, 1, 1), today=TODAY)
    with pytest.raises(NotFound):
        credentials.record_item(ctx, 99, "competency-attestation", D(2026, 10, 1), today=TODAY)
    with pytest.raises(NotFound):
        credentials.list_items(ctx, 99)
    assert _count(ctx, "credential_item") == 0


def test_a_custom_type_item_can_be_recorded(ctx: Context, ana: int) -> None:
    type_id = custom.add_custom_type(ctx, ACME, today=TODAY).value.id
    held = credentials.add_credential(ctx, ana, CredentialInput(type_id, D(2027, 6, 30))).value
    row = credentials.record_item(ctx, held.id, "item-1", D(2026, 5, 1), today=TODAY).value
    assert row.label == "Annual competency sign-off"


# ---------------------------------------------------------------- recognised programs


def _course(**kw: Any) -> ActivityInput:
    fields: dict[str, Any] = {
        "title": "TPV training program",
        "completed_on": D(2026, 3, 1),
        "hours": Hours.parse("8"),
        **kw,
    }
    return ActivityInput(**fields)


def test_recognized_program_end_to_end(ctx: Context, ana: int) -> None:
    row = activities.add_activity(
        ctx, ana, _course(recognized_program=" PTCB-Cert-TPV "), today=TODAY
    ).value
    assert row.recognized_program == "ptcb-cert-tpv"
    assert activities.get_activity(ctx, row.id).recognized_program == "ptcb-cert-tpv"
    cleared = activities.update_activity(ctx, row.id, _course(), today=TODAY).value
    assert cleared.recognized_program is None
    again = activities.update_activity(
        ctx, row.id, _course(recognized_program="ptcb-cspt"), today=TODAY
    ).value
    deleted = activities.delete_activity(ctx, again.id).value
    assert activities.restore_activity(ctx, deleted).value.recognized_program == "ptcb-cspt"
    assert "ptcb-cert-tpv" in program_choices(ctx)


def test_an_unknown_recognized_program_is_refused(ctx: Context, ana: int) -> None:
    for bad in ("ptcb-cert-nope", "ptcb-cpht"):
        with pytest.raises(InvalidInput) as err:
            activities.add_activity(ctx, ana, _course(recognized_program=bad), today=TODAY)
        assert err.value.field == "recognized program"
        assert "ptcb-cert-tpv" in err.value.problem
    assert _count(ctx, "activity") == 0


# ---------------------------------------------------------------- person_pathways


def test_person_pathways_reads_everything_from_the_database(ctx: Context, ana: int) -> None:
    # rules-reference 2.1, pathway 1: active CPhT + recognised program + 1 year full time.
    credentials.add_credential(ctx, ana, CredentialInput("ptcb-cpht", expires_on=D(2027, 3, 31)))
    activities.add_activity(
        ctx,
        ana,
        _course(
            title="Sterile compounding program",
            recognized_program="ptcb-cspt",
            tags=("sterile-compounding",),
        ),
        today=TODAY,
    )
    work.add_experience(
        ctx,
        ana,
        work.ExperienceInput(
            "IV technician", D(2025, 1, 1), hours_per_week=15, areas=("sterile-compounding",)
        ),
        today=TODAY,
    )
    work.add_experience(
        ctx,
        ana,
        work.ExperienceInput(
            "IV technician", D(2025, 1, 1), D(2025, 12, 31), 15, ("sterile-compounding",)
        ),
        today=TODAY,
    )
    view = person_pathways(ctx, ana, as_of=TODAY)
    cspt = next(p for p in view.pathways if p.id == "ptcb-cspt")
    assert cspt.eligible and not cspt.achieved
    assert len(cspt.routes_met) == 1
    areas = {a.id: a for a in view.areas}
    assert areas["iv-sterile"].hours == Hours.parse("8")
    assert person_pathways(ctx, ana, as_of=D(2025, 6, 1)).pathways[1].eligible is False
    with pytest.raises(NotFound):
        person_pathways(ctx, 99)


def test_a_stored_custom_type_is_read_as_strictly_as_a_catalog_file(ctx: Context) -> None:
    custom.add_custom_type(ctx, ACME, today=TODAY)
    with ctx.db.write() as session:  # by hand, as another program would (either backend)
        query = text("SELECT definition FROM custom_credential_type")
        data = json.loads(session.execute(query).scalar_one())
        data["cycle_month"] = data.pop("cycle_months")
        update = text("UPDATE custom_credential_type SET definition = :d")
        session.execute(update, {"d": json.dumps(data)})
    with pytest.raises(CatalogError) as err:
        custom.full_catalog(ctx)
    assert err.value.where == "cycle_month"
    assert "did you mean 'cycle_months'?" in err.value.problem


def test_a_custom_minimum_names_a_topic_acpe_defines(ctx: Context) -> None:
    fields = {"name": "Acme", "issuer": "Acme", "cycle_months": 12, "total_hours": Hours(600)}
    minimum = custom.MinHours(Hours(100), topic="42")
    with pytest.raises(InvalidInput, match="ACPE's: 01, 02") as err:
        custom.add_custom_type(ctx, custom.CustomTypeInput(**fields, minimums=(minimum,)))
    assert err.value.field == "minimum 1"
