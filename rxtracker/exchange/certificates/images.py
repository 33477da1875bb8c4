"""Certificate images: opened within pixel limits, made grey, and straightened.

A photo of a paper certificate is rarely held perfectly level. The tilt is found from the
dark pixels themselves: rotated by the right angle, the rows of text pile up into sharp peaks
of a row histogram, so the angle whose histogram is sharpest is the tilt.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from rxtracker.exchange.certificates.limits import MAX_PIXELS, refuse
from rxtracker.i18n import translate

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from PIL.Image import Image

#: The largest tilt looked for, in degrees either way (a photo, not a sideways scan).
MAX_TILT = 8.0
#: Below this tilt (degrees) the image is left as it is.
MIN_TILT = 0.2
#: The long side the tilt is measured at (pixels): enough to see lines of text.
_TILT_SIDE = 900
#: At most this many dark pixels take part in measuring the tilt.
_TILT_POINTS = 60_000


def open_image(path: Path, data: bytes) -> Image:
    """The image in ``data``, in grey, turned upright by its EXIF orientation.

    Raises:
        InvalidInput: field "certificate": not a readable image, or more pixels than any
            photo (a decompression bomb), refused before its pixels are decoded.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
            check_pixels(path, *opened.size)
            opened.load()
            upright = ImageOps.exif_transpose(opened) or opened
            return upright.convert("L")
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        problem = translate("images", "is not a readable image ({error})")
        raise refuse(path, problem.format(error=type(exc).__name__)) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        problem = translate(
            "images",
            "has more pixels than any photo of a certificate (the limit is {limit} megapixels)",
        )
        raise refuse(path, problem.format(limit=MAX_PIXELS // 1_000_000)) from None


def check_pixels(path: Path, width: int, height: int) -> None:
    """Refuse an image larger than ``MAX_PIXELS`` (checked from its header, before decoding).

    Raises:
        InvalidInput: field "certificate".
    """
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        problem = translate(
            "images", "is a {width} x {height} pixel image; the limit is {limit} megapixels"
        )
        raise refuse(
            path, problem.format(width=width, height=height, limit=MAX_PIXELS // 1_000_000)
        )


def grey_array(image: Image) -> NDArray[np.uint8]:
    """The grey image's pixels as a 2-D array."""
    import numpy as np

    return np.asarray(image.convert("L"), dtype=np.uint8)


def _dark_points(image: Image) -> NDArray[np.float64]:
    """(x, y) of the ink of a small copy of the image, at most ``_TILT_POINTS``.

    Ink is what is clearly darker than its surroundings, so an evenly dark background (the
    table the paper lies on, a shadow) is not taken for text.
    """
    import numpy as np
    from PIL import ImageFilter

    small = image.copy()
    small.thumbnail((_TILT_SIDE, _TILT_SIDE))
    pixels = grey_array(small).astype(np.int16)
    around = grey_array(small.filter(ImageFilter.BoxBlur(8))).astype(np.int16)
    ys, xs = np.nonzero(pixels < around - 30)
    if len(xs) > _TILT_POINTS:
        keep = np.random.default_rng(0).choice(len(xs), _TILT_POINTS, replace=False)
        xs, ys = xs[keep], ys[keep]
    return np.stack([xs, ys], axis=1).astype(np.float64)


def _sharpness(points: NDArray[np.float64], degrees: float) -> float:
    """How sharply the rows of text stand out when the points are turned by ``degrees``."""
    import numpy as np

    angle = np.deg2rad(degrees)
    rows = points[:, 1] * np.cos(angle) - points[:, 0] * np.sin(angle)
    counts = np.bincount((rows - rows.min()).astype(np.int64))
    return float(np.square(counts.astype(np.float64)).sum())


def find_tilt(image: Image) -> float:
    """The angle (degrees, counter-clockwise) that makes the lines of text level."""
    import numpy as np

    points = _dark_points(image)
    if len(points) < 200:
        return 0.0
    coarse = np.arange(-MAX_TILT, MAX_TILT + 0.01, 0.5)
    best = max(coarse, key=lambda a: _sharpness(points, float(a)))
    fine = np.arange(best - 0.5, best + 0.51, 0.1)
    return float(max(fine, key=lambda a: _sharpness(points, float(a))))


def straighten(image: Image) -> Image:
    """The image turned level (white where the turn uncovers the edges)."""
    from PIL import Image as PilImage

    tilt = find_tilt(image)
    if abs(tilt) < MIN_TILT:
        return image
    return image.rotate(tilt, resample=PilImage.Resampling.BICUBIC, expand=True, fillcolor=255)
