"""The durable outbox: every local change enqueues its operation in the change's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.local_store.base import utc_now
from desk_app.local_store.models import OutboxOp


def enqueue(
    session: Session, entity: str, entity_uid: str, op: str, payload: dict[str, Any]
) -> OutboxOp:
    """Add an operation to the session; it commits (or not) with the change that caused it."""
    if not session.in_transaction():
        raise RuntimeError("outbox operations must be written inside the change's transaction")
    operation = OutboxOp(entity=entity, entity_uid=entity_uid, op=op, payload=payload)
    session.add(operation)
    return operation


def pending(session: Session, limit: int = 100) -> list[OutboxOp]:
    """Unsent operations in the order they were made (the push order)."""
    query = select(OutboxOp).where(OutboxOp.sent_at.is_(None)).order_by(OutboxOp.id).limit(limit)
    return list(session.scalars(query))


def pending_count(session: Session) -> int:
    return int(
        session.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.sent_at.is_(None)))
        or 0
    )


def mark_sent(session: Session, operation_id: int, at: datetime | None = None) -> None:
    operation = session.get(OutboxOp, operation_id)
    if operation is not None and operation.sent_at is None:
        operation.sent_at = at or utc_now()
