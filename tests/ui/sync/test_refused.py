"""Sync → Refused changes: what the server refused for good is listed with its reason, and
"Send again" puts it back in the queue (the in-memory helpdesk refuses on demand; the same
refusal from the real RT is counted in test_with_rt.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.local_store.models import OutboxOp
from desk_app.local_store.sync_store import sync_status
from desk_app.local_store.ticket_writes import NewTicket, create_ticket
from desk_app.sync.connector import PermissionDenied
from desk_app.sync.engine import SyncEngine
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.sync_refused import Column, RefusedDialog, RefusedModel


@pytest.fixture
def refused_op(desk, engine_fixtures) -> int:
    """A new ticket the server refused with a 403; returns its outbox operation id."""
    server = engine_fixtures.MemoryConnector()
    server.refuse = lambda op: PermissionDenied("ana may not create tickets in Partner Desk L2")
    with desk.store.transaction() as session:
        draft = NewTicket(subject="Alta de usuario", body="", requester_id=desk.ids["maria"],
                          ticket_type="task", channel="phone")  # fmt: skip
        create_ticket(session, desk.viewer("ana"), draft, desk.now)
    assert SyncEngine(desk.store, server).run_once().failed == 1
    with desk.store.session() as session:
        return session.scalars(select(OutboxOp.id).where(OutboxOp.failed_at.is_not(None))).one()


@pytest.fixture
def dialog(qtbot, desk):
    runner = DbRunner(desk.store)
    widget = RefusedDialog(runner)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.is_loaded)
    yield widget
    runner.shutdown()


def test_the_model_passes_the_model_tester(qtmodeltester, desk, refused_op) -> None:
    from desk_app.local_store.sync_store import failed_ops

    model = RefusedModel()
    qtmodeltester.check(model)
    with desk.store.session() as session:
        model.set_rows(failed_ops(session))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_a_refused_change_is_listed_with_the_servers_reason(refused_op, dialog) -> None:
    model = dialog.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, Column.CHANGE)) == "New ticket"
    assert "may not create tickets" in model.data(model.index(0, Column.REASON))
    assert not dialog.retry_button.isEnabled()


def test_send_again_puts_it_back_in_the_queue(qtbot, desk, refused_op, dialog) -> None:
    assert dialog.select_row(0)
    with qtbot.waitSignal(dialog.requeued, timeout=10_000) as requeued:
        dialog.retry_button.click()
    assert requeued.args == [refused_op]
    qtbot.waitUntil(lambda: dialog.is_loaded and dialog.model.rowCount() == 0)
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    with desk.store.session() as session:
        op = session.get(OutboxOp, refused_op)
        assert op.failed_at is None and op.sent_at is None
        assert sync_status(session).failed_ops == 0 and sync_status(session).pending_ops == 1
