"""Read-side queries for the ticket list and detail, always through visibility rules.

The list asks for ids first (cheap even for 100,000 rows) and then for the few rows on
screen, so nothing ever materialises the whole table as objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, aliased

from desk_app.domain import statuses as st
from desk_app.domain.roles import Role
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
    user_network,
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
    CHANNEL = "channel"
    LEVEL = "level"
    FLAG = "flag"


class TicketQueue(StrEnum):
    """The work queues of the sidebar (SPEC §1–2): who is waiting for what.

    Separate from TicketView (the list's state tabs, whose counts existing callers read): the
    list shows one queue or one view at a time; a filter giving both applies both.
    """

    MINE = "mine"
    UNASSIGNED_L1 = "unassigned_l1"
    UNASSIGNED_L2 = "unassigned_l2"
    UNASSIGNED_L3 = "unassigned_l3"
    NETWORK = "network"
    WAITING = "waiting"
    DUE_SOON = "due_soon"
    ALL = "all"


# "Due soon": a due time (first response not yet given, or resolution) within this much wall
# time, or already past. Wall time, not business time, so it is plain SQL on the cached columns.
DUE_SOON_WINDOW = timedelta(hours=4)
NO_VALUE = ""  # a column filter value meaning "not set": no criticality, unassigned


class FilterField(StrEnum):
    """Columns the list can be filtered by (one or more values each)."""

    STATUS = "status"
    PRIORITY = "priority"
    CRITICALITY = "criticality"
    CHANNEL = "channel"
    LEVEL = "level"
    FLAG = "flag"
    RESPONSIBLE = "responsible"  # values: user ids as text, or NO_VALUE for unassigned


@dataclass(frozen=True, slots=True)
class ColumnFilter:
    field: FilterField
    values: frozenset[str]


@dataclass(frozen=True, slots=True)
class TicketFilter:
    view: TicketView = TicketView.ALL
    text: str = ""
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    queue: TicketQueue | None = None
    columns: tuple[ColumnFilter, ...] = ()  # combined with AND; values within one with OR
    now: datetime | None = None  # "due soon" is relative to it; None: the wall clock


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


def _unindexed(viewer: Viewer, column: Any) -> Any:
    """`column` as an advisor's filter, written `+tickets.column` so SQLite does not walk its
    index: an advisor's few visible tickets are best found through the visibility indexes,
    while the status or level index would visit every ticket in that status (measured on
    100,000 tickets: Closed took 88 ms through the status index, 40 ms without it)."""
    if viewer.role is not Role.ADVISOR:
        return column
    return literal_column(f"+{Ticket.__tablename__}.{column.key}", column.type)


def _view_clause(view: TicketView, viewer: Viewer) -> ColumnElement[bool] | None:
    status = _unindexed(viewer, Ticket.status)
    match view:
        case TicketView.ALL:
            return None
        case TicketView.MINE:
            return Ticket.responsible_id == viewer.user_id
        case TicketView.UNASSIGNED:
            return and_(Ticket.responsible_id.is_(None), status.not_in(_DONE))
        case TicketView.OPEN:
            return status.not_in(_DONE)  # type: ignore[no-any-return]
        case TicketView.WAITING:
            return status == st.WAITING_CUSTOMER  # type: ignore[no-any-return]
        case TicketView.CLOSED:
            return status.in_(_DONE)  # type: ignore[no-any-return]


def _network_people(viewer: Viewer) -> Select[int]:
    """Requesters from the partners the viewer serves (a leader: the team's network)."""
    serving: ColumnElement[bool]
    if viewer.role is Role.LEADER and viewer.team_id is not None:
        members = select(User.id).where(User.team_id == viewer.team_id)
        serving = user_network.c.user_id.in_(members)
    else:
        serving = user_network.c.user_id == viewer.user_id
    return (
        select(Person.id)
        .join(user_network, user_network.c.company_id == Person.company_id)
        .where(serving)
    )


_PAUSING = select(StatusDefinition.key).where(StatusDefinition.pauses_sla.is_(True))


def _due_soon(now: datetime) -> ColumnElement[bool]:
    horizon = now + DUE_SOON_WINDOW
    response = and_(Ticket.first_response_at.is_(None), Ticket.response_due_at.is_not(None))
    # A paused ticket's cached due time assumed the clock resumed when it was written, so it
    # only counts once it has passed; a running one counts as it comes within the window.
    return and_(
        Ticket.status.not_in(_DONE),
        or_(
            and_(response, Ticket.response_due_at <= now),
            Ticket.resolution_due_at <= now,
            and_(
                Ticket.status.not_in(_PAUSING),
                or_(and_(response, Ticket.response_due_at <= horizon),
                    Ticket.resolution_due_at <= horizon),
            ),
        ),
    )  # fmt: skip


def _queue_clause(
    queue: TicketQueue | None, viewer: Viewer, now: datetime | None
) -> ColumnElement[bool] | None:
    match queue:
        case None | TicketQueue.ALL:
            return None
        case TicketQueue.MINE:
            return Ticket.responsible_id == viewer.user_id
        case TicketQueue.UNASSIGNED_L1 | TicketQueue.UNASSIGNED_L2 | TicketQueue.UNASSIGNED_L3:
            level = queue.value.rsplit("_", 1)[1].upper()
            return and_(Ticket.responsible_id.is_(None), _unindexed(viewer, Ticket.level) == level,
                        Ticket.status.not_in(_DONE))  # fmt: skip
        case TicketQueue.NETWORK:
            return Ticket.requester_id.in_(_network_people(viewer))
        case TicketQueue.WAITING:
            return _unindexed(viewer, Ticket.status) == st.WAITING_CUSTOMER  # type: ignore[no-any-return]
        case TicketQueue.DUE_SOON:
            return _due_soon(now or datetime.now(UTC))


def _values_clause(column: Any, values: frozenset[str], *, as_int: bool = False
                   ) -> ColumnElement[bool]:  # fmt: skip
    given = sorted(v for v in values if v != NO_VALUE)
    clauses: list[ColumnElement[bool]] = []
    if given:
        clauses.append(column.in_([int(v) for v in given if v.isdigit()] if as_int else given))
    if NO_VALUE in values:
        clauses.append(column.is_(None))
    return or_(*clauses) if clauses else false()


def _columns_clause(viewer: Viewer, filters: tuple[ColumnFilter, ...]
                    ) -> list[ColumnElement[bool]]:  # fmt: skip
    clauses = []
    for flt in filters:
        if flt.field is FilterField.RESPONSIBLE:
            clauses.append(_values_clause(Ticket.responsible_id, flt.values, as_int=True))
        else:
            column = _unindexed(viewer, getattr(Ticket, flt.field.value))
            clauses.append(_values_clause(column, flt.values))
    return clauses


def _rank(column: Any, order: Sequence[str]) -> Any:
    """A column's values by their rank in `order` (unknown values and NULL last)."""
    return case({value: rank for rank, value in enumerate(order, 1)}, value=column, else_=None)


# Highest first, so an ascending sort starts with the least severe, like a number would.
_PRIORITY_ORDER = ("normal", "urgent", "critical")
_CRITICALITY_ORDER = ("minor", "moderate", "severe", "critical")


def _sort_column(key: SortKey) -> Any:
    match key:
        case SortKey.REQUESTER:
            return Person.full_name
        case SortKey.RESPONSIBLE:
            return _Responsible.full_name
        case SortKey.STATUS:  # by the admin's order of statuses, not alphabetically
            return (
                select(StatusDefinition.position)
                .where(StatusDefinition.key == Ticket.status)
                .scalar_subquery()
            )
        case SortKey.PRIORITY:
            return _rank(Ticket.priority, _PRIORITY_ORDER)
        case SortKey.CRITICALITY:
            return _rank(Ticket.criticality, _CRITICALITY_ORDER)
        case _:
            return getattr(Ticket, key.value)


def _base(viewer: Viewer, flt: TicketFilter, selected: list[Any]) -> Select[Any]:
    """Visible, not merged, matching the text and the column filters (not queue or view)."""
    query = select(*selected).where(visible_tickets(viewer), Ticket.merged_into_id.is_(None))
    for clause in _columns_clause(viewer, flt.columns):
        query = query.where(clause)
    fts = build_fts_query(flt.text)
    if not fts.is_empty:
        matches = text("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH :q").bindparams(
            q=fts.expression
        )
        query = query.where(Ticket.id.in_(matches))
    return query


def _filtered(viewer: Viewer, flt: TicketFilter, columns: Any) -> Select[Any]:
    query = _base(viewer, flt, columns if isinstance(columns, list) else [columns])
    for clause in (_view_clause(flt.view, viewer), _queue_clause(flt.queue, viewer, flt.now)):
        if clause is not None:
            query = query.where(clause)
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


def ticket_ids(
    session: Session, viewer: Viewer, flt: TicketFilter, *, limit: int | None = None
) -> list[int]:
    """Ids of the visible tickets matching `flt`, in display order (id breaks ties); only the
    first `limit` of them when given."""
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
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


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

    def counter(clause: ColumnElement[bool] | None) -> Any:
        if clause is None:
            return func.count(Ticket.id)
        return func.coalesce(func.sum(case((clause, 1), else_=0)), 0)

    queues = [q for q in TicketQueue if q is not TicketQueue.ALL]
    views = (TicketView.UNASSIGNED, TicketView.OPEN)
    columns = [counter(None)]
    columns += [counter(_queue_clause(q, viewer, flt.now)) for q in queues]
    columns += [counter(_view_clause(v, viewer)) for v in views]
    values = [int(v) for v in session.execute(_base(viewer, flt, columns)).one()]
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
    owners = select(Ticket.responsible_id).where(
        visible_tickets(viewer), Ticket.responsible_id.is_not(None)
    )
    people = session.execute(
        select(User.id, User.full_name).where(User.id.in_(owners)).order_by(User.full_name)
    ).all()
    return FilterChoices(
        tuple((str(k), str(n), str(g)) for k, n, g in statuses),
        tuple((int(i), str(name)) for i, name in people),
    )


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


# TicketRow's fields in order: the list selects just these, never a whole ticket (whose body
# may be megabytes) — and building no ORM objects halves the cost of a page of rows.
_ROW_COLUMNS = (
    Ticket.id, Ticket.subject, Ticket.status, StatusDefinition.name, StatusDefinition.stage,
    Ticket.priority, Ticket.criticality, Ticket.channel, Ticket.flag, Ticket.level,
    Person.full_name, Company.name, Ticket.responsible_id, _Responsible.full_name,
    Ticket.created_at, Ticket.updated_at, Ticket.response_due_at, Ticket.resolution_due_at,
    Ticket.first_response_at, Ticket.resolved_at,
)  # fmt: skip
_ROW_FIELDS = tuple(f.name for f in fields(TicketRow))


def ticket_rows(session: Session, viewer: Viewer, ids: Sequence[int]) -> dict[int, TicketRow]:
    """Display rows for `ids` (those the viewer may see), keyed by id."""
    if not ids:
        return {}
    query = (
        select(*_ROW_COLUMNS)
        .join(StatusDefinition, StatusDefinition.key == Ticket.status)
        .outerjoin(Person, Person.id == Ticket.requester_id)
        .outerjoin(Company, Company.id == Person.company_id)
        .outerjoin(_Responsible, _Responsible.id == Ticket.responsible_id)
        .where(Ticket.id.in_(list(ids)), visible_tickets(viewer))
    )
    return {row[0]: TicketRow(**dict(zip(_ROW_FIELDS, row, strict=True)))
            for row in session.execute(query)}  # fmt: skip


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
