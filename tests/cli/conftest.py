"""Running the real command line in-process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from rxtracker.__main__ import main


@dataclass
class Result:
    """What a command printed and returned."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """``cli("person", "add", "Ana")`` runs ``rxtracker --data-dir DIR person add Ana``."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys

    def __call__(self, *argv: str) -> Result:
        self.capsys.readouterr()
        try:
            code = main(["--data-dir", str(self.data_dir), *argv])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(data_dir, capsys)
