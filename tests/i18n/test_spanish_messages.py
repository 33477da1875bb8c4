"""Messages of the lower layers in Spanish: input errors, topic and tag words, the database."""

from __future__ import annotations

import ast
import errno
import sqlite3
from pathlib import Path

import pytest

from rxtracker.db import database
from rxtracker.db.database import DatabaseTooNew
from rxtracker.domain import Hours, InvalidInput, NotFound, StorageError, parse_uan
from rxtracker.domain.errors import NOT_FOUND
from rxtracker.domain.tags import tag_label
from rxtracker.domain.topic_words import topic_text
from rxtracker.domain.uan import topic_label

pytestmark = pytest.mark.usefixtures("spanish")


def test_a_uan_error_names_the_part_in_spanish() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_uan("0197-0000-24-005")
    assert caught.value.field == "UAN"
    assert str(caught.value) == (
        "UAN: '0197-0000-24-005' tiene 4 parte(s) separadas por guiones; un UAN tiene 6, "
        "como 0123-0000-24-001-H03-T"
    )
    with pytest.raises(InvalidInput, match=r"la parte 6 \(público\) es 'X'; se esperaba: P"):
        parse_uan("0197-0000-24-005-H03-X")


def test_hours_errors_name_the_field_in_spanish() -> None:
    with pytest.raises(InvalidInput) as caught:
        Hours.parse("dos")
    assert (caught.value.field, str(caught.value)) == (
        "hours",
        "horas: 'dos' no es un número de horas",
    )


def test_a_record_not_found_is_told_whole_in_spanish() -> None:
    assert str(NotFound("person", 5)) == "persona: no existe la persona 5"
    assert str(NotFound("work experience", 3)) == (
        "experiencia laboral: no existe la experiencia laboral 3"
    )
    assert str(NotFound("login", "bo")) == "usuario: no existe el usuario 'bo'"


def test_what_the_system_said_is_told_in_spanish(tmp_path: Path) -> None:
    from rxtracker.domain.files import os_error_words

    with pytest.raises(OSError) as caught:
        (tmp_path / "nowhere.txt").read_text()
    assert os_error_words(caught.value) == "No existe ese archivo o carpeta"
    assert os_error_words(OSError(errno.EIO, "Input/output error")) == "Input/output error"


def test_every_kind_of_record_the_code_does_not_find_has_its_message() -> None:
    from rxtracker.services.changes import ENTITIES  # ``history`` names these

    root = Path(__file__).resolve().parents[2] / "rxtracker"
    named = {
        node.args[0].value
        for path in root.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "NotFound"
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(named) > 5
    assert {*named, *ENTITIES} <= NOT_FOUND.keys()


def test_topic_and_tag_words_in_spanish() -> None:
    assert topic_text("03") == "Legislación farmacéutica (tema 03)"
    assert topic_text("42") == "Tema 42 (no es un tema que conozcamos)"
    assert topic_label("03") == "03 Legislación"
    assert tag_label("human-trafficking") == "Prevención de la trata de personas"
    assert tag_label("my-own-tag") == "my own tag"  # a user's own tag is data


def test_a_newer_database_and_a_locked_one_are_told_in_spanish(tmp_path: Path) -> None:
    newer = tmp_path / "rxtracker.sqlite3"
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version=9999")
    con.close()
    with pytest.raises(DatabaseTooNew, match="fue escrito por una versión más nueva de rxtracker"):
        database._existing_version(newer)
    locked = database.storage_error(sqlite3.OperationalError("database is locked"), newer)
    assert isinstance(locked, StorageError)
    assert str(locked).startswith("Otro programa mantuvo ocupado rxtracker.sqlite3 durante ")
    assert "No se guardó nada." in str(locked)


def test_a_certificate_the_reader_refuses_is_told_in_spanish(tmp_path: Path) -> None:
    from rxtracker.exchange.certificates.limits import open_checked

    notes = tmp_path / "notas.txt"
    notes.write_text("no soy un certificado", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        open_checked(notes)
    assert str(caught.value) == "certificado: notas.txt no es un archivo PDF, PNG ni JPEG"
