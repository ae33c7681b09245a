"""A ticket detail pane over the real temporary desk, with its own database worker, shown and
active so that window shortcuts reach it the way they reach a person's keyboard."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.local_store.models import OutboxOp, Ticket, TicketHistory
from desk_app.services.ticket_actions import TicketActions
from desk_app.services.tickets import TicketService
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.ticket_detail_pane import TicketDetailPane


@pytest.fixture
def make_pane(qtbot, desk, fixed_clock):
    """`make_pane(username="ana", editable=True)` → a shown, active TicketDetailPane."""
    runners: list[DbRunner] = []

    def make(username: str = "ana", *, editable: bool = True) -> TicketDetailPane:
        viewer = desk.viewer(username)
        runner = DbRunner(desk.store)
        runners.append(runner)
        actions = TicketActions(desk.store, viewer, fixed_clock) if editable else None
        pane = TicketDetailPane(runner, TicketService(viewer, clock=fixed_clock),
                                actions=actions)  # fmt: skip
        qtbot.addWidget(pane)
        pane.resize(720, 1000)
        pane.show()
        qtbot.waitExposed(pane)
        pane.activateWindow()
        qtbot.waitUntil(pane.isActiveWindow)
        return pane

    yield make
    for runner in runners:
        runner.shutdown()  # before the desk's store closes


@pytest.fixture
def pane(make_pane):
    return make_pane()


def open_ticket(qtbot, pane, ticket_id: int) -> None:
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        pane.show_ticket(ticket_id)


def stored(desk, ticket_id: int) -> Ticket:
    with desk.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        return ticket


def history(desk, ticket_id: int) -> list[tuple[str, str | None, str | None]]:
    with desk.store.session() as s:
        rows = s.execute(
            select(TicketHistory.field, TicketHistory.old_value, TicketHistory.new_value)
            .where(TicketHistory.ticket_id == ticket_id).order_by(TicketHistory.id)
        ).all()  # fmt: skip
        return [tuple(r) for r in rows]


def outbox(desk) -> list[tuple[str, str, str]]:
    with desk.store.session() as s:
        return [(o.entity, o.entity_uid, o.op) for o in s.scalars(select(OutboxOp).order_by(
            OutboxOp.id))]  # fmt: skip
