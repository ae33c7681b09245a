"""UI fixtures: a real window over the real temporary desk, with its own database worker."""

from __future__ import annotations

import pytest

from desk_app.services.tickets import TicketService
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, desk, fixed_clock):
    """`make_window(username="ana")` → a MainWindow whose list has loaded."""
    windows: list[MainWindow] = []

    def make(username: str = "ana", *, show: bool = False) -> MainWindow:
        service = TicketService(desk.viewer(username), clock=fixed_clock)
        window = MainWindow(DbRunner(desk.store), service, workspace_label=str(desk.path))
        qtbot.addWidget(window)
        windows.append(window)
        if show:
            window.show()
        qtbot.waitUntil(lambda: window.ticket_list.is_loaded)
        return window

    yield make
    for window in windows:
        window.close()  # stops the worker before the desk's store closes


@pytest.fixture
def window(make_window):
    return make_window()
