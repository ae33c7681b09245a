"""The billing side of a ticket's time (SPEC §6, seed 004): the key user's confirmations of
hours over two, and the running timers (migration 0007)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.local_store.base import Base, new_uid


class HourConfirmation(Base):
    """The key user confirmed that work on the ticket may go on up to `minutes` in total."""

    __tablename__ = "hour_confirmations"
    __table_args__ = (CheckConstraint("minutes > 0", name="minutes"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    minutes: Mapped[int]
    confirmed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )  # the key user (or the backup) who confirmed
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    how: Mapped[str] = mapped_column(String(20))  # portal, email, phone, in_person
    confirmed_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class TimeTimer(Base):
    """A timer running on a ticket: one per user; stopping it writes a time entry."""

    __tablename__ = "time_timers"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # L1, L2, L3, quality
    started_at: Mapped[datetime]
