"""Optical character recognition of a certificate image with the PP-OCR models.

The models (text detection and recognition, Apache-2.0) ship inside the ``rapidocr`` wheel and
run on ``onnxruntime``; nothing is downloaded. Only the model files are used: the steps around
them are the few below (numpy and Pillow), which keeps OpenCV out of the desktop bundle.

1. Detection gives a map of where text is. A certificate has been straightened first, so
   the map's rows split into lines of text, and a wide gap splits a line into cells.
2. Recognition reads each cell: a 48-pixel-high strip, decoded greedily (CTC), with the
   lowest probability of its characters as its confidence.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rxtracker.domain import RxError
from rxtracker.i18n import translate

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from PIL.Image import Image

DETECTION_MODEL = "PP-OCRv6_det_small.onnx"
RECOGNITION_MODEL = "PP-OCRv6_rec_small.onnx"
#: Detection runs with the image's long side at this many pixels (a multiple of 32).
DETECT_SIDE = 1152
#: Cells are read from the image with its long side at most this many pixels.
READ_SIDE = 2200
_HEIGHT = 48
_MAX_WIDTH = 1600
_BATCH = 8
#: Typographic characters kept besides printable ASCII and Latin-1 and Latin Extended-A letters.
_KEPT_PUNCTUATION = frozenset("\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2122")


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line of text read from an image, left to right, cells apart by three spaces."""

    text: str
    confidence: float


def models_folder() -> Path:
    """Where the model files are: inside the frozen app, else in the rapidocr package.

    Raises:
        RxError: the models are missing (a broken installation, not the user's file).
    """
    if getattr(sys, "frozen", False):
        folder = Path(getattr(sys, "_MEIPASS", "")) / "rapidocr" / "models"
    else:
        import importlib.util

        spec = importlib.util.find_spec("rapidocr")
        origin = spec.origin if spec is not None else None
        folder = Path(origin).parent / "models" if origin else Path("rapidocr-is-missing")
    if not all((folder / name).is_file() for name in (DETECTION_MODEL, RECOGNITION_MODEL)):
        problem = translate(
            "ocr", "rxtracker's OCR models are missing from {folder}; reinstall rxtracker"
        )
        raise RxError(problem.format(folder=folder))
    return folder


def _kept(character: str) -> bool:
    code = ord(character) if len(character) == 1 else 0
    return 0x21 <= code < 0x7F or 0xA1 <= code < 0x180 or character in _KEPT_PUNCTUATION


def kept_classes(characters: list[str]) -> list[int]:
    """The recogniser's classes the reader keeps: blank (0), Latin characters, space (last).

    PP-OCR's recogniser knows 18,708 characters, most of them Chinese; certificates here are
    in English, so the rest only ever stand for a misread Latin letter. The bundle's model is
    cut to these classes (packaging/slim_ocr_models.py); the full model's output is cut here.
    """
    return [0, *(i + 1 for i, c in enumerate(characters) if _kept(c)), len(characters) + 1]


@functools.cache
def _sessions() -> tuple[Any, Any, list[str], list[int] | None]:
    """The detection and recognition sessions, the characters read, and the classes kept.

    Made once. The classes are None when the model has only the kept ones (the bundle's).
    """
    import onnxruntime as ort  # type: ignore[import-untyped]

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    # Threads that wait without spinning leave the cores to the window (and to other programs).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    folder = models_folder()
    providers = ["CPUExecutionProvider"]
    detect = ort.InferenceSession(str(folder / DETECTION_MODEL), options, providers=providers)
    recognise = ort.InferenceSession(str(folder / RECOGNITION_MODEL), options, providers=providers)
    characters = recognise.get_modelmeta().custom_metadata_map["character"].splitlines()
    keep = kept_classes(characters)
    labels = ["", *characters, " "]
    return detect, recognise, [labels[i] for i in keep], keep if len(keep) < len(labels) else None


def _scaled(image: Image, side: int) -> tuple[Image, float]:
    """The image with its long side at most ``side`` pixels, and the factor applied."""
    factor = min(1.0, side / max(image.size))
    if factor == 1.0:
        return image, 1.0
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size), factor


def _text_map(image: Image) -> tuple[NDArray[np.bool_], float]:
    """Where the detector sees text, and the map's scale against ``image``."""
    import numpy as np
    from PIL import Image as PilImage

    factor = DETECT_SIDE / max(image.size)
    width = max(32, round(image.width * factor / 32) * 32)
    height = max(32, round(image.height * factor / 32) * 32)
    small = image.resize((width, height), PilImage.Resampling.BILINEAR)
    pixels = np.asarray(small, dtype=np.float32) / 127.5 - 1.0
    batch = np.repeat(pixels[np.newaxis, np.newaxis], 3, axis=1)
    detect = _sessions()[0]
    probability = detect.run(None, {detect.get_inputs()[0].name: batch})[0][0, 0]
    return probability > 0.3, width / image.width


