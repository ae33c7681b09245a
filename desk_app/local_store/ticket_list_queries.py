"""Read-side queries for the ticket list: ids in display order, counts, display rows.

The list asks for one page of ids at a time (the first one with the list's count), and then
for the rows of the pages on screen, so nothing ever materialises 100,000 tickets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desk_app.local_store.models import (
    Company,
    Person,
    StatusDefinition,
    Ticket,
    TicketHistory,
    User,
)
from desk_app.local_store.ticket_filters import (
    Responsible,
    TicketFilter,
    TicketQueue,
    TicketView,
    base_query,
    count_of,
    filtered,
    ordered,
    queue_clause,
    search_matches,
    text_matches,
    view_clause,
)
from desk_app.local_store.visibility import Viewer, visible_tickets


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


def ticket_count(session: Session, viewer: Viewer, flt: TicketFilter) -> int:
    """How many tickets `ticket_ids` would return, without building the list."""
    query = filtered(viewer, flt, count_of(None), search_matches(session, flt))
    return int(session.scalar(query) or 0)


def ticket_counts(session: Session, viewer: Viewer, text: str = "") -> dict[TicketView, int]:
    """Every view's count for the same search text, in one pass over the visible tickets."""
    flt = TicketFilter(text=text)
    columns = [count_of(view_clause(view, viewer)) for view in TicketView]
    row = session.execute(filtered(viewer, flt, columns, text_matches(flt, many=True))).one()
    return {view: int(value) for view, value in zip(TicketView, row, strict=True)}


