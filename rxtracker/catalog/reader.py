"""Typed, range-checked reading of one catalog table, naming the key path on any error.

Every table of a catalog file is read through a ``Reader``: ``only`` refuses keys the format
does not know (suggesting the closest known one), and each value method checks the type and the
range written down in ``docs/catalog-format.md`` (limits in ``rxtracker.catalog.keys``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Collection, Mapping
from typing import Any
from urllib.parse import urlsplit

from rxtracker.catalog import keys
from rxtracker.catalog.errors import CatalogError
from rxtracker.catalog.model import Sourced
from rxtracker.domain import TOPIC_NAMES, Hours, InvalidInput
from rxtracker.i18n import translate

_TAG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
#: Sources that are not web addresses: a user's own note, or a rule text cited by name.
_NOT_ADDRESSES = ("user:", "rule ")


class Reader:
    """Reads typed values out of a TOML mapping, naming the key path on any error."""

    def __init__(
        self,
        data: Mapping[str, Any],
        origin: str,
        where: str = "",
        spanish: dict[str, str] | None = None,
    ) -> None:
        self.data = data
        self.origin = origin
        self.where = where
        #: English text -> its Spanish text, for every ``<key>_es`` read (shared by the tables
        #: of one file)
        self.spanish: dict[str, str] = {} if spanish is None else spanish

    def _path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, problem: str) -> CatalogError:
        """An error naming this table's ``key`` and the problem."""
        return CatalogError(self.origin, self._path(key), problem)

    def only(self, known: Collection[str]) -> None:
        """Refuse the first key not in ``known``, suggesting the closest known key.

        Raises:
            CatalogError: naming the unknown key.
        """
        for key in self.data:
            if self._spanish_of(key, known):
                continue
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
                if close:
                    words = translate("reader", "unknown key; did you mean {key}? ({doc})")
                    problem = words.format(key=repr(close[0]), doc="docs/catalog-format.md")
                else:
                    words = translate("reader", "unknown key; known: {known} ({doc})")
                    known_keys = ", ".join(sorted(known))
                    problem = words.format(known=known_keys, doc="docs/catalog-format.md")
                raise self.fail(key, problem)

    def _spanish_of(self, key: str, known: Collection[str]) -> bool:
        """Whether ``key`` is the Spanish text of a known text key (``label_es``).

        Raises:
            CatalogError: a Spanish key beside a key that is not a text (``unconfirmed = true``).
        """
        english = key.removesuffix(keys.SPANISH)
        if english == key or english not in known or english not in keys.TRANSLATABLE:
            return False
        value = self.data.get(english)
        if not isinstance(value, str | list):
            words = translate("reader", "a Spanish text goes beside a text; {key} is not one")
            raise self.fail(key, words.format(key=repr(english)))
        return True

    def _record_spanish(self, key: str, english: str | tuple[str, ...]) -> None:
        """Keep ``<key>_es`` as the Spanish of ``english`` (same shape: a text or a list)."""
        spanish = self.data.get(key + keys.SPANISH)
        if spanish is None:
            return
        if isinstance(english, str):
            if not isinstance(spanish, str) or not spanish.strip():
                raise self.fail(key + keys.SPANISH, translate("reader", "must be a non-empty text"))
            self.spanish[english] = spanish
            return
        if (
            not isinstance(spanish, list)
            or len(spanish) != len(english)
            or not all(isinstance(v, str) and v.strip() for v in spanish)
        ):
            count = len(english)
            words = translate("reader", "must be a list of %n text(s)", None, count)
            raise self.fail(key + keys.SPANISH, words)
        self.spanish.update(zip(english, spanish, strict=True))

    def has(self, key: str) -> bool:
        """Whether the table gives ``key``."""
        return key in self.data

    def text(self, key: str, default: str | None = None) -> str:
        """A text; required (and not blank) unless a default is given."""
        value = self.data.get(key, default)
        if not isinstance(value, str) or (default is None and not value.strip()):
            raise self.fail(key, translate("reader", "must be a non-empty text"))
        if key in keys.TRANSLATABLE:
            self._record_spanish(key, value)
        return value

    def opt_str(self, key: str) -> str | None:
        """A non-empty text, or None when the key is left out."""
        return self.text(key) if key in self.data else None

    def whole(
        self, key: str, default: int | None = None, *, low: int = 0, high: int = keys.MAX_WHOLE
    ) -> int | None:
        """A whole number from ``low`` to ``high``, or ``default`` when left out."""
        value = self.data.get(key, default)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            words = translate("reader", "must be a whole number from {low} to {high}")
            raise self.fail(key, words.format(low=low, high=high))
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        """True or false."""
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, translate("reader", "must be true or false"))
        return value

    def date(self, key: str) -> dt.date:
        """A date (a TOML date, not a text) between the catalog's first and last dates."""
        value = self.data.get(key)
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            problem = translate("reader", "must be a date written YYYY-MM-DD (without quotes)")
            raise self.fail(key, problem)
        if not keys.FIRST_DATE <= value <= keys.LAST_DATE:
            words = translate("reader", "{date} must be from {first} to {last}")
            raise self.fail(
                key, words.format(date=value, first=keys.FIRST_DATE, last=keys.LAST_DATE)
            )
        return value

    def hours(self, key: str) -> Hours:
        """A number of hours written as text ("1.5"), from 0 to ``keys.MAX_HOURS``."""
        value = self.data.get(key)
        if not isinstance(value, str | int) or isinstance(value, bool):
            problem = translate("reader", 'must be a number of hours written as text, like "1.5"')
            raise self.fail(key, problem)
        try:
            hours = Hours.parse(str(value))
        except InvalidInput as exc:
            raise self.fail(key, exc.problem) from None
        if not Hours(0) <= hours <= keys.MAX_HOURS:
            words = translate("reader", "{hours} must be from 0 to {most} hours")
            raise self.fail(key, words.format(hours=hours, most=keys.MAX_HOURS))
        return hours

    def strings(self, key: str) -> tuple[str, ...]:
        """A list of texts (empty when left out)."""
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, translate("reader", "must be a list of texts"))
        if key in keys.TRANSLATABLE:
            self._record_spanish(key, tuple(value))
        return tuple(value)

    def topics(self, key: str) -> tuple[str, ...]:
        """A list of ACPE topic designators ("03"), each one ACPE names."""
        codes = self.strings(key)
        for code in codes:
            if code not in TOPIC_NAMES:
                words = translate(
                    "reader", "{code} is not an ACPE topic designator (known: {known})"
                )
                raise self.fail(
                    key, words.format(code=repr(code), known=", ".join(sorted(TOPIC_NAMES)))
                )
        return codes

    def tags(self, key: str) -> tuple[str, ...]:
        """A list of tags: lower-case letters and digits joined by single dashes."""
        tags = self.strings(key)
        for tag in tags:
            if not _TAG.fullmatch(tag):
                raise self.fail(key, lower_case_words(tag))
        return tags

    def tables(self, key: str, required: bool = True) -> list[Reader]:
        """The tables of an array of tables (``[[key]]``); may be empty unless ``required``."""
        value = self.data.get(key, [] if not required else None)
        if not isinstance(value, list) or (required and not value):
            raise self.fail(key, translate("reader", "must be a non-empty list of tables"))
        out = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                raise self.fail(f"{key}[{index}]", must_be_a_table())
            out.append(Reader(item, self.origin, self._path(f"{key}[{index}]"), self.spanish))
        return out

    def table(self, key: str) -> Reader:
        """The table ``[key]`` (or an inline table)."""
        value = self.data.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, must_be_a_table())
        return Reader(value, self.origin, self._path(key), self.spanish)

    def sourced(self, fallback: Sourced | None = None, *, own: bool = False) -> Sourced:
        """``source`` and ``checked``, or ``fallback`` when this table gives no source.

        Args:
            fallback: the enclosing table's source, inherited when none is given here.
            own: also accept ``rxtracker: ...`` (a grouping of the app's own, no rule behind it).
        """
        if fallback is not None and not self.has("source"):
            return fallback
        source = self.text("source")
        prefixes = (*_NOT_ADDRESSES, "rxtracker:") if own else _NOT_ADDRESSES
        if not source.startswith(prefixes) and not _is_address(source):
            problem = translate("reader", "must be a web address (https://host/...) or 'user: ...'")
            raise self.fail("source", problem)
        return Sourced(source=source, checked=self.date("checked"))


def check_schema(reader: Reader) -> None:
    """The file's ``schema`` must be 1, the only catalog format this rxtracker reads.

    Raises:
        CatalogError: any other value.
    """
    if reader.whole("schema") != 1:
        problem = translate("reader", "must be 1 (the only catalog format this rxtracker reads)")
        raise reader.fail("schema", problem)


def _is_address(text: str) -> bool:
    """An http(s) address with a host name and no spaces."""
    if any(c.isspace() for c in text):
        return False
    parts = urlsplit(text)
    return parts.scheme in {"http", "https"} and "." in parts.netloc


def lower_case_words(text: str) -> str:
    """The problem of an id or tag that is not lower-case letters and digits with dashes."""
    words = translate("reader", "{text} must be lower-case letters and digits with dashes")
    return words.format(text=repr(text))


def must_be_a_table() -> str:
    """The problem of a key that should hold a table."""
    return translate("reader", "must be a table")


def not_one_of(text: str, allowed: str) -> str:
    """The problem of a value outside a closed list (``allowed``: the values, as written)."""
    return translate("reader", "{text} is not one of {allowed}").format(
        text=repr(text), allowed=allowed
    )
