"""cli.lazy: a module bound by lazy_module runs its code on first use, and only once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rxtracker.cli.lazy import lazy_module


def test_a_lazy_module_runs_when_first_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "lazypkg"
    package.mkdir()
    (package / "__init__.py").write_text("RUNS = []\n", encoding="utf-8")
    (package / "heavy.py").write_text("import lazypkg\nlazypkg.RUNS.append(1)\nVALUE = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "lazypkg", raising=False)
    monkeypatch.delitem(sys.modules, "lazypkg.heavy", raising=False)
    heavy = lazy_module("lazypkg.heavy")
    import lazypkg  # type: ignore[import-not-found]

    assert lazypkg.RUNS == []  # nothing ran yet
    assert heavy.VALUE == 42 and lazypkg.RUNS == [1]
    import lazypkg.heavy  # type: ignore[import-not-found]

    assert lazypkg.heavy is heavy and lazypkg.RUNS == [1]  # the same module, run once
    assert lazy_module("lazypkg.heavy") is heavy


def test_a_missing_module_is_said_at_once() -> None:
    with pytest.raises(ModuleNotFoundError):
        lazy_module("rxtracker.no_such_module")