def _runs(active: Any, gap: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of True, runs closer than ``gap`` joined."""
    import numpy as np

    edges = np.flatnonzero(np.diff(np.concatenate(([0], active.astype(np.int8), [0]))))
    runs: list[tuple[int, int]] = []
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        if runs and start - runs[-1][1] < gap:
            runs[-1] = (runs[-1][0], int(end))
        else:
            runs.append((int(start), int(end)))
    return runs


Box = tuple[int, int, int, int]


def _cells(mask: NDArray[np.bool_]) -> list[list[Box]]:
    """Boxes (left, top, right, bottom) of text in the map, grouped by line."""
    lines: list[list[Box]] = []
    for top, bottom in _runs(mask.any(axis=1), 1):
        height = bottom - top
        if height < 3:
            continue
        band = mask[top:bottom]
        boxes = []
        for left, right in _runs(band.any(axis=0), max(4, int(1.0 * height))):
            rows = _runs(band[:, left:right].any(axis=1), 1)
            if right - left >= 4:
                boxes.append((left, top + rows[0][0], right, top + rows[-1][1]))
        if boxes:
            lines.append(boxes)
    return lines


def _strip(image: Image, box: Box, scale: float) -> NDArray[np.float32]:
    """One cell cut from the image, grown back to the text's size, 48 pixels high."""
    import numpy as np
    from PIL import Image as PilImage

    left, top, right, bottom = (v / scale for v in box)
    pad = 0.75 * (bottom - top)
    area = (
        max(0, int(left - pad)),
        max(0, int(top - pad)),
        min(image.width, int(right + pad) + 1),
        min(image.height, int(bottom + pad) + 1),
    )
    crop = image.crop(area)
    width = min(_MAX_WIDTH, max(8, round(crop.width * _HEIGHT / max(1, crop.height))))
    crop = crop.resize((width, _HEIGHT), PilImage.Resampling.BILINEAR)
    return np.asarray(crop, dtype=np.float32) / 127.5 - 1.0


def _read(strips: list[NDArray[np.float32]]) -> list[tuple[str, float]]:
    """The text and confidence of each strip, in the order given."""
    import numpy as np

    _, recognise, characters, keep = _sessions()
    order = sorted(range(len(strips)), key=lambda i: strips[i].shape[1])
    results: dict[int, tuple[str, float]] = {}
    for start in range(0, len(order), _BATCH):
        chunk = order[start : start + _BATCH]
        width = max(strips[i].shape[1] for i in chunk)
        batch = np.zeros((len(chunk), 3, _HEIGHT, width), dtype=np.float32)
        for row, index in enumerate(chunk):
            batch[row, :, :, : strips[index].shape[1]] = strips[index]
        output = recognise.run(None, {recognise.get_inputs()[0].name: batch})[0]
        if keep is not None:  # softmax over the kept classes, as the bundle's cut model gives
            output = output[:, :, keep]
            output /= output.sum(axis=2, keepdims=True)
        for row, index in enumerate(chunk):
            results[index] = _decode(output[row], characters)
    return [results[i] for i in range(len(strips))]


def _decode(scores: NDArray[np.float32], characters: list[str]) -> tuple[str, float]:
    """Greedy CTC decoding: best class per step, repeats and blanks dropped."""
    import numpy as np

    best = scores.argmax(axis=1)
    probability = scores.max(axis=1)
    keep = np.ones(len(best), dtype=bool)
    keep[1:] = best[1:] != best[:-1]
    keep &= best != 0
    text = "".join(characters[i] for i in best[keep] if i < len(characters))
    confidence = float(probability[keep].min()) if keep.any() else 0.0
    return text.strip(), confidence


def _place(cells: list[tuple[Box, str]], unit: float) -> str:
    """A line's cells at their columns (``unit`` pixels a column), three spaces apart at least."""
    text = ""
    for box, cell in cells:
        column = round(box[0] / unit)
        gap = max(3 if text else 0, column - len(text))
        text += " " * gap + cell
    return text


def read_lines(image: Image, progress: Callable[[int], None] | None = None) -> list[OcrLine]:
    """The lines of text in a straightened grey image, top to bottom.

    Each line's cells stand at their columns, as in a PDF's layout text, so a table's
    header and values line up.
    """
    mask, map_scale = _text_map(image)
    if progress is not None:
        progress(40)
    source, factor = _scaled(image, READ_SIDE)
    lines = _cells(mask)
    boxes = [box for line in lines for box in line]
    strips = [_strip(source, box, map_scale / factor) for box in boxes]
    read = iter(_read(strips)) if strips else iter(())
    heights = sorted(box[3] - box[1] for box in boxes) or [10]
    unit = max(1.0, 0.6 * heights[len(heights) // 2])
    out: list[OcrLine] = []
    for line in lines:
        cells = [(box, *next(read)) for box in line]
        kept = [(box, text, conf) for box, text, conf in cells if text]
        if kept:
            text = _place([(box, text) for box, text, _ in kept], unit)
            out.append(OcrLine(text, min(conf for _, _, conf in kept)))
    if progress is not None:
        progress(100)
    return out
