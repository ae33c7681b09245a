"""Read-side queries for the ticket list and detail, always through visibility rules.

The list asks for ids first (cheap even for 100,000 rows) and then for the few rows on
screen, so nothing ever materialises the whole table as objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select, text
from sqlalchemy.orm import Session, aliased

from desk_app.domain import statuses as st
from desk_app.local_store.models import (
    Category,
    Comment,
    Company,
    Person,
    StatusDefinition,
    Tag,
    Ticket,
    TicketHistory,
    TimeEntry,
    User,
    ticket_tags,
)
from desk_app.local_store.search_syntax import build_fts_query
from desk_app.local_store.visibility import Viewer, visible_tickets


class TicketView(StrEnum):
    """Named slices of the visible tickets."""

    ALL = "all"
    MINE = "mine"
    UNASSIGNED = "unassigned"
    OPEN = "open"
    WAITING = "waiting"
    CLOSED = "closed"


class SortKey(StrEnum):
    ID = "id"
    SUBJECT = "subject"
    STATUS = "status"
    PRIORITY = "priority"
    CRITICALITY = "criticality"
    REQUESTER = "requester"
    RESPONSIBLE = "responsible"
    CREATED = "created_at"
    UPDATED = "updated_at"
    DUE = "resolution_due_at"


@dataclass(frozen=True, slots=True)
class TicketFilter:
    view: TicketView = TicketView.ALL
    text: str = ""
    sort: SortKey = SortKey.UPDATED
    descending: bool = True


@dataclass(frozen=True, slots=True)
class TicketRow:
    id: int
    subject: str
    status: str
    status_name: str
    stage: str
    priority: str
    criticality: str | None
    channel: str
    flag: str
    level: str
    requester_name: str | None
    company_name: str | None
    responsible_id: int | None
    responsible_name: str | None
    created_at: datetime
    updated_at: datetime
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None


@dataclass(frozen=True, slots=True)
class CommentView:
    author: str
    is_public: bool
    body: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class HistoryView:
    at: datetime
    user: str | None
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True, slots=True)
class TicketDetail:
    row: TicketRow
    uid: str
    body: str
    department: str | None
    ticket_type: str
    subject_kind: str | None
    category: str | None
    pqrs_kind: str | None
    due_at: datetime | None
    requester_email: str | None
    requester_phone: str | None
    tags: tuple[str, ...]
    custom_fields: dict[str, Any]
    comments: tuple[CommentView, ...]
    history: tuple[HistoryView, ...]
    minutes_by_kind: dict[str, int] = field(default_factory=dict)


_Responsible = aliased(User, name="responsible")
_DONE = select(StatusDefinition.key).where(StatusDefinition.stage == st.Stage.DONE.value)


def _view_clause(view: TicketView, viewer: Viewer) -> ColumnElement[bool] | None:
    match view:
        case TicketView.ALL:
            return None
        case TicketView.MINE:
            return Ticket.responsible_id == viewer.user_id
        case TicketView.UNASSIGNED:
            return and_(Ticket.responsible_id.is_(None), Ticket.status.not_in(_DONE))
        case TicketView.OPEN:
            return Ticket.status.not_in(_DONE)
        case TicketView.WAITING:
            return Ticket.status == st.WAITING_CUSTOMER
        case TicketView.CLOSED:
            return Ticket.status.in_(_DONE)


def _sort_column(key: SortKey) -> Any:
    match key:
        case SortKey.REQUESTER:
            return Person.full_name
        case SortKey.RESPONSIBLE:
            return _Responsible.full_name
        case _:
            return getattr(Ticket, key.value)


def _filtered(viewer: Viewer, flt: TicketFilter, columns: Any) -> Select[Any]:
    selected = columns if isinstance(columns, list) else [columns]
    query = select(*selected).where(visible_tickets(viewer), Ticket.merged_into_id.is_(None))
    clause = _view_clause(flt.view, viewer)
    if clause is not None:
        query = query.where(clause)
    fts = build_fts_query(flt.text)
    if not fts.is_empty:
        matches = text("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH :q").bindparams(
            q=fts.expression
        )
        query = query.where(Ticket.id.in_(matches))
    return query


def ticket_count(session: Session, viewer: Viewer, flt: TicketFilter) -> int:
    """How many tickets `ticket_ids` would return, without building the list."""
    return int(session.scalar(_filtered(viewer, flt, func.count(Ticket.id))) or 0)


def ticket_counts(session: Session, viewer: Viewer, text: str = "") -> dict[TicketView, int]:
    """Every view's count for the same search text, in one pass over the visible tickets."""
    columns = []
    for view in TicketView:
        clause = _view_clause(view, viewer)
        columns.append(
            func.count(Ticket.id)
            if clause is None
            else func.coalesce(func.sum(case((clause, 1), else_=0)), 0)
        )
    row = session.execute(_filtered(viewer, TicketFilter(text=text), columns)).one()
    return {view: int(value) for view, value in zip(TicketView, row, strict=True)}


