"""The translation files: extract with pyside6-lupdate, compile with pyside6-lrelease.

Layout: one ``.ts`` per Python package folder (``resources/i18n/es/rxtracker.ui.pages.ts``), so
work on two folders never touches the same file. English is the source language: its plurals
("%n course(s)") come from ``rxtracker.i18n``. ``build`` compiles each language's files into one
``resources/i18n/rxtracker_<lang>.qm``, which the wheel and the bundle carry.

Plurals: pyside6-lupdate's Python parser sees ``translate(ctx, text, None, n)`` but does not mark
it as a plural (it does so only for ``self.tr(text, "", n)``), and it flattens plural forms it
did not expect. So ``update`` marks every text holding ``%n`` as a plural after lupdate ran, and
puts back the forms it had before.

Usage: python packaging/translations.py update | build | check | todo [PACKAGE] | apply FILE.json

- ``update``: lupdate every package (new texts arrive "unfinished"; texts gone are dropped).
- ``build``: lrelease into the ``.qm`` files (``make translations``; ``make run`` and ``make test``
  run it).
- ``check``: fails on an unfinished or empty Spanish entry, on a translation whose ``{fields}``
  differ from its source's, and on ``.ts`` files out of step with the sources.
- ``todo``: the unfinished entries as JSON (context, source, plural), for translating.
- ``apply``: writes translations from JSON (the ``todo`` objects with ``translation``, or
  ``forms`` for a plural) into the ``.ts`` files, then lupdates them back into lupdate's layout.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "rxtracker"
I18N = ROOT / "resources" / "i18n"
TARGETS = ("es",)  # the translated languages; English is the source
_MARKS = re.compile(r"\b(translate|QT_TRANSLATE_NOOP)\(\s*\"")  # a literal context: lupdate's
_FIELD = re.compile(r"\{(\w*)[^{}]*\}")


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (make test does)")
    return found


def packages() -> dict[str, list[Path]]:
    """Each package (dotted name) whose own .py files hold texts to translate, with those files."""
    found: dict[str, list[Path]] = {}
    for path in sorted(SOURCES.rglob("*.py")):
        if _MARKS.search(path.read_text(encoding="utf-8")):
            name = ".".join(path.parent.relative_to(ROOT).parts)
            found.setdefault(name, []).append(path)
    return found


def _lupdate(files: list[Path], ts: Path, language: str) -> None:
    """Run lupdate on ``files`` into ``ts`` (created or merged)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    args = [_tool("pyside6-lupdate"), *map(str, files), "-ts", str(ts), "-no-obsolete"]
    args += ["-locations", "none", "-source-language", "en", "-target-language", language]
    plurals = _plural_forms(ts) if ts.exists() else {}
    subprocess.run(args, check=True, capture_output=True, text=True)
    _mark_plurals(ts, plurals)


def _plural_forms(ts: Path) -> dict[tuple[str, str, str], list[str]]:
    """The plural forms already written in a .ts, by (context, source, disambiguation)."""
    return {
        (ctx, m.findtext("source") or "", m.findtext("comment") or ""): _forms(m)
        for ctx, m in _messages(ts)
        if m.get("numerus") == "yes"
    }


def _mark_plurals(ts: Path, before: dict[tuple[str, str, str], list[str]]) -> None:
    """Make every ``%n`` text of ``ts`` a plural, with its forms from ``before`` (or empty)."""
    tree = ET.parse(ts)  # noqa: S314 (the project's own .ts files)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if "%n" not in source or translation is None or message.get("numerus") == "yes":
                continue
            forms = before.get((name, source, message.findtext("comment") or ""))
            message.set("numerus", "yes")
            done = bool(forms) and all(f.strip() for f in forms or [])
            _set_translation(translation, {"forms": forms or ["", ""]}, finished=done)
            changed = True
    if changed:
        _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    """Write a .ts in lupdate's own layout (so the next lupdate changes nothing)."""
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts.write_text(header + body + "\n", encoding="utf-8")


def update(root: Path = I18N) -> None:
    """Bring every .ts in ``root`` in step with the sources; drop those of packages with none."""
    found = packages()
    for language in TARGETS:
        wanted = set()
        for name, files in found.items():
            ts = root / language / f"{name}.ts"
            _lupdate(files, ts, language)
            if next(_messages(ts), None) is not None:  # not just a mention in a docstring
                wanted.add(ts)
        for stale in set((root / language).glob("*.ts")) - wanted:
            stale.unlink()


