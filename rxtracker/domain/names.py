"""Names and choices as people type them: accents, case, hyphens and spacing ignored."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable


def name_key(text: str) -> str:
    """``text`` as compared: accents, case and spacing ignored ("José  Pérez" -> "jose perez")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split()).casefold()


def choice_key(text: str) -> str:
    """A choice as compared: also hyphens, underscores and spaces ignored ("In-service")."""
    return "".join(c for c in name_key(text) if c.isalnum())


def close_matches(wanted: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """The names closest to ``wanted`` (a typo, a missing letter), best first."""
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(name_key(name), name)
    keys = difflib.get_close_matches(name_key(wanted), list(by_key), n=limit, cutoff=0.75)
    return [by_key[k] for k in keys]
