"""Broken, hostile and foreign archives refused in Spanish, each message naming the problem.

Every archive here is made by the real writer (a backup, a person archive), then changed the
way a cut-short copy, an older or newer rxtracker, a hand edit or an attacker would change it,
and given to the services the restore and import dialogs (and the command line) call.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from rxtracker.domain import Hours, InvalidInput
from rxtracker.services import (
    ActivityInput,
    AppPaths,
    Context,
    PersonInput,
    activities,
    open_context,
    people,
)
from rxtracker.services.backup import create_backup, preview_backup, restore_backup
from rxtracker.services.person_archive import export_person, import_person, preview_person
from rxtracker.services.verification import return_activity, verify_activity
from tests.conftest import make_pdf

pytestmark = pytest.mark.usefixtures("spanish")

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def ana(sqlite_ctx: Context, tmp_path: Path) -> int:
    """Ana Ruiz with one course and its certificate."""
    person = people.add_person(sqlite_ctx, PersonInput("Ana Ruiz", home_state="TX")).value.id
    course = ActivityInput("Texas law", dt.date(2026, 1, 10), Hours(150))
    pdf = make_pdf(tmp_path / "cert.pdf", "Certificate Texas law")
    activities.add_activity(sqlite_ctx, person, course, certificate=pdf, today=TODAY)
    return person


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Context]:
    """Another workplace's empty data folder."""
    context = open_context(AppPaths.resolve(tmp_path / "elsewhere"))
    yield context
    context.close()


def _refusal(call: Callable[[], object]) -> str:
    with pytest.raises(InvalidInput) as caught:
        call()
    return str(caught.value)


def _rewrite(
    archive: Path,
    out: Path,
    *,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    person: Callable[[dict[str, Any]], None] | None = None,
    extra: tuple[str, bytes] | None = None,
) -> Path:
    """A copy of ``archive`` changed; person.json's size and sha256 follow its change."""
    with zipfile.ZipFile(archive) as src:
        entries = {i.filename: src.read(i) for i in src.infolist()}
    listed = json.loads(entries["manifest.json"])
    if person is not None:
        body = json.loads(entries["person.json"])
        person(body)
        entries["person.json"] = json.dumps(body).encode()
        for f in listed["files"]:
            if f["name"] == "person.json":
                f["size"] = len(entries["person.json"])
                f["sha256"] = hashlib.sha256(entries["person.json"]).hexdigest()
    if manifest is not None:
        manifest(listed)
    entries["manifest.json"] = json.dumps(listed).encode()
    if extra is not None:
        entries[extra[0]] = extra[1]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries.items():
            dst.writestr(name, data)
    return out


# ---------------------------------------------------------------- backups


def test_a_cut_short_backup_is_not_a_zip_archive(
    sqlite_ctx: Context, ana: int, tmp_path: Path
) -> None:
    backup = create_backup(sqlite_ctx, tmp_path / "copia.zip").path
    cut = tmp_path / "cortada.zip"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    message = _refusal(lambda: restore_backup(sqlite_ctx, cut))
    assert message == "copia de seguridad: cortada.zip no es un archivo zip"
    assert [p.name for p in people.list_people(sqlite_ctx)] == ["Ana Ruiz"]


def test_a_backup_of_a_newer_rxtracker_says_to_install_it(
    sqlite_ctx: Context, ana: int, tmp_path: Path
) -> None:
    backup = create_backup(sqlite_ctx, tmp_path / "copia.zip").path

    def newer(listed: dict[str, Any]) -> None:
        listed["schema_version"] = 999

    future = _rewrite(backup, tmp_path / "futura.zip", manifest=newer)
    message = _refusal(lambda: preview_backup(sqlite_ctx, future))
    assert message.startswith(
        "copia de seguridad: futura.zip se hizo con un rxtracker más nuevo (esquema 999; "
        "esta versión lee hasta el "
    )
    assert message.endswith("); instale el rxtracker más nuevo para abrirlo")


