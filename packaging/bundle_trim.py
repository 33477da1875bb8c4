"""What the spec (rxtracker.spec) leaves out of the bundle or slims, beyond its exclude list.

Each cut is measured in packaging/README.md. Everything here is unused by rxtracker:

* Qt plugins for platforms a desktop app does not run on (framebuffer, EGL full-screen,
  VNC, Vulkan display), their input plugins, and image formats that are never read (the app
  reads PNG, JPEG and its SVG icons); then the Qt libraries only those plugins needed;
* on Linux, debug symbols (``strip``), except in the libraries that auditwheel vendored into
  ``*.libs`` folders: stripping numpy's OpenBLAS breaks it (segments not page-aligned).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

#: Plugin file stems (without ``lib``) rxtracker never loads, under their plugin folder.
UNUSED_QT_PLUGINS = {
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc"},
    "egldeviceintegrations": None,  # None: the whole folder (EGL full-screen only)
    "generic": None,  # evdev and TUIO input, for the framebuffer and EGL platforms
    "imageformats": {"qgif", "qicns", "qico", "qtga", "qtiff", "qwbmp", "qwebp"},
}

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (name in bundle, source, kind)


def _unused_plugin(name: str) -> bool:
    parts = Path(name).parts
    if "plugins" not in parts or parts.index("plugins") != len(parts) - 3:
        return False
    folder, stem = parts[-2], parts[-1].split(".")[0].removeprefix("lib")
    unused = UNUSED_QT_PLUGINS.get(folder, set())
    return folder in UNUSED_QT_PLUGINS and (unused is None or stem in unused)


def without_unused_qt(binaries: list[Entry], needs: dict[str, set[str]]) -> list[Entry]:
    """``binaries`` less the unused plugins, then less the Qt libraries nothing kept needs.

    ``needs`` maps a binary's source path to the library names it links (DT_NEEDED).
    """
    kept = [entry for entry in binaries if not _unused_plugin(entry[0])]
    while True:
        wanted = {lib for entry in kept for lib in needs.get(entry[1], set())}
        orphans = [
            entry
            for entry in kept
            if Path(entry[0]).name.startswith(("libQt6", "Qt6"))
            and Path(entry[0]).name not in wanted
            and not Path(entry[0]).name.startswith(("libQt6Core", "libQt6Gui", "libQt6Widgets"))
        ]
        if not orphans:
            return kept
        kept = [entry for entry in kept if entry not in orphans]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def strip_debug_symbols(folder: Path) -> int:
    """Strip every ELF library in ``folder`` but those in ``*.libs``; return the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        raise SystemExit("the Linux bundle is stripped with strip: apt install binutils")
    files = [
        path
        for path in sorted(folder.rglob("*.so*"))
        if path.is_file()
        and not path.is_symlink()
        and not any(part.endswith(".libs") for part in path.relative_to(folder).parts)
        and _is_elf(path)
    ]
    before = sum(path.stat().st_size for path in files)
    subprocess.run([strip, "--strip-unneeded", *map(str, files)], check=True)
    return before - sum(path.stat().st_size for path in files)
