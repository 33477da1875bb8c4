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
from rxtracker.domain.files import display_name
from rxtracker.i18n import translate

if TYPE_CHECKING:  # the reader (and its PDF and image libraries) is imported when used
    from rxtracker.exchange.certificates import CertificateReading

#: Each field that ``ce add`` takes from a certificate: its option and how it is shown.
OPTIONS = {"title": "--title", "provider": "--provider", "date": "--date", "hours": "--hours"}
OPTIONS["uan"] = "--uan"
_LABELS = {
    "title": "Title",
    "provider": "Provider",
    "date": "Date completed",
    "hours": "Contact hours",
    "uan": "UAN",
    "participant": "Participant",
    "eprofile_id": "e-Profile ID",
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
    print(f"Read from {display_name(args.file)}:")
    for key, label in _LABELS.items():
        value = _shown(reading, key) or "(not found)"
        mark = "   <- not sure: check it" if key in reading.unsure else ""
        print(f"  {label:<15} {value}{mark}")
    return 0


def _refused(reading: CertificateReading, args: argparse.Namespace, name: str) -> list[str]:
    """What stops the reading's fields from being logged as they are, one phrase each."""
    problems = []
    for key, option in OPTIONS.items():
        if getattr(args, key) not in (None, ""):
            continue
        if getattr(reading, key) is None and key in _NEEDED:
            problems.append(f"{key} could not be read from {name}; give it with {option}")
        elif key in reading.unsure:
            problems.append(
                f"{key} read as {_shown(reading, key)!r} but not sure; check it and give it "
                f"with {option}"
            )
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
        raise InvalidInput("certificate", "give --certificate or --from-certificate, not both")
    reading = read_certificate(source)
    problems = _refused(reading, args, display_name(source))
    if problems:
        raise InvalidInput(problems[0].split(" ", 1)[0], "; ".join(problems))
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
        print(
            f"rxtracker: warning: the certificate is made out to {reading.participant}, "
            f"not {person_name}",
            file=sys.stderr,
        )


def check_typed(args: argparse.Namespace) -> None:
    """Without a certificate to read, title, date and hours must be typed.

    Raises:
        InvalidInput: naming the first missing option.
    """
    for key in _NEEDED:
        if getattr(args, key) in (None, ""):
            raise InvalidInput(
                key, f"is required: give {OPTIONS[key]} (or --from-certificate FILE)"
            )
    parse_date(args.date)  # the same message as before for a bad date