def test_a_backup_entry_that_climbs_out_of_the_folder_is_refused(
    sqlite_ctx: Context, ana: int, tmp_path: Path
) -> None:
    backup = create_backup(sqlite_ctx, tmp_path / "copia.zip").path
    hostile = _rewrite(backup, tmp_path / "hostil.zip", extra=("../../.bashrc", b"rm -rf ~"))
    message = _refusal(lambda: restore_backup(sqlite_ctx, hostile))
    assert message == (
        "copia de seguridad: se rechazó: la entrada '../../.bashrc' apunta fuera de la copia "
        "de seguridad"
    )
    assert not (tmp_path.parent / ".bashrc").exists()


def test_a_person_archive_is_not_a_backup_nor_a_backup_a_person_archive(
    sqlite_ctx: Context, ana: int, tmp_path: Path
) -> None:
    archive = export_person(sqlite_ctx, ana, tmp_path / "ana.zip").path
    message = _refusal(lambda: restore_backup(sqlite_ctx, archive))
    assert message == "copia de seguridad: se rechazó: entrada inesperada 'person.json'"
    backup = create_backup(sqlite_ctx, tmp_path / "copia.zip").path
    message = _refusal(lambda: preview_person(sqlite_ctx, backup))
    assert message == "archivo comprimido: se rechazó: entrada inesperada 'rxtracker.sqlite3'"

    def person_kind(listed: dict[str, Any]) -> None:
        listed["kind"] = "person"

    relabelled = _rewrite(backup, tmp_path / "otra.zip", manifest=person_kind)
    message = _refusal(lambda: restore_backup(sqlite_ctx, relabelled))
    assert message == (
        "copia de seguridad: este archivo es de tipo «archivo de registros» de rxtracker, "
        "no una copia de seguridad"
    )


# ---------------------------------------------------------------- person archives


def test_a_row_that_breaks_a_rule_is_named_with_its_record_and_field(
    sqlite_ctx: Context, ana: int, tmp_path: Path, elsewhere: Context
) -> None:
    archive = export_person(sqlite_ctx, ana, tmp_path / "ana.zip").path

    def cycle_backwards(body: dict[str, Any]) -> None:
        body["credentials"] = [
            {
                "type_id": "ptcb-cpht",
                "expires_on": "2027-03-31",
                "past_cycles": [
                    {"cycle_start": "2025-04-01", "expires_on": "2023-03-31",
                     "renewed_on": "2025-03-01"},
                ],
            }
        ]  # fmt: skip

    broken = _rewrite(archive, tmp_path / "ciclo.zip", person=cycle_backwards)
    message = _refusal(lambda: import_person(elsewhere, broken))
    assert message == (
        "archivo comprimido: la credencial 'ptcb-cpht' en person.json: comienzo del ciclo "
        "anterior: 2025-04-01 es posterior a su vencimiento, 2023-03-31"
    )

    def future_course(body: dict[str, Any]) -> None:
        body["activities"][0]["completed_on"] = "2099-01-01"

    broken = _rewrite(archive, tmp_path / "futuro.zip", person=future_course)
    message = _refusal(lambda: import_person(elsewhere, broken))
    assert message.startswith("archivo comprimido: la actividad 'Texas law' en person.json: ")
    assert "2099-01-01" in message and "futur" in message
    assert people.list_people(elsewhere) == []


def test_a_damaged_certificate_record_and_a_missing_field_are_named(
    sqlite_ctx: Context, ana: int, tmp_path: Path, elsewhere: Context
) -> None:
    archive = export_person(sqlite_ctx, ana, tmp_path / "ana.zip").path

    def huge(body: dict[str, Any]) -> None:
        body["activities"][0]["attachments"][0]["size_bytes"] = 10**12

    broken = _rewrite(archive, tmp_path / "enorme.zip", person=huge)
    assert _refusal(lambda: import_person(elsewhere, broken)) == (
        "archivo comprimido: la actividad 'Texas law' en person.json: tamaño del certificado: "
        "1000000000000 no es el tamaño de un certificado"
    )

    def untitled(body: dict[str, Any]) -> None:
        del body["activities"][0]["title"]

    broken = _rewrite(archive, tmp_path / "sin-titulo.zip", person=untitled)
    assert _refusal(lambda: import_person(elsewhere, broken)) == (
        "archivo comprimido: la actividad 'None' en person.json: falta 'title'"
    )

    def renewal_fee(body: dict[str, Any]) -> None:
        body["credentials"] = [
            {
                "type_id": "ptcb-cpht",
                "expires_on": "2027-03-31",
                "renewal_events": [{"step": "applied", "happened_on": "2026-02-01", "fee": 5}],
            }
        ]

    broken = _rewrite(archive, tmp_path / "tarifa.zip", person=renewal_fee)
    assert _refusal(lambda: import_person(elsewhere, broken)) == (
        "archivo comprimido: la credencial 'ptcb-cpht' en person.json: tarifa de la "
        "renovación: no es texto"
    )


