"""A finished call reaches the server through the outbox: with its tickets' remote ids, its
advisor's user name and its survey, once the tickets it is linked to are there."""

from __future__ import annotations

import importlib.util
import sys
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select

from desk_app.domain.calls import Survey
from desk_app.local_store.models import Call, OutboxOp, Ticket
from desk_app.services.calls import CallService
from desk_app.sync.connector import PushOp
from desk_app.sync.engine import SyncEngine


def _load_fixtures() -> ModuleType:
    name = "engine_fixtures"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while being built
        spec.loader.exec_module(module)
    return sys.modules[name]


fx = _load_fixtures()


class CallServer(fx.MemoryConnector):  # type: ignore[misc,name-defined]
    """The in-memory server, which also files call records (as RT's calls queue does)."""

    def _apply(self, op: PushOp) -> str | None:
        if op.entity == "call":
            return str(self.new_id())
        return super()._apply(op)  # type: ignore[no-any-return]


@pytest.fixture
def server() -> Any:
    return CallServer(page_size=2)


def _finished_call(desk: Any, ticket_id: int) -> str:
    moments = iter(desk.now + timedelta(seconds=s) for s in (0, 5, 65, 70, 90))
    calls = CallService(desk.store, desk.viewer(), default_region="MX", clock=lambda: next(moments))
    view = calls.incoming("+52 55 1234 5678", name="María")
    calls.answer(view.id)
    calls.hang_up(view.id)
    calls.link_ticket(view.id, ticket_id)
    return calls.wrap_up(view.id, "resolved_first_contact", survey=Survey(csat=5)).uid


def _call_op(desk: Any) -> OutboxOp:
    with desk.store.session() as s:
        return s.scalars(select(OutboxOp).where(OutboxOp.entity == "call")).one()


def test_a_finished_call_is_pushed_with_its_tickets_and_gets_its_remote_id(
    desk: Any, server: Any
) -> None:
    with desk.store.transaction() as s:
        ticket = s.get(Ticket, desk.ids["invoice"])
        assert ticket is not None
        ticket.remote_id = "42"  # the ticket came from the server
    uid = _finished_call(desk, desk.ids["invoice"])
    report = SyncEngine(desk.store, server).run_once()
    assert report.pushed == 1 and report.pending == 0
    [pushed] = [op for op in server.pushes if op.entity == "call"]
    assert (pushed.op, pushed.entity_uid, pushed.ticket_remote_id) == ("create", uid, None)
    fields = pushed.fields
    assert fields["ticket_remote_ids"] == ["42"] and "ticket_uids" not in fields
    assert fields["advisor_username"] == "ana"
    assert fields["direction"] == "inbound" and fields["number"] == "+525512345678"
    assert fields["outcome"] == "resolved_first_contact"
    assert fields["answered_at"] == (desk.now + timedelta(seconds=5)).isoformat()
    assert fields["survey"]["csat"] == 5
    with desk.store.session() as s:
        call = s.scalars(select(Call).where(Call.uid == uid)).one()
        assert call.remote_id is not None and call.remote_id == server.keys[pushed.idempotency_key]
    assert _call_op(desk).sent_at is not None


def test_a_call_linked_to_a_ticket_without_remote_id_waits_for_it(desk: Any, server: Any) -> None:
    _finished_call(desk, desk.ids["printer"])  # never synced: no remote id yet
    report = SyncEngine(desk.store, server).run_once()
    assert report.pushed == 0 and report.pending == 1
    assert [op for op in server.pushes if op.entity == "call"] == []
    op = _call_op(desk)
    assert op.sent_at is None and op.failed_at is None
    assert op.last_error == "waiting for the call's tickets to reach the server"
    with desk.store.transaction() as s:
        ticket = s.get(Ticket, desk.ids["printer"])
        assert ticket is not None
        ticket.remote_id = "77"
    assert SyncEngine(desk.store, server).run_once().pushed == 1
    [pushed] = [op for op in server.pushes if op.entity == "call"]
    assert pushed.fields["ticket_remote_ids"] == ["77"]
