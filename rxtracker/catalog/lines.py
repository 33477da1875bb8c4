"""Find the line of a key path (``rules[1].requirements[0].hours``) in a TOML file's text.

``tomllib`` keeps no positions, so the text is scanned once: table headings (``[dates]``,
``[[rules.requirements]]``, counted per parent) and ``key =`` lines give every path its line.
This covers the catalog's own style (no dotted keys outside headings); a key inside an inline
table or a multi-line array is reported at the line of the key that opens it.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"\s*([A-Za-z0-9_\-]+)\s*=")


def key_lines(text: str) -> dict[str, int]:
    """Every table and key path in ``text`` -> its line number (from 1)."""
    lines: dict[str, int] = {}
    counts: dict[str, int] = {}
    table = ""
    in_string = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.count('"""') % 2 or line.count("'''") % 2:
            was_in_string, in_string = in_string, not in_string
            if was_in_string:
                continue
        elif in_string:
            continue
        heading = _HEADING.match(line)
        if heading:
            table = _table_path(heading.group(2), heading.group(1) == "[[", table, counts)
            lines.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault(f"{table}.{key.group(1)}" if table else key.group(1), number)
    return lines


def _table_path(name: str, is_array: bool, current: str, counts: dict[str, int]) -> str:
    """The indexed path of a heading: ``rules.requirements`` -> ``rules[2].requirements[0]``."""
    *parents, last = name.split(".")
    path = ""
    for part in parents:
        path = f"{path}.{part}" if path else part
        # A parent array of tables means its latest element, the one the file is inside.
        path = _latest_element(current, path) or path
    path = f"{path}.{last}" if path else last
    if is_array:
        index = counts.get(path, 0)
        counts[path] = index + 1
        path = f"{path}[{index}]"
    return path


def _latest_element(current: str, path: str) -> str | None:
    """``rules[3]`` when ``current`` lies inside element 3 of ``rules`` (``path``)."""
    match = re.match(re.escape(path) + r"\[\d+\]", current)
    return match.group(0) if match else None


def line_of(text: str, where: str) -> int | None:
    """The line of ``where`` (or of its nearest enclosing key or table), None if not found."""
    lines = key_lines(text)
    path = where
    while path:
        if path in lines:
            return lines[path]
        # Up one step: ``a.b[2]`` -> ``a.b`` -> ``a``.
        path = path[: path.rfind("[")] if path.endswith("]") else path.rpartition(".")[0]
    return None
