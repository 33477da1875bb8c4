"""The command line's language: ``--lang``, else the environment's (``LANG``), else English.

``--json`` keeps English: its keys and values are read by other programs.
"""

from __future__ import annotations

from rxtracker import i18n
from rxtracker.i18n import language_from

TYPE_CHECKING = False  # what typing's is, without importing typing (help needs neither)
if TYPE_CHECKING:
    from collections.abc import Sequence

_IN_USE: list[object] = []  # the activation: Qt's translator lives as long as the process


def use_language(argv: Sequence[str]) -> str:
    """Turn on the language ``argv`` or the environment asks for, before any text is made.

    English is the sources' own language: it imports nothing more (a command in English never
    pays for Qt). Returns the language chosen.
    """
    language, locale_name = language_from(lang_option(argv), None)
    if language != "en" and "--json" in argv:
        language = "en"  # machine output: English keys and values, whatever the language
    if language != "en":
        from rxtracker.cli.argparse_words import install
        from rxtracker.language import activate

        _IN_USE.append(activate(language, locale_name))
        install()  # argparse's own words ("usage: ", "options") through the same translator
    elif i18n.language() != "en":  # a second command in the same process (tests)
        i18n.reset()
    return language


def lang_option(argv: Sequence[str]) -> str | None:
    """The value of ``--lang X`` or ``--lang=X`` in ``argv`` (the last one), else None."""
    found = None
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            found = argv[index + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    return found
