"""Draw the certificate corpus as the files people really have (Qt, with the shipped font).

- ``text-pdf``: a PDF with a text layer, as a provider's website gives it.
- ``scan-pdf``: an image-only PDF, as a scanner makes it (150 dpi, slight grain).
- ``png``: a screenshot-like image (150 dpi).
- ``photo-jpeg``: a phone photo: tilted 1.5-4 degrees, uneven light, noise, JPEG artefacts.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from benchmarks.certificate_corpus import Certificate
from rxtracker.printing.fonts import register_fonts

KINDS = ("text-pdf", "scan-pdf", "png", "photo-jpeg")
IMAGE_KINDS = KINDS[1:]
_SCAN_DPI = 150


def _app() -> None:
    if QGuiApplication.instance() is None:
        QGuiApplication([])


def _paint(painter: QPainter, cert: Certificate, width: float, height: float, dpi: float) -> None:
    family = register_fonts()
    painter.setPen(QColor("#1a1a1a"))
    border = 0.025 * min(width, height)
    painter.drawRect(QRectF(border, border, width - 2 * border, height - 2 * border))
    for item in cert.texts:
        font = QFont(family)
        font.setPixelSize(max(1, round(item.points * dpi / 72)))
        font.setBold(item.bold)
        painter.setFont(font)
        x, y = item.x * width, item.y * height
        if item.centred:
            rect = QRectF(0, y - font.pixelSize(), width, font.pixelSize() * 2)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, item.text
            )
        else:
            painter.drawText(
                QRectF(x, y - font.pixelSize(), width - x, font.pixelSize() * 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                item.text,
            )


def _page(cert: Certificate) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if cert.landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), orientation, QMarginsF(0, 0, 0, 0))


def _pdf(path: Path, cert: Certificate, draw_image: QImage | None) -> Path:
    _app()
    dpi = 300 if draw_image is None else _SCAN_DPI  # a scan goes in at its own resolution
    writer = QPdfWriter(str(path))
    writer.setResolution(dpi)
    writer.setPageLayout(_page(cert))
    writer.setTitle(cert.name)
    painter = QPainter(writer)
    rect = writer.pageLayout().paintRectPixels(dpi)
    if draw_image is None:
        _paint(painter, cert, rect.width(), rect.height(), dpi)
    else:
        painter.drawImage(QRectF(0, 0, rect.width(), rect.height()), draw_image)
    painter.end()
    del writer
    return path


def render_image(cert: Certificate, dpi: int = _SCAN_DPI) -> QImage:
    """The certificate as a white grey-scale image at ``dpi``."""
    _app()
    inches = (11.0, 8.5) if cert.landscape else (8.5, 11.0)
    image = QImage(round(inches[0] * dpi), round(inches[1] * dpi), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _paint(painter, cert, image.width(), image.height(), dpi)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _grain(png: bytes, seed: int, strength: float) -> object:
    """The image as Pillow sees it, with noise added."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("L"), dtype=np.float32)
    noise = np.random.default_rng(seed).normal(0.0, strength, pixels.shape)
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))


def photo_bytes(cert: Certificate, seed: int) -> bytes:
    """A tilted, unevenly lit, noisy JPEG photo of the certificate."""
    import numpy as np
    from PIL import Image

    rng = random.Random(seed)  # noqa: S311 - a repeatable test picture, not a secret
    image = _grain(_png_bytes(render_image(cert, 130)), seed, 9.0)
    assert isinstance(image, Image.Image)
    angle = rng.choice((-1, 1)) * rng.uniform(1.5, 4.0)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=150)
    pixels = np.asarray(image, dtype=np.float32)
    light = np.linspace(0.78, 1.0, pixels.shape[1], dtype=np.float32)[np.newaxis, :]
    image = Image.fromarray(np.clip(pixels * light, 0, 255).astype(np.uint8))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=70)
    return out.getvalue()


def write(cert: Certificate, kind: str, folder: Path, seed: int = 0) -> Path:
    """Write the certificate as ``kind`` (one of ``KINDS``) into ``folder``; returns the path."""
    stem = folder / f"{cert.name}-{kind}"
    if kind == "text-pdf":
        return _pdf(stem.with_suffix(".pdf"), cert, None)
    if kind == "scan-pdf":
        grainy = _grain(_png_bytes(render_image(cert)), seed, 6.0)
        out = io.BytesIO()
        grainy.save(out, "PNG")  # type: ignore[attr-defined]
        return _pdf(stem.with_suffix(".pdf"), cert, QImage.fromData(out.getvalue()))
    if kind == "png":
        path = stem.with_suffix(".png")
        path.write_bytes(_png_bytes(render_image(cert)))
        return path
    if kind == "photo-jpeg":
        path = stem.with_suffix(".jpg")
        path.write_bytes(photo_bytes(cert, seed))
        return path
    raise ValueError(kind)
