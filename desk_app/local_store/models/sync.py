"""The durable outbox of local changes and the sync engine's own state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.local_store.base import Base, new_uid, utc_now


class OutboxOp(Base):
    """One local change waiting to reach the central helpdesk, pushed in id order.

    Written in the same transaction as the change itself, so a committed change always has
    its operation. `idempotency_key` travels to the server with the push, so a push retried
    after a crash or a timeout is recognised there instead of applied twice.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    entity: Mapped[str] = mapped_column(String(30))  # ticket, comment, time_entry, call, ...
    entity_uid: Mapped[str] = mapped_column(String(32), index=True)
    op: Mapped[str] = mapped_column(String(30))  # create, update, ...
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(index=True)


class SyncState(Base):
    """Cursors and markers of the sync engine, keyed by connector and stream."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
