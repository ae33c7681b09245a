"""Conflict records in the store: re-apply is a normal local change, dismiss keeps the server's.

Pure store behaviour on a real workspace (no server involved); the round trip through a real
RT is in test_two_workspaces.py.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.local_store.models import (
    Category,
    OutboxOp,
    SyncConflict,
    Ticket,
    TicketHistory,
)
from desk_app.local_store.sync_store import (
    DISMISSED,
    REAPPLIED,
    dismiss_conflict,
    open_conflicts,
    reapply_conflict,
    sync_status,
)
from desk_app.local_store.ticket_writes import ValidationError


def _conflict(desk: Any, ticket: str, field: str, local: Any, remote: Any) -> int:
    with desk.store.transaction() as s:
        row = SyncConflict(ticket_id=desk.ids[ticket], field=field, local_value=local,
                           remote_value=remote, created_at=desk.now)  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


def _ops(desk: Any) -> list[OutboxOp]:
    with desk.store.session() as s:
        return list(s.scalars(select(OutboxOp).order_by(OutboxOp.id)))


def test_reapplying_a_responsible_writes_the_change_its_history_and_an_operation(
    desk: Any,
) -> None:
    conflict_id = _conflict(desk, "printer", "responsible_username", "ana", None)
    with desk.store.session() as s:
        [row] = open_conflicts(s)
        assert (row.ticket_subject, row.local_value) == (
            "La impresora de tickets no imprime",
            "ana",
        )
        assert sync_status(s).open_conflicts == 1
    with desk.store.transaction() as s:
        changed = reapply_conflict(s, desk.viewer(), conflict_id, desk.now)
    assert "responsible_id" in changed
    with desk.store.session() as s:
        ticket = s.get(Ticket, desk.ids["printer"])
        assert ticket is not None and ticket.responsible_id == desk.ids["ana"]
        query = select(TicketHistory).where(
            TicketHistory.ticket_id == ticket.id, TicketHistory.field == "responsible"
        )
        history = s.scalars(query).one()
        assert not history.from_sync and history.user_id == desk.ids["ana"]
        conflict = s.get(SyncConflict, conflict_id)
        assert conflict is not None and conflict.resolution == REAPPLIED
        assert open_conflicts(s) == [] and sync_status(s).open_conflicts == 0
    [op] = _ops(desk)
    assert (op.entity, op.op, op.payload["fields"]["responsible_id"]) == (
        "ticket", "update", desk.ids["ana"])  # fmt: skip


def test_reapplying_a_category_path_points_the_ticket_at_that_subcategory(desk: Any) -> None:
    with desk.store.transaction() as s:
        parent = Category(name="Facturación")
        s.add(parent)
        s.flush()
        child = Category(name="CFDI", parent_id=parent.id)
        s.add(child)
        s.flush()
        child_id = child.id
    conflict_id = _conflict(desk, "invoice", "category_path", ["Facturación", "CFDI"], None)
    with desk.store.transaction() as s:
        reapply_conflict(s, desk.viewer(), conflict_id, desk.now)
    with desk.store.session() as s:
        assert s.get(Ticket, desk.ids["invoice"]).category_id == child_id  # type: ignore[union-attr]


def test_a_value_that_no_longer_fits_is_refused_and_changes_nothing(desk: Any) -> None:
    conflict_id = _conflict(desk, "invoice", "responsible_username", "nadie", "ana")
    with pytest.raises(ValidationError, match="nadie"), desk.store.transaction() as s:
        reapply_conflict(s, desk.viewer(), conflict_id, desk.now)
    assert _ops(desk) == []
    with desk.store.session() as s:
        assert [c.id for c in open_conflicts(s)] == [conflict_id]


def test_dismissing_keeps_the_server_value_and_hidden_tickets_stay_hidden(desk: Any) -> None:
    mine = _conflict(desk, "invoice", "priority", "critical", "urgent")
    hidden = _conflict(desk, "hidden", "priority", "critical", "normal")
    with desk.store.transaction() as s:
        dismiss_conflict(s, desk.viewer(), mine, desk.now)
    with pytest.raises(LookupError), desk.store.transaction() as s:
        dismiss_conflict(s, desk.viewer(), hidden, desk.now)
    with pytest.raises(LookupError), desk.store.transaction() as s:
        reapply_conflict(s, desk.viewer(), mine, desk.now)  # already resolved
    with desk.store.session() as s:
        assert s.get(SyncConflict, mine).resolution == DISMISSED  # type: ignore[union-attr]
        assert s.get(Ticket, desk.ids["invoice"]).priority == "urgent"  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0


def test_reapplying_billing_values_records_who_and_when_through_the_billing_writes(
    desk: Any,
) -> None:
    decision = _conflict(desk, "printer", "billing", "warranty", "consumption")
    estimate = _conflict(desk, "printer", "estimate_minutes", "90", None)
    with desk.store.transaction() as s:
        reapply_conflict(s, desk.viewer(), decision, desk.now)
        reapply_conflict(s, desk.viewer(), estimate, desk.now)
    with desk.store.session() as s:
        ticket = s.get(Ticket, desk.ids["printer"])
        assert (ticket.billing, ticket.billing_decided_by_id, ticket.estimate_minutes) == (
            "warranty", desk.viewer().user_id, 90)  # fmt: skip
        assert ticket.billing_decided_at is not None
        fields = set(s.scalars(select(TicketHistory.field).where(
            TicketHistory.ticket_id == ticket.id)))  # fmt: skip
    assert {"billing", "estimate"} <= fields
    bad = _conflict(desk, "printer", "billing", "gratis", None)
    with pytest.raises(ValidationError), desk.store.transaction() as s:
        reapply_conflict(s, desk.viewer(), bad, desk.now)
