"""A package's public names imported on first use (PEP 562), so a command loads only what it uses.

Stdlib only; every layer's package ``__init__`` may use it::

    __getattr__ = names_on_first_use(globals(), _WHERE)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping


def names_on_first_use(
    namespace: MutableMapping[str, object], where: Mapping[str, str]
) -> Callable[[str], object]:
    """A module ``__getattr__`` that imports each name of ``where`` from its module once.

    Args:
        namespace: the package's ``globals()``: a name found is kept there (asked once).
        where: each public name's module: a submodule's name ("parse") or a dotted path.
    """
    package = str(namespace["__name__"])

    def found(name: str) -> object:
        place = where.get(name)
        if place is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = place if "." in place else f"{package}.{place}"
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return found
