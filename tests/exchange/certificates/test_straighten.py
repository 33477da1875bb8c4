"""A slightly tilted photo is found tilted by the right angle and turned level."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from benchmarks.certificate_corpus import CORPUS
from benchmarks.certificate_render import render_image
from rxtracker.exchange.certificates.images import find_tilt, straighten


@pytest.fixture(scope="module")
def page(qapp: object) -> Image.Image:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_image(CORPUS[0], 100).save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("L")


@pytest.mark.parametrize("degrees", [-4.5, -2.0, 0.0, 1.2, 3.0, 6.0])
def test_the_tilt_is_found_within_a_quarter_degree(page: Image.Image, degrees: float) -> None:
    tilted = page.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=140)
    # find_tilt gives the turn that levels the page: the photo's tilt, the other way
    assert find_tilt(tilted) == pytest.approx(-degrees, abs=0.25)


def test_straightening_turns_the_page_level(page: Image.Image) -> None:
    tilted = page.rotate(3.0, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    assert find_tilt(straighten(tilted)) == pytest.approx(0.0, abs=0.25)
    assert straighten(page) is page  # a level page is left as it is
