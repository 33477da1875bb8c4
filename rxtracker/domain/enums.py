"""Enumerations stored in the database and shown to users."""

from enum import StrEnum


class Role(StrEnum):
    """What a person does in the pharmacy."""

    TECHNICIAN = "technician"
    LEAD = "lead"
    SUPERVISOR = "supervisor"


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
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    Category.ACPE: "ACPE-accredited CE",
    Category.COLLEGE: "College course",
    Category.IN_SERVICE: "In-service",
    Category.EMPLOYER: "Employer training",
    Category.OTHER: "Other (non-ACPE) CE",
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
        return {"unverified": "Not checked", "verified": "Verified", "returned": "Sent back"}[
            self.value
        ]


class Source(StrEnum):
    """How an activity got into rxtracker."""

    MANUAL = "manual"
    IMPORT = "import"
