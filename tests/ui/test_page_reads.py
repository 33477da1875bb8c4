"""Each page reads what it shows with one service call: its read model, in one session."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from rxtracker.services import Context
from rxtracker.ui.main_window import MainWindow
from rxtracker.ui.pages.base import Page
from tests.ui.conftest import settle

Window = Callable[[], MainWindow]


def _counted(calls: list[str], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return function(*args, **kwargs)

    return wrapper


def _counted_sessions(calls: list[str], name: str, opener: Callable[[], Any]) -> Any:
    @contextlib.contextmanager
    def wrapper() -> Iterator[Session]:
        calls.append(name)
        with opener() as session:
            yield session

    return wrapper


@pytest.mark.parametrize(
    ("page_name", "view"),
    [
        ("dashboard", "dashboard_view"),
        ("log", "log_view"),
        ("credentials", "credentials_view"),
        ("pathways", "pathways_view"),
    ],
)
def test_a_page_reload_is_one_service_call_in_one_session(
    qtbot: QtBot,
    ctx: Context,
    ana: int,
    make_window: Window,
    monkeypatch: pytest.MonkeyPatch,
    page_name: str,
    view: str,
) -> None:
    window = make_window()
    window.show_page(page_name)
    settle(window)
    page = getattr(window, f"{page_name}_page")
    assert isinstance(page, Page)
    module = sys.modules[type(page).__module__]
    services: list[str] = []
    sessions: list[str] = []
    monkeypatch.setattr(module, view, _counted(services, view, getattr(module, view)))
    monkeypatch.setattr(ctx.db, "read", _counted_sessions(sessions, "read", ctx.db.read))
    monkeypatch.setattr(ctx.db, "write", _counted_sessions(sessions, "write", ctx.db.write))

    page.reload_now()
    settle(window)

    assert services == [view]
    assert sessions == ["read"]
