"""argparse's own words ("usage: ", "options", "error:") in the interface language.

argparse words its help and its errors with ``gettext`` (``argparse._`` and
``argparse.ngettext``); ``install`` points those two names at ``translate``, so the same
``.qm`` that translates rxtracker translates argparse too. Only a non-English command line
installs it (``cli.language.use_language``, before any parser is built): English keeps
argparse untouched. Its texts are listed here for pyside6-lupdate (Python 3.11 to 3.13).
"""

from __future__ import annotations

import argparse

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: argparse's texts a person can meet, as argparse writes them (its msgids).
TEXTS = (
    QT_TRANSLATE_NOOP("argparse_words", "usage: "),
    QT_TRANSLATE_NOOP("argparse_words", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse_words", "options"),
    QT_TRANSLATE_NOOP("argparse_words", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse_words", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse_words", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse_words", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse_words", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse_words", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse_words", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse_words", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse_words", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse_words", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse_words", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse_words", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse_words", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse_words", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse_words", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse_words", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse_words", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse_words", "can't open '%(filename)s': %(error)s"),
)


def install() -> None:
    """Let argparse word its help and errors through ``translate`` from now on."""
    setattr(argparse, "_", argparse_text)  # noqa: B010 - argparse's own module global
    setattr(argparse, "ngettext", argparse_plural)  # noqa: B010


def argparse_text(message: str) -> str:
    """One of argparse's texts in the interface language (itself when there is none)."""
    if not message:  # argparse passes a subparsers group's missing description (None)
        return message
    return translate("argparse_words", message)


def argparse_plural(singular: str, plural: str, n: int) -> str:
    """Argparse's counted texts ("expected %s arguments")."""
    return argparse_text(singular if n == 1 else plural)
