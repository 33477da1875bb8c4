"""The error a catalog file or custom type that breaks the catalog's rules raises."""

from __future__ import annotations

from rxtracker.domain import RxError
from rxtracker.i18n import translate


class CatalogError(RxError):
    """A catalog file or custom type that does not follow the catalog's rules.

    Attributes:
        origin: the file name (or "custom type '...'").
        where: the key path, such as ``rules[0].requirements[2].hours``.
        problem: what is wrong, in words.
        line: the line of the file the key is on, when known.
    """

    def __init__(self, origin: str, where: str, problem: str, line: int | None = None) -> None:
        self.origin = origin
        self.where = where
        self.problem = problem
        self.line = line
        if line:
            words = translate("errors", "{origin}, line {line}: {where}: {problem}")
        else:
            words = translate("errors", "{origin}: {where}: {problem}")
        super().__init__(words.format(origin=origin, line=line, where=where, problem=problem))
