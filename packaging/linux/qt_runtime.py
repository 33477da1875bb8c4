"""The system packages Qt needs on Linux, read from qt-runtime-packages.txt (the one list).

Usage:
    python3 packaging/linux/qt_runtime.py check            # before starting Qt (`make run`)
    python3 packaging/linux/qt_runtime.py debian [--for offscreen] [--sep ", "]
    python3 packaging/linux/qt_runtime.py fedora [--for offscreen]

``check`` looks for each shared library the chosen Qt platform loads (the one in
``QT_QPA_PLATFORM``; an X11 window when it is unset) and, when one is missing, names it with the
one ``apt-get install`` line and the ``dnf install`` line, then exits with status 1 instead of
letting Qt abort. ``debian`` and ``fedora`` print the package names (for .ci/run and the .deb).
Standard library only: it runs before the virtual environment exists, and before PySide6 loads.

For tests only: ``RXTRACKER_QT_CHECK_MISSING`` names libraries (comma-separated sonames) that
the check looks for under a name that cannot exist, so a missing library can be faked.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
from dataclasses import dataclass
from pathlib import Path

LIST = Path(__file__).resolve().with_name("qt-runtime-packages.txt")
#: Qt platforms that draw no window need only the ``any`` packages.
WINDOWLESS = {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs"}


@dataclass(frozen=True)
class Package:
    """One line of the list: when it is needed, its names, and the library it provides."""

    needed: str
    debian: str
    fedora: str
    library: str | None


def packages(path: Path = LIST) -> list[Package]:
    """Every package in the list, in its order."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            needed, debian, fedora, library = fields
            out.append(Package(needed, debian, fedora, None if library == "-" else library))
    return out


def needed_for(platform: str) -> list[Package]:
    """The packages a Qt platform name (``QT_QPA_PLATFORM``'s first part) needs."""
    windowless = platform.split(":", 1)[0] in WINDOWLESS
    return [p for p in packages() if p.needed == "any" or not windowless]


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _loads(library: str) -> bool:
    faked = os.environ.get("RXTRACKER_QT_CHECK_MISSING", "").split(",")
    name = f"{library}.faked-missing" if library in faked else library
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing(platform: str) -> list[Package]:
    """The packages whose library cannot be loaded on this computer."""
    return [p for p in needed_for(platform) if p.library and not _loads(p.library)]


def message(gone: list[Package]) -> str:
    """What to tell a person whose computer lacks ``gone``: which libraries, and how to add them."""
    width = max(len(p.library or "") for p in gone)
    lines = [
        f"rxtracker cannot open its window: Qt needs {len(gone)} system "
        f"{'library' if len(gone) == 1 else 'libraries'} that {'is' if len(gone) == 1 else 'are'}"
        " not installed:",
        *(
            f"  {p.library or '':<{width}}  (Debian/Ubuntu: {p.debian}; Fedora: {p.fedora})"
            for p in gone
        ),
        "Install with one of these lines, then run `make run` again:",
        f"  Debian/Ubuntu:  sudo apt-get install {' '.join(_unique([p.debian for p in gone]))}",
        f"  Fedora:         sudo dnf install {' '.join(_unique([p.fedora for p in gone]))}",
        f"(Every package rxtracker needs is listed in packaging/linux/{LIST.name}.)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("command", choices=["check", "debian", "fedora"])
    parser.add_argument("--for", dest="platform", default="xcb", help="a Qt platform name")
    parser.add_argument("--sep", default=" ", help="what goes between package names")
    args = parser.parse_args(argv)
    if args.command != "check":
        chosen = needed_for(args.platform)
        print(args.sep.join(_unique([getattr(p, args.command) for p in chosen])))
        return 0
    if not sys.platform.startswith("linux"):
        return 0
    gone = missing(os.environ.get("QT_QPA_PLATFORM", "xcb"))
    if gone:
        print(message(gone), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
