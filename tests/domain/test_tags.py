"""The tag vocabulary shared by the catalog, the CLI and the GUI."""

import re

from rxtracker.domain import KNOWN_TAGS, tag_label

CONTRACT_TAGS = {
    "law",
    "patient-safety",
    "texas-law",
    "medication-errors",
    "human-trafficking",
    "cultural-competency",
    "sterile-compounding",
    "nonsterile-compounding",
    "immunization",
    "pain-management",
    "implicit-bias",
    "ethics",
    "opioids",
    "nuclear",
    "long-term-care",
    "oncology",
    "board-approved",
}


def test_every_contract_tag_is_known() -> None:
    assert set(KNOWN_TAGS) >= CONTRACT_TAGS


def test_tags_are_spelled_like_cleaned_user_tags() -> None:
    for tag, label in KNOWN_TAGS.items():
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", tag), tag
        assert label.strip() == label and label


def test_labels_for_known_and_free_tags() -> None:
    assert tag_label("texas-law") == "Texas pharmacy law or rules"
    assert tag_label("my-employer-training") == "my employer training"
