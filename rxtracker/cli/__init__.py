"""Headless command line (no Qt widgets).

The entry points live in ``rxtracker.cli.main``; this package imports nothing by itself, so
opening the desktop app (``rxtracker.cli.options``) does not load every command.
"""
