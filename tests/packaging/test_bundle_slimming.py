"""What `make dist` slims for the bundle: ICU's data, the OCR models, unused Qt plugins."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import bundle_trim  # noqa: E402
import slim_icu  # noqa: E402

AWARD = ROOT / "tests" / "fixtures" / "certificates" / "award.png"
ICU_CHECK = """
from PySide6.QtCore import QCollator, QLocale
words = ["zebra", "Ångström", "apple", "Émile", "emily"]
print(sorted(words, key=QCollator(QLocale("en_US")).sortKey))
print(sorted(words, key=QCollator(QLocale("sv_SE")).sortKey))
print(QLocale("tr_TR").toUpper("istanbul"), QLocale("en_US").toUpper("straße"))
"""


def _icu_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found or shutil.which("gcc") is None:
        pytest.skip("PySide6 without ICU here, or no gcc")
    return found[0]


def test_the_slim_icu_library_keeps_english_and_root_and_qt_reads_it(tmp_path: Path) -> None:
    original = _icu_library()
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "slim_icu.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert "MB ->" in done.stdout
    slim = tmp_path / original.name
    assert slim.stat().st_size < 0.6 * original.stat().st_size
    before, after = _items(original), _items(slim)
    assert after == [item for item in before if slim_icu.kept(item[0])]  # byte for byte
    names = {name.split("/", 1)[1] for name, _ in after}
    assert {"lang/en.res", "zone/en_GB.res", "coll/sv.res", "brkitr/word.brk"} <= names
    assert not names & {"lang/fr.res", "zone/ja.res", "brkitr/cjdict.dict"}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    results = {}
    for label, path in (("full", original.parent), ("slim", tmp_path)):
        run = subprocess.run(
            [sys.executable, "-c", ICU_CHECK],
            env={**env, "LD_LIBRARY_PATH": str(path)},
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        results[label] = run.stdout
    assert results["slim"] == results["full"]
    assert "İSTANBUL" in results["slim"]


def _items(library: Path) -> list[tuple[str, bytes]]:
    _, at, size = slim_icu._symbol(library)
    _, items = slim_icu.read_package(library.read_bytes()[at : at + size])
    return items


def test_a_package_written_back_whole_is_the_same_bytes() -> None:
    original = _icu_library()
    _, at, size = slim_icu._symbol(original)
    data = original.read_bytes()[at : at + size]
    header, items = slim_icu.read_package(data)
    assert slim_icu.write_package(header, items) == data


def test_unused_qt_plugins_and_the_libraries_only_they_need_are_left_out() -> None:
    entries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/q/libqvnc.so", "BINARY"),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", "/q/evdev.so", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "/q/libqjpeg.so", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", "/q/libqtiff.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/q/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/q/libQt6XcbQpa.so.6", "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    needs = {
        "/q/libqxcb.so": {"libQt6XcbQpa.so.6"},
        "/q/libqvnc.so": {"libQt6Network.so.6"},
    }
    kept = [entry[0] for entry in bundle_trim.without_unused_qt(entries, needs)]
    assert kept == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    ]


def test_the_slim_models_read_a_certificate_as_the_full_ones(tmp_path: Path) -> None:
    pytest.importorskip("onnx", reason="onnx comes with the packaging tools (.[packaging])")
    from rxtracker.exchange.certificates import ocr, read_certificate

    subprocess.run(
        [sys.executable, str(PACKAGING / "slim_ocr_models.py"), str(tmp_path)],
        capture_output=True,
        timeout=600,
        check=True,
    )
    full_size = sum((ocr.models_folder() / m).stat().st_size for m in _models())
    assert sum((tmp_path / m).stat().st_size for m in _models()) < 0.4 * full_size
    full = read_certificate(AWARD)
    ocr._sessions.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(ocr, "models_folder", lambda: tmp_path)
            slim = read_certificate(AWARD)
            assert ocr._sessions()[3] is None  # the cut model has only the kept classes
    finally:
        ocr._sessions.cache_clear()
    assert slim == full
    assert slim.uan == "0290-0000-25-077-H03-T"


def _models() -> tuple[str, str]:
    from rxtracker.exchange.certificates import ocr

    return ocr.DETECTION_MODEL, ocr.RECOGNITION_MODEL
