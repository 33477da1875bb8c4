"""The parsed catalog kept between starts: the same catalog, and never a stale or broken one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rxtracker.catalog import load_builtin
from rxtracker.catalog.cache import load_catalog, source_key
from rxtracker.services import AppPaths


def _pickles(folder: Path) -> list[Path]:
    return sorted(folder.glob("catalog-*.pickle"))


def test_the_kept_catalog_equals_the_parsed_one(tmp_path: Path) -> None:
    parsed = load_builtin()
    first = load_catalog(tmp_path)  # parses and keeps it
    [kept] = _pickles(tmp_path)
    assert kept.name == f"catalog-{source_key()}.pickle"
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
    second = load_catalog(tmp_path)  # read from the file
    assert first == parsed and second == parsed
    assert second is not first
    assert second.get("ptcb-cpht").name == parsed.get("ptcb-cpht").name


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05K\x07.", b"\x80\x05\x95"])
def test_a_broken_or_foreign_file_is_ignored_and_written_again(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / f"catalog-{source_key()}.pickle"
    path.write_bytes(content)  # cut short, garbage, a pickled 7, a truncated frame
    assert load_catalog(tmp_path) == load_builtin()
    assert path.read_bytes() != content
    assert load_catalog(tmp_path) == load_builtin()


def test_a_pickle_of_other_sources_is_never_read_and_is_removed(tmp_path: Path) -> None:
    stale = tmp_path / "catalog-00000000000000000000000000000000.pickle"
    stale.write_bytes(b"an older version's catalog")
    assert load_catalog(tmp_path) == load_builtin()
    assert _pickles(tmp_path) == [tmp_path / f"catalog-{source_key()}.pickle"]


def test_a_folder_that_cannot_be_written_only_costs_the_parse(tmp_path: Path) -> None:
    blocked = tmp_path / "a file where the folder should be"
    blocked.write_text("x")
    assert load_catalog(blocked / "cache") == load_builtin()


def test_a_command_reads_the_kept_catalog_on_its_second_run(tmp_path: Path) -> None:
    env = dict(os.environ, RXTRACKER_DATA_DIR=str(tmp_path / "data"))
    run = [sys.executable, "-m", "rxtracker", "credential", "types", "--json"]
    first = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    assert _pickles(tmp_path / "data" / "cache")
    second = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    assert second.stdout == first.stdout and "ptcb-cpht" in first.stdout


def test_the_cache_folder_is_inside_a_chosen_data_folder(tmp_path: Path) -> None:
    assert AppPaths.resolve(tmp_path).cache_dir == tmp_path / "cache"
    assert AppPaths(data_dir=tmp_path, log_dir=tmp_path).cache_dir is None  # keeps nothing
    assert load_catalog(None) == load_builtin()
