"""The full catalog is read once per data folder and read again after a catalog change."""

from __future__ import annotations

from rxtracker.domain import Hours
from rxtracker.services import Context, Kind
from rxtracker.services.custom_types import (
    CustomTypeInput,
    add_custom_type,
    credential_types,
    delete_custom_type,
    full_catalog,
)


def test_the_catalog_is_kept_until_a_custom_type_is_added_or_deleted(ctx: Context) -> None:
    first = full_catalog(ctx)
    assert full_catalog(ctx) is first  # kept, not read again
    added = add_custom_type(ctx, CustomTypeInput("Hospital badge", "Mercy", 12, Hours.parse("5")))
    assert added.changes.kinds == {Kind.CATALOG}
    assert added.value.id in credential_types(ctx)
    assert added.value.id not in first
    delete_custom_type(ctx, added.value.id)
    assert added.value.id not in credential_types(ctx)
    assert credential_types(ctx).keys() == first.types.keys()
