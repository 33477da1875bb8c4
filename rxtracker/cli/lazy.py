"""Modules loaded when first used, so parsing a command does not load every service.

A command module adds several actions (``ce add``, ``ce list``, ``ce delete``...) and
imports the services they run. Each such service module is bound to a :func:`lazy_module`
whose code runs on its first attribute access: ``ce list`` never loads what ``ce add`` or
``ce delete`` needs (SQLAlchemy and the ORM among it; see ``services.quick``).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, whose code runs when one of its attributes is first read.

    An already imported module is returned as it is.
    """
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module
