"""Hostile and random files: every import and restore ends in a verdict or a clear error.

Never a traceback, never a changed database unless the user commits valid rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from rxtracker.domain import InvalidInput
from rxtracker.services import AppPaths, Context, PersonInput, open_context, people
from rxtracker.services import backup as backups
from rxtracker.services.imports import commit_import, preview_import
from tests.conftest import db_dump

HEADERS = [
    "Activity Date",
    "ACPE UAN",
    "CreditType",
    "Source",
    "Title",
    "Provider",
    "Topic Designators",
    "Live Hours",
    "Home Hours",
]
TODAY = dt.date(2026, 11, 25)
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

CELL = st.one_of(
    st.text(max_size=40),
    st.text(max_size=20).map(lambda t: t * 250),  # huge cells
    st.sampled_from(["=1+1", '=HYPERLINK("http://x")', "+SUM(A1)", "-2", "@cmd", "\t=x"]),
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.dates().map(lambda d: d.strftime("%m/%d/%Y")),
    st.from_regex(r"[0-9A-Z]{4}-[0-9]{4}-[0-9]{2}-[0-9]{3}-[A-Z][0-9]{2}-[PTX]", fullmatch=True),
)
ROW = st.lists(CELL, min_size=0, max_size=12)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[tuple[Context, int, Path]]:
    ctx = open_context(AppPaths.resolve(tmp_path / "data"))
    person = people.add_person(ctx, PersonInput("Ana")).value
    yield ctx, person.id, tmp_path
    ctx.close()


def _import_or_refuse(ctx: Context, person_id: int, path: Path) -> None:
    before = db_dump(ctx.paths.database)
    try:
        preview = preview_import(ctx, person_id, path, today=TODAY)
    except InvalidInput as exc:
        assert exc.problem
        assert db_dump(ctx.paths.database) == before
        return
    assert len(preview.rows) == len(preview.parsed)
    result = commit_import(ctx, preview, today=TODAY).value
    assert result.counts.added + result.counts.merged == len(result.activity_ids)


@FUZZ
@given(
    headers=st.one_of(st.just(HEADERS), st.permutations(HEADERS), ROW),
    rows=st.lists(ROW, max_size=15),
)
def test_random_csv(
    folder: tuple[Context, int, Path], headers: list[str], rows: list[list[str]]
) -> None:
    ctx, person_id, tmp = folder
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    writer.writerows(rows)
    path = tmp / "fuzz.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")
    _import_or_refuse(ctx, person_id, path)


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_random_bytes(folder: tuple[Context, int, Path], data: bytes, suffix: str) -> None:
    ctx, person_id, tmp = folder
    path = tmp / f"fuzz{suffix}"
    path.write_bytes(data)
    _import_or_refuse(ctx, person_id, path)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
@given(
    headers=st.one_of(st.just(HEADERS), st.permutations(HEADERS)),
    rows=st.lists(
        st.lists(
            st.one_of(
                CELL,
                st.integers(),
                st.floats(allow_nan=False),
                st.datetimes(),
                st.booleans(),
                st.none(),
            ),
            max_size=10,
        ),
        max_size=10,
    ),
)
def test_random_workbook(
    folder: tuple[Context, int, Path], headers: list[str], rows: list[list[object]]
) -> None:
    ctx, person_id, tmp = folder
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        # openpyxl cannot write control characters; a real workbook never holds them.
        sheet.append(
            [ILLEGAL_CHARACTERS_RE.sub("", v)[:32000] if isinstance(v, str) else v for v in row]
        )
    path = tmp / "fuzz.xlsx"
    book.save(path)
    _import_or_refuse(ctx, person_id, path)


ENTRY_NAME = st.one_of(
    st.sampled_from(
        [
            "rxtracker.sqlite3",
            "manifest.json",
            "certificates/a.pdf",
            "../evil",
            "/etc/passwd",
            "C:\\evil",
            "certificates/../../x",
            "a/../../b",
        ]
    ),
    st.text(min_size=1, max_size=30),
)


@FUZZ
@given(entries=st.lists(st.tuples(ENTRY_NAME, st.binary(max_size=300)), max_size=6))
def test_random_restore_archives(
    folder: tuple[Context, int, Path], entries: list[tuple[str, bytes]]
) -> None:
    ctx, _, tmp = folder
    path = tmp / "fuzz.zip"
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w") as archive:
        warnings.simplefilter("ignore")  # duplicate names are part of the attack
        for name, data in entries:
            try:
                archive.writestr(name, data)
            except (ValueError, UnicodeEncodeError, IndexError):  # names zipfile cannot write
                continue
    before = db_dump(ctx.paths.database)
    certificates = sorted(ctx.paths.certificates.iterdir())
    with pytest.raises(InvalidInput) as refused:
        backups.restore_backup(ctx, path)
    assert refused.value.field == "backup"
    assert db_dump(ctx.paths.database) == before
    assert sorted(ctx.paths.certificates.iterdir()) == certificates
    assert not (tmp.parent / "evil").exists()


# ---------------------------------------------------------------- roster and person archive

ROSTER_HEADERS = [
    "Name",
    "Email",
    "Role",
    "Home state",
    "Credential type",
    "Credential number",
    "Expiration",
]


@FUZZ
@given(
    headers=st.one_of(st.just(ROSTER_HEADERS), st.permutations(ROSTER_HEADERS), ROW),
    rows=st.lists(ROW, max_size=12),
)
def test_random_roster(
    folder: tuple[Context, int, Path], headers: list[str], rows: list[list[str]]
) -> None:
    from rxtracker.services.roster import commit_roster, preview_roster

    ctx, _, tmp = folder
    buffer = io.StringIO()
    csv.writer(buffer).writerows([headers, *rows])
    path = tmp / "roster.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")
    before = db_dump(ctx.paths.database)
    try:
        preview = preview_roster(ctx, path)
    except InvalidInput as exc:
        assert exc.problem
        assert db_dump(ctx.paths.database) == before
        return
    commit_roster(ctx, preview)
    people.list_people(ctx)  # whatever was written reads back


JSON_VALUE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**15), 10**15),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=50),
        st.text(max_size=10).map(lambda t: t * 500),
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=5,
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], Path]:
    """A real person archive: its payload and the folder of its certificate files."""
    import json

    from rxtracker.demo.records import build_demo
    from rxtracker.services.person_archive import export_person

    tmp = tmp_path_factory.mktemp("export")
    ctx = open_context(AppPaths.resolve(tmp / "data"))
    build_demo(ctx, as_of=TODAY)
    ana = people.find_person(ctx, "Ana Ruiz")
    archive = export_person(ctx, ana.id, tmp / "ana.zip").path
    ctx.close()
    unpacked = tmp / "unpacked"
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(unpacked)
    payload = json.loads(next(unpacked.rglob("*.json")).read_text())
    return payload, unpacked


def _mutate(
    payload: dict[str, object], path_choice: int, key_choice: int, value: object
) -> dict[str, object]:
    import copy

    data = copy.deepcopy(payload)
    containers: list[dict[str, object]] = [data["person"]]  # type: ignore[list-item]
    for key in ("credentials", "activities", "experience"):
        containers.extend(x for x in data.get(key, []) if isinstance(x, dict))  # type: ignore[union-attr]
        for item in data.get(key, []):  # type: ignore[union-attr]
            containers.extend(x for x in item.get("attachments", []) if isinstance(x, dict))
    target = containers[path_choice % len(containers)]
    keys = sorted(target)
    if keys:
        target[keys[key_choice % len(keys)]] = value
    return data


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
@given(path_choice=st.integers(0, 10_000), key_choice=st.integers(0, 10_000), value=JSON_VALUE)
def test_person_archive_with_a_hostile_payload(
    exported: tuple[dict[str, object], Path],
    tmp_path_factory: pytest.TempPathFactory,
    path_choice: int,
    key_choice: int,
    value: object,
) -> None:
    """A correctly signed archive whose person data was edited by hand, any field, any value."""
    import json

    from rxtracker.exchange.archive import write_archive
    from rxtracker.services.person_archive import PERSON_LAYOUT, import_person

    payload, unpacked = exported
    tmp = tmp_path_factory.mktemp("hostile")
    mutated = tmp / next(unpacked.rglob("*.json")).name
    mutated.write_text(json.dumps(_mutate(payload, path_choice, key_choice, value)))
    archive = tmp / "hostile.zip"
    write_archive(
        archive,
        mutated,
        sorted((unpacked / "certificates").iterdir()),
        app_version="0",
        schema_version=3,
        created_at=dt.datetime(2026, 11, 25),
        layout=PERSON_LAYOUT,
    )
    ctx = open_context(AppPaths.resolve(tmp / "data"))
    try:
        before = db_dump(ctx.paths.database)
        try:
            import_person(ctx, archive)
        except InvalidInput as exc:
            assert exc.problem
            assert db_dump(ctx.paths.database) == before
            assert list(ctx.paths.certificates.iterdir()) == []
        else:
            [person] = people.list_people(ctx)
            from rxtracker.services.activities import list_activities
            from rxtracker.services.status import person_status

            list_activities(ctx, person.id)
            person_status(ctx, person.id, TODAY)
    finally:
        ctx.close()
