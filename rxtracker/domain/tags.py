"""The tag vocabulary: topics a UAN cannot express, assigned to activities by the user.

State boards key several requirements on subject matter the ACPE topic designator does not
carry (Texas law, Florida medication errors, human trafficking, cultural competency...;
rules-reference section 8.2). Users tag such activities; the rule catalog selects by tag.
Free tags stay allowed: this list gives the known ones a label and a stable spelling.
"""

from __future__ import annotations

#: Known tags -> label shown to the user. Tags are lower case with dashes.
KNOWN_TAGS: dict[str, str] = {
    "law": "Pharmacy law",
    "patient-safety": "Patient safety",
    "texas-law": "Texas pharmacy law or rules",
    "medication-errors": "Prevention of medication errors",
    "human-trafficking": "Human-trafficking prevention",
    "cultural-competency": "Cultural competency",
    "sterile-compounding": "Sterile compounding",
    "nonsterile-compounding": "Nonsterile compounding",
    "immunization": "Immunization",
    "pain-management": "Pain and symptom management",
    "implicit-bias": "Implicit bias",
    "ethics": "Pharmacy ethics",
    "opioids": "Opioids and controlled substances",
    "nuclear": "Nuclear pharmacy",
    "long-term-care": "Long-term care",
    "oncology": "Oncology",
    "board-approved": "Approved by the state board",
    "jurisprudence": "Pharmacy ethics and jurisprudence",
    "medication-safety": "Medication safety",
    "sexual-harassment": "Sexual-harassment prevention",
    "hazardous-drugs": "Hazardous drug handling",
}


def tag_label(tag: str) -> str:
    """The label of a known tag, or the tag itself with dashes shown as spaces."""
    return KNOWN_TAGS.get(tag, tag.replace("-", " "))
