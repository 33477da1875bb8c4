"""The full catalog is read once per data folder and read again after a catalog change."""

from __future__ import annotations

from rxtracker.domain import Hours
from rxtracker.services import Context, Kind, open_context
from rxtracker.services.custom_types import (
    CustomTypeInput,
    add_custom_type,
    credential_types,
    delete_custom_type,
    full_catalog,
)
from rxtracker.services.watch import changed_elsewhere


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


def test_a_type_added_by_another_program_is_read_after_a_refresh(ctx: Context) -> None:
    before = set(credential_types(ctx))  # read and kept
    other = open_context(ctx.paths)  # the CLI, or another window
    try:
        badge = CustomTypeInput("Hospital badge", "Mercy", 12, Hours.parse("5"))
        added = add_custom_type(other, badge).value.id
    finally:
        other.close()
    assert added not in before and added not in credential_types(ctx)  # the kept copy
    assert Kind.CATALOG in changed_elsewhere(ctx).kinds  # View ▸ Refresh, or the watcher
    assert added in credential_types(ctx)
