"""What generated datasets are made of: names, fictional providers and course subjects.

Providers are fictional; their numbers have the real UAN provider shape (4 digits, or ``JA``
and 7 digits for a jointly accredited provider). Each subject carries its ACPE topic
designator and the tags a technician would give it.
"""

from __future__ import annotations

from dataclasses import dataclass

FIRST_NAMES = (
    "Ana", "Marcus", "Priya", "Jordan", "Luis", "Mei", "Tanya", "Omar", "Grace", "Dmitri",
    "Keisha", "Hannah", "Carlos", "Aisha", "Ben", "Sofia", "Tyrone", "Linh", "Rosa", "Ethan",
    "Fatima", "Noah", "Imani", "Raj", "Chloe", "Diego", "Yusuf", "Emily", "Kwame", "Lucia",
)  # fmt: skip

LAST_NAMES = (
    "Ruiz", "Lee", "Shah", "Kim", "Garcia", "Chen", "Brooks", "Haddad", "Okafor", "Ivanov",
    "Johnson", "Miller", "Nguyen", "Patel", "Lopez", "Walker", "Hughes", "Tran", "Morales",
    "Baker", "Adeyemi", "Khan", "Rivera", "Cohen", "Murphy", "Silva", "Ward", "Bennett",
)  # fmt: skip

#: Fictional providers -> their (made-up) ACPE provider number.
PROVIDERS = (
    ("Lone Star Pharmacy Education", "0846"),
    ("SafeMeds Institute", "0412"),
    ("Gulf Coast Health-System Pharmacists", "0759"),
    ("RxLearn Online", "0530"),
    ("Great Lakes College of Pharmacy CE", "0169"),
    ("Peach State Pharmacy Association", "0311"),
    ("Blue Ridge Pharmacy Learning", "0627"),
    ("Pacific Technician Academy", "0983"),
    ("Heartland Compounding Center", "0274"),
    ("Midwest Health-System Partners", "JA0004821"),
)


@dataclass(frozen=True, slots=True)
class Subject:
    """A course subject: title stem, ACPE topic designator and tags."""

    title: str
    topic: str
    tags: tuple[str, ...] = ()


SUBJECTS = (
    Subject("Pharmacy Law and Rules Update for Technicians", "03", ("law",)),
    Subject("Texas Pharmacy Law for Technicians", "03", ("texas-law", "law")),
    Subject("Controlled Substances Recordkeeping", "03", ("law", "opioids")),
    Subject("Ethics and Jurisprudence in Community Pharmacy", "03", ("ethics", "jurisprudence")),
    Subject("Medication Error Prevention: Look-Alike, Sound-Alike Drugs", "05",
            ("medication-errors", "patient-safety")),
    Subject("Patient Safety: Sound Dispensing Practices", "05", ("patient-safety",)),
    Subject("Pediatric Dosing Calculations", "05", ("medication-safety",)),
    Subject("High-Alert Medications in the Hospital", "05", ("patient-safety",)),
    Subject("Top 200 Drugs Review: Cardiovascular Medications", "01"),
    Subject("Diabetes Medications: What Technicians Need to Know", "01"),
    Subject("Understanding Biosimilars", "01"),
    Subject("Antibiotic Stewardship Basics", "01"),
    Subject("Oncology Supportive Care for Technicians", "01", ("oncology",)),
    Subject("Long-Term Care Medication Packaging", "04", ("long-term-care",)),
    Subject("HIV Pre-Exposure Prophylaxis: Dispensing Essentials", "02"),
    Subject("Inventory Management and Drug Shortages", "04"),
    Subject("Pharmacy Billing and Prior Authorizations", "04"),
    Subject("Customer Service and Cultural Competency", "04", ("cultural-competency",)),
    Subject("Implicit Bias in Health Care", "04", ("implicit-bias",)),
    Subject("Human Trafficking Prevention for Health Care Workers", "04", ("human-trafficking",)),
    Subject("Immunization Basics for Pharmacy Technicians", "06", ("immunization",)),
    Subject("Vaccine Storage and Handling", "06", ("immunization",)),
    Subject("Sterile Compounding: Garbing and Hand Hygiene (USP <797>)", "07",
            ("sterile-compounding",)),
    Subject("Nonsterile Compounding Calculations (USP <795>)", "07", ("nonsterile-compounding",)),
    Subject("Hazardous Drug Handling under USP <800>", "07", ("hazardous-drugs",)),
    Subject("Nuclear Pharmacy Safety", "07", ("nuclear",)),
    Subject("Opioid Stewardship in the Community Pharmacy", "08", ("opioids", "pain-management")),
    Subject("Pain Management and Naloxone Counseling Support", "08", ("pain-management",)),
)  # fmt: skip

#: Title endings that make the same subject a different course.
VARIANTS = ("", " – Part 1", " – Part 2", " (Update)", ": Case Studies", " Refresher")

#: Practice settings a course is written for: with the subject, the variant and the release
#: year they give tens of thousands of distinct titles, as a team's years of CE would have
#: (a search over few distinct titles would be flattered by repeated strings).
SETTINGS = (
    "", "", "", " for Community Pharmacy", " in Hospital Practice", " in Long-Term Care",
    " for Mail-Order Pharmacy", " in Specialty Pharmacy", " for Independent Pharmacies",
    " in Ambulatory Care", " for Chain Pharmacies", " in Health-System Pharmacy",
    " for Rural Pharmacies", " in Home Infusion", " for New Technicians",
    " for Experienced Technicians", " for Technician Supervisors", " in Retail Settings",
    " for Telepharmacy", " in Oncology Clinics", " in Emergency Departments",
    " for Veterinary Prescriptions", " in Managed Care", " for Student Technicians",
    " in Federal Facilities",
)  # fmt: skip

#: Non-ACPE activities: (title, category value).
OTHER_ACTIVITIES = (
    ("Store in-service: new pharmacy workflow software", "in-service"),
    ("In-service: robotic dispensing cabinet training", "in-service"),
    ("College course: Anatomy and Physiology I", "college"),
    ("College course: Medical Terminology", "college"),
    ("Employer training: HIPAA privacy refresher", "employer"),
)

#: Hours a course is worth, in hundredths (quarter hours are common, some are long).
HOURS = (25, 50, 75, 100, 100, 100, 150, 150, 200, 200, 300, 1000)
