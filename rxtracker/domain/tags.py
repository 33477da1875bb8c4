"""The tag vocabulary: topics a UAN cannot express, assigned to activities by the user.

State boards key several requirements on subject matter the ACPE topic designator does not
carry (Texas law, Florida medication errors, human trafficking, cultural competency...;
rules-reference section 8.2). Users tag such activities; the rule catalog selects by tag.
Free tags stay allowed: this list gives the known ones a label and a stable spelling.
"""

from __future__ import annotations

from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

#: Known tags -> label shown to the user (translated where shown: ``tag_label``). Tags are
#: lower case with dashes.
KNOWN_TAGS: dict[str, str] = {
    "law": QT_TRANSLATE_NOOP("tags", "Pharmacy law"),
    "patient-safety": QT_TRANSLATE_NOOP("tags", "Patient safety"),
    "texas-law": QT_TRANSLATE_NOOP("tags", "Texas pharmacy law or rules"),
    "medication-errors": QT_TRANSLATE_NOOP("tags", "Prevention of medication errors"),
    "human-trafficking": QT_TRANSLATE_NOOP("tags", "Human-trafficking prevention"),
    "cultural-competency": QT_TRANSLATE_NOOP("tags", "Cultural competency"),
    "sterile-compounding": QT_TRANSLATE_NOOP("tags", "Sterile compounding"),
    "nonsterile-compounding": QT_TRANSLATE_NOOP("tags", "Nonsterile compounding"),
    "immunization": QT_TRANSLATE_NOOP("tags", "Immunization"),
    "pain-management": QT_TRANSLATE_NOOP("tags", "Pain and symptom management"),
    "implicit-bias": QT_TRANSLATE_NOOP("tags", "Implicit bias"),
    "ethics": QT_TRANSLATE_NOOP("tags", "Pharmacy ethics"),
    "opioids": QT_TRANSLATE_NOOP("tags", "Opioids and controlled substances"),
    "nuclear": QT_TRANSLATE_NOOP("tags", "Nuclear pharmacy"),
    "long-term-care": QT_TRANSLATE_NOOP("tags", "Long-term care"),
    "oncology": QT_TRANSLATE_NOOP("tags", "Oncology"),
    "board-approved": QT_TRANSLATE_NOOP("tags", "Approved by the state board"),
    "jurisprudence": QT_TRANSLATE_NOOP("tags", "Pharmacy ethics and jurisprudence"),
    "medication-safety": QT_TRANSLATE_NOOP("tags", "Medication safety"),
    "sexual-harassment": QT_TRANSLATE_NOOP("tags", "Sexual-harassment prevention"),
    "hazardous-drugs": QT_TRANSLATE_NOOP("tags", "Hazardous drug handling"),
}


def tag_label(tag: str) -> str:
    """The label of a known tag, or the tag itself with dashes shown as spaces."""
    label = KNOWN_TAGS.get(tag)
    return translate("tags", label) if label else tag.replace("-", " ")


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
