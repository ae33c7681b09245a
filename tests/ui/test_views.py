"""The registry of named views (`--view NAME`): each opens and says when it is ready."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desk_app.ui import views


def test_the_registry_lists_the_views_and_refuses_unknown_names() -> None:
    assert views.view_names()[:2] == ["tickets", "ticket"]
    assert views.DEFAULT_VIEW in views.view_names()
    with pytest.raises(KeyError, match="unknown view"):
        views.get_view("board-of-nothing")
    with pytest.raises(ValueError, match="already registered"):
        views.register(views.ViewSpec("tickets", "again", lambda w, r: r()))


def test_listing_views_does_not_import_qt() -> None:
    code = "import sys; from desk_app.ui import views; views.view_names(); " \
           "sys.exit('PySide6' in sys.modules)"  # fmt: skip
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_tickets_view_is_ready_once_the_list_loaded(qtbot, window) -> None:
    ready: list[bool] = []
    views.get_view("tickets").open(window, lambda: ready.append(True))
    qtbot.waitUntil(lambda: bool(ready))
    assert window.ticket_list.model.rowCount() == 3
    assert window.detail_pane.shown is None


def test_ticket_view_opens_the_first_tickets_detail(qtbot, window, desk) -> None:
    ready: list[bool] = []
    views.get_view("ticket").open(window, lambda: ready.append(True))
    qtbot.waitUntil(lambda: bool(ready))
    assert window.detail_pane.shown is not None
    assert window.detail_pane.shown.id == desk.ids["invoice"]
    assert window.detail_pane.subject.text() == "Error de facturación en CFDI"
