"""``ce read FILE`` and ``ce add PERSON --from-certificate FILE``: the certificate reader's doors.

``ce read`` only reads: it opens no records. ``ce add --from-certificate`` fills the fields not
typed from what the reader found, then logs the activity through the same checks as typed
input, with the file attached. A field needed but not read, or read but not sure, is an error
naming it (exit 2, nothing written): the technician checks the certificate and types it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rxtracker.cli.output import print_json
from rxtracker.cli.registry import CommandTree
from rxtracker.domain import InvalidInput, name_key, parse_date
from rxtracker.domain.errors import field_label
from rxtracker.domain.files import display_name
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the reader (and its PDF and image libraries) is imported when used
    from rxtracker.exchange.certificates import CertificateReading

#: Each field that ``ce add`` takes from a certificate: its option and how it is shown.
OPTIONS = {"title": "--title", "provider": "--provider", "date": "--date", "hours": "--hours"}
OPTIONS["uan"] = "--uan"
_LABELS = {
    "title": QT_TRANSLATE_NOOP("certificates", "Title"),
    "provider": QT_TRANSLATE_NOOP("certificates", "Provider"),
    "date": QT_TRANSLATE_NOOP("certificates", "Date completed"),
    "hours": QT_TRANSLATE_NOOP("certificates", "Contact hours"),
    "uan": QT_TRANSLATE_NOOP("certificates", "UAN"),
    "participant": QT_TRANSLATE_NOOP("certificates", "Participant"),
    "eprofile_id": QT_TRANSLATE_NOOP("certificates", "e-Profile ID"),
}
#: Fields an activity cannot be logged without.
_NEEDED = ("title", "date", "hours")


def register(tree: CommandTree) -> None:
    """Add ``ce read`` (``ce add --from-certificate`` is an option of ``ce add``)."""
    esub = tree.group("ce")
    read = esub.add_parser(
        "read",
        help=translate(
            "certificates",
            "read a certificate (PDF, PNG or JPEG) and print what it says; writes nothing",
        ),
    )
    read.add_argument("file", type=Path, metavar="FILE")
    read.add_argument(
        "--json", action="store_true", help=translate("certificates", "machine-readable output")
    )
    read.set_defaults(run=ce_read, needs_data=False)


def _shown(reading: CertificateReading, key: str) -> str:
    value = getattr(reading, key)
    return "" if value is None else str(value)


def ce_read(ctx: object, args: argparse.Namespace) -> int:
    """Run ``rxtracker ce read FILE [--json]``."""
    from rxtracker.exchange.certificates import read_certificate

    reading = read_certificate(args.file)
    if args.json:
        print_json(reading.as_json())
        return 0
    print(translate("certificates", "Read from {file}:").format(file=display_name(args.file)))
    labels = {key: translate("certificates", label) for key, label in _LABELS.items()}
    width = max(len(label) for label in labels.values()) + 1
    for key, label in labels.items():
        value = _shown(reading, key) or translate("certificates", "(not found)")
        mark = (
            translate("certificates", "   <- not sure: check it") if key in reading.unsure else ""
        )
        print(f"  {label:<{width}} {value}{mark}")
    return 0


def _refused(
    reading: CertificateReading, args: argparse.Namespace, name: str
) -> list[tuple[str, str]]:
    """What stops the reading's fields from being logged as they are: (field, phrase) each."""
    problems = []
    for key, option in OPTIONS.items():
        if getattr(args, key) not in (None, ""):
            continue
        fields = {"field": field_label(key), "file": name, "option": option}
        if getattr(reading, key) is None and key in _NEEDED:
            text = translate(
                "certificates", "{field} could not be read from {file}; give it with {option}"
            )
            problems.append((key, text.format(**fields)))
        elif key in reading.unsure:
            text = translate(
                "certificates",
                "{field} read as {value} but not sure; check it and give it with {option}",
            )
            problems.append((key, text.format(**fields, value=repr(_shown(reading, key)))))
    return problems


def fill_from_certificate(args: argparse.Namespace) -> None:
    """Fill ``args``' empty fields from the certificate in ``--from-certificate`` (in place).

    Raises:
        InvalidInput: the file cannot be read, or a needed field was not read or not sure
            (every such field named in one line); nothing is written.
    """
    from rxtracker.exchange.certificates import read_certificate

    source: Path = args.from_certificate
    if args.certificate is not None:
        raise InvalidInput(
            "certificate",
            translate("certificates", "give --certificate or --from-certificate, not both"),
        )
    reading = read_certificate(source)
    problems = _refused(reading, args, display_name(source))
    if problems:
        raise InvalidInput(problems[0][0], "; ".join(text for _, text in problems))
    values: dict[str, Any] = {
        "title": reading.title,
        "provider": reading.provider or "",
        "date": reading.date.isoformat() if reading.date else None,
        "hours": str(reading.hours) if reading.hours is not None else None,
        "uan": reading.uan,
    }
    for key, value in values.items():
        if getattr(args, key) in (None, ""):
            setattr(args, key, value)
    args.certificate = source
    args.certificate_reading = reading


def warn_other_person(args: argparse.Namespace, person_name: str) -> None:
    """Warn (stderr) when the certificate names another participant than the person."""
    reading: CertificateReading | None = getattr(args, "certificate_reading", None)
    if reading is None or reading.participant is None:
        return
    if name_key(reading.participant) != name_key(person_name):
        warning = translate(
            "certificates",
            "rxtracker: warning: the certificate is made out to {participant}, not {name}",
        )
        print(warning.format(participant=reading.participant, name=person_name), file=sys.stderr)


def check_typed(args: argparse.Namespace) -> None:
    """Without a certificate to read, title, date and hours must be typed.

    Raises:
        InvalidInput: naming the first missing option.
    """
    for key in _NEEDED:
        if getattr(args, key) in (None, ""):
            problem = translate(
                "certificates", "is required: give {option} (or --from-certificate FILE)"
            )
            raise InvalidInput(key, problem.format(option=OPTIONS[key]))
    parse_date(args.date)  # the same message as before for a bad date
