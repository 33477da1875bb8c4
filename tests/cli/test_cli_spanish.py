"""Every command of the command line in Spanish, on a real demo database (issue 17).

Each command runs through the front door (``rxtracker --lang es ...``, as the other tests
here run commands) on a copy of one generated demo folder; so does the ``--help`` of every
command and action, and a few refusals. A line fails when, once the data is taken out
(names, titles, providers, file names, folders), it still holds English words: the
command line's own words and what other layers word for it alike (the engine's checklists,
notes and suggestions, the catalog's texts). English is what the other tests in this folder
assert, unchanged.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from rxtracker.__main__ import main
from rxtracker.catalog import load_builtin
from rxtracker.cli.main import build_parser
from rxtracker.cli.registry import COMMANDS
from tests.conftest import Cli, Result, make_pdf
from tests.exchange.files import CPE_HEADERS, cpe_row, write_xlsx

pytest.importorskip("rxtracker.language")  # Spanish needs Qt's translator (the .qm)

AS_OF = "2027-01-15"

#: Words that give an English sentence away; a Spanish line holds none of them once its
#: data is taken out ("no", "a", "de" are Spanish; "not", "to", "of" are not). A word
#: joined by a hyphen is an option or a value (``--as-of``, ``add-from-certificates``).
ENGLISH = re.compile(
    r"(?<![\w-])(the|and|with|of|to|is|are|for|by|from|yet|not|must|could|was|were|has"
    r"|have|Would|Imported|Wrote|Saved|Added|Deleted|Removed|Restored|Recorded|Nothing"
    r"|Read|Dry|Every|Note|Generated|Confirmed|Logged|Stored|Took|Renewed|added|merged"
    r"|skipped|rejected|Add|Merge|Skip|Reject)(?![\w-])"
)

# ------------------------------------------------------------------ the demo folder


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated demo folder (3 people, 2 years), copied for each test."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    argv = ["demo", "--out", str(folder), "--people", "3", "--years", "2", "--seed", "1"]
    with contextlib.redirect_stdout(io.StringIO()):
        assert main([*argv, "--as-of", AS_OF]) == 0
    return folder


@dataclass
class Spanish:
    """``rxtracker --lang es ARGV`` on the test's copy of the demo folder."""

    cli: Cli
    files: Path

    def __call__(self, *argv: str) -> Result:
        return self.cli("--lang", "es", *argv)


@pytest.fixture
def es(cli: Cli, demo_folder: Path, tmp_path: Path) -> Spanish:
    shutil.copytree(demo_folder, cli.data_dir)
    files = tmp_path / "files"
    files.mkdir()
    return Spanish(cli, files)


#: Proper names that hold an English word (kept as the boards write them): a jurisdiction and
#: the boards that issue credentials ("Texas State Board of Pharmacy").
PROPER_NAMES = ("District of Columbia", *sorted({t.issuer for t in load_builtin().all()}))


def data_of(folder: Path) -> set[str]:
    """What people typed or generated (names, titles, providers...)."""
    con = sqlite3.connect(folder / "rxtracker.sqlite3")
    try:
        queries = (
            "select name, email from person",
            "select title, provider, notes, verification_note from activity",
            "select original_name from attachment",
            "select role, setting, notes from work_experience",
        )
        return {str(v) for q in queries for row in con.execute(q) for v in row if v}
    finally:
        con.close()


def english_lines(text: str, data: set[str]) -> list[str]:
    """The lines of ``text`` still in English once ``data`` is taken out."""
    taken_out = sorted({*data, *PROPER_NAMES}, key=len, reverse=True)
    found = []
    for line in text.splitlines():
        bare = line
        for value in taken_out:
            bare = bare.replace(value, "·")
        if ENGLISH.search(bare):
            found.append(line)
    return found


def assert_spanish(result: Result, data: set[str]) -> None:
    english = english_lines(result.out + result.err, data)
    assert english == [], "\n".join(english)