def ticket_ids(session: Session, viewer: Viewer, flt: TicketFilter) -> list[int]:
    """Ids of the visible tickets matching `flt`, in display order (id breaks ties)."""
    query = _filtered(viewer, flt, Ticket.id)
    if flt.sort is SortKey.REQUESTER:
        query = query.outerjoin(Person, Person.id == Ticket.requester_id)
    elif flt.sort is SortKey.RESPONSIBLE:
        query = query.outerjoin(_Responsible, _Responsible.id == Ticket.responsible_id)
    column = _sort_column(flt.sort)
    if flt.descending:
        query = query.order_by(column.desc().nulls_last(), Ticket.id.desc())
    else:
        query = query.order_by(column.asc().nulls_last(), Ticket.id.asc())
    return list(session.scalars(query))


def _row_query() -> Select[Ticket, str, str, str, str, str]:
    return (
        select(
            Ticket,
            StatusDefinition.name,
            StatusDefinition.stage,
            Person.full_name,
            Company.name,
            _Responsible.full_name,
        )
        .join(StatusDefinition, StatusDefinition.key == Ticket.status)
        .outerjoin(Person, Person.id == Ticket.requester_id)
        .outerjoin(Company, Company.id == Person.company_id)
        .outerjoin(_Responsible, _Responsible.id == Ticket.responsible_id)
    )


def _to_row(t: Ticket, status_name: str, stage: str, req: str | None, company: str | None,
            responsible: str | None) -> TicketRow:  # fmt: skip
    return TicketRow(
        id=t.id, subject=t.subject, status=t.status, status_name=status_name, stage=stage,
        priority=t.priority, criticality=t.criticality, channel=t.channel, flag=t.flag,
        level=t.level, requester_name=req, company_name=company,
        responsible_id=t.responsible_id, responsible_name=responsible,
        created_at=t.created_at, updated_at=t.updated_at, response_due_at=t.response_due_at,
        resolution_due_at=t.resolution_due_at, first_response_at=t.first_response_at,
        resolved_at=t.resolved_at,
    )  # fmt: skip


def ticket_rows(session: Session, viewer: Viewer, ids: Sequence[int]) -> dict[int, TicketRow]:
    """Display rows for `ids` (those the viewer may see), keyed by id."""
    if not ids:
        return {}
    query = _row_query().where(Ticket.id.in_(list(ids)), visible_tickets(viewer))
    return {row[0].id: _to_row(*row) for row in session.execute(query)}


def status_histories(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[datetime, str]]]:
    """Status history per ticket, oldest first: what the SLA clock is computed from."""
    result: dict[int, list[tuple[datetime, str]]] = {i: [] for i in ids}
    if not ids:
        return result
    query = (
        select(TicketHistory.ticket_id, TicketHistory.at, TicketHistory.new_value)
        .where(TicketHistory.ticket_id.in_(list(ids)), TicketHistory.field == "status")
        .order_by(TicketHistory.ticket_id, TicketHistory.at, TicketHistory.id)
    )
    for ticket_id, at, status in session.execute(query):
        result[ticket_id].append((at, status or ""))
    return result


def ticket_detail(session: Session, viewer: Viewer, ticket_id: int) -> TicketDetail | None:
    found = session.execute(
        _row_query().where(Ticket.id == ticket_id, visible_tickets(viewer))
    ).first()
    if found is None:
        return None
    ticket: Ticket = found[0]
    row = _to_row(*found)
    requester = session.get(Person, ticket.requester_id) if ticket.requester_id else None
    category = session.get(Category, ticket.category_id) if ticket.category_id else None
    category_path = None
    if category is not None:
        parent = category.parent
        category_path = f"{parent.name} › {category.name}" if parent else category.name
    tags = session.scalars(
        select(Tag.name).join(ticket_tags).where(ticket_tags.c.ticket_id == ticket_id)
        .order_by(Tag.name)
    ).all()  # fmt: skip
    author = aliased(User)
    comments = [
        CommentView(name or fallback or "?", bool(public), body, at)
        for name, fallback, public, body, at in session.execute(
            select(author.full_name, Comment.author_name, Comment.is_public, Comment.body,
                   Comment.created_at)
            .outerjoin(author, author.id == Comment.author_id)
            .where(Comment.ticket_id == ticket_id)
            .order_by(Comment.created_at, Comment.id)
        )
    ]  # fmt: skip
    history = [
        HistoryView(at, name, fld, old, new)
        for at, name, fld, old, new in session.execute(
            select(TicketHistory.at, author.full_name, TicketHistory.field,
                   TicketHistory.old_value, TicketHistory.new_value)
            .outerjoin(author, author.id == TicketHistory.user_id)
            .where(TicketHistory.ticket_id == ticket_id)
            .order_by(TicketHistory.at, TicketHistory.id)
        )
    ]  # fmt: skip
    minutes = {
        str(kind): int(total)
        for kind, total in session.execute(
            select(TimeEntry.kind, func.sum(TimeEntry.minutes))
            .where(TimeEntry.ticket_id == ticket_id)
            .group_by(TimeEntry.kind)
        )
    }
    return TicketDetail(
        row=row,
        uid=ticket.uid,
        body=ticket.body,
        department=ticket.department,
        ticket_type=ticket.ticket_type,
        subject_kind=ticket.subject_kind,
        category=category_path,
        pqrs_kind=ticket.pqrs_kind,
        due_at=ticket.due_at,
        requester_email=(requester.emails[0] if requester and requester.emails else None),
        requester_phone=requester.phone if requester else None,
        tags=tuple(tags),
        custom_fields=dict(ticket.custom_fields or {}),
        comments=tuple(comments),
        history=tuple(history),
        minutes_by_kind=minutes,
    )
