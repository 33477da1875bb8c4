"""The one door every user-visible text goes through, and the locale's dates and numbers.

Every layer words what it shows with ``translate(context, source)`` (and ``n=`` for a count),
exactly like ``QCoreApplication.translate``: ``pyside6-lupdate`` finds those calls in the
sources and writes them into the ``.ts`` files under ``resources/i18n``.

This module is standard-library only and cheap to import (it sits outside ``domain``, whose
package imports every value type, so ``rxtracker --help`` can pick its language for a few
modules). A front end (``rxtracker.language``) installs the real translator, Qt's
``QTranslator`` loaded with the compiled ``.qm``, and the locale's formats (``QLocale``).
Until one is installed (the English command line, the tests of the lower layers) the English
source is the text, with plurals written the Qt way ("%n course(s)") made English by
``_english``.

Conventions, checked by ``tests/i18n``:
- ``context`` is the calling module's file name without ``.py`` (``"credential_card"``);
- placeholders are ``{name}`` fields filled with ``str.format`` *after* translating, so a
  translation may reorder them; a translation keeps exactly its source's fields;
- a text made at import time (a column title in a table) is marked with
  ``QT_TRANSLATE_NOOP(context, source)`` and translated where it is shown.
"""

from __future__ import annotations

import os
import re

TYPE_CHECKING = False  # what typing's is, without importing typing (``--help`` needs neither)
if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping
    from decimal import Decimal

    #: (context, source, disambiguation, n) -> the translation; "" or None when there is none.
    Translator = Callable[[str, str, str | None, int], str | None]

#: The interface languages rxtracker ships; the first is the source language.
LANGUAGES = ("en", "es")
#: Each language's own name, for the Settings ▸ Language list (never translated).
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


class Formats:
    """How the chosen locale writes dates and numbers (a plain class: no dataclasses import).

    Attributes:
        date: a date in short words ("Mar 1, 2027"; "1 mar 2027").
        long_date: a date in long words ("March 1, 2027"; "1 de marzo de 2027").
        decimal_point: the locale's decimal separator ("." or ",").
    """

    __slots__ = ("date", "decimal_point", "long_date")

    def __init__(
        self,
        date: Callable[[dt.date], str],
        long_date: Callable[[dt.date], str],
        decimal_point: str = ".",
    ) -> None:
        self.date = date
        self.long_date = long_date
        self.decimal_point = decimal_point


class _Active:
    """The language in use, its translator and its formats (one per process)."""

    __slots__ = ("formats", "language", "locale_name", "translator")

    def __init__(self) -> None:
        self.language = "en"
        self.locale_name = "en_US"
        self.translator: Translator | None = None
        self.formats: Formats | None = None


