"""The command line in Spanish: ``--lang es`` and ``LANG=es_US.UTF-8`` (issue 17).

What a person reads is Spanish, with Spanish dates; what programs read (``--json``) stays
English. The English output is what the other CLI tests assert, unchanged.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

pytest.importorskip("rxtracker.language")  # Spanish needs Qt's translator (the .qm)

AS_OF = "2027-01-15"


@pytest.fixture
def ana(cli: Cli) -> Cli:
    """Ana: a PTCB CPhT (expires 2027-03-31) with 12.5 hours, law and patient safety missing."""
    steps = [
        ("person", "add", "Ana Ruiz", "--state", "TX"),
        ("credential", "add", "Ana Ruiz", "ptcb-cpht", "--expires", "2027-03-31"),
        (
            "ce",
            "add",
            "Ana Ruiz",
            "--title",
            "Drug therapy review",
            "--date",
            "2025-05-10",
            "--hours",
            "12.5",
            "--uan",
            "0204-0000-25-101-H01-T",
        ),
    ]
    for step in steps:
        result = cli(*step)
        assert result.code == 0, (step, result.err)
    return cli


def test_status_in_spanish(ana: Cli) -> None:
    result = ana("--lang", "es", "status", "--as-of", AS_OF)
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith("Ana Ruiz (id 1): situación al 15 ene 2027\n")
    assert "PTCB Certified Pharmacy Technician (CPhT): EN RIESGO" in out
    assert "Ciclo del 1 abr 2025 al 31 mar 2027; la renovación abre el 30 ene 2027" in out
    assert "solicite a más tardar el 1 mar 2027, quedan 45 días" in out
    assert "Horas: 12.5 de 20 contadas, faltan al menos 7.5" in out
    assert "  Falta:\n" in out
    assert "7.5 horas más de EC en total a más tardar el 31 mar 2027" in out
    assert "1 hora más de pharmacy law (ACPE topic 03) a más tardar el 31 mar 2027" in out
    for english in ("status on", "Cycle ", "Hours:", "Missing:", "more hours", "Notes:"):
        assert english not in out


def test_status_in_english_is_unchanged(ana: Cli) -> None:
    out = ana("status", "--as-of", AS_OF).out
    assert out.startswith("Ana Ruiz (id 1): status on 2027-01-15\n")
    assert "Cycle 2025-04-01 to 2027-03-31; renewal opens 2027-01-30" in out
    assert "7.5 more hours of CE in total by 2027-03-31" in out


def test_json_stays_english_whatever_the_language(ana: Cli) -> None:
    english = ana("status", "--as-of", AS_OF, "--json").out
    assert ana("--lang", "es", "status", "--as-of", AS_OF, "--json").out == english
    assert "7.5 more hours of CE in total by 2027-03-31" in english


def test_next_and_plan_in_spanish(ana: Cli) -> None:
    next_out = ana("--lang", "es", "next", "--as-of", AS_OF).out
    assert next_out.startswith("Ana Ruiz (id 1): qué tomar a continuación, al 15 ene 2027\n")
    plan_out = ana("--lang", "es", "plan", "--as-of", AS_OF).out
    assert plan_out.startswith("Ana Ruiz (id 1): plan al 15 ene 2027\n")
    assert "Mes a mes:" in plan_out and "01/2027" in plan_out


def test_nobody_yet_in_spanish(cli: Cli) -> None:
    out = cli("--lang", "es", "status").out
    assert out == "Todavía no hay nadie. Agregue una persona con `rxtracker person add NAME`.\n"


def test_help_in_spanish_with_argparse_words(cli: Cli) -> None:
    result = cli("--lang", "es", "--help")
    assert result.code == 0
    assert result.out.startswith("uso: rxtracker [-h]")
    assert "Seguimiento de educación continua (EC) y renovaciones" in result.out
    assert "argumentos posicionales:" in result.out and "\nopciones:\n" in result.out
    assert "mostrar esta ayuda y salir" in result.out
    assert "cómo está cada credencial y qué falta, para cuándo" in result.out
    status = cli("--lang", "es", "status", "--help").out
    assert "evaluar en este día (predeterminado: hoy)" in status
    assert "salida para programas (JSON)" in status


def test_a_bad_command_is_one_spanish_line(cli: Cli) -> None:
    result = cli("--lang", "es", "frobnicate")
    assert result.code == 2
    last = result.err.strip().splitlines()[-1]
    assert last.startswith("rxtracker: error: argumento COMMAND: opción no válida: 'frobnicate'")
    assert "(elija entre 'person'" in last
    assert result.err.startswith("uso: rxtracker")


def test_a_missing_argument_in_spanish(cli: Cli) -> None:
    result = cli("--lang", "es", "person", "add")
    assert result.code == 2
    assert "faltan estos argumentos obligatorios: name" in result.err


def test_an_error_the_cli_writes_in_spanish(cli: Cli) -> None:
    result = cli("--lang", "es", "status", "Nadie")
    assert result.code == 2
    assert result.err.startswith("rxtracker: error: ")


def test_lang_environment_in_a_real_process(tmp_path: Path) -> None:
    """``LANG=es_US.UTF-8 rxtracker ...``, as a person types it."""
    env = {**os.environ, "LANG": "es_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    run = [sys.executable, "-m", "rxtracker", "--data-dir", str(tmp_path)]
    done = subprocess.run(
        [*run, "status"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Todavía no hay nadie.")
    helped = subprocess.run(
        [*run, "--help"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert helped.stdout.startswith("uso: rxtracker")


def test_confirmations_and_tables_in_spanish(cli: Cli) -> None:
    assert cli("--lang", "es", "person", "add", "Ana Ruiz").out == "Se agregó a Ana Ruiz (id 1).\n"
    added = cli("--lang", "es", "credential", "add", "Ana", "ptcb-cpht", "--expires", "2027-03-31")
    assert added.out.endswith("para Ana Ruiz, vence el 31 mar 2027 (id 1).\n")
    logged = cli("--lang", "es", "ce", "add", "Ana", "--title", "Ley", "--date", "2026-01-05")
    assert logged.code == 2  # no hours: refused, nothing written
    cli("ce", "add", "Ana", "--title", "Ley", "--date", "2026-01-05", "--hours", "1.5")
    table = cli("--lang", "es", "ce", "list", "Ana").out
    assert table.startswith("ID  Fecha       Horas  Título")
    assert cli("ce", "list", "Ana").out.startswith("ID  Date        Hours  Title")


def test_a_cap_in_spanish(ana: Cli) -> None:
    ana(
        "ce",
        "add",
        "Ana Ruiz",
        "--title",
        "Pharmacology",
        "--date",
        "2025-08-01",
        "--hours",
        "6",
        "--uan",
        "0204-0000-25-104-H01-P",
    )
    out = ana("--lang", "es", "status", "--as-of", AS_OF).out
    assert (
        "Pharmacist-specific CE (UAN ending -P) (cuentan como máximo 5 horas): 5 h contadas" in out
    )
    assert "solo cuentan 5 de 6 horas" in out


def test_remind_in_spanish(cli: Cli) -> None:
    result = cli("--lang", "es", "remind", "--as-of", AS_OF, "--days", "30")
    assert result.out.startswith("Nada requiere atención al 15 ene 2027 (revisando 30 días")
