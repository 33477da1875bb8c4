"""rxtracker: continuing-education and renewal tracker for pharmacy technicians."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """``rxtracker.__version__``, read from the installed metadata on first use.

    importlib.metadata costs tens of milliseconds, so it is not imported at start-up.
    """
    if name != "__version__":
        raise AttributeError(f"module 'rxtracker' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("rxtracker")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
