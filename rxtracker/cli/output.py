"""Printing helpers: aligned plain-text tables and JSON."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

from rxtracker.domain.dates import date_text
from rxtracker.i18n import formats, translate


def print_json(value: Any) -> None:
    """Pretty JSON on stdout."""
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A left-aligned plain-text table; 'Nothing yet.' when there are no rows."""
    if not rows:
        print(translate("output", "Nothing yet."))
        return
    cells = [[str(c) for c in headers], *[[cell(c) for c in r] for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def cell(value: object) -> str:
    """A table cell's text: a date as the locale writes it ("2 mar 2026"), ISO in English.

    English tables have always written ISO dates (scripts read them); ``--json`` stays ISO.
    """
    if value is None:
        return ""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime) and formats():
        return date_text(value)
    return str(value)
