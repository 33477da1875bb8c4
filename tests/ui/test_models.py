"""Every Qt item model of ``rxtracker/ui/models`` passes pytest-qt's model tester with real rows.

Most are checked next to the page that shows them; the last test makes sure that every model
class is named in a test file that runs the model tester.
"""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt

from rxtracker.domain import Hours
from rxtracker.services import ActivityInput, Context, activities
from rxtracker.services.history import record_history
from rxtracker.services.roster import preview_roster
from rxtracker.ui.models.history import HistoryModel
from rxtracker.ui.models.roster import RosterPreviewModel

MODELS = Path(__file__).resolve().parents[2] / "rxtracker" / "ui" / "models"
TESTS = Path(__file__).resolve().parent

ROSTER = (
    "Name,E-mail,Role,State,Credential,Number,Expires\n"
    "Ana Ruiz,ana@example.com,technician,TX,ptcb-cpht,111,2027-03-31\n"
    "Bo Li,,lead,FL,fl-technician,F-2,2026-12-31\n"
    ",nobody@example.com,technician,TX,,,\n"
)


def test_history_model(ctx: Context, ana: int, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    row = activities.list_activities(ctx, ana)[0]
    data = activities.get_activity(ctx, row.id)
    edited = ActivityInput(data.title, data.completed_on, Hours.parse("3"), uan=data.uan)
    activities.update_activity(ctx, row.id, edited)
    changes = record_history(ctx, "activity", row.id)
    model = HistoryModel(changes)
    qtmodeltester.check(model)
    assert model.rowCount() == len(changes) >= 2
    texts = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "Changed the hours from 1.5 to 3." in texts


def test_roster_preview_model(ctx: Context, tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER)
    preview = preview_roster(ctx, roster)
    model = RosterPreviewModel()
    model.set_rows(preview.rows)
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Ana Ruiz", "Bo Li", ""]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "What happens"


def _model_classes() -> set[str]:
    names = set()
    for path in MODELS.glob("*.py"):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef) and node.name.endswith(("Model", "Proxy")):
                names.add(node.name)
    return names - {"RowsModel"}  # the base: checked through every model built on it


def test_every_model_is_put_through_the_model_tester() -> None:
    checked = set()
    for path in TESTS.glob("test_*.py"):
        text = path.read_text()
        if "qtmodeltester.check" in text:
            checked |= {name for name in _model_classes() if name in text}
    assert _model_classes() - checked == set()
