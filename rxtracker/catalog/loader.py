"""The catalog: every shipped file loaded strictly, references between types checked."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from rxtracker import i18n
from rxtracker.catalog.catalog import Catalog
from rxtracker.catalog.errors import CatalogError
from rxtracker.catalog.files import CatalogFile, read_file, sort_words
from rxtracker.catalog.model import CredentialType, Eligibility
from rxtracker.records import replace


def load_builtin() -> Catalog:
    """Load every TOML file shipped in ``rxtracker/catalog/data``.

    Raises:
        CatalogError: naming the file, line, key and problem of the first broken file.
    """
    folder = resources.files("rxtracker.catalog") / "data"
    files = [_read_entry(e) for e in _toml_entries(folder)]
    overlays = [_read_entry(e) for e in _toml_entries(folder / "eligibility")]
    areas = _read_entry(folder / "areas" / "specialty-areas.toml")
    expected = [(f, "credential type") for f in files] + [(f, "eligibility") for f in overlays]
    for file, sort in [*expected, (areas, "specialty areas")]:
        if file.sort != sort:
            words = i18n.translate("loader", "holds {sort} rules, not {expected} rules")
            raise file.fail(
                "file", words.format(sort=sort_words(file.sort), expected=sort_words(sort))
            )
    types = _types_by_id(files)
    for file in files:
        _check_type_references(file, types)
    for overlay in overlays:
        type_id, eligibility = _overlay(overlay, types)
        if types[type_id].eligibility is not None:
            words = i18n.translate("loader", "{type} already has eligibility rules")
            raise overlay.fail("type", words.format(type=repr(type_id)))
        types[type_id] = replace(types[type_id], eligibility=eligibility)
    _check_area_references(areas, types)
    spanish = {k: v for f in [*files, *overlays, areas] for k, v in f.spanish.items()}
    return Catalog(types, areas.areas, spanish).share_texts()


def check_file(path: Path) -> CatalogFile:
    """Validate a new or edited catalog file the way the shipped ones are loaded.

    References to other types are checked against the shipped catalog (a type file may
    replace the shipped type with the same id).

    Raises:
        CatalogError: naming the file, line, key and problem.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problem = i18n.translate("loader", "is not UTF-8 text")
        raise CatalogError(path.name, "file", problem) from None
    file = read_file(path.name, text)
    types = dict(load_builtin().types)
    if file.ctype is not None:
        types[file.ctype.id] = file.ctype
        _check_type_references(file, types)
    elif file.eligibility is not None:
        _overlay(file, types)
    else:
        _check_area_references(file, types)
    return file


def _toml_entries(folder: Traversable) -> list[Traversable]:
    entries = [e for e in folder.iterdir() if e.name.endswith(".toml")]
    return sorted(entries, key=lambda e: e.name)


def _read_entry(entry: Traversable) -> CatalogFile:
    return read_file(entry.name, entry.read_text(encoding="utf-8"))


def _types_by_id(files: list[CatalogFile]) -> dict[str, CredentialType]:
    types: dict[str, CredentialType] = {}
    for file in files:
        assert file.ctype is not None
        if file.ctype.id in types:
            words = i18n.translate("loader", "{type} is defined twice")
            raise file.fail("id", words.format(type=repr(file.ctype.id)))
        types[file.ctype.id] = file.ctype
    return types


def _check_type_references(file: CatalogFile, types: Mapping[str, CredentialType]) -> None:
    """Every type a type file names exists."""
    ctype = file.ctype
    assert ctype is not None
    named = {
        "requires": ctype.requires,
        "satisfied_by": ctype.satisfied_by,
        "variant_of": (ctype.variant_of,),
        "dates.reinstatement_type": (ctype.dates.reinstatement_type,),
    }
    for where, refs in named.items():
        for ref in refs:
            if ref is not None and ref not in types:
                raise file.fail(where, _unknown_type(ref))
    if ctype.eligibility is not None:
        _check_eligibility_references(file, ctype.eligibility, types)


def _overlay(file: CatalogFile, types: Mapping[str, CredentialType]) -> tuple[str, Eligibility]:
    """The type an eligibility file applies to, and its rules, references checked."""
    type_id, eligibility = file.eligibility_for, file.eligibility
    assert type_id is not None and eligibility is not None
    if type_id not in types:
        raise file.fail("type", _unknown_type(type_id))
    _check_eligibility_references(file, eligibility, types)
    return type_id, eligibility


def _check_eligibility_references(
    file: CatalogFile, eligibility: Eligibility, types: Mapping[str, CredentialType]
) -> None:
    unknown = sorted(eligibility.referenced_types() - set(types))
    if unknown:
        raise file.fail("eligibility", _unknown_type(unknown[0]))


def _check_area_references(file: CatalogFile, types: Mapping[str, CredentialType]) -> None:
    for index, area in enumerate(file.areas):
        for program in sorted(area.programs - set(types)):
            raise file.fail(f"areas[{index}].programs", _unknown_type(program))


def _unknown_type(type_id: str) -> str:
    return i18n.translate("loader", "names unknown type {type}").format(type=repr(type_id))