# ------------------------------------------------------------------ each command

#: Steps of one case: the command line after ``--lang es``, with ``{files}`` for the test's
#: folder of files; then the exit status expected.
Step = tuple[tuple[str, ...], int]


@dataclass(frozen=True)
class Case:
    """A few commands run one after the other, every output read."""

    steps: tuple[Step, ...]


def case(*argvs: str | tuple[str, int]) -> Case:
    """``case("person list", ("status Nadie", 2))``: each step split on spaces."""
    steps = []
    for item in argvs:
        text, code = (item, 0) if isinstance(item, str) else item
        steps.append((tuple(text.split()), code))
    return Case(tuple(steps))


CASES = {
    "people": case(
        "person list",
        "person add Lucía_Gómez --state TX",
        "person edit 1 --email raj@example.org",
        "person deactivate 2",
        "person reactivate 2",
        "person remove 3 --yes",
        "person restore 3",
    ),
    "person archive": case(
        "person export 1 --out {files}/raj.zip",
        ("person export 1 --out {files}/raj.txt", 2),
        "--data-dir {files}/otra person add Ana_Ruiz",
        "--data-dir {files}/otra person export Ana --out {files}/ana.zip",
        "person import-archive {files}/ana.zip",
    ),
    "roster": case(
        "person import {files}/roster.csv --dry-run",
        "person import {files}/roster.csv",
    ),
    "credentials": case(
        "credential list",
        "credential list 3",
        "credential types",
        "credential add 1 ptcb-cspt --expires 2027-12-31",
        "credential add 1 ptcb-cert-tpv",
        "credential edit 1 --number 555",
        ("credential edit 1", 2),
        "credential renew 2 --expires 2028-11-30",
        "credential remove 5 --yes",
        "credential restore 5",
        "credential attest 7 competency-attestation --date 2026-12-01",
        "credential items 7",
        "credential custom-add --name Capacitación_anual --issuer Acme --cycle-months 12 "
        "--hours 10 --min-tag law=2",
        ("credential custom-add --name X --issuer Y --cycle-months 12 --hours 1 --min-tag law", 2),
    ),
    "activities": case(
        "ce list 1",
        "ce add 1 --title Ley_de_farmacia --date 2026-12-01 --hours 1.5",
        ("ce add 1 --title Ley_de_farmacia --date 2026-12-01", 2),
        "ce edit 5 --hours 2",
        ("ce edit 5", 2),
        "ce attach 5 {files}/certificado.pdf",
        "ce detach 5",
        "ce delete 5",
        "ce restore 5",
        "ce verify 121 --by 1",  # Omar's course, checked by Raj (a supervisor)
        "ce return 122 --note Falta_el_certificado --by 1",
        "history activity 5",
    ),
    "certificates": case(
        "ce read {files}/certificado.pdf",
        ("ce add 1 --from-certificate {files}/certificado.pdf", 2),
    ),
    "import": case(
        "ce import 1 {files}/CPEMonitor.xlsx --dry-run",
        "ce import 1 {files}/CPEMonitor.xlsx",
        ("ce import 1 {files}/CPEMonitor.xlsx --map title", 2),
        ("ce import 1 {files}/CPEMonitor.xlsx --map colour=Title", 2),
        "ce reconcile 1",
    ),
    "status and plans": case(
        "status --as-of " + AS_OF,
        "plan 3 --as-of " + AS_OF,
        "next 3 --as-of " + AS_OF,
        "remind --as-of " + AS_OF,
        ("remind --days 200 --as-of " + AS_OF, 1),
        ("status Nadie", 2),
    ),
    "experience and pathways": case(
        "experience add 3 --role Técnica --start 2019-03-01 --area sterile-compounding",
        "experience add 3 --role Técnica --start 2015-01-01 --end 2018-12-31",
        "experience list 3",
        "experience remove 2",
        "pathways 3 --as-of " + AS_OF,
    ),
    "exports and backups": case(
        "export csv 1 --out {files}/raj.csv",
        "export ics --out {files}/todos.ics",
        "export ics 2 --out {files}/omar.ics",
        "report 1 --out {files}/raj.pdf",
        ("report 1 --out {files}/raj.pdf --as-of " + AS_OF, 2),
        "backup --out {files}/copia.zip",
        "restore {files}/copia.zip",
    ),
    "team": case(
        "team status --as-of " + AS_OF,
        ("team status --expiring-within 5000", 2),
        "team packets --out {files}/paquetes --as-of " + AS_OF,
        "report team --out {files}/equipo.csv --as-of " + AS_OF,
        "report team --out {files}/equipo.pdf --as-of " + AS_OF,
        ("report team --out {files}/equipo.txt", 2),
    ),
    "renewal": case(
        ("renewal ready 3 --as-of " + AS_OF, 1),
        "renewal show 3 ptcb-cpht --as-of " + AS_OF,
        "renewal confirm 3 ptcb-cpht birthday",
        "renewal audit 3 ptcb-cpht --on 2026-12-01 --due 2027-02-01 --as-of " + AS_OF,
    ),
    "rules": case(
        "rules list",
        "rules show wa-technician",
        ("rules check {files}/none.toml", 2),
        ("rules check {files}/nowhere.toml", 1),
        "rules show tx-technician",
        ("rules show nope", 2),
    ),
    "demo": case("demo --out {files}/demo --people 2 --years 1 --seed 3 --as-of " + AS_OF),
}


