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


#: The ACPE topic designator a course on a tagged subject usually carries (rules-reference
#: sections 5.2 and 8.2: 03 law, 05 patient safety, 06 immunizations, 07 compounding, 08
#: pain management). Used only to suggest a course that meets a tag and a topic at once
#: (a Texas-law course accredited as ACPE law counts for PTCB's law hour too); a tag with no
#: usual topic (human trafficking, implicit bias) is suggested on its own.
USUAL_TOPIC: dict[str, str] = {
    "law": "03",
    "texas-law": "03",
    "jurisprudence": "03",
    "ethics": "03",
    "patient-safety": "05",
    "medication-safety": "05",
    "medication-errors": "05",
    "immunization": "06",
    "sterile-compounding": "07",
    "nonsterile-compounding": "07",
    "pain-management": "08",
}
