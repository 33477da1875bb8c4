"""A copy of a frozen record with some fields changed, and a record type's field names.

The engine's and the catalog's record types are ``msgspec.Struct`` classes (issue 24): a
frozen dataclass execs six generated methods when its module is imported (about 0.6 ms a
class, some 60 classes before ``status`` can run), a Struct is made in microseconds. The
other records are still dataclasses; these two functions serve either kind. Importing this
module imports neither msgspec nor dataclasses.
"""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["field_names", "replace"]

R = TypeVar("R")


def replace(record: R, /, **changes: Any) -> R:
    """A copy of ``record`` (a Struct or a dataclass) with ``changes`` made."""
    if hasattr(record, "__struct_fields__"):
        from msgspec.structs import replace as replace_struct

        return replace_struct(record, **changes)  # type: ignore[type-var]
    import dataclasses

    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def field_names(record_type: type[Any]) -> tuple[str, ...]:
    """The names of a record type's fields, in their order (a Struct or a dataclass)."""
    names: tuple[str, ...] | None = getattr(record_type, "__struct_fields__", None)
    if names is not None:
        return names
    import dataclasses

    return tuple(f.name for f in dataclasses.fields(record_type))
