"""Keep the tickets' due-time columns equal to what the SLA clock says.

The columns are a cache for sorting and filtering in SQL ("due soon"); the truth is always
the status history and the calendar, recomputed here after every change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.local_store.base import to_db_text
from desk_app.local_store.models import Ticket
from desk_app.local_store.sla_context import SlaContext
from desk_app.local_store.ticket_list_queries import status_histories

BATCH = 2000


def refresh_due_times(
    session: Session, ticket_ids: Sequence[int], now: datetime, context: SlaContext | None = None
) -> None:
    context = context or SlaContext.load(session)
    for start in range(0, len(ticket_ids), BATCH):
        batch = list(ticket_ids[start : start + BATCH])
        histories = status_histories(session, batch)
        tickets = session.execute(
            select(
                Ticket.id, Ticket.priority, Ticket.criticality, Ticket.status,
                Ticket.responsible_id, Ticket.created_at, Ticket.first_response_at,
                Ticket.resolved_at,
            ).where(Ticket.id.in_(batch))
        ).all()  # fmt: skip
        values: list[tuple[str | None, str | None, int]] = []
        for tid, priority, criticality, status, responsible, created, first, resolved in tickets:
            snapshot = context.snapshot(
                ticket_id=tid, priority=priority, criticality=criticality, status=status,
                responsible_id=responsible, created_at=created, changes=histories[tid],
                first_response_at=first, resolved_at=resolved, now=now,
            )  # fmt: skip
            if snapshot is None:
                values.append((None, None, tid))
            else:
                values.append((_text(snapshot.first_response.due_at),
                               _text(snapshot.resolution.due_at), tid))  # fmt: skip
        if values:
            # Straight executemany: the ORM's bulk UPDATE cost more than the clock itself.
            session.connection().exec_driver_sql(
                "UPDATE tickets SET response_due_at = ?, resolution_due_at = ? WHERE id = ?",
                values,
            )


def _text(value: datetime | None) -> str | None:
    return None if value is None else to_db_text(value)
