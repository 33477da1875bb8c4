"""The reports, exports and messages in Spanish: the PDFs read back, the calendar, the CSV."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from rxtracker.domain import Hours, InvalidInput, parse_date
from rxtracker.exchange.mapping import Field
from rxtracker.services import (
    ActivityInput,
    Context,
    CredentialInput,
    PersonInput,
    activities,
    credentials,
    people,
)
from rxtracker.services.exports import export_activities_csv, export_calendar
from rxtracker.services.imports import preview_import
from rxtracker.services.reminders.check import check_reminders
from rxtracker.services.report import audit_report
from rxtracker.services.team_report import team_report
from tests.conftest import make_pdf

TODAY = dt.date(2026, 11, 25)
ENGLISH_HEADINGS = (
    "Continuing-education audit packet",
    "Compliance summary",
    "Certificates",
    "CE activities",
    "Plan to finish on time",
    "Team compliance report",
    "Whole team",
    "Expiring soon",
)


@pytest.fixture
def ana(ctx: Context, tmp_path: Path) -> int:
    """A technician with a PTCB certification, three courses and one certificate file."""
    person = people.add_person(ctx, PersonInput("Ana Ruiz", ptcb_number="123456")).value.id
    credentials.add_credential(
        ctx, person, CredentialInput("ptcb-cpht", dt.date(2027, 3, 31), number="123456")
    )
    log = [
        ("Ley de farmacia", dt.date(2025, 5, 3), "2", "0126-0000-25-011-L03-T"),
        ("Seguridad", dt.date(2025, 7, 20), "1.5", "0197-0000-25-044-H05-T"),
        ("Inmunización", dt.date(2026, 1, 5), "1", None),
    ]
    for title, day, hours, uan in log:
        activities.add_activity(
            ctx,
            person,
            ActivityInput(title, day, Hours.parse(hours), provider="Academia", uan=uan),
            certificate=make_pdf(tmp_path / f"{day}.pdf", title) if uan else None,
            today=TODAY,
        )
    return person


def _pdf_text(path: Path, pages: slice = slice(None)) -> str:
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages[pages])
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.usefixtures("spanish")
def test_the_audit_packet_reads_back_in_spanish(
    ctx: Context, ana: int, tmp_path: Path, qapp: object
) -> None:
    from rxtracker.printing.pdf import render_packet

    out = tmp_path / "paquete.pdf"
    result = render_packet(audit_report(ctx, ana, as_of=TODAY), out)
    text = _pdf_text(out, slice(0, result.report_pages))
    for heading in (
        "Paquete de educación continua (EC) para auditoría",
        "Resumen de cumplimiento",
        "Requisitos de PTCB Certified Pharmacy Technician (CPhT) para este ciclo",
        "Actividades de EC, del 04/01/2025 al 03/31/2027",
        "Certificados",
        "Huella SHA-256",
        "Número de PTCB",
    ):
        assert heading in text, heading
    assert "preparado el 25 nov 2026 con rxtracker" in text  # a Spanish date
    assert "Ana Ruiz · 3 actividades, 4.5 horas" in text
    assert "ninguno (no ACPE)" in text
    assert not [h for h in ENGLISH_HEADINGS if h in text]
    caption = _pdf_text(out, slice(result.report_pages, None))
    assert "Anexo 1" in caption and "Certificado de «Ley de farmacia»" in caption


@pytest.mark.usefixtures("spanish")
def test_the_team_report_reads_back_in_spanish(
    ctx: Context, ana: int, tmp_path: Path, qapp: object
) -> None:
    from rxtracker.printing.pdf import render_team_report

    out = tmp_path / "equipo.pdf"
    render_team_report(team_report(ctx, TODAY), out)
    text = _pdf_text(out)
    for words in (
        "Informe del equipo sobre cumplimiento",
        "Al 25 nov 2026 · 1 persona, 1 credencial",
        "Vencen pronto: fecha límite en los próximos 60 días",
        "Todo el equipo",
        "Persona",
        "Credencial",
        "Fecha límite",
        "técnico",
        "N.o 123456",  # N.º read back in NFKC
        "1 persona necesita atención (credenciales: ",
    ):
        assert words in text, words
    assert not [h for h in ENGLISH_HEADINGS if h in text]
    assert PdfReader(out).metadata.title == "Informe del equipo sobre cumplimiento"


@pytest.mark.usefixtures("spanish")
def test_the_calendar_events_are_in_spanish(ctx: Context, ana: int, tmp_path: Path) -> None:
    out = tmp_path / "fechas.ics"
    stamp = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    export_calendar(ctx, out, person_id=ana, as_of=TODAY, now=stamp)
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Renovaciones de rxtracker: Ana Ruiz"
    events = calendar.walk("VEVENT")
    for event in events:
        assert str(event["DESCRIPTION"]).startswith(
            "La credencial PTCB Certified Pharmacy Technician (CPhT) (N.º 123456) de Ana Ruiz "
            "vence el 31 mar 2027. Al 25 nov 2026: "
        )
    alarms = [str(a["DESCRIPTION"]) for e in events for a in e.walk("VALARM")]
    assert any(a.endswith("(en 30 días)") for a in alarms)
    assert any(a.endswith("(en 1 día)") for a in alarms)


@pytest.mark.usefixtures("spanish")
def test_the_csv_export_has_spanish_headers_and_imports_back(
    ctx: Context, ana: int, tmp_path: Path
) -> None:
    out = tmp_path / "registro.csv"
    export_activities_csv(ctx, ana, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["Fecha de finalización"] == "2025-05-03"
    assert rows[0]["UAN de ACPE"] == "0126-0000-25-011-L03-T"
    bo = people.add_person(ctx, PersonInput("Bo Li")).value.id
    preview = preview_import(ctx, bo, out, today=TODAY)
    assert preview.mapping.columns[Field.DATE] == "Fecha de finalización"
    assert preview.mapping.columns[Field.HOURS] == "Horas"
    assert preview.mapping.columns[Field.UAN] == "UAN de ACPE"
    assert (preview.counts.added, preview.counts.rejected) == (3, 0)


@pytest.mark.usefixtures("spanish")
def test_an_input_error_names_its_field_in_spanish() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date("mañana")
    assert caught.value.field == "date"  # code still matches the English id
    assert str(caught.value).startswith("fecha: 'mañana' no es una fecha; escríbala así: ")
    with pytest.raises(InvalidInput, match="fecha: febrero de 2026 tiene 28 días"):
        parse_date("02/30/2026")


@pytest.mark.usefixtures("spanish")
def test_service_sentences_in_spanish(ctx: Context, ana: int) -> None:
    assert people.person_record_counts(ctx, ana) == "1 credencial y 3 actividades"
    with pytest.raises(InvalidInput, match="no hay ninguna persona llamada 'Zoe'"):
        people.find_person(ctx, "Zoe")
    found = check_reminders(ctx, TODAY, horizon=365)
    assert [r.message for r in found.reminders] == [
        "PTCB CPhT: presente la solicitud a más tardar el 2027-03-01 (96 días). Todavía falta: "
        + "; ".join(audit_report(ctx, ana, as_of=TODAY).packet.missing)
        + "."
    ]


@pytest.mark.usefixtures("spanish")
def test_the_import_preview_says_why_in_spanish(ctx: Context, ana: int, tmp_path: Path) -> None:
    source = tmp_path / "cursos.csv"
    source.write_text(
        "Date,Title,Hours\n13/45/2026,Curso A,1\n03/01/2026,Curso B,1\n03/01/2026,Curso B,1\n",
        encoding="utf-8",
    )
    preview = preview_import(ctx, ana, source, today=TODAY)
    assert [r.reason for r in preview.rows] == [
        "Date: '13/45/2026' no es una fecha real del calendario",
        "actividad nueva",
        "coinciden el título, la fecha y las horas con la fila 3 de este archivo",
    ]
    assert preview.counts.sentence() == (
        "1 agregadas, 0 combinadas, 1 omitidas por duplicadas, 1 rechazadas"
    )
