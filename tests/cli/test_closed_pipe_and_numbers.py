"""A closed pipe ends quietly; numbers are written as people write them (issue 20)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import Cli


def test_nha_credits_are_written_as_people_write_them(cli: Cli) -> None:
    cli("person", "add", "Ana Ruiz")
    cli("credential", "add", "Ana Ruiz", "ExCPT", "--expires", "2027-06-30")
    cli("ce", "add", "Ana Ruiz", "--title", "Law", "--date", "2026-03-15", "--hours", "2")
    shown = cli("status", "Ana Ruiz", "--as-of", "2026-04-01").out
    assert "(1 of 10 NHA credits)" in shown and "E+" not in shown


def test_a_reader_that_closes_the_pipe_ends_the_command_quietly(tmp_path: Path) -> None:
    # What `rxtracker rules list | head -1` meets: the reader is gone before the output ends.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "rxtracker", "--data-dir", str(tmp_path), "rules", "list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == b""
    assert done.returncode == 1
