"""The design tokens: spacing, type scale and the light and dark palettes.

Every colour the GUI paints text with is named here, next to the background it is painted
on, so one test can check each pair for 4.5:1 contrast in both themes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Space:
    """The spacing scale in pixels: every margin and gap is one of these."""

    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24
    XXL = 32


class TypeRole(StrEnum):
    """The type scale: a page title, a section heading, body text and captions."""

    TITLE = "title"
    SECTION = "section"
    BODY = "body"
    CAPTION = "caption"


#: Each role's size relative to the system font, and whether it is bold.
TYPE_SCALE: dict[TypeRole, tuple[float, bool]] = {
    TypeRole.TITLE: (1.6, True),
    TypeRole.SECTION: (1.2, True),
    TypeRole.BODY: (1.0, False),
    TypeRole.CAPTION: (0.9, False),
}

#: Corner radius of cards, pills and notices.
RADIUS = 8


@dataclass(frozen=True, slots=True)
class Pill:
    """A status pill's (and a Team cell's) text and background colours."""

    text: str
    back: str


@dataclass(frozen=True, slots=True)
class Palette:
    """One designed theme. Text colours are chosen for 4.5:1 on the backgrounds they meet.

    Attributes:
        name: 'light' or 'dark'.
        window: the window background; base: fields and tables; alt_base: striped rows.
        text: body text; muted: captions and secondary words (on window and base).
        button: a button's face; button_text: its words.
        accent: the one accent colour (primary buttons, links, selection, a ticked box).
        on_accent: text and ticks on the accent colour.
        border: frames and separators (not text).
        indicator: the outline of an unticked check box (on base).
        problem: a problem message; good: a confirmation (on window and base).
        muted_row: a duplicate row in a preview (on base and alt_base).
        pills: each status's pill colours, by phase value (a ``Phase`` is a StrEnum: it
            finds its own entry; the tokens import no engine, so the window can paint
            before the records and the engine are loaded).
        status: each status's words written on the window (dashboard), by phase value.
        notice: the undo notice's background (text is ``text``).
    """

    name: str
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    button: str
    button_text: str
    accent: str
    on_accent: str
    border: str
    indicator: str
    problem: str
    good: str
    muted_row: str
    pills: dict[str, Pill]
    status: dict[str, str]
    notice: str


LIGHT = Palette(
    name="light",
    window="#f5f6f8",
    base="#ffffff",
    alt_base="#f0f2f5",
    text="#1b1f24",
    muted="#4f5864",
    button="#ffffff",
    button_text="#1b1f24",
    accent="#0b5cad",
    on_accent="#ffffff",
    border="#c9ced6",
    indicator="#5f6875",
    problem="#b3261e",
    good="#1b6e2f",
    muted_row="#5a5a5a",
    pills={
        "complete": Pill("#0b5d1e", "#dff3e3"),
        "on_track": Pill("#0b4f8a", "#e3effa"),
        "at_risk": Pill("#6b4300", "#fff1cc"),
        "due": Pill("#7a2500", "#ffdcc7"),
        "lapsed": Pill("#8a0000", "#ffd0d0"),
        "expired": Pill("#ffffff", "#8a0000"),
    },
    status={
        "complete": "#1b6e2f",
        "on_track": "#1f5fa8",
        "at_risk": "#8a4d00",
        "due": "#b3261e",
        "lapsed": "#b3261e",
        "expired": "#b3261e",
    },
    notice="#e3effa",
)

DARK = Palette(
    name="dark",
    window="#1d2025",
    base="#24282f",
    alt_base="#2b3038",
    text="#e7e9ec",
    muted="#aab2bd",
    button="#2f343c",
    button_text="#e7e9ec",
    accent="#7cb7ff",
    on_accent="#0d1b2a",
    border="#4a515c",
    indicator="#9aa3af",
    problem="#ff9c94",
    good="#7fd694",
    muted_row="#b0b0b0",
    pills={
        "complete": Pill("#b4ebc1", "#173b22"),
        "on_track": Pill("#b5d6fa", "#15304d"),
        "at_risk": Pill("#f7d79b", "#3d2c0b"),
        "due": Pill("#ffbfa6", "#4a1f10"),
        "lapsed": Pill("#ffb3b3", "#4d1414"),
        "expired": Pill("#ffffff", "#8a0000"),
    },
    status={
        "complete": "#7fd694",
        "on_track": "#8fc1f5",
        "at_risk": "#f2b35e",
        "due": "#ff9c94",
        "lapsed": "#ff9c94",
        "expired": "#ff9c94",
    },
    notice="#15304d",
)

PALETTES = {"light": LIGHT, "dark": DARK}


def text_pairs(palette: Palette) -> list[tuple[str, str, str]]:
    """Every (what, text, background) pair the theme paints, for the contrast test."""
    pairs = [
        ("body text on the window", palette.text, palette.window),
        ("body text in a field or table", palette.text, palette.base),
        ("body text on a striped row", palette.text, palette.alt_base),
        ("caption on the window", palette.muted, palette.window),
        ("caption in a table", palette.muted, palette.base),
        ("button words", palette.button_text, palette.button),
        ("disabled button words", palette.muted, palette.alt_base),
        ("primary button and selected row", palette.on_accent, palette.accent),
        ("link on the window", palette.accent, palette.window),
        ("ticked check box", palette.on_accent, palette.accent),
        ("unticked check box outline", palette.indicator, palette.base),
        ("problem on the window", palette.problem, palette.window),
        ("problem (Reject) row", palette.problem, palette.base),
        ("problem (Reject) striped row", palette.problem, palette.alt_base),
        ("duplicate row", palette.muted_row, palette.base),
        ("duplicate striped row", palette.muted_row, palette.alt_base),
        ("merge row", palette.accent, palette.base),
        ("confirmation on the window", palette.good, palette.window),
        ("undo notice", palette.text, palette.notice),
    ]
    for phase, pill in palette.pills.items():
        pairs.append((f"{phase} pill and Team cell", pill.text, pill.back))
    for phase, colour in palette.status.items():
        pairs.append((f"{phase} status words", colour, palette.window))
        pairs.append((f"{phase} status words in a card", colour, palette.base))
    return pairs
