"""Make the bundle's ICU data library (Linux) without the data Qt never reads for rxtracker.

``python packaging/slim_icu.py OUT_DIR`` (run by ``make dist``) reads PySide6's
``libicudata.so.NN`` (31 MB, every locale of CLDR), writes the ICU data package inside it
again without the items below, and links it into ``OUT_DIR/libicudata.so.NN`` (gcc) under
the same name and symbol. It leaves out:

* the names of units, currencies, languages, regions and time zones, transliterators and
  spelled-out numbers, in every language but English (``en*``) and the root: Qt formats
  dates, numbers and names from its own tables, and rxtracker's interface is English;
* the word-break dictionaries of Chinese, Japanese, Khmer, Lao, Burmese and Thai: Qt breaks
  text with its own tables.

Collation, converters, normalisation, break rules and each locale's main data stay whole.
The same input gives the same bytes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: The trees whose non-English locales are left out (display names and spelled-out numbers).
NAME_TREES = frozenset({"unit", "curr", "lang", "region", "zone", "translit", "rbnf"})
_ALIGN = 16


def kept(item: str) -> bool:
    """Whether the package keeps ``item`` (a name like ``icudt73l/lang/fr.res``)."""
    parts = item.split("/")[1:]
    if parts[0] == "brkitr" and item.endswith(".dict"):
        return False
    if len(parts) != 2 or parts[0] not in NAME_TREES:
        return True
    locale = parts[1].removesuffix(".res")
    return (
        locale in {"root", "pool", "res_index", "tzdbNames"}
        or re.match(r"en(_|$)", locale) is not None
    )


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common data package (little-endian)."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise SystemExit("not an ICU common data package")
    toc = data[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(toc)]
    items = []
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        items.append((name, toc[data_at:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of ``items`` (kept in their sorted order)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    data_at = -(-(names_at + len(names)) // _ALIGN) * _ALIGN
    entries, blobs, name_at = [], [], names_at
    for name, blob in items:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = blob + b"\xaa" * (-len(blob) % _ALIGN)  # as ICU pads
        blobs.append(padded)
        data_at += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += b"\xaa" * (-len(toc) % _ALIGN)
    return header + toc + b"".join(blobs)


def _tool(name: str) -> str:
    """The full path of a build tool (binutils, gcc), or a clear stop when it is missing."""
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"slim_icu needs {name} (apt install binutils gcc)")
    return found


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size (``nm``; the data starts its section)."""
    listing = subprocess.run(
        [_tool("nm"), "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", listing, re.MULTILINE)
    if found is None:
        raise SystemExit(f"no ICU data symbol in {library}")
    return found[3], int(found[1], 16), int(found[2], 16)


def slim(library: Path, out: Path) -> Path:
    """Write the slimmed library into ``out`` under ``library``'s name; return its path."""
    symbol, offset, size = _symbol(library)
    data = library.read_bytes()[offset : offset + size]  # addresses equal offsets here
    header, items = read_package(data)
    package = write_package(header, [(name, blob) for name, blob in items if kept(name)])
    target = out.resolve() / library.name
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "icu.dat").write_bytes(package)
        source = Path(scratch) / "icu.s"
        source.write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n"
            f'.incbin "icu.dat"\n.size {symbol}, .-{symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(
            [
                _tool("gcc"),
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-Wl,--build-id=none",
                "-s",
                "-o",
                str(target),
                "icu.s",
            ],
            cwd=scratch,
            check=True,
        )
    return target


def main(out: Path) -> None:
    """Slim PySide6's ICU data library into ``out`` and say what it weighed before and after."""
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        print("PySide6 has no ICU data library here: nothing to slim")
        return
    out.mkdir(parents=True, exist_ok=True)
    target = slim(found[0], out)
    before, after = found[0].stat().st_size, target.stat().st_size
    print(f"{found[0].name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icu"))