def ticket_ids(
    session: Session,
    viewer: Viewer,
    flt: TicketFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Ids of the visible tickets matching `flt`, in display order (id breaks ties); only
    `limit` of them from position `offset` when given."""
    # A page may stop early, so how it applies the search depends on how many match; the
    # whole list reads every match in any case.
    matches = search_matches(session, flt) if limit is not None else text_matches(flt, many=False)
    query = ordered(filtered(viewer, flt, Ticket.id, matches), flt)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return list(session.scalars(query))


def ticket_in_list(session: Session, viewer: Viewer, flt: TicketFilter, ticket_id: int) -> bool:
    """Whether `ticket_id` is among the tickets `ticket_ids` would return."""
    query = filtered(viewer, flt, Ticket.id, text_matches(flt, many=False))
    return session.scalar(query.where(Ticket.id == ticket_id)) is not None


@dataclass(frozen=True, slots=True)
class IdPage:
    """The first ids of a list, and whether the list goes on past them."""

    ids: list[int]
    more: bool


def first_ids(session: Session, viewer: Viewer, flt: TicketFilter, limit: int) -> IdPage:
    """The first `limit` ids in display order: what the list needs before its first paint.

    Not the list's length: counting is a pass over every visible ticket (30–120 ms on 100,000
    of them), while the first page is found after a few hundred; the length comes with the
    counts, which the list does not wait for."""
    ids = ticket_ids(session, viewer, flt, limit=limit + 1)
    return IdPage(ids[:limit], len(ids) > limit)


@dataclass(frozen=True, slots=True)
class ListCounts:
    """What choosing each queue or each view would give, for the same text and column
    filters: the list shows one queue or one view at a time, so a switch between them needs
    no new count (the count of the new slice is already here)."""

    queues: dict[TicketQueue, int]
    views: dict[TicketView, int]

    def total(self, flt: TicketFilter) -> int | None:
        """How many tickets `flt` lists; None when it combines a queue with a view."""
        if flt.queue is None:
            return self.views[flt.view]
        return self.queues[flt.queue] if flt.view is TicketView.ALL else None


def list_counts(session: Session, viewer: Viewer, flt: TicketFilter) -> ListCounts:
    """Every queue's and every view's count for the text and column filters of `flt` (its
    queue and view do not matter), in one pass over the visible tickets.

    Slices that are the same set are summed once (Mine, Waiting and All are both a queue and
    a view; Closed is All minus Open): each sum costs a few milliseconds on 100,000 tickets.
    """
    queues = [q for q in TicketQueue if q is not TicketQueue.ALL]
    views = (TicketView.UNASSIGNED, TicketView.OPEN)
    columns = [count_of(None)]
    columns += [count_of(queue_clause(q, viewer, flt.now)) for q in queues]
    columns += [count_of(view_clause(v, viewer)) for v in views]
    query = base_query(viewer, flt, columns, text_matches(flt, many=True))
    values = [int(v) for v in session.execute(query).one()]
    total = values[0]
    by_queue: dict[TicketQueue, int] = dict(zip(queues, values[1 : len(queues) + 1], strict=True))
    by_view = dict(zip(views, values[len(queues) + 1 :], strict=True))
    by_queue[TicketQueue.ALL] = total
    return ListCounts(
        queues={q: by_queue[q] for q in TicketQueue},
        views={
            TicketView.ALL: total,
            TicketView.MINE: by_queue[TicketQueue.MINE],
            TicketView.UNASSIGNED: by_view[TicketView.UNASSIGNED],
            TicketView.OPEN: by_view[TicketView.OPEN],
            TicketView.WAITING: by_queue[TicketQueue.WAITING],
            TicketView.CLOSED: total - by_view[TicketView.OPEN],
        },
    )


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """Values the column filters offer besides the fixed vocabularies (domain.ticket_fields)."""

    statuses: tuple[tuple[str, str, str], ...]  # (key, name, stage) in the admin's order
    responsibles: tuple[tuple[int, str], ...]  # (user id, name) of visible tickets' owners


def filter_choices(session: Session, viewer: Viewer) -> FilterChoices:
    statuses = session.execute(
        select(StatusDefinition.key, StatusDefinition.name, StatusDefinition.stage)
        .order_by(StatusDefinition.position, StatusDefinition.key)
    ).all()  # fmt: skip
    owns: ColumnElement[bool] = Ticket.responsible_id == User.id
    # One probe per user through the responsible index, not a pass over every ticket.
    owners = select(Ticket.id).where(owns, visible_tickets(viewer)).exists()
    people = session.execute(
        select(User.id, User.full_name).where(owners).order_by(User.full_name)
    ).all()
    return FilterChoices(
        tuple((str(k), str(n), str(g)) for k, n, g in statuses),
        tuple((int(i), str(name)) for i, name in people),
    )


# TicketRow's fields in order: the list selects just these, never a whole ticket (whose body
# may be megabytes) — and building no ORM objects halves the cost of a page of rows.
ROW_COLUMNS: tuple[Any, ...] = (
    Ticket.id, Ticket.subject, Ticket.status, StatusDefinition.name, StatusDefinition.stage,
    Ticket.priority, Ticket.criticality, Ticket.channel, Ticket.flag, Ticket.level,
    Person.full_name, Company.name, Ticket.responsible_id, Responsible.full_name,
    Ticket.created_at, Ticket.updated_at, Ticket.response_due_at, Ticket.resolution_due_at,
    Ticket.first_response_at, Ticket.resolved_at,
)  # fmt: skip
_ROW_FIELDS = tuple(f.name for f in fields(TicketRow))


def row_query() -> Any:
    """ROW_COLUMNS with the joins they need; add the WHERE."""
    return (
        select(*ROW_COLUMNS)
        .join(StatusDefinition, StatusDefinition.key == Ticket.status)
        .outerjoin(Person, Person.id == Ticket.requester_id)
        .outerjoin(Company, Company.id == Person.company_id)
        .outerjoin(Responsible, Responsible.id == Ticket.responsible_id)
    )


def to_row(values: Sequence[Any]) -> TicketRow:
    return TicketRow(**dict(zip(_ROW_FIELDS, values, strict=True)))


def ticket_rows(session: Session, viewer: Viewer, ids: Sequence[int]) -> dict[int, TicketRow]:
    """Display rows for `ids` (those the viewer may see), keyed by id."""
    if not ids:
        return {}
    query = row_query().where(Ticket.id.in_(list(ids)), visible_tickets(viewer))
    return {row[0]: to_row(row) for row in session.execute(query)}


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