_active = _Active()
_data_texts: dict[str, dict[str, str]] = {}  # language -> English text of data -> translation
_PLURAL_S = re.compile(r"\((e?s)\)")


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1, /) -> str:
    """The text of ``source`` in the interface language.

    Every argument is positional, as pyside6-lupdate reads them: ``translate("card", "%n
    course(s)", None, count)``; it does not see keywords (nor texts in variables).

    Args:
        context: the calling module's file name without ``.py``.
        source: the English text; ``{name}`` fields are filled by the caller afterwards.
        disambiguation: a note telling two identical sources apart (as in Qt).
        n: a count for a plural text ("%n course(s)"); ``%n`` becomes the count.
    """
    text: str | None = None
    if _active.translator is not None:
        text = _active.translator(context, source, disambiguation, n)
    if not text:
        text = _english(source, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation without translating it now (a text made at import)."""
    del context
    return source


def _english(source: str, n: int) -> str:
    """The English source with its plural marks resolved: "%n course(s)" -> "2 courses"."""
    if n < 0:
        return source
    return _PLURAL_S.sub(lambda m: "" if n == 1 else m.group(1), source)


def add_texts(language: str, texts: Mapping[str, str]) -> None:
    """Make known the ``language`` texts of data shown to people (the rule catalog's ``_es``).

    Args:
        language: the language of the texts ("es").
        texts: each English text of the data with its translation.
    """
    _data_texts.setdefault(language, {}).update(texts)


def data_text(english: str) -> str:
    """A text of the data (a requirement's label, a rule's note) in the interface language.

    The English text when the data gives no translation for it: never a blank.
    """
    if _active.language == "en":
        return english
    return _data_texts.get(_active.language, {}).get(english, english)


def data_texts() -> Mapping[str, str]:
    """Every text of the data with its translation in the interface language (empty in English)."""
    if _active.language == "en":
        return {}
    return _data_texts.get(_active.language, {})


def install(
    language: str, locale_name: str, translator: Translator | None, formats: Formats | None
) -> None:
    """Make ``language`` the interface language (called once by a front end at start).

    Args:
        language: one of ``LANGUAGES``.
        locale_name: the locale for dates and numbers, e.g. ``"es_US"``.
        translator: looks a text up in the compiled translations; None for the sources.
        formats: the locale's dates and numbers; None for rxtracker's English forms.
    """
    _active.language = language
    _active.locale_name = locale_name
    _active.translator = translator
    _active.formats = formats


def reset() -> None:
    """Back to the English sources (tests, and a front end that switches back)."""
    install("en", "en_US", None, None)


def language() -> str:
    """The interface language now in use ("en" or "es")."""
    return _active.language


def locale_name() -> str:
    """The locale used for dates and numbers, e.g. "en_US" or "es_US"."""
    return _active.locale_name


def formats() -> Formats | None:
    """The locale's formats, or None while the English forms are used."""
    return _active.formats


def decimal_text(value: Decimal) -> str:
    """An exact decimal as the locale writes it: "1.5" in English, "1,5" in Spanish (Spain)."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    point = _active.formats.decimal_point if _active.formats else "."
    return text.replace(".", point) if point != "." else text


def language_from(
    option: str | None, setting: str | None, environ: Mapping[str, str] | None = None
) -> tuple[str, str]:
    """The interface language and locale chosen by the user, most specific first.

    ``--lang`` wins, then Settings ▸ Language, then the environment (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``, as the C library reads them). A language rxtracker
    does not ship falls back to English.

    Returns:
        (language, locale name), e.g. ("es", "es_US") for ``LANG=es_US.UTF-8``.
    """
    env = os.environ if environ is None else environ
    for raw in (option, setting, *(env.get(k) for k in ("LC_ALL", "LC_MESSAGES", "LANG"))):
        found = _parse_locale(raw)
        if found is not None:
            return found
    for part in (env.get("LANGUAGE") or "").split(":"):
        found = _parse_locale(part)
        if found is not None:
            return found
    return ("en", "en_US")


def _parse_locale(raw: str | None) -> tuple[str, str] | None:
    """("es", "es_US") from "es_US.UTF-8", "es-us", "es" or "Español"; None for C/POSIX/empty."""
    if not raw or raw.strip() in ("C", "POSIX", "C.UTF-8", "system"):
        return None
    named = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}
    text = raw.strip().split(".")[0].split("@")[0].replace("-", "_")
    code = named.get(text.casefold(), text.split("_")[0].lower())
    if code not in LANGUAGES:
        return ("en", "en_US")
    region = text.split("_")[1].upper() if "_" in text else "US"
    return (code, f"{code}_{region}")


class in_english:  # noqa: N801 - used like a function: ``with in_english(): ...``
    """The English sources for a moment, whatever the interface language.

    For machine outputs that other programs read (``--json``): their values stay English.
    ``with in_english(): ...`` puts the interface language back on leaving.
    """

    __slots__ = ("_saved",)

    def __init__(self) -> None:
        self._saved = (_active.language, _active.locale_name, _active.translator, _active.formats)

    def __enter__(self) -> None:
        self._saved = (_active.language, _active.locale_name, _active.translator, _active.formats)
        reset()

    def __exit__(self, *exc: object) -> None:
        install(*self._saved)
