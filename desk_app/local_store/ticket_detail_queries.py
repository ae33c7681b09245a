"""Read-side query for one ticket's detail: its row, conversation, history, tags and time,
through the visibility rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desk_app.local_store.models import (
    Category,
    Comment,
    Person,
    Tag,
    Ticket,
    TicketHistory,
    TimeEntry,
    User,
    ticket_tags,
)
from desk_app.local_store.ticket_list_queries import TicketRow, row_query, to_row
from desk_app.local_store.visibility import Viewer, visible_tickets


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


def ticket_detail(session: Session, viewer: Viewer, ticket_id: int) -> TicketDetail | None:
    found = session.execute(
        row_query().where(Ticket.id == ticket_id, visible_tickets(viewer))
    ).first()
    ticket = session.get(Ticket, ticket_id) if found is not None else None
    if found is None or ticket is None:
        return None
    row = to_row(found)
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
