"""Calls logged like a softphone, survey answers, and advisor presence (SPEC §4, §7)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.local_store.base import Base, new_uid

call_tickets = Table(
    "call_tickets",
    Base.metadata,
    Column("call_id", ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True),
    Column("ticket_id", ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_call_tickets_ticket", "ticket_id"),
)


class Call(Base):
    __tablename__ = "calls"
    __table_args__ = (
        Index("ix_calls_advisor_started", "advisor_id", "started_at"),
        Index("ix_calls_state_advisor", "state", "advisor_id"),  # an advisor's live call
        # The KPIs' counts walk only this index (migration 0006, kpi_queries.py).
        Index("ix_calls_kpi", "advisor_id", "started_at", "state", "direction", "answered_at",
              "outcome"),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64))
    external_id: Mapped[str | None] = mapped_column(String(120), index=True)  # PBX call id
    direction: Mapped[str] = mapped_column(String(8))  # inbound, outbound
    number_raw: Mapped[str] = mapped_column(String(60))
    number_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    caller_name: Mapped[str | None] = mapped_column(String(200))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    advisor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    started_at: Mapped[datetime]  # ringing (inbound) or dialling (outbound)
    answered_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    wrap_up_ended_at: Mapped[datetime | None]
    hold_seconds: Mapped[int] = mapped_column(Integer, default=0)
    # resolved_first_contact, ticket_created, ticket_updated, transferred, callback, missed
    outcome: Mapped[str | None] = mapped_column(String(24))
    notes: Mapped[str] = mapped_column(Text, default="")
    # domain.calls.CallState: ringing, dialing, talking, on_hold, wrap_up, done
    state: Mapped[str] = mapped_column(String(12), default="done", server_default="done")
    held_since: Mapped[datetime | None]  # a hold in progress; hold_seconds has the finished ones
    transferred_to: Mapped[str | None] = mapped_column(String(120))  # "user:ana", "level:L2"
    end_cause: Mapped[str | None] = mapped_column(String(60))  # from the PBX: "busy", ...


class SurveyAnswer(Base):
    __tablename__ = "survey_answers"
    __table_args__ = (
        CheckConstraint("csat IS NULL OR csat BETWEEN 1 AND 5", name="csat_range"),
        CheckConstraint("ces IS NULL OR ces BETWEEN 1 AND 7", name="ces_range"),
        CheckConstraint("nps IS NULL OR nps BETWEEN 0 AND 10", name="nps_range"),
        Index("ix_survey_answers_call", "call_id"),
        Index("ix_survey_answers_kpi", "advisor_id", "answered_at", "csat", "ces", "nps"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    advisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    answered_at: Mapped[datetime]
    csat: Mapped[int | None]
    ces: Mapped[int | None]
    nps: Mapped[int | None]


class PresenceEvent(Base):
    """An advisor entering a presence state; the state lasts until the next event."""

    __tablename__ = "presence_events"
    __table_args__ = (Index("ix_presence_user_at", "user_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(12))  # available, on_call, wrap_up, break, offline
    at: Mapped[datetime]
