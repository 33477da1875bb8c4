"""Headless command line (no Qt widgets)."""

from rxtracker.cli.main import build_parser, main, run_command

__all__ = ["build_parser", "main", "run_command"]
