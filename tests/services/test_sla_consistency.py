"""The list's SLA badges and the store's due-time cache come from the same computation."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from desk_app.local_store.demo import ensure_demo
from desk_app.local_store.engine import open_store
from desk_app.local_store.models import Ticket
from desk_app.local_store.sla_context import SlaContext
from desk_app.local_store.ticket_list_queries import status_histories, ticket_rows
from desk_app.local_store.visibility import viewer_for
from desk_app.services.ticket_rows import SlaClockKind, clock_badge, list_rows, sla_snapshot


def test_badges_and_cached_due_times_agree(tmp_path: Path) -> None:
    store = open_store(tmp_path / "ws")
    ensure_demo(store, 300)
    now = datetime.now(UTC)
    with store.session() as s:
        admin = viewer_for(s, "admin")
        tickets = {
            t.id: t for t in s.scalars(select(Ticket).where(Ticket.status != "waiting_customer"))
        }
        ids = list(tickets)
        assert list_rows(s, admin, ids, now)  # the list renders them all
        context = SlaContext.load(s)
        rows = ticket_rows(s, admin, ids)
        histories = status_histories(s, ids)
        checked = 0
        for ticket_id, row in rows.items():
            snapshot = sla_snapshot(context, row, histories[ticket_id], now)
            assert snapshot is not None
            resolution = clock_badge(snapshot.resolution, SlaClockKind.RESOLUTION)
            assert resolution.due_at == tickets[ticket_id].resolution_due_at, ticket_id
            checked += 1
        assert checked == len(ids) > 100
    store.close()
