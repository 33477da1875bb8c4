"""Read one catalog file strictly, naming the file and line of any problem.

There are three sorts of catalog file, told apart by their top-level keys: a credential type
(``data/*.toml``), an eligibility file (``type`` + ``[eligibility]``, ``data/eligibility/``) and
the specialty-areas file (``[[areas]]``, ``data/areas/``). ``docs/catalog-format.md`` has them all.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from rxtracker.catalog.errors import CatalogError
from rxtracker.catalog.lines import line_of
from rxtracker.catalog.model import AreaDefinition, CredentialType, Eligibility
from rxtracker.catalog.parse import parse_type
from rxtracker.catalog.pathways import overlay_target, parse_areas, parse_eligibility
from rxtracker.catalog.reader import Reader
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
#: What a catalog file holds (``CatalogFile.sort``, which ``--json`` keeps), for ``sort_words``.
SORTS = (
    QT_TRANSLATE_NOOP("files", "credential type"),
    QT_TRANSLATE_NOOP("files", "eligibility"),
    QT_TRANSLATE_NOOP("files", "specialty areas"),
)
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class CatalogFile:
    """What one catalog file holds: a type, an eligibility table for a type, or the areas.

    Attributes:
        name: the file name, as errors name it.
        text: the file's text (to find a key's line in later checks).
        ctype: the credential type of a type file.
        eligibility_for: the type id an eligibility file applies to.
        eligibility: that file's eligibility rules.
        areas: the areas of the specialty-areas file.
        spanish: the file's Spanish texts, by the English text they translate.
    """

    name: str
    text: str
    ctype: CredentialType | None = None
    eligibility_for: str | None = None
    eligibility: Eligibility | None = None
    areas: tuple[AreaDefinition, ...] = ()
    spanish: Mapping[str, str] = field(default_factory=dict)

    @property
    def sort(self) -> str:
        """'credential type', 'eligibility' or 'specialty areas'."""
        if self.ctype is not None:
            return "credential type"
        return "eligibility" if self.eligibility is not None else "specialty areas"

    def fail(self, where: str, problem: str) -> CatalogError:
        """An error about this file's key path ``where``, with the key's line."""
        return CatalogError(self.name, where, problem, line_of(self.text, where))


def sort_words(sort: str) -> str:
    """What a file holds (one of ``SORTS``) in the interface language."""
    return translate("files", sort)


def read_file(name: str, text: str) -> CatalogFile:
    """Parse a catalog file's text strictly (references to other types are not checked here).

    Raises:
        CatalogError: naming the file, the line, the key path and the problem.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = int(found.group(1)) if found else None
        problem = translate("files", "is not valid TOML ({error})").format(error=exc)
        raise CatalogError(name, "file", problem, line) from None
    shell = CatalogFile(name, text)
    reader = Reader(data, name)
    spanish = reader.spanish
    if "areas" in data:
        areas = _located(shell, lambda: parse_areas(reader))
        return CatalogFile(name, text, areas=areas, spanish=spanish)
    if "type" in data:
        target = _located(shell, lambda: overlay_target(data, reader))
        rules = _located(shell, lambda: parse_eligibility(reader.table("eligibility")))
        return CatalogFile(name, text, eligibility_for=target, eligibility=rules, spanish=spanish)
    ctype = _located(shell, lambda: parse_type(data, name, spanish))
    return CatalogFile(name, text, ctype=ctype, spanish=spanish)


def _located(file: CatalogFile, parse: Callable[[], _T]) -> _T:
    """Run ``parse``; an error it raises gets the line of its key in ``file``."""
    try:
        return parse()
    except CatalogError as exc:
        raise file.fail(exc.where, exc.problem) from None
