"""Tickets and everything that hangs off them: history, comments, time, follow-ups, tags."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.local_store.base import Base, new_uid, utc_now
from desk_app.local_store.list_order import CRITICALITY_RANK

ticket_tags = Table(
    "ticket_tags",
    Base.metadata,
    Column("ticket_id", ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_ticket_tags_tag", "tag_id"),
)


class StatusDefinition(Base):
    """Admin-configurable statuses (SPEC §2); mirrors domain.statuses.StatusDef."""

    __tablename__ = "statuses"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    stage: Mapped[str] = mapped_column(String(10))
    pauses_sla: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Category(Base):
    """Categorization ("tipificación"): a category, or a subcategory when it has a parent."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), index=True
    )

    parent: Mapped[Category | None] = relationship(remote_side=[id])


class Queue(Base):
    __tablename__ = "queues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    level: Mapped[str] = mapped_column(String(2))  # domain.ticket_fields.Level
    remote_id: Mapped[str | None] = mapped_column(String(64))


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


# Every column the ticket list filters on, so walking a list index never reads the row.
_LIST_FILTER_COLUMNS = (
    "merged_into_id", "responsible_id", "created_by_id", "requester_id", "status", "level",
    "priority", "criticality", "channel", "flag", "first_response_at", "response_due_at",
)  # fmt: skip


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_responsible_status", "responsible_id", "status"),
        Index("ix_tickets_status_updated", "status", "updated_at"),
        Index("ix_tickets_level_responsible", "level", "responsible_id"),
        # The list's covering indexes, one per indexed sort order (migration 0004).
        Index("ix_tickets_list_updated", "updated_at", *_LIST_FILTER_COLUMNS,
              "resolution_due_at"),
        Index("ix_tickets_list_due", "resolution_due_at", *_LIST_FILTER_COLUMNS, "updated_at"),
        Index("ix_tickets_list_criticality", text(CRITICALITY_RANK), *_LIST_FILTER_COLUMNS,
              "updated_at", "resolution_due_at"),
        # Closed tickets of an advisor in a period, for process adherence (migration 0006).
        Index("ix_tickets_kpi", "responsible_id", "resolved_at", "status", "merged_into_id"),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    # Client identity and idempotency key for the ticket's creation on the server.
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    requester_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    department: Mapped[str | None] = mapped_column(String(80))
    ticket_type: Mapped[str] = mapped_column(String(20))  # domain.ticket_fields.TicketType
    subject_kind: Mapped[str | None] = mapped_column(String(20))
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    priority: Mapped[str] = mapped_column(String(10))
    criticality: Mapped[str | None] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(ForeignKey("statuses.key"))
    flag: Mapped[str] = mapped_column(String(10), default="none")
    level: Mapped[str] = mapped_column(String(2), default="L1")
    queue_id: Mapped[int | None] = mapped_column(ForeignKey("queues.id", ondelete="SET NULL"))
    pqrs_kind: Mapped[str | None] = mapped_column(String(20))
    due_at: Mapped[datetime | None]
    custom_fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    assigned_at: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    # Billing (SPEC §6, migration 0007): warranty or consumption, decided by customer service
    # during review (NULL = not decided yet); the work estimate; the terms of attention.
    billing: Mapped[str | None] = mapped_column(String(12))
    billing_decided_at: Mapped[datetime | None]
    billing_decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    estimate_minutes: Mapped[int | None]
    terms_accepted_at: Mapped[datetime | None]
    terms_accepted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    terms_accepted_how: Mapped[str | None] = mapped_column(String(20))
    # Derived from the status history and the calendar by the SLA clock, refreshed on every
    # change; kept as columns only so that "due soon" can be sorted and filtered in SQL.
    response_due_at: Mapped[datetime | None]
    resolution_due_at: Mapped[datetime | None]

    tags: Mapped[list[Tag]] = relationship(secondary=ticket_tags)
    comments: Mapped[list[Comment]] = relationship(
        back_populates="ticket", order_by="Comment.created_at"
    )
    history: Mapped[list[TicketHistory]] = relationship(
        back_populates="ticket", order_by="TicketHistory.id"
    )


class TicketHistory(Base):
    """Every change to a ticket: who, when, field, old → new (SPEC §2).

    The SLA clock reads the rows whose field is "status": this is the status history.
    """

    __tablename__ = "ticket_history"
    __table_args__ = (
        Index("ix_ticket_history_ticket_field", "ticket_id", "field", "at"),
        # "Did it pass through In progress": one probe per ticket (migration 0006).
        Index("ix_ticket_history_status", "ticket_id", "new_value",
              sqlite_where=text("field = 'status'")),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utc_now)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # Set when the change came from the server, so it is not pushed back.
    from_sync: Mapped[bool] = mapped_column(Boolean, default=False)

    ticket: Mapped[Ticket] = relationship(back_populates="history")


class Comment(Base):
    """A public reply (to the requester) or an internal note (team only). Append-only."""

    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64), index=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str | None] = mapped_column(String(200))  # a requester who wrote in
    is_public: Mapped[bool] = mapped_column(Boolean)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    ticket: Mapped[Ticket] = relationship(back_populates="comments")


class TimeEntry(Base):
    """Time spent on a ticket (billing), typed by level or quality management (SPEC §6)."""

    __tablename__ = "time_entries"
    __table_args__ = (CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(10))  # L1, L2, L3, quality
    minutes: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class FollowUp(Base):
    """A reminder at a time, for one advisor, about one ticket."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    remind_at: Mapped[datetime] = mapped_column(index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None]
