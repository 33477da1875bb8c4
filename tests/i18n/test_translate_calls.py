"""Every ``translate()`` call is one pyside6-lupdate reads, so no text is silently left English.

lupdate's Python parser finds a call only when its arguments are plain: a literal context and
text, a literal (or None) disambiguation, a count that is a name or a number. It skips, without
a word, a call inside an f-string, a keyword argument, a count such as ``len(rows) - 5``: that
text never reaches the ``.ts`` files, so it is never translated. This test reads every module of
``rxtracker`` with ``ast`` and fails on such a call, and on any literal text of the code that the
``.ts`` files do not hold.

A text chosen at run time (``translate("columns", COLUMNS[i])``, docs/translating.md rule 4) is
marked where it is written with ``QT_TRANSLATE_NOOP(context, text)``: its call may name a
variable, as long as its context is a literal that some ``QT_TRANSLATE_NOOP`` marks texts for.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rxtracker"
TS_FILES = ROOT / "resources" / "i18n" / "es"
_NAMES = ("translate", "QT_TRANSLATE_NOOP")


@dataclass(frozen=True)
class Call:
    """One ``translate(...)`` or ``QT_TRANSLATE_NOOP(...)`` call of the code."""

    where: str  # path:line
    name: str
    node: ast.Call
    in_fstring: bool

    @property
    def context(self) -> str | None:
        return _literal(self.node.args[0]) if self.node.args else None

    @property
    def source(self) -> str | None:
        return _literal(self.node.args[1]) if len(self.node.args) > 1 else None

    @property
    def disambiguation(self) -> str | None:
        args = self.node.args
        return _literal(args[2]) if len(args) > 2 else None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called(node: ast.Call) -> str | None:
    """``translate`` for ``translate(...)`` and ``i18n.translate(...)``; None for others."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id if func.id in _NAMES else None
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.attr if func.value.id == "i18n" and func.attr in _NAMES else None
    return None


def _calls_in(path: Path, root: Path = ROOT) -> Iterator[Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    in_fstrings = {
        id(inner) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
        for inner in ast.walk(node)
    }  # fmt: skip
    nodes = sorted(
        (n for n in ast.walk(tree) if isinstance(n, ast.Call)),
        key=lambda n: (n.lineno, n.col_offset),
    )
    for node in nodes:
        if (name := _called(node)) is not None:
            where = f"{path.relative_to(root)}:{node.lineno}"
            yield Call(where, name, node, id(node) in in_fstrings)


def _every_call() -> list[Call]:
    return [call for path in sorted(PACKAGE.rglob("*.py")) for call in _calls_in(path)]


def _problem(call: Call, marked: set[str]) -> str | None:
    """Why lupdate would not read ``call`` (None when it reads it)."""
    args, text = call.node.args, ast.unparse(call.node)
    if call.in_fstring and call.source is not None:
        return f"inside an f-string: {text}"
    if call.node.keywords:
        return f"keyword arguments (lupdate sees positional ones only): {text}"
    if call.context is None:
        return f"the context is not a string literal: {text}"
    if call.name == "QT_TRANSLATE_NOOP" and (len(args) != 2 or call.source is None):
        return f"QT_TRANSLATE_NOOP needs a literal context and text: {text}"
    if call.source is None and call.context not in marked:
        return f"a text in a variable, and no QT_TRANSLATE_NOOP marks texts for its context: {text}"
    if len(args) > 2 and call.disambiguation is None and not _is_none(args[2]):
        return f"the disambiguation is not a literal or None: {text}"
    if len(args) > 3 and not isinstance(args[3], ast.Name | ast.Constant):
        return f"the count is an expression (give it a name first): {text}"
    if len(args) > 4:
        return f"too many arguments: {text}"
    return None


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def test_every_translate_call_is_one_lupdate_reads() -> None:
    calls = _every_call()
    assert len(calls) > 1000  # the whole code was read
    marked = {c.context for c in calls if c.name == "QT_TRANSLATE_NOOP" and c.context}
    problems = [f"{c.where}: {p}" for c in calls if (p := _problem(c, marked))]
    assert problems == [], "\n".join(problems)


def _ts_texts() -> set[tuple[str, str, str]]:
    """(context, source, disambiguation or "") of every message of the Spanish .ts files."""
    found = set()
    for ts in TS_FILES.glob("*.ts"):
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                found.add((name, source, message.findtext("comment") or ""))
    return found


def test_every_literal_text_of_the_code_is_in_the_ts_files() -> None:
    """A call lupdate skipped (or a text added without ``make ts``) is missing there."""
    held = _ts_texts()
    missing = [
        f"{c.where}: [{c.context}] {c.source!r}"
        for c in _every_call()
        if c.context is not None
        and c.source is not None
        and (c.context, c.source, c.disambiguation or "") not in held
    ]
    assert missing == [], "\n".join(missing)


def test_the_check_sees_what_lupdate_skips(tmp_path: Path) -> None:
    code = tmp_path / "sample.py"
    code.write_text(
        "from rxtracker.i18n import translate\n"
        "translate('c', '%n more', None, len(rows) - 5)\n"
        "translate('c', 'text', n=3)\n"
        "f\"{translate('c', 'inside')}\"\n"
        "translate(context, 'text')\n"
        "translate('unmarked', words)\n"
        "translate('c', 'fine', None, count)\n",
        encoding="utf-8",
    )
    calls = list(_calls_in(code, tmp_path))
    found = [_problem(c, set()) for c in calls]
    assert [p.split(":")[0] if p else None for p in found] == [
        "the count is an expression (give it a name first)",
        "keyword arguments (lupdate sees positional ones only)",
        "inside an f-string",
        "the context is not a string literal",
        "a text in a variable, and no QT_TRANSLATE_NOOP marks texts for its context",
        None,
    ]
    assert calls[0].where == "sample.py:2"
