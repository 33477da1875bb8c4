"""Generate the app icon's PNG sizes, .ico and .icns from resources/icons/rxtracker.svg.

Usage: python packaging/make_icons.py OUT_DIR

Qt renders the SVG (offscreen) at each size; Pillow assembles the multi-size .ico (Windows) and
.icns (macOS). Run by `make dist`; the outputs are build products, not committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
MASTER = ROOT / "resources" / "icons" / "rxtracker.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    """Render the SVG to a square PNG of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")


def main(out_dir: Path) -> None:
    """Write hicolor/<n>x<n>/apps/rxtracker.png, rxtracker.ico and rxtracker.icns."""
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"{MASTER} is not a valid SVG")
    pngs = {}
    for size in PNG_SIZES:
        folder = out_dir / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render(renderer, size, folder / "rxtracker.png")
        pngs[size] = folder / "rxtracker.png"
    largest = Image.open(pngs[512])
    largest.save(out_dir / "rxtracker.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(out_dir / "rxtracker.icns")
    print(f"icons written to {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons")
