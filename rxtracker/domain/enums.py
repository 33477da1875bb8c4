"""Enumerations stored in the database and shown to users."""

from enum import StrEnum

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate


class Role(StrEnum):
    """What a person does in the pharmacy."""

    TECHNICIAN = "technician"
    LEAD = "lead"
    SUPERVISOR = "supervisor"

    @property
    def label(self) -> str:
        """The role in words, lower case as in a sentence ("technician"; "técnico")."""
        return translate("enums", _ROLE_WORDS[self])


_ROLE_WORDS = {
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("enums", "technician"),
    Role.LEAD: QT_TRANSLATE_NOOP("enums", "lead"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("enums", "supervisor"),
}


class Category(StrEnum):
    """What kind of CE an activity is; several rules cap or exclude a category."""

    ACPE = "acpe"
    COLLEGE = "college"
    IN_SERVICE = "in-service"
    EMPLOYER = "employer"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Words for the user."""
        return translate("enums", _CATEGORY_LABELS[self])


_CATEGORY_LABELS = {
    Category.ACPE: QT_TRANSLATE_NOOP("enums", "ACPE-accredited CE"),
    Category.COLLEGE: QT_TRANSLATE_NOOP("enums", "College course"),
    Category.IN_SERVICE: QT_TRANSLATE_NOOP("enums", "In-service"),
    Category.EMPLOYER: QT_TRANSLATE_NOOP("enums", "Employer training"),
    Category.OTHER: QT_TRANSLATE_NOOP("enums", "Other (non-ACPE) CE"),
}


class Format(StrEnum):
    """Delivery format from the UAN's format letter (ACPE: L live, H home study)."""

    LIVE = "live"
    HOME = "home"
    UNKNOWN = "unknown"


class Audience(StrEnum):
    """Who the activity was accredited for (UAN's last letter)."""

    TECHNICIAN = "T"
    PHARMACIST = "P"


class Verification(StrEnum):
    """A supervisor's check of an activity's record and certificate."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    RETURNED = "returned"  # sent back to the technician with a note

    @property
    def label(self) -> str:
        """Words for the user."""
        return translate("enums", _VERIFICATION_LABELS[self.value])


_VERIFICATION_LABELS = {
    "unverified": QT_TRANSLATE_NOOP("enums", "Not checked"),
    "verified": QT_TRANSLATE_NOOP("enums", "Verified"),
    "returned": QT_TRANSLATE_NOOP("enums", "Sent back"),
}


class Source(StrEnum):
    """How an activity got into rxtracker."""

    MANUAL = "manual"
    IMPORT = "import"