def _files(es: Spanish) -> None:
    """The files the cases read: a certificate, a CPE Monitor export, a roster."""
    make_pdf(es.files / "certificado.pdf", "Certificate of completion")
    rows: list[dict[str, object] | None] = [
        cpe_row("05/15/2026", "0197-0000-24-001-H03-T", "Texas pharmacy law update", home=1.5),
        cpe_row("05/15/2026", "0197-0000-24-001-H03-T", "Texas pharmacy law update", home=1.5),
        cpe_row("02/30/2026", "0197-0000-24-003-H05-T", "Bad date"),
    ]
    write_xlsx(es.files / "CPEMonitor.xlsx", CPE_HEADERS, rows)
    (es.files / "roster.csv").write_text(
        "Name,Email,Role,Home state,Credential type,Credential number,Expiration\n"
        "Marta Díaz,,technician,TX,tx-technician,T-1,2027-04-30\n"
        "Zed,,wizard,TX,,,\n",
        encoding="utf-8",
    )
    (es.files / "none.toml").write_text("id = 3\n", encoding="utf-8")


@pytest.mark.parametrize("name", CASES)
def test_every_command_answers_in_spanish(es: Spanish, name: str) -> None:
    _files(es)
    for argv, code in CASES[name].steps:
        words = [a.replace("_", " ").format(files=es.files) for a in argv]
        before = data_of(es.cli.data_dir)  # a deleted record is named once more
        result = es(*words)
        assert result.code == code, (words, result.out, result.err)
        data = {*before, *data_of(es.cli.data_dir), str(es.files), str(es.cli.data_dir)}
        assert_spanish(result, data)


# ------------------------------------------------------------------ help