def test_too_many_records_and_a_wrong_shape_are_told_in_spanish(
    sqlite_ctx: Context, ana: int, tmp_path: Path, elsewhere: Context
) -> None:
    archive = export_person(sqlite_ctx, ana, tmp_path / "ana.zip").path

    def tagged(body: dict[str, Any]) -> None:
        body["activities"][0]["tags"] = [f"tag-{n}" for n in range(51)]

    broken = _rewrite(archive, tmp_path / "etiquetas.zip", person=tagged)
    assert _refusal(lambda: import_person(elsewhere, broken)) == (
        "archivo comprimido: person.json contiene más de 50 tags en uno de sus registros de "
        "activities; un archivo de registros contiene como máximo 50"
    )

    def nobody(body: dict[str, Any]) -> None:
        del body["person"]

    broken = _rewrite(archive, tmp_path / "nadie.zip", person=nobody)
    assert _refusal(lambda: import_person(elsewhere, broken)) == (
        "archivo comprimido: no se puede leer person.json (no contiene ninguna persona)"
    )


def test_the_same_person_twice_is_refused_in_spanish(
    sqlite_ctx: Context, ana: int, tmp_path: Path, elsewhere: Context
) -> None:
    archive = export_person(sqlite_ctx, ana, tmp_path / "ana.zip").path
    import_person(elsewhere, archive)
    message = _refusal(lambda: import_person(elsewhere, archive))
    assert message.startswith("archivo comprimido: ")
    assert message.endswith("; no se importó nada")


def test_the_other_workplaces_check_is_kept_as_its_report_in_spanish(
    sqlite_ctx: Context, ana: int, tmp_path: Path, elsewhere: Context
) -> None:
    boss = people.add_person(sqlite_ctx, PersonInput("Dana Cole")).value.id
    course, second = (
        activities.add_activity(
            sqlite_ctx, ana, ActivityInput(title, dt.date(2026, 2, day), Hours(100)), today=TODAY
        ).value.id
        for title, day in (("Patient safety", 3), ("Sterile compounding", 4))
    )
    when = dt.datetime(2026, 3, 2, 15, 30)
    verify_activity(sqlite_ctx, course, by_person_id=boss, now=when)
    return_activity(sqlite_ctx, second, "sin certificado", by_person_id=boss, now=when)
    archive = export_person(sqlite_ctx, ana, tmp_path / "ana.zip").path
    imported = import_person(elsewhere, archive).value
    texts = {
        a.title: a.verification_text
        for a in activities.list_activities(elsewhere, imported.person_id)
    }
    assert texts["Patient safety"] == (
        "No revisada aquí; según el archivo de registros: verificada por Dana Cole el "
        "2 mar 2026 (revisada en el lugar de trabajo de Dana Cole)"
    )
    assert texts["Sterile compounding"] == (
        "No revisada aquí; según el archivo de registros: devuelta por Dana Cole el 2 mar 2026 "
        'con la nota "sin certificado" (revisada en el lugar de trabajo de Dana Cole)'
    )
    here = {a.title: a.verification_text for a in activities.list_activities(sqlite_ctx, ana)}
    assert here["Patient safety"] == "Verificada por Dana Cole el 2 mar 2026"
    assert here["Sterile compounding"] == "Devuelta por Dana Cole el 2 mar 2026: sin certificado"
