"""Person archives are untrusted input (issue 22, items 5, 8, 9, 12, 15).

Each archive here is made by a real `person export`, then changed the way a hand, a broken
tool or an attacker would change it, and given to `person import-archive` in another folder.
"""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli, kill_at_fault_pause, make_pdf


@pytest.fixture
def archive(cli: Cli, tmp_path: Path) -> Path:
    """Ana's archive: three activities, each with its own certificate."""
    assert cli("person", "add", "Ana Ruiz", "--state", "TX").code == 0
    for n in range(3):
        pdf = make_pdf(tmp_path / f"c{n}.pdf", f"Certificate {n}")
        added = cli(
            "ce", "add", "Ana Ruiz", "--title", f"Course {n}", "--date", f"2026-01-0{n + 1}",
            "--hours", "1", "--certificate", str(pdf),
        )  # fmt: skip
        assert added.code == 0, added.err
    out = tmp_path / "ana.zip"
    assert cli("person", "export", "Ana Ruiz", "--out", str(out)).code == 0
    return out


@pytest.fixture
def other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """Another workplace's empty data folder."""
    return Cli(tmp_path / "other", capsys)


def _stored(data_dir: Path) -> list[str]:
    folder = data_dir / "certificates"
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_a_killed_archive_import_leaves_no_certificate_after_the_next_start(
    archive: Path, other: Cli, tmp_path: Path
) -> None:
    assert other("person", "list").code == 0  # the folder exists, empty
    marker = tmp_path / "paused"
    command = [sys.executable, "-m", "rxtracker", "--data-dir", str(other.data_dir)]
    command += ["person", "import-archive", str(archive)]

    def published() -> None:  # inside the transaction, before the commit
        assert len(_stored(other.data_dir)) == 3

    kill_at_fault_pause(command, marker, published)
    assert other("person", "list", "--json").json() == []
    assert _stored(other.data_dir) == []
    imported = other("person", "import-archive", str(archive))
    assert imported.code == 0, imported.err
    assert len(_stored(other.data_dir)) == 3


Edit = Callable[[dict[str, Any]], None]


