"""Pathways: PTCB certificates, CSPT and CPhT-Adv checklists, and courses per specialty area."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rxtracker.i18n import data_text, translate
from rxtracker.services import Context, Kind
from rxtracker.services.views import PathwayResult, PathwaysPageView, Progress, pathways_view
from rxtracker.services.wording.pathways import step_detail, step_label
from rxtracker.ui.hub import EventHub
from rxtracker.ui.models.pathways import AreaModel
from rxtracker.ui.pages.base import Page, heading, setup_table
from rxtracker.ui.widgets.credential_card import in_words
from rxtracker.ui.widgets.experience_panel import ExperiencePanel
from rxtracker.ui.widgets.progress_delegate import FRACTION_ROLE, ProgressDelegate

_Index = QModelIndex | QPersistentModelIndex
_TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft  # the bar goes under the words


def progress_words(progress: Progress) -> str:
    """'Earned', 'Ready to apply' or '2 of 5 steps done'."""
    if progress.achieved:
        return translate("pathways_page", "Earned")
    if progress.eligible:
        return translate("pathways_page", "Ready to apply")
    required = progress.required
    words = translate("pathways_page", "{done} of %n steps done", None, required)
    return words.format(done=progress.done)


def fraction(progress: Progress) -> float:
    """How far along, from 0 to 1 (1 once earned or ready to apply)."""
    if progress.achieved or progress.eligible or not progress.required:
        return 1.0
    return progress.done / progress.required


def next_words(progress: Progress) -> str:
    """What is left in plain words: 'Next: an active PTCB CPhT (and 2 more steps)'."""
    if progress.achieved:
        return translate("pathways_page", "Earned: keep it current under Credentials")
    if progress.eligible or not progress.missing:
        return translate("pathways_page", "Every step done: you can apply to PTCB")
    first, more = _lower_first(progress.missing[0]), len(progress.missing) - 1
    if not more:
        return translate("pathways_page", "Next: {step}").format(step=first)
    words = translate("pathways_page", "Next: {step} (and %n more step(s))", None, more)
    return words.format(step=first)


def headline_html(progress: Progress) -> str:
    """The checklist's first lines: how far along, and what is left, along the nearest route."""
    words = f"<p><b>{progress_words(progress)}.</b> {html.escape(next_words(progress))}.</p>"
    if progress.route and not progress.achieved:
        way = translate("pathways_page", "Counted along the nearest way: {route}.")
        words += f"<p>{way.format(route=html.escape(_lower_first(data_text(progress.route))))}</p>"
    if len(progress.missing) > 1 and not (progress.achieved or progress.eligible):
        items = "".join(f"<li>{html.escape(m)}</li>" for m in progress.missing)
        still = translate("pathways_page", "Still to do:")
        words += f"<p>{still}</p><ul>{items}</ul>"
    return words


