"""ACPE certificate-program numbers (CPN), which look like a UAN but are not one.

ACPE's certificate programs carry an "ACPE Certificate Program Number" such as
``0669-24-002-CP`` (provider, two-digit year, sequence, ``CP``): rules-reference section 5.1,
https://rxce.com/CertificatePrograms/Nonsterile-Compounding-ACPE-Pharmacy-Certificate-Program
A CPN names the program, not an activity with topic and audience, so it is recognized and
explained instead of being refused as a malformed UAN.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rxtracker.i18n import translate

_CPN = re.compile(r"(?P<provider>\d{4}|JA\d{7})-(?P<year>\d{2})-(?P<sequence>\d{3})-CP")


@dataclass(frozen=True, slots=True)
class CertificateProgramNumber:
    """A parsed CPN."""

    text: str
    provider: str
    year: str
    sequence: str

    def explanation(self) -> str:
        """Why it is not a UAN and what to do, in one sentence."""
        return translate(
            "cpn",
            "{text} is an ACPE certificate-program number (provider {provider}, "
            "20{year}, program {sequence}), not a UAN: enter the UAN printed on "
            "the statement of credit for each activity of the program, or log the program "
            "without a UAN and keep this number in the notes",
        ).format(
            text=repr(self.text), provider=self.provider, year=self.year, sequence=self.sequence
        )


def certificate_program(text: str) -> CertificateProgramNumber | None:
    """The CPN in ``text`` (already upper-cased, dashes normalised), or None."""
    match = _CPN.fullmatch(text)
    if match is None:
        return None
    return CertificateProgramNumber(text, match["provider"], match["year"], match["sequence"])
