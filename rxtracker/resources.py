"""Files shipped in the top-level ``resources/`` folder (icons, ...).

An installed wheel carries them as ``rxtracker/resources`` (pyproject force-include); a source
checkout has them beside the package. Either way, callers ask for a path here.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_path(relative: str) -> Path:
    """The absolute path of ``resources/<relative>``.

    Raises:
        FileNotFoundError: when the file is in neither place (a broken installation).
    """
    for base in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        candidate = base / relative
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"rxtracker resource missing: {relative} (reinstall rxtracker)")


def app_icon_path() -> Path:
    """The master SVG of the app icon."""
    return resource_path("icons/rxtracker.svg")