def _rewrite(
    archive: Path, out: Path, edit_manifest: Edit | None = None, edit_person: Edit | None = None
) -> Path:
    """A copy of ``archive`` with its manifest or person.json changed.

    The manifest's size and sha256 of person.json follow the change, as a careful forger's do.
    """
    with zipfile.ZipFile(archive) as src:
        entries = {i.filename: src.read(i) for i in src.infolist()}
    manifest = json.loads(entries["manifest.json"])
    if edit_person is not None:
        person = json.loads(entries["person.json"])
        edit_person(person)
        entries["person.json"] = json.dumps(person).encode()
        for f in manifest["files"]:
            if f["name"] == "person.json":
                f["size"] = len(entries["person.json"])
                f["sha256"] = hashlib.sha256(entries["person.json"]).hexdigest()
    if edit_manifest is not None:
        edit_manifest(manifest)
    entries["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries.items():
            dst.writestr(name, data)
    return out


def test_a_manifest_listing_a_file_twice_is_named(
    archive: Path, other: Cli, tmp_path: Path
) -> None:
    def twice(manifest: dict[str, Any]) -> None:
        manifest["files"].append(manifest["files"][-1])

    forged = _rewrite(archive, tmp_path / "twice.zip", edit_manifest=twice)
    result = other("person", "import-archive", str(forged))
    assert result.code == 2
    assert result.err.strip().startswith("rxtracker: error: archive: the manifest lists '")
    assert result.err.strip().endswith("' twice")
    assert other("person", "list", "--json").json() == []


# ---------------------------------------------------------------- bounds (item 9)

#: rxtracker's command line in a child process that reports its own peak memory (KB).
_MEASURED = (
    "import resource, sys; from rxtracker.__main__ import main; code = main(sys.argv[1:]); "
    "print('peak-kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); "
    "sys.exit(code)"
)


def _big_archive(archive: Path, out: Path, count: int, record: str) -> Path:
    """``archive`` with ``count`` copies of the activity JSON ``record``, written in pieces."""
    with zipfile.ZipFile(archive) as src:
        manifest = json.loads(src.read("manifest.json"))
        person = json.loads(src.read("person.json"))["person"]
    digest, size = hashlib.sha256(), 0
    tail = f'], "credentials": [], "experience": [], "person": {json.dumps(person)}}}'
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        with dst.open("person.json", "w") as body:
            for n, piece in enumerate(_pieces(count, record, tail)):
                data = piece.encode()
                digest.update(data)
                size += len(data)
                body.write(data)
                assert n < count + 2
        files = [{"name": "person.json", "size": size, "sha256": digest.hexdigest()}]
        dst.writestr("manifest.json", json.dumps({**manifest, "files": files}))
    return out


def _pieces(count: int, record: str, tail: str) -> Iterator[str]:
    yield '{"activities": ['
    for start in range(0, count, 1000):
        yield ",".join(record.replace("#N", str(n)) for n in range(start, min(count, start + 1000)))
        if start + 1000 < count:
            yield ","
    yield tail


def _measured(other: Cli, archive: Path) -> tuple[subprocess.CompletedProcess[str], int, float]:
    command = [sys.executable, "-c", _MEASURED, "--data-dir", str(other.data_dir)]
    started = time.monotonic()
    done = subprocess.run(
        [*command, "person", "import-archive", str(archive)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    seconds = time.monotonic() - started
    peak = int(done.stderr.rsplit("peak-kb ", 1)[1].split()[0])
    return done, peak // 1024, seconds


def _one_activity(archive: Path) -> str:
    with zipfile.ZipFile(archive) as src:
        activity = json.loads(src.read("person.json"))["activities"][0]
    activity.update(title="Course #N", attachments=[])
    return json.dumps(activity, indent=1)


@pytest.mark.parametrize(
    ("shape", "message"),
    [
        ("exported", "refused: person.json unpacks to 1"),  # 122 MB: refused before unpacking
        ("bare", "person.json holds more than 50,000 activities"),  # 600 KB: counted while read
    ],
)
def test_a_200000_activity_archive_is_refused_quickly_in_little_memory(
    archive: Path, other: Cli, tmp_path: Path, shape: str, message: str
) -> None:
    record = _one_activity(archive) if shape == "exported" else "{}"
    big = _big_archive(archive, tmp_path / f"{shape}.zip", 200_000, record)
    assert other("person", "list").code == 0
    done, peak_mb, seconds = _measured(other, big)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert peak_mb < 400 and seconds < 30, (peak_mb, seconds)
    assert other("person", "list", "--json").json() == []


def test_a_10000_activity_archive_imports_in_bounded_memory(
    archive: Path, other: Cli, tmp_path: Path
) -> None:
    big = _big_archive(archive, tmp_path / "10k.zip", 10_000, _one_activity(archive))
    done, peak_mb, seconds = _measured(other, big)
    assert done.returncode == 0, done.stderr
    assert "10000 activities" in done.stdout
    assert peak_mb < 400, peak_mb
    print(f"10,000-activity archive: {seconds:.1f} s, peak {peak_mb} MB")


# ---------------------------------------------------------------- every field checked (item 12)


#: 5 MB that do not compress (a repeated string would be refused as a zip bomb first).
_NOISE = random.Random(22).randbytes(2_500_000).hex()


def _first_attachment(field: str, value: object) -> Edit:
    def edit(person: dict[str, Any]) -> None:
        person["activities"][0]["attachments"][0][field] = value

    return edit


def _first_activity(field: str, value: object) -> Edit:
    def edit(person: dict[str, Any]) -> None:
        person["activities"][0][field] = value

    return edit


def _past_cycle(expires: str, renewed: str) -> Edit:
    def edit(person: dict[str, Any]) -> None:
        cycle = {"cycle_start": None, "expires_on": expires, "renewed_on": renewed, "notes": ""}
        person["credentials"] = [
            {"type_id": "ptcb-cpht", "expires_on": "2027-03-31", "past_cycles": [cycle]}
        ]

    return edit


def _item(requirement: str) -> Edit:
    def edit(person: dict[str, Any]) -> None:
        item = {"requirement_id": requirement, "done_on": "2026-01-02", "note": ""}
        person["credentials"] = [
            {"type_id": "ptcb-cpht", "expires_on": "2027-03-31", "items": [item]}
        ]

    return edit


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            _first_activity("recognized_program", "nasa-astronaut"),
            "recognized program: 'nasa-astronaut' is not a program rxtracker knows",
        ),
        (_item("moon-walk"), "requirement: 'moon-walk' is not an item of ptcb-cpht"),
        (
            _first_attachment("original_name", "../../etc/passwd\n-rf <script>" + _NOISE),
            "certificate file name: is 5,000,029 characters long; the limit is 255",
        ),
        (
            _first_attachment("original_name", "../../etc/passwd\n-rf <script>"),
            "certificate file name: '../../etc/passwd\\n-rf <script>' is not a file name",
        ),
        (_first_attachment("size_bytes", -5), "certificate size: -5 is not the size"),
        (_first_attachment("media_type", "text/html"), "is not of the type its name says"),
        (
            _first_activity("verification_note", "x" * 3000),
            "verification note: is 3000 characters long; the limit is 2000",
        ),
        (_first_activity("verification", "approved"), "'approved' is not a valid Verification"),
        (_first_activity("verified_at", "1900-01-01T00:00:00"), "verified at: 1900-01-01 is"),
        (_first_activity("cpe_monitor_seen_on", "2999-01-01"), "2999-01-01 is in the future"),
        (
            _past_cycle("2001-03-31", "1900-01-01"),
            "past cycle renewed on: 1900-01-01 is before 1970-01-01",
        ),
        (
            _past_cycle("1969-03-31", "2001-03-01"),
            "past cycle expires on: 1969-03-31 is before 1970-01-01",
        ),
    ],
)
def test_every_archived_field_gets_the_checks_of_typed_input(
    archive: Path, other: Cli, tmp_path: Path, edit: Edit, message: str
) -> None:
    forged = _rewrite(archive, tmp_path / "forged.zip", edit_person=edit)
    result = other("person", "import-archive", str(forged))
    assert result.code == 2, result.out
    assert message in result.err
    assert len(result.err) < 400  # one line, never the 5 MB value itself
    assert other("person", "list", "--json").json() == []
    assert _stored(other.data_dir) == []


