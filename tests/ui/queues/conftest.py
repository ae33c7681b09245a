"""Fixtures for the queues, the board and the live list: a fake clock the test moves, the
desk's due-time cache filled (the shared fixture writes tickets without it), and widgets on
their own database worker, shut down before the desk's store closes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, select

from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.models import Ticket
from desk_app.services.ticket_actions import TicketActions
from desk_app.services.tickets import TicketService
from desk_app.ui.board_view import BoardView
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.queue_sidebar import QueueSidebar
from desk_app.ui.ticket_list_panel import TicketListPanel


class FakeClock:
    """What time the services and the SLA ticker think it is; tests move it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


class StatementLog:
    """SQL statements run against a store while `active` (to prove a repaint ran none)."""

    def __init__(self, store) -> None:
        self.store = store
        self.statements: list[str] = []

    def _record(self, *args) -> None:
        self.statements.append(args[2])

    def __enter__(self) -> StatementLog:
        event.listen(self.store.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.store.engine, "before_cursor_execute", self._record)


def refresh_due(desk) -> None:
    with desk.store.transaction() as s:
        ids = list(s.scalars(select(Ticket.id)))
        refresh_due_times(s, ids, desk.now)


@pytest.fixture
def clock(desk) -> FakeClock:
    return FakeClock(desk.now)


@pytest.fixture
def runner(desk) -> Iterator[DbRunner]:
    worker = DbRunner(desk.store)
    yield worker
    worker.shutdown()


@pytest.fixture
def make_panel(qtbot, desk, clock, runner):
    """`make_panel(username="ana", rows=None)` → a shown TicketListPanel whose list loaded.

    `rows`: give the table a height of about that many rows, so the rest are off screen."""

    def make(username: str = "ana", rows: int | None = None) -> TicketListPanel:
        refresh_due(desk)
        panel = TicketListPanel(runner, TicketService(desk.viewer(username), clock=clock))
        qtbot.addWidget(panel)
        height = (
            600 if rows is None else 110 + rows * panel.table.verticalHeader().defaultSectionSize()
        )
        panel.resize(1100, height)
        panel.show()
        qtbot.waitExposed(panel)
        panel.refresh()
        qtbot.waitUntil(lambda: panel.is_loaded)
        return panel

    return make


@pytest.fixture
def make_board(qtbot, desk, clock, runner):
    def make(username: str = "ana") -> BoardView:
        refresh_due(desk)
        viewer = desk.viewer(username)
        board = BoardView(runner, TicketService(viewer, clock=clock),
                          TicketActions(desk.store, viewer, clock=clock))  # fmt: skip
        qtbot.addWidget(board)
        board.resize(1200, 700)
        board.show()
        qtbot.waitExposed(board)
        board.refresh()
        qtbot.waitUntil(lambda: board.is_loaded)
        return board

    return make


@pytest.fixture
def sidebar(qtbot) -> QueueSidebar:
    widget = QueueSidebar()
    qtbot.addWidget(widget)
    return widget
