"""The font printed output uses, shipped with rxtracker so every machine prints the same.

DejaVu Sans (regular, bold, oblique: the faces the packet and the team report use) lives in
``rxtracker/printing/fonts`` with its licence. ``register_fonts`` adds it to Qt's font database
once per process, before anything is rendered; systems without DejaVu would otherwise
substitute another font, with other widths and other page breaks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FAMILY = "DejaVu Sans"
FONT_DIR = Path(__file__).resolve().parent / "fonts"
FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")

_registered: list[str] = []


def register_fonts() -> str:
    """Add the shipped faces to Qt's font database (once); returns the family name.

    Needs a QGuiApplication. Raises:
        FileNotFoundError: a face is missing or Qt cannot read it (a broken installation).
    """
    if _registered:
        return _registered[0]
    for face in FACES:
        path = FONT_DIR / face
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if FAMILY not in families:
            raise FileNotFoundError(f"rxtracker's font {path} is missing or damaged (reinstall)")
    _registered.append(FAMILY)
    return FAMILY


def print_font(points: float, *, bold: bool = False) -> QFont:
    """The shipped family at ``points``, registered first if need be."""
    font = QFont(register_fonts())
    font.setPointSizeF(points)
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return font