def test_a_70_mb_verification_note_is_refused_before_it_is_unpacked(
    archive: Path, other: Cli, tmp_path: Path
) -> None:
    forged = _rewrite(
        archive,
        tmp_path / "note.zip",
        edit_person=_first_activity("verification_note", "x" * 70 * 1024**2),
    )
    result = other("person", "import-archive", str(forged))
    assert result.code == 2
    assert (
        "refused: person.json unpacks to 70 MB; a person archive's is at most 64 MB" in result.err
    )


# ---------------------------------------------------------------- reported checks (item 8)


def test_a_check_made_elsewhere_is_kept_as_the_archives_report_not_as_a_check_here(
    cli: Cli, other: Cli, tmp_path: Path
) -> None:
    """Dana Cole verified Ana's course at her workplace and its CPE Monitor export showed it;
    here, nobody has checked it: the import says so and keeps Dana Cole's check as a report."""
    for name in ("Ana Ruiz", "Dana Cole"):
        assert cli("person", "add", name).code == 0
    cli("ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-01-05", "--hours", "1")
    assert cli("ce", "verify", "1", "--by", "Dana Cole").code == 0
    out = tmp_path / "ana.zip"
    assert cli("person", "export", "Ana Ruiz", "--out", str(out)).code == 0
    seen = _rewrite(
        out, tmp_path / "seen.zip", edit_person=_first_activity("cpe_monitor_seen_on", "2026-02-01")
    )
    assert other("person", "import-archive", str(seen)).code == 0
    [activity] = other("ce", "list", "Ana Ruiz", "--json").json()
    assert activity["verification"] == "unverified"
    day = cli("ce", "list", "Ana Ruiz", "--json").json()[0]["verification_text"].split(" on ")[1]
    report = (
        f"reported by the archive: verified by Dana Cole on {day} (checked at Dana Cole's "
        "workplace); seen in CPE Monitor on 2026-02-01 (by that workplace)"
    )
    assert activity["archive_report"] == report
    assert activity["verification_text"] == f"Not checked here; {report}"
    table = other("ce", "list", "Ana Ruiz").out
    assert "elsewhere*" in table
    assert f"* #{activity['id']}: not checked here; {report}" in table
    history = other("history", "activity", str(activity["id"])).out
    assert f"archive report (not a check made here): — -> {report}" in history
    assert "verification: — -> verified" not in history
    assert other("ce", "reconcile", "Ana Ruiz").code == 0
    again = other("ce", "verify", str(activity["id"]), "--by", "Ana Ruiz")
    assert again.code == 2  # a check here follows this workplace's rules (not one's own)


def test_uan_details_come_from_the_uan_not_from_the_archive(
    archive: Path, other: Cli, tmp_path: Path
) -> None:
    def edit(person: dict[str, Any]) -> None:
        first = person["activities"][0]
        first.update(uan="0197-0000-25-001-H03-T", topic="99", format="live", audience="P")

    forged = _rewrite(archive, tmp_path / "topic.zip", edit_person=edit)
    assert other("person", "import-archive", str(forged)).code == 0
    [course] = [a for a in other("ce", "list", "Ana Ruiz", "--json").json() if a["uan"]]
    assert (course["topic"], course["format"], course["audience"]) == ("03", "home", "T")


# ---------------------------------------------------------------- bulk import (issue 24)


def test_an_imported_activitys_history_says_which_import_made_it(archive: Path, other: Cli) -> None:
    assert other("person", "import-archive", str(archive)).code == 0
    [first, *_] = other("ce", "list", "Ana Ruiz", "--json").json()
    shown = other("history", "activity", str(first["id"]))
    assert shown.code == 0, shown.err
    assert " Created by " in shown.out
    assert f"    title: — -> {first['title']}" in shown.out
    assert f"    import: — -> 1 ({archive.name})" in shown.out
    person = other("history", "person", "1")
    assert f"    import file: — -> {archive.name}" in person.out
    assert "    activities imported (ids): — -> 1-3" in person.out
