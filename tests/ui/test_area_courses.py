"""A specialty area names a few of its courses and counts the rest (ten years of CE fit)."""

from __future__ import annotations

from rxtracker.domain import Hours
from rxtracker.services.views import SpecialtyArea
from rxtracker.ui.models.pathways import AreaModel


def _area(ids: tuple[int, ...]) -> SpecialtyArea:
    return SpecialtyArea("compounding", "Compounding", ids, Hours.parse("3"))


def test_an_area_with_thousands_of_courses_names_three_and_counts_the_rest(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    ids = tuple(range(1, 2_501))
    model = AreaModel()
    model.set_areas([_area(ids)], {i: f"Course {i}" for i in ids})
    qtmodeltester.check(model)
    text = model.index(0, 2).data()
    assert text == "Course 1; Course 2; Course 3; and 2,497 more"


def test_a_few_courses_are_all_named(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = AreaModel()
    model.set_areas([_area((7, 8)), _area(())], {7: "Sterile basics", 8: "USP 797"})
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "Sterile basics; USP 797"
    assert model.index(1, 2).data() == "none yet"
