"""The backup archive: a zip of the database snapshot, the certificate files and a manifest.

Layout::

    manifest.json              app and schema versions, and every file's size and sha256
    rxtracker.sqlite3          the database (a consistent snapshot)
    certificates/<sha256>.pdf  the certificate files, as stored

Restoring never trusts the archive: every entry name is checked (no ``..``, no absolute
path, no drive letter, no link, only the names above), sizes and compression ratios are
capped, the manifest must list exactly the entries, and each file's sha256 is checked while
it is unpacked into a fresh folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rxtracker.disk import FILE_MODE, atomic_path, make_folder
from rxtracker.domain import InvalidInput
from rxtracker.domain.files import display_name
from rxtracker.i18n import QT_TRANSLATE_NOOP, translate

MANIFEST = "manifest.json"
DATABASE = "rxtracker.sqlite3"
PERSON_JSON = "person.json"
CERTIFICATES = "certificates/"
FORMAT = 1
MAX_UNPACKED_BYTES = 4 * 1024**3
MAX_MEMBER_RATIO = 200
RATIO_FLOOR_BYTES = 4 * 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
#: A person archive's person.json (a working life of records is a few megabytes; 50,000
#: activities, the most an archive may hold, about 38 MB).
MAX_PERSON_JSON_BYTES = 64 * 1024 * 1024
_CERTIFICATE_NAME = re.compile(r"certificates/[0-9a-f]{64}\.(pdf|png|jpg)")


@dataclass(frozen=True, slots=True)
class LayoutWords:
    """The messages that name the kind of archive, whole (translated where they are raised)."""

    name: str  # "backup", "person archive"
    outside: str  # an entry named outside the archive ({name})
    escapes: str  # an entry that would be unpacked outside the folder ({name})
    too_big: str  # the data file is over its size ({name}, {size}, {most})
    no_manifest: str  # no manifest.json
    unknown_format: str  # a manifest of another program or a newer format
    other_kind: str  # the other kind of rxtracker archive ({kind})
    holds_no: str  # no data file ({file})


@dataclass(frozen=True, slots=True)
class Layout:
    """What kind of archive: the backup of a data folder, or one person's records."""

    kind: str  # written in the manifest; a backup made before kinds existed is "backup"
    data_entry: str  # the one data file beside the certificates
    field: str  # the field named in error messages
    words: LayoutWords
    max_data_bytes: int = MAX_UNPACKED_BYTES  # the data file's size, checked before unpacking


BACKUP = Layout(
    "backup",
    DATABASE,
    "backup",
    LayoutWords(
        QT_TRANSLATE_NOOP("archive", "backup"),
        QT_TRANSLATE_NOOP("archive", "refused: the entry {name} points outside the backup"),
        QT_TRANSLATE_NOOP("archive", "refused: {name} points outside the backup"),
        QT_TRANSLATE_NOOP(
            "archive", "refused: {name} unpacks to {size} MB; a backup's is at most {most} MB"
        ),
        QT_TRANSLATE_NOOP("archive", "not an rxtracker backup (no manifest.json)"),
        QT_TRANSLATE_NOOP("archive", "not an rxtracker backup of a known format"),
        QT_TRANSLATE_NOOP("archive", "this is an rxtracker {kind}, not a backup"),
        QT_TRANSLATE_NOOP("archive", "{file} holds no database"),
    ),
)
#: One person's records (``rxtracker.services.person_archive``).
PERSON = Layout(
    "person",
    PERSON_JSON,
    "archive",
    LayoutWords(
        QT_TRANSLATE_NOOP("archive", "person archive"),
        QT_TRANSLATE_NOOP("archive", "refused: the entry {name} points outside the person archive"),
        QT_TRANSLATE_NOOP("archive", "refused: {name} points outside the person archive"),
        QT_TRANSLATE_NOOP(
            "archive",
            "refused: {name} unpacks to {size} MB; a person archive's is at most {most} MB",
        ),
        QT_TRANSLATE_NOOP("archive", "not an rxtracker person archive (no manifest.json)"),
        QT_TRANSLATE_NOOP("archive", "not an rxtracker person archive of a known format"),
        QT_TRANSLATE_NOOP("archive", "this is an rxtracker {kind}, not a person archive"),
        QT_TRANSLATE_NOOP("archive", "{file} holds no person.json"),
    ),
    MAX_PERSON_JSON_BYTES,
)
_LAYOUTS = {layout.kind: layout for layout in (BACKUP, PERSON)}


