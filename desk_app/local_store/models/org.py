"""Who is who: companies and their people, contracts, teams, users and their networks."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.local_store.base import Base, new_uid, utc_now

# The partners (companies) an advisor serves: the advisor's network (SPEC §1, seed 003).
user_network = Table(
    "user_network",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("company_id", ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_user_network_company", "company_id"),
)


class Company(Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # Case- and accent-folded name: organization autocomplete refuses duplicates on it.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    partner_tier: Mapped[str | None] = mapped_column(String(20))  # diamond, platinum, or None
    country: Mapped[str | None] = mapped_column(String(2))
    tax_id: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    people: Mapped[list[Person]] = relationship(back_populates="company")
    contracts: Mapped[list[Contract]] = relationship(back_populates="company")


class Person(Base):
    """A requester: somebody at a customer company who calls or writes in."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[str | None] = mapped_column(String(120))
    emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str | None] = mapped_column(String(40))
    # E.164 form of phone, indexed: caller lookup is an equality search on it.
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    is_key_user: Mapped[bool] = mapped_column(Boolean, default=False)
    is_backup_user: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    company: Mapped[Company | None] = relationship(back_populates="people")


class Contract(Base):
    """A package of hours a company bought (seed 004)."""

    __tablename__ = "contracts"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64), index=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    period_kind: Mapped[str] = mapped_column(String(10))  # monthly, annual
    hours: Mapped[int] = mapped_column(Integer)
    hourly_rate: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    renewable: Mapped[bool] = mapped_column(Boolean, default=True)
    terms_accepted_at: Mapped[datetime | None]
    terms_accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    # The contract this one renews (migration 0007): a renewal is a new contract row.
    renewal_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("contracts.id", ondelete="SET NULL")
    )

    company: Mapped[Company] = relationship(back_populates="contracts")


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # Business calendar of the team as a JSON document the domain calendar is built from.
    calendar: Mapped[dict[str, Any]] = mapped_column(default=dict)


class User(Base):
    """Somebody who signs in to the desk: an advisor, a leader or an admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    remote_id: Mapped[str | None] = mapped_column(String(64), index=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))  # domain.roles.Role
    level: Mapped[str] = mapped_column(String(2), default="L1")
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("teams.id", ondelete="SET NULL"), index=True
    )
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)

    network: Mapped[list[Company]] = relationship(secondary=user_network)


class WorkspaceMeta(Base):
    """Key/value facts about the workspace itself (the signed-in user, demo marker, ...)."""

    __tablename__ = "workspace_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