def _lower_first(text: str) -> str:
    """'An active PTCB CPhT' -> 'an active PTCB CPhT' (names like 'PTCB' stay as they are)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def checklist_html(pathway: PathwayResult, progress: Progress) -> str:
    """The pathway's steps as a checklist, grouped by PTCB's alternative pathways."""
    parts = [f"<h3>{html.escape(data_text(pathway.name))}</h3>{headline_html(progress)}"]
    routes: dict[str, list[str]] = {}
    for step in pathway.steps:
        mark = "☑" if step.done else "☐"
        text = f"{mark} {html.escape(step_label(step))}"
        if detail := step_detail(step):
            text += f"<br>&nbsp;&nbsp;&nbsp;&nbsp;<i>{html.escape(in_words(detail))}</i>"
        if step.note:
            text += f"<br>&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(data_text(step.note))}"
        if step.unconfirmed:
            unconfirmed = translate("pathways_page", "not confirmed")
            text += f" <i>({unconfirmed})</i>"
        routes.setdefault(step.route, []).append(f"<p>{text}</p>")
    for route, steps in routes.items():
        if route:
            either = translate("pathways_page", "Either: {route}").format(
                route=html.escape(data_text(route))
            )
            parts.append(f"<p><b>{either}</b></p>")
        parts.extend(steps)
    notes = (*pathway.unconfirmed, *pathway.notes)
    if notes:
        items = "".join(f"<li>{html.escape(data_text(n))}</li>" for n in notes)
        good = translate("pathways_page", "Good to know")
        parts.append(f"<p><b>{good}</b></p><ul>{items}</ul>")
    return "".join(parts)


class PathwaysPage(Page):
    """Where the person stands on each PTCB certificate, CSPT and CPhT-Adv."""

    kinds = Page.kinds | {Kind.EXPERIENCE}

    def __init__(self, ctx: Context, hub: EventHub, parent: QWidget | None = None) -> None:
        super().__init__(ctx, hub, parent)
        self.view: PathwaysPageView | None = None
        self._generation = 0  # of the reads: an older one arriving is dropped
        self.list = QListWidget()
        self.list.setAccessibleName(translate("pathways_page", "Certifications and certificates"))
        self.list.currentRowChanged.connect(self._show_pathway)
        self.list.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.list.setWordWrap(True)  # a narrow window wraps a long name instead of cutting it
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(ProgressDelegate(self.list))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(translate("pathways_page", "Checklist"))
        self.detail.setOpenLinks(False)
        self.areas = AreaModel(self)
        self.area_table = QTableView()
        setup_table(self.area_table, translate("pathways_page", "Specialty areas"))
        self.area_table.setModel(self.areas)
        header = self.area_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.experience = ExperiencePanel(ctx, hub)
        intro = QLabel(
            translate(
                "pathways_page",
                "PTCB's certificates, the CSPT and the CPhT-Adv: what you have done and what is "
                "left. Mark a course as the PTCB-recognized program in its CE log entry, record "
                "your jobs under Work experience, and record a certificate as a credential once "
                "PTCB grants it.",
            )
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.list, 2)
        top.addWidget(self.detail, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("pathways_page", "Pathways")))
        layout.addWidget(intro)
        layout.addLayout(top, 3)
        areas = QVBoxLayout()
        areas_title = QLabel(
            translate(
                "pathways_page",
                "<b>Specialty areas</b>: your logged courses that count toward each",
            )
        )
        areas_title.setWordWrap(True)
        areas.addWidget(areas_title)
        areas.addWidget(self.area_table, 1)
        bottom = QHBoxLayout()
        bottom.addLayout(areas, 1)
        bottom.addWidget(self.experience, 1)
        layout.addLayout(bottom, 2)

    def reload(self) -> None:
        """Evaluate the pathways on the worker thread, then fill the list and the areas."""
        self._generation += 1
        if self.person_id is None:
            self.list.clear()
            self.view = None
            self.experience.show_rows(None, ())
            self.detail.setHtml(
                translate(
                    "pathways_page", "<p>Set up your records first: File ▸ Set up my records.</p>"
                )
            )
            self.areas.set_areas([], {})
            return
        person_id, generation, today = self.person_id, self._generation, self.ctx.clock.today()
        self.read_after_paint(
            self,
            translate("pathways_page", "Evaluate the pathways"),
            lambda: pathways_view(self.ctx, person_id, today),
            lambda view: self._show(view) if generation == self._generation else None,
        )

    def _show(self, view: PathwaysPageView) -> None:
        """Show ``view``; the list and the areas only when they differ from what is shown.

        Laying out and painting them is most of the page's cost on the GUI thread, and a
        change elsewhere (a course's title, another credential) often leaves them as they are.
        """
        old, self.view = self.view, view
        self.experience.show_rows(self.person_id, view.experience)
        if old is None or (old.pathways, old.progress) != (view.pathways, view.progress):
            self._fill_list(view)
        if old is None or self.areas.shown_cells(old) != self.areas.shown_cells(view):
            self.areas.set_areas(view.areas, view.titles)

    def _fill_list(self, view: PathwaysPageView) -> None:
        chosen = self.list.currentRow()
        self.list.clear()
        for pathway, progress in zip(view.pathways, view.progress, strict=True):
            item = QListWidgetItem(f"{data_text(pathway.name)}\n{progress_words(progress)}")
            item.setData(Qt.ItemDataRole.UserRole, pathway.id)
            item.setData(FRACTION_ROLE, fraction(progress))
            item.setData(Qt.ItemDataRole.TextAlignmentRole, _TOP_LEFT)
            item.setToolTip(next_words(progress))
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(chosen, 0), self.list.count() - 1))

    def _show_pathway(self, row: int) -> None:
        if self.view is None or not 0 <= row < len(self.view.pathways):
            self.detail.clear()
            return
        self.detail.setHtml(checklist_html(self.view.pathways[row], self.view.progress[row]))