def _refused(layout: Layout, words: str, **fields: object) -> InvalidInput:
    """The archive's error (to raise): ``words``, already translated, with its fields filled."""
    return InvalidInput(layout.field, words.format(**fields))


def _said(words: str) -> str:
    """One of a layout's :class:`LayoutWords` in the interface language."""
    return translate("archive", words)


@dataclass(frozen=True, slots=True)
class ManifestFile:
    """One file of the archive."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """What the archive says it holds."""

    app_version: str
    schema_version: int
    created_at: str
    files: tuple[ManifestFile, ...]
    kind: str = BACKUP.kind

    def to_json(self) -> str:
        """The manifest.json text."""
        body = {
            "format": FORMAT,
            "app": "rxtracker",
            "kind": self.kind,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "created_at": self.created_at,
            "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        return json.dumps(body, indent=2)


def file_digest(path: Path) -> tuple[int, str]:
    """(size, sha256 hex) of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def write_archive(
    out: Path,
    database: Path,
    certificates: Sequence[Path],
    *,
    app_version: str,
    schema_version: int,
    created_at: dt.datetime,
    layout: Layout = BACKUP,
) -> Manifest:
    """Write the archive zip (to a temporary name, renamed into place when complete).

    ``database`` is the layout's data file (the database snapshot of a backup).
    """
    members = [(layout.data_entry, database)] + [
        (CERTIFICATES + p.name, p) for p in sorted(certificates)
    ]
    files = []
    for name, source in members:
        size, sha = file_digest(source)
        files.append(ManifestFile(name, size, sha))
    manifest = Manifest(
        app_version, schema_version, created_at.isoformat(), tuple(files), layout.kind
    )
    with (
        atomic_path(out) as tmp,
        zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(MANIFEST, manifest.to_json())
        for name, source in members:
            archive.write(source, name)
    return manifest


def inspect_archive(path: Path, *, max_schema: int, layout: Layout = BACKUP) -> Manifest:
    """Check an archive's entries and manifest without unpacking anything.

    Raises:
        InvalidInput: field "backup": not a backup, unsafe entry, too big, made by a newer
            rxtracker, or the manifest does not match the entries.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_entries(infos, layout)
            manifest = _read_manifest(archive, layout)
    except zipfile.BadZipFile:
        words = translate("archive", "{file} is not a zip archive")
        raise _refused(layout, words, file=display_name(path)) from None
    except FileNotFoundError:
        raise _refused(layout, translate("archive", "{path} does not exist"), path=path) from None
    if manifest.schema_version > max_schema:
        words = translate(
            "archive",
            "{file} was made by a newer rxtracker (schema {schema}; this version reads up to "
            "{most}); install the newer rxtracker to open it",
        )
        schema = manifest.schema_version
        raise _refused(layout, words, file=display_name(path), schema=schema, most=max_schema)
    _check_listed(manifest, {i.filename: i for i in infos if i.filename != MANIFEST}, layout)
    if layout.data_entry not in {f.name for f in manifest.files}:
        raise _refused(layout, _said(layout.words.holds_no), file=display_name(path))
    return manifest


def _check_listed(manifest: Manifest, present: dict[str, zipfile.ZipInfo], layout: Layout) -> None:
    """The manifest lists each entry once, and exactly the entries, at their sizes."""
    listed = {f.name: f for f in manifest.files}
    if len(listed) != len(manifest.files):
        names = [f.name for f in manifest.files]
        twice = next(n for i, n in enumerate(names) if n in names[:i])
        words = translate("archive", "the manifest lists {name} twice")
        raise _refused(layout, words, name=repr(twice[:80]))
    if set(listed) != set(present):
        extra = sorted(set(present) - set(listed)) + sorted(set(listed) - set(present))
        words = translate("archive", "the manifest does not match the archive ({name})")
        raise _refused(layout, words, name=extra[0])
    for name, info in present.items():
        if info.file_size != listed[name].size:
            words = translate("archive", "{name} is not the size the manifest says")
            raise _refused(layout, words, name=name)


def _check_entries(infos: list[zipfile.ZipInfo], layout: Layout) -> None:
    names: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_entry(info, layout)
        if name in names:
            words = translate("archive", "refused: the entry {name} appears twice")
            raise _refused(layout, words, name=repr(name))
        names.add(name)
        total += info.file_size
    if total > MAX_UNPACKED_BYTES:
        words = translate("archive", "refused: unpacks to {size} MB (limit 4 GB)")
        raise _refused(layout, words, size=total // 1024**2)


def _check_entry(info: zipfile.ZipInfo, layout: Layout) -> None:
    """One entry: a safe name the layout expects, no link, a size and a ratio within bounds."""
    name = info.filename
    if not is_safe_name(name):
        raise _refused(layout, _said(layout.words.outside), name=repr(name))
    if stat.S_ISLNK(info.external_attr >> 16):
        words = translate("archive", "refused: the entry {name} is a link")
        raise _refused(layout, words, name=repr(name))
    if name not in (MANIFEST, layout.data_entry) and not _CERTIFICATE_NAME.fullmatch(name):
        words = translate("archive", "refused: unexpected entry {name}")
        raise _refused(layout, words, name=repr(name))
    if name == layout.data_entry and info.file_size > layout.max_data_bytes:
        size, most = f"{info.file_size / 1024**2:,.0f}", layout.max_data_bytes // 1024**2
        raise _refused(layout, _said(layout.words.too_big), name=name, size=size, most=most)
    packed = max(info.compress_size, 1)
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size / packed > MAX_MEMBER_RATIO:
        words = translate("archive", "refused: {name} unpacks to far more than its packed size")
        raise _refused(layout, words, name=name)


def is_safe_name(name: str) -> bool:
    """True for a relative, forward-slash name with no '..', drive or empty part."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    parts = name.split("/")
    if re.match(r"[A-Za-z]:", parts[0]):
        return False
    return all(part not in ("", ".", "..") for part in parts)


def _read_manifest(archive: zipfile.ZipFile, layout: Layout) -> Manifest:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise _refused(layout, _said(layout.words.no_manifest)) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _refused(layout, translate("archive", "refused: manifest.json is too big"))
    try:
        body: dict[str, Any] = json.loads(archive.read(MANIFEST))
        if body.get("app") != "rxtracker" or int(body["format"]) > FORMAT:
            raise ValueError(_said(layout.words.unknown_format))
        kind = str(body.get("kind", BACKUP.kind))
        files = tuple(
            ManifestFile(str(f["name"]), int(f["size"]), str(f["sha256"])) for f in body["files"]
        )
        manifest = Manifest(
            str(body["app_version"]),
            int(body["schema_version"]),
            str(body["created_at"]),
            files,
            kind,
        )
    except (ValueError, KeyError, TypeError) as exc:
        words = translate("archive", "manifest.json is not readable ({error})")
        raise _refused(layout, words, error=exc) from None
    if manifest.kind != layout.kind:
        other = _LAYOUTS.get(manifest.kind)
        kind = _said(other.words.name) if other else manifest.kind
        raise _refused(layout, _said(layout.words.other_kind), kind=kind)
    return manifest


def extract_archive(path: Path, manifest: Manifest, target: Path, layout: Layout = BACKUP) -> None:
    """Unpack the checked archive into the empty folder ``target``, checking every sha256.

    Raises:
        InvalidInput: a file's bytes do not match the manifest (the folder is left for the
            caller to remove).
    """
    root = target.resolve()
    with zipfile.ZipFile(path) as archive:
        for entry in manifest.files:
            destination = (root / entry.name).resolve()
            if not destination.is_relative_to(root):  # is_safe_name already refused it
                raise _refused(layout, _said(layout.words.escapes), name=repr(entry.name))
            make_folder(destination.parent)
            _copy_checked(archive, entry, destination, layout)


def _copy_checked(
    archive: zipfile.ZipFile, entry: ManifestFile, destination: Path, layout: Layout
) -> None:
    digest = hashlib.sha256()
    written = 0
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(destination, flags, FILE_MODE)  # 0600 from the start, whatever the umask
    with archive.open(entry.name) as source, os.fdopen(fd, "wb") as out:
        while chunk := source.read(1 << 20):
            written += len(chunk)
            if written > entry.size:
                words = translate("archive", "{name} is bigger than the manifest says")
                raise _refused(layout, words, name=entry.name)
            digest.update(chunk)
            out.write(chunk)
    if written != entry.size or digest.hexdigest() != entry.sha256:
        words = translate("archive", "{name} does not match its sha256 in the manifest")
        raise _refused(layout, words, name=entry.name)
