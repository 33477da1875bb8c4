"""The parsed catalog kept between starts: a pickle named by what it was made from.

Parsing the shipped rule files (70-odd TOML files, every rule checked) costs every command
and every start of the app 0.1-0.3 s; unpickling the result costs about 10 ms. The file's
name is a hash of the names, sizes and modification times of every catalog data file and
of the modules that define the parsed objects (catalog and domain), and of the Python that
runs them, so an edited rule file or an upgraded app reads a new name and never an old
pickle. A file that cannot be read, is cut short or holds anything but a catalog is ignored
and written again; a cache folder that cannot be written only costs the parse.
"""

from __future__ import annotations

import contextlib
import logging
import pickle
import sys

# hashlib's own blake2b (hashlib.blake2b is this function), without the OpenSSL start-up that
# importing hashlib costs every command (about 2 ms).
from _blake2 import blake2b
from pathlib import Path

from rxtracker.catalog.catalog import Catalog

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent
#: The sources whose change makes a pickle stale: the rule files, the catalog's own modules
#: (the parsed classes and the parser) and the domain's (values the rules hold).
_SOURCES = (_PACKAGE, _PACKAGE.parent / "domain")


def load_catalog(cache_dir: Path | None) -> Catalog:
    """``load_builtin()``, through the pickle in ``cache_dir`` when it is there and sound.

    With ``cache_dir`` None the files are parsed every time (nothing is written).

    Raises:
        CatalogError: a shipped rule file is broken (never cached).
    """
    if cache_dir is None:
        return _parsed()
    path = cache_dir / f"catalog-{source_key()}.pickle"
    cached = _read(path)
    if cached is not None:
        return cached.share_texts()
    catalog = _parsed()
    _write(path, catalog)
    return catalog


def source_key() -> str:
    """A hash of the names, sizes and times of the catalog's data files and modules' source."""
    digest = blake2b(digest_size=16)
    # A bundled app ships no module sources: its executable changes with each version.
    executable = Path(sys.executable)
    digest.update(f"{sys.version_info[:2]} {executable} {executable.stat().st_mtime_ns}".encode())
    for root in _SOURCES:
        for path in sorted(p for p in root.rglob("*") if p.suffix in (".toml", ".py")):
            state = path.stat()  # an edit changes the time and mostly the size: no need to read
            digest.update(
                f"{path.relative_to(root.parent)} {state.st_size} {state.st_mtime_ns}\0".encode()
            )
    return digest.hexdigest()


def _parsed() -> Catalog:
    """``load_builtin()``: the rule files' parser is loaded only when a file is parsed."""
    from rxtracker.catalog.loader import load_builtin

    return load_builtin()


def _read(path: Path) -> Catalog | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        catalog = pickle.loads(data)  # noqa: S301 (our own 0600 file in the user's cache)
    except Exception:  # a cut-short or foreign file: parse the rules instead
        log.warning("ignored an unreadable catalog cache %s", path.name)
        return None
    return catalog if isinstance(catalog, Catalog) else None


def _write(path: Path, catalog: Catalog) -> None:
    from rxtracker.disk import write_atomic  # only when the rules changed

    try:
        write_atomic(path, pickle.dumps(catalog, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:  # a read-only or full disk: the next start parses again
        log.warning("could not keep the parsed catalog in %s: %s", path.parent, exc)
        return
    for old in path.parent.glob("catalog-*.pickle"):
        if old != path:
            with contextlib.suppress(OSError):  # another start may hold it open (Windows)
                old.unlink(missing_ok=True)
