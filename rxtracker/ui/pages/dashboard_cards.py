"""The dashboard's credential cards: kept when they come back the same, built one per turn.

Building a card (its labels, bars, buttons and timeline, then laying them out and painting
them) costs tens of milliseconds on the GUI thread, more on a busy machine. So a read that
brings the same card back (same credential, same figures and words, same plan, same theme)
keeps its widget as it is; a card that changed is built again and takes the old one's place;
and the cards to build are built one per turn of the event loop, so the window answers
between them. ``filling`` is True until the last one is on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rxtracker.services.views import Card
from rxtracker.services.views.plan import Plan
from rxtracker.ui import theme
from rxtracker.ui.common import next_turn
from rxtracker.ui.widgets.credential_card import CredentialCard
from rxtracker.ui.widgets.plan_on_card import show_plan


@dataclass(frozen=True, slots=True)
class _Wanted:
    """A card to show, with its plan and the palette it was built in."""

    card: Card
    plan: Plan | None
    palette: theme.Palette


class CardShelf(QObject):
    """The cards shown in ``box`` (a column of ``host``), in the order of the last read.

    ``connect`` wires a new card's buttons to the page; ``width`` is the width a new card
    fits (see ``CredentialCard.fit``).
    """

    def __init__(
        self,
        box: QVBoxLayout,
        host: QWidget,
        connect: Callable[[CredentialCard], None],
        width: Callable[[], int],
    ) -> None:
        super().__init__(host)
        self._box, self._host, self._connect, self._width = box, host, connect, width
        self._shown: list[CredentialCard] = []
        self._built: dict[int, _Wanted] = {}  # id(widget) -> what it was built from
        self._to_build: list[tuple[int, _Wanted]] = []  # (place, what), in order
        self._generation = 0  # of the shows: a build left from an older one is dropped

    @property
    def cards(self) -> list[CredentialCard]:
        """The card widgets on screen, top to bottom."""
        return list(self._shown)

    @property
    def filling(self) -> bool:
        """True while some cards of the last show are still to be built."""
        return bool(self._to_build)

    def show(self, cards: Sequence[Card], plans: Sequence[Plan | None]) -> None:
        """Show ``cards`` (with their ``plans``): unchanged ones kept, the others built."""
        self._generation += 1
        palette = theme.current_palette()
        wanted = [_Wanted(c, p, palette) for c, p in zip(cards, plans, strict=True)]
        old = {w.card.credential_id: w for w in self._shown}
        kept = [old.pop(w.card.credential_id, None) for w in wanted]
        for widget in old.values():  # credentials no longer held
            self._remove(widget)
        self._shown = [w for w in kept if w is not None]
        for place, widget in enumerate(self._shown):  # the order of this read
            self._box.removeWidget(widget)
            self._box.insertWidget(place, widget)
        self._to_build = [
            (place, want)
            for place, (want, widget) in enumerate(zip(wanted, kept, strict=True))
            if widget is None or self._built[id(widget)] != want
        ]
        if self._to_build:
            generation = self._generation
            next_turn(self, lambda: self._build_next(generation))

    def clear(self) -> None:
        """No cards (nobody's records are shown)."""
        self._generation += 1
        self._to_build = []
        for widget in self._shown:
            self._remove(widget)
        self._shown = []

    def _build_next(self, generation: int) -> None:
        if generation != self._generation or not self._to_build:
            return
        place, want = self._to_build.pop(0)
        widget = CredentialCard(want.card, self._host)  # never a window of its own
        show_plan(widget, want.plan)
        widget.fit(self._width())
        self._connect(widget)
        self._built[id(widget)] = want
        old = next(
            (w for w in self._shown if w.card.credential_id == want.card.credential_id), None
        )
        if old is not None:
            self._box.replaceWidget(old, widget)
            self._shown[self._shown.index(old)] = widget
            self._forget(old)
        else:
            self._box.insertWidget(place, widget)
            self._shown.insert(place, widget)
        if self._to_build:
            next_turn(self, lambda: self._build_next(generation))

    def _remove(self, widget: CredentialCard) -> None:
        self._box.removeWidget(widget)
        self._forget(widget)

    def _forget(self, widget: CredentialCard) -> None:
        self._built.pop(id(widget), None)
        widget.hide()
        widget.deleteLater()