def _actions(parser: argparse.ArgumentParser) -> list[str]:
    """The names of a command's actions (``add``, ``list``...), none for a plain command."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def _every_help() -> Iterator[tuple[str, ...]]:
    parser = build_parser(every_command=True)
    for name, command in next(
        a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction)
    ).items():
        yield (name,)
        for action in _actions(command):
            yield (name, action)


def test_every_help_is_in_spanish(es: Spanish) -> None:
    helps: list[tuple[str, ...]] = [(), *_every_help()]
    assert {h[0] for h in helps if h} == set(COMMANDS)
    for words in helps:
        result = es(*words, "--help")
        assert result.code == 0, (words, result.err)
        assert result.out.startswith("uso: rxtracker"), words
        english = english_lines(result.out, set())
        assert english == [], f"{' '.join(words)} --help:\n" + "\n".join(english)


# ------------------------------------------------------------------ the check itself


def test_the_check_finds_english_and_spares_data() -> None:
    data = {"Ethics and Jurisprudence", "Great Lakes College of Pharmacy"}
    text = (
        "Se guardó la actividad 5 (Ethics and Jurisprudence, 1 dic 2026, 2 horas).\n"
        "Wrote 3 activities of Raj Hughes to /tmp/x.csv.\n"
        "  [ ] 3 years of work experience as a pharmacy technician: no time counted\n"
        "  [ ] 3 años de experiencia laboral como técnico de farmacia: contado: nada\n"
        "Proveedor: Great Lakes College of Pharmacy\n"
    )
    assert english_lines(text, data) == [
        "Wrote 3 activities of Raj Hughes to /tmp/x.csv.",
        "  [ ] 3 years of work experience as a pharmacy technician: no time counted",
    ]


def test_english_is_unchanged_on_the_same_folder(es: Spanish) -> None:
    english = es.cli  # the same folder, no --lang
    assert english("ce", "edit", "5", "--hours", "2").out.startswith("Saved activity 5 (")
    assert english("export", "ics", "--out", str(es.files / "all.ics")).out.startswith(
        "Wrote 16 renewal dates (everybody)"
    )
    assert english("team", "status", "--as-of", AS_OF).out.startswith("As of 2027-01-15: ")


def test_the_sentences_read_as_a_technician_reads_them(es: Spanish) -> None:
    edited = es("credential", "edit", "1", "--number", "555").out
    assert edited == (
        "Se guardó Técnico de Farmacia Certificado de PTCB (CPhT) n.º 555 "
        "(id 1, vence el 31 ene 2028).\n"
    )
    deleted = es("ce", "delete", "5").out
    assert deleted.startswith("Se eliminó la actividad 5 (") and ", 22 feb 2026, " in deleted
    assert deleted.endswith("; `rxtracker ce restore 5` la recupera.\n")
    work = es("experience", "add", "3", "--role", "Técnica", "--start", "2019-03-01").out
    assert work == "Se registró Técnica para Aisha Shah: 1 mar 2019 – actualidad (id 1).\n"
    report = es("report", "team", "--out", str(es.files / "equipo.pdf"), "--as-of", AS_OF).out
    assert report.startswith("Se escribió el informe del equipo al 15 ene 2027 en ")
    assert report.endswith(": 7 líneas, 1 vence pronto, 2 páginas.\n")
    ready = es("renewal", "ready", "3", "ptcb-cspt", "--as-of", AS_OF).out
    assert ready.startswith(
        "Técnico Certificado en Preparaciones Estériles Compuestas de PTCB (CSPT): "
        "todavía no puede solicitar la renovación (al 15 ene 2027)\n"
    )


def test_the_history_names_fields_and_values_in_spanish(es: Spanish) -> None:
    assert es("ce", "verify", "121", "--by", "1").code == 0
    history = es("history", "activity", "121").out.splitlines()
    assert " UTC  Cambiado por " in history[-5]
    assert history[-4] == "    la verificación: aún sin revisar -> verificada"
    assert history[-1].startswith("    el usuario que verificó: — -> ")


def test_the_tables_write_dates_the_locales_way(es: Spanish) -> None:
    expires = es("credential", "list", "1").out.splitlines()
    assert any(line.endswith(" 31 ene 2028") for line in expires), expires
    assert "2028-01-31" in es.cli("credential", "list", "1").out  # English: ISO, as always
    assert es("credential", "list", "1", "--json").json()[-1]["expires"] == "2028-01-31"
    team = es("team", "status", "--as-of", AS_OF).out
    assert "30 nov 2026" in team and "2026-11-30" not in team
