"""The CLI runner lives in tests/conftest.py; re-exported here for older imports."""

from tests.conftest import Cli, Result, cli

__all__ = ["Cli", "Result", "cli"]