def build() -> list[Path]:
    """Compile each language's .ts files into ``resources/i18n/rxtracker_<lang>.qm``."""
    made = []
    for language in TARGETS:
        files = sorted((I18N / language).glob("*.ts"))
        qm = I18N / f"rxtracker_{language}.qm"
        if not files:
            qm.unlink(missing_ok=True)
            continue
        args = [_tool("pyside6-lrelease"), *map(str, files), "-qm", str(qm), "-silent"]
        subprocess.run(args, check=True, capture_output=True, text=True)
        made.append(qm)
    return made


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    """(context name, <message>) for every message of a .ts file."""
    root = ET.parse(ts).getroot()  # noqa: S314 (the project's own .ts files)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _forms(message: ET.Element) -> list[str]:
    """A message's translation: one text, or its plural forms."""
    translation = message.find("translation")
    if translation is None:
        return []
    numerus = translation.findall("numerusform")
    return [f.text or "" for f in numerus] if numerus else [translation.text or ""]


def problems(root: Path = I18N) -> list[str]:
    """Every unfinished, empty or mismatched translation, one line each."""
    found = []
    for language in TARGETS:
        for ts in sorted((root / language).glob("*.ts")):
            found += _ts_problems(ts)
    return found


def _ts_problems(ts: Path) -> list[str]:
    """The problems of one .ts file."""
    found = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        where = f"{ts.name} [{context}] {source!r}"
        translation = message.find("translation")
        forms = _forms(message)
        if translation is not None and translation.get("type") == "unfinished":
            found.append(f"{where}: unfinished")
        elif not forms or not all(f.strip() for f in forms):
            found.append(f"{where}: empty translation")
        elif any(_fields(f) != _fields(source) for f in forms):
            found.append(f"{where}: its {{fields}} differ from the source's")
    return found


def _fields(text: str) -> set[str]:
    """The ``{name}`` fields of a text (``{{`` escapes ignored)."""
    return set(_FIELD.findall(text.replace("{{", "").replace("}}", "")))


def stale() -> list[str]:
    """The .ts files that ``update`` would change (texts added to or removed from the sources)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "i18n"
        shutil.copytree(I18N, copy, ignore=shutil.ignore_patterns("*.qm"))
        update(copy)
        before = {p.relative_to(I18N) for p in I18N.rglob("*.ts")}
        after = {p.relative_to(copy) for p in copy.rglob("*.ts")}
        changed = sorted(str(p) for p in before ^ after)
        for rel in before & after:
            if _keys(I18N / rel) != _keys(copy / rel):
                changed.append(str(rel))
    return changed


def _keys(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every message of a .ts file."""
    return {
        (ctx, m.findtext("source") or "", m.findtext("comment") or "") for ctx, m in _messages(ts)
    }


def todo(package: str | None = None) -> list[dict[str, object]]:
    """The unfinished Spanish entries (of one package, or all) as plain objects."""
    entries: list[dict[str, object]] = []
    for ts in sorted((I18N / "es").glob(f"{package or '*'}.ts")):
        for context, message in _messages(ts):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            entry: dict[str, object] = {"context": context, "source": message.findtext("source")}
            if message.findtext("comment"):
                entry["disambiguation"] = message.findtext("comment")
            if message.get("numerus") == "yes":
                entry["plural"] = True
            entries.append(entry)
    return entries


def apply(path: Path) -> int:
    """Write the translations listed in the JSON file ``path``; the number written."""
    wanted = {
        (e["context"], e["source"], e.get("disambiguation", "")): e
        for e in json.loads(path.read_text(encoding="utf-8"))
    }
    written = 0
    for ts in sorted((I18N / "es").glob("*.ts")):
        tree = ET.parse(ts)  # noqa: S314 (the project's own .ts files)
        count = _fill(tree, wanted)
        if count:
            _write(tree, ts)
            written += count
    update()
    return written


def _fill(tree: ET.ElementTree, wanted: dict[tuple[str, str, str], dict[str, object]]) -> int:
    """Fill the messages of one parsed .ts that ``wanted`` has a translation for."""
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            entry = wanted.get(key)
            translation = message.find("translation")
            if entry is None or translation is None:
                continue
            _set_translation(translation, entry, finished=True)
            count += 1
    return count


def _set_translation(translation: ET.Element, entry: dict[str, object], *, finished: bool) -> None:
    """Replace a <translation>'s content with the entry's text or plural forms."""
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if not finished:
        translation.set("type", "unfinished")
    forms = entry.get("forms")
    if isinstance(forms, list):
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = str(form)
    else:
        translation.text = str(entry["translation"])


def main(argv: list[str]) -> int:
    """The command line (see the module's docstring)."""
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "build":
        for qm in build():
            print(f"made {qm.relative_to(ROOT)}")
    elif command == "check":
        found = problems() + [f"{p}: out of step with the sources (run update)" for p in stale()]
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    elif command == "todo":
        print(json.dumps(todo(argv[1] if len(argv) > 1 else None), ensure_ascii=False, indent=1))
    elif command == "apply" and len(argv) == 2:
        print(f"{apply(Path(argv[1]))} translations written")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
