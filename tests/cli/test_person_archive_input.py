"""Person archives are untrusted input (issue 22, items 5, 8, 9, 12, 15).

Each archive here is made by a real `person export`, then changed the way a hand, a broken
tool or an attacker would change it, and given to `person import-archive` in another folder.
"""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from collections.abc import Callable
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
