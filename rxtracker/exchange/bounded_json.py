"""Reading an untrusted JSON document record by record, with its lists counted as they are read.

``json.loads`` builds the whole document before anything can be counted: 200,000 small
records in a few megabytes become gigabytes of objects first. Here the document's top-level
object is walked member by member, and a list named in ``limits`` is decoded one element at a
time, so reading stops at the first element over the limit. The text itself is bounded
by the caller (the archive's manifest gives its size before it is unpacked).
"""

from __future__ import annotations

import json
import re
from typing import Any

from rxtracker.i18n import translate

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class TooMany(ValueError):  # noqa: N818
    """A list holds more elements than its limit."""

    def __init__(self, key: str, limit: int) -> None:
        words = translate("bounded_json", "more than {count} {key}")
        super().__init__(words.format(count=f"{limit:,}", key=key))
        self.key = key
        self.limit = limit


def read_object(text: str, limits: dict[str, int]) -> dict[str, Any]:
    """The JSON object ``text``; a member list named in ``limits`` may hold at most that many.

    Raises:
        TooMany: a list is over its limit (the rest of it is not decoded).
        ValueError: the text is not one JSON object (``json.JSONDecodeError`` included).
    """
    pos = _skip(text, 0)
    pos = _expect(text, pos, "{")
    out: dict[str, Any] = {}
    if text.startswith("}", pos):
        return _end(text, pos + 1, out)
    while True:
        key, pos = _DECODER.raw_decode(text, pos)
        if not isinstance(key, str):
            words = translate("bounded_json", "a key at character {position} is not text")
            raise ValueError(words.format(position=pos))
        pos = _expect(text, _skip(text, pos), ":")
        if key in limits and text.startswith("[", pos):
            out[key], pos = _read_list(text, pos, key, limits[key])
        else:
            out[key], pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text.startswith("}", pos):
            return _end(text, pos + 1, out)
        pos = _expect(text, pos, ",")


def _read_list(text: str, pos: int, key: str, limit: int) -> tuple[list[Any], int]:
    items: list[Any] = []
    pos = _skip(text, pos + 1)
    if text.startswith("]", pos):
        return items, pos + 1
    while True:
        if len(items) == limit:
            raise TooMany(key, limit)
        item, pos = _DECODER.raw_decode(text, pos)
        items.append(item)
        pos = _skip(text, pos)
        if text.startswith("]", pos):
            return items, pos + 1
        pos = _expect(text, pos, ",")


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _expect(text: str, pos: int, char: str) -> int:
    if not text.startswith(char, pos):
        words = translate("bounded_json", "expected {char} at character {position}")
        raise ValueError(words.format(char=repr(char), position=pos))
    return _skip(text, pos + 1)


def _end(text: str, pos: int, out: dict[str, Any]) -> dict[str, Any]:
    if _skip(text, pos) != len(text):
        words = translate("bounded_json", "extra data after the object at character {position}")
        raise ValueError(words.format(position=pos))
    return out
