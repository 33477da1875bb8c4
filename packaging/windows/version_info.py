"""Write build/windows_version.txt (PyInstaller's Windows version resource) from pyproject.

Usage: python packaging/windows/version_info.py
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple}, prodvers={tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'rxtracker developers'),
      StringStruct('FileDescription', 'rxtracker - CE and renewal tracker'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'rxtracker'),
      StringStruct('LegalCopyright', 'MIT License'),
      StringStruct('OriginalFilename', 'rxtracker.exe'),
      StringStruct('ProductName', 'rxtracker'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def main() -> None:
    """Render the template with the version from pyproject.toml."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    as_tuple = tuple(([*numbers, 0, 0, 0, 0])[:4])
    out = ROOT / "build" / "windows_version.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(TEMPLATE.format(tuple=as_tuple, version=version), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
