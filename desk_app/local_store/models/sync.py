"""The durable outbox of local changes and the sync engine's own state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
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
    # Set when the server refused the operation for good (not retryable): the operation is
    # listed with its last_error instead of being retried forever.
    failed_at: Mapped[datetime | None]


class SyncState(Base):
    """Cursors and markers of the sync engine, keyed by connector and stream."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TicketSync(Base):
    """The last version of a ticket both sides agreed on: the base of the three-way merge.

    `base` holds the synced field values in the connector's vocabulary (natural keys, ISO
    datetimes), so a pull can tell which side changed a field since.
    """

    __tablename__ = "ticket_sync"

    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True
    )
    remote_updated_at: Mapped[datetime | None]
    base: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncConflict(Base):
    """A field both sides changed: the server's value won in the cache, the local one is kept
    here until the advisor re-applies or dismisses it."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(80))
    local_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    remote_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(index=True)
    resolution: Mapped[str | None] = mapped_column(String(12))  # "reapplied" or "dismissed"
