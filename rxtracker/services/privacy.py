"""Nothing personal in the log: messages scrubbed, tracebacks written without values.

rxtracker logs record ids and actions. Whatever else reaches a log record (an exception's
message quoting a value, a file name, SQL parameters) passes through ``scrub`` first: quoted
text, e-mail addresses, SQL parameter lists and numbers of four digits or more (licence and
e-Profile numbers, birth dates) are replaced. Numbers given as arguments (record ids, counts)
are kept. A traceback keeps its frames (file, line, function, code) and loses its values.
"""

from __future__ import annotations

import logging
import re
import traceback

_PATTERNS = [
    (re.compile(r"\[parameters:[^\n]*"), "[parameters hidden]"),
    (re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""), "'…'"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "<e-mail>"),
    (re.compile(r"[\w/-]*\d{4,}[\w/-]*"), "<number>"),
]


def scrub(text: str) -> str:
    """``text`` with quoted values, e-mail addresses and long numbers replaced."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def values_free_traceback(error: BaseException) -> str:
    """The traceback of ``error`` and the exceptions it came from, with messages scrubbed."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        context = None if current.__suppress_context__ else current.__context__
        current = current.__cause__ or context
    blocks = []
    for exc in reversed(chain):
        frames = "".join(traceback.extract_tb(exc.__traceback__).format())
        kind = f"{type(exc).__module__}.{type(exc).__qualname__}"
        blocks.append(f"Traceback (most recent call last):\n{frames}{kind}: {scrub(str(exc))}")
    return "\n\nwhich led to:\n\n".join(blocks)


class ScrubbingFilter(logging.Filter):
    """A log filter that rewrites each record so it carries no personal values."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Scrub the message, its text arguments and any traceback; always keep the record."""
        record.msg = _message(record)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = values_free_traceback(record.exc_info[1])
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        record.exc_info = None
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def _message(record: logging.LogRecord) -> str:
    template = scrub(str(record.msg))
    if not record.args:
        return template
    args = record.args if isinstance(record.args, tuple) else (record.args,)
    safe = tuple(_safe(a) for a in args)
    try:
        return template % (safe[0] if isinstance(record.args, dict) else safe)
    except (TypeError, ValueError, KeyError):
        return f"{template} (arguments hidden)"


def _safe(value: object) -> object:
    """Numbers (ids, counts) as they are; anything else as scrubbed text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(value, dict):
        return {k: _safe(v) for k, v in value.items()}
    return scrub(str(value))
