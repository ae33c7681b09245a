"""The ticket list's vocabulary (views, queues, column filters, sort keys) and its WHERE and
ORDER BY clauses, always through the visibility rules.

How the clauses are written decides the plan SQLite picks on 100,000 tickets (measured with
EXPLAIN QUERY PLAN, see README "Speed"): the list asks for one page in display order, so the
best plan walks a narrow covering index in that order (migration 0004) and stops after a page.
Columns that match many tickets (status, level, the visibility columns, the network's
requesters) are therefore written `+tickets.column`, which keeps SQLite from looking them up
through their own index and then reading and sorting every matching row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
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
from desk_app.local_store.list_order import CRITICALITY_ORDER, PRIORITY_ORDER, rank_sql
from desk_app.local_store.models import Person, StatusDefinition, Ticket, User, user_network
from desk_app.local_store.search_syntax import build_fts_query
from desk_app.local_store.visibility import Viewer, unindexed, visible_tickets


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


Responsible = aliased(User, name="responsible")
_DONE = select(StatusDefinition.key).where(StatusDefinition.stage == st.Stage.DONE.value)
_PAUSING = select(StatusDefinition.key).where(StatusDefinition.pauses_sla.is_(True))
# Above this many search matches, the list walks its sort index and checks each ticket against
# the matches; below it, it reads the matches and sorts them (measured on 100,000 tickets: a
# one-letter prefix matches all of them, and reading and sorting those took 100–300 ms).
MANY_MATCHES = 2_000


def view_clause(view: TicketView, viewer: Viewer) -> ColumnElement[bool] | None:
    status = unindexed(Ticket.status)
    match view:
        case TicketView.ALL:
            return None
        case TicketView.MINE:
            return Ticket.responsible_id == viewer.user_id
        case TicketView.UNASSIGNED:
            return and_(unindexed(Ticket.responsible_id).is_(None), status.not_in(_DONE))
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


def _due_soon(now: datetime) -> ColumnElement[bool]:
    horizon = now + DUE_SOON_WINDOW
    response = and_(Ticket.first_response_at.is_(None), Ticket.response_due_at.is_not(None))
    status = unindexed(Ticket.status)
    # A paused ticket's cached due time assumed the clock resumed when it was written, so it
    # only counts once it has passed; a running one counts as it comes within the window.
    return and_(
        status.not_in(_DONE),
        or_(
            and_(response, Ticket.response_due_at <= now),
            Ticket.resolution_due_at <= now,
            and_(
                status.not_in(_PAUSING),
                or_(and_(response, Ticket.response_due_at <= horizon),
                    Ticket.resolution_due_at <= horizon),
            ),
        ),
    )  # fmt: skip


def queue_clause(
    queue: TicketQueue | None, viewer: Viewer, now: datetime | None
) -> ColumnElement[bool] | None:
    match queue:
        case None | TicketQueue.ALL:
            return None
        case TicketQueue.MINE:
            return Ticket.responsible_id == viewer.user_id
        case TicketQueue.UNASSIGNED_L1 | TicketQueue.UNASSIGNED_L2 | TicketQueue.UNASSIGNED_L3:
            level = queue.value.rsplit("_", 1)[1].upper()
            return and_(unindexed(Ticket.responsible_id).is_(None),
                        unindexed(Ticket.level) == level,
                        unindexed(Ticket.status).not_in(_DONE))  # fmt: skip
        case TicketQueue.NETWORK:
            return unindexed(Ticket.requester_id).in_(_network_people(viewer))  # type: ignore[no-any-return]
        case TicketQueue.WAITING:
            return unindexed(Ticket.status) == st.WAITING_CUSTOMER  # type: ignore[no-any-return]
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


def _columns_clause(filters: tuple[ColumnFilter, ...]) -> list[ColumnElement[bool]]:
    clauses = []
    for flt in filters:
        if flt.field is FilterField.RESPONSIBLE:
            # Unassigned matches many tickets: walk the list's index rather than this one.
            column = Ticket.responsible_id
            if NO_VALUE in flt.values:
                column = unindexed(Ticket.responsible_id)
            clauses.append(_values_clause(column, flt.values, as_int=True))
        else:
            column = unindexed(getattr(Ticket, flt.field.value))
            clauses.append(_values_clause(column, flt.values))
    return clauses


def _rank(column: Any, order: Sequence[str]) -> Any:
    """A column's values by their rank in `order` (unknown values and NULL last), as literal
    SQL: the same text as the expression index on the criticality rank, so SQLite can use it."""
    return literal_column(rank_sql(f"{Ticket.__tablename__}.{column.key}", order), Integer())


_NOT_NULL_SORTS = frozenset({SortKey.ID, SortKey.SUBJECT, SortKey.CREATED, SortKey.UPDATED,
                             SortKey.CHANNEL, SortKey.LEVEL, SortKey.FLAG})  # fmt: skip


def _sort_column(key: SortKey) -> Any:
    match key:
        case SortKey.REQUESTER:
            return Person.full_name
        case SortKey.RESPONSIBLE:
            return Responsible.full_name
        case SortKey.STATUS:  # by the admin's order of statuses, not alphabetically
            return (
                select(StatusDefinition.position)
                .where(StatusDefinition.key == Ticket.status)
                .scalar_subquery()
            )
        case SortKey.PRIORITY:
            return _rank(Ticket.priority, PRIORITY_ORDER)
        case SortKey.CRITICALITY:
            return _rank(Ticket.criticality, CRITICALITY_ORDER)
        case _:
            return getattr(Ticket, key.value)


def ordered(query: Select[Any], flt: TicketFilter) -> Select[Any]:
    """`query` in display order: the sort column (NULL last), then id in the same direction."""
    if flt.sort is SortKey.REQUESTER:
        query = query.outerjoin(Person, Person.id == Ticket.requester_id)
    elif flt.sort is SortKey.RESPONSIBLE:
        query = query.outerjoin(Responsible, Responsible.id == Ticket.responsible_id)
    column = _sort_column(flt.sort)
    if flt.descending:  # SQLite puts NULL last in a descending order already
        return query.order_by(column.desc(), Ticket.id.desc())
    if flt.sort in _NOT_NULL_SORTS:
        # Plain ASC (no NULLS LAST), so the covering index's order serves it.
        return query.order_by(column.asc(), Ticket.id.asc())
    return query.order_by(column.asc().nulls_last(), Ticket.id.asc())


def search_matches(session: Session, flt: TicketFilter) -> tuple[str, int] | None:
    """The FTS5 expression for the filter's text and how many tickets match it; None when
    the text searches for nothing."""
    fts = build_fts_query(flt.text)
    if fts.is_empty:
        return None
    count = session.scalar(
        text("SELECT count(*) FROM ticket_fts WHERE ticket_fts MATCH :q"), {"q": fts.expression}
    )
    return fts.expression, int(count or 0)


def text_matches(flt: TicketFilter, *, many: bool) -> tuple[str, int] | None:
    """Like `search_matches` without counting them, taken as many or as few: many for the
    counts, which pass over all the visible tickets whatever the text, so probing the matches
    adds little to that pass; few for a whole list, which reads every match anyway."""
    fts = build_fts_query(flt.text)
    if fts.is_empty:
        return None
    return fts.expression, MANY_MATCHES + 1 if many else 0


def base_query(
    viewer: Viewer, flt: TicketFilter, selected: list[Any], matches: tuple[str, int] | None
) -> Select[Any]:
    """Visible, not merged, matching the text and the column filters (not queue or view).

    `matches` comes from `search_matches`; with many matches the id test is written `+id` so
    SQLite walks the order's index and probes the matches, instead of sorting them all."""
    query = select(*selected).where(visible_tickets(viewer), Ticket.merged_into_id.is_(None))
    for clause in _columns_clause(flt.columns):
        query = query.where(clause)
    if matches is not None:
        expression, count = matches
        found = text("SELECT rowid FROM ticket_fts WHERE ticket_fts MATCH :q").bindparams(
            q=expression
        )
        ids = unindexed(Ticket.id) if count > MANY_MATCHES else Ticket.id
        query = query.where(ids.in_(found))
    return query


def filtered(
    viewer: Viewer, flt: TicketFilter, columns: Any, matches: tuple[str, int] | None
) -> Select[Any]:
    query = base_query(viewer, flt, columns if isinstance(columns, list) else [columns], matches)
    for clause in (view_clause(flt.view, viewer), queue_clause(flt.queue, viewer, flt.now)):
        if clause is not None:
            query = query.where(clause)
    return query


def count_of(clause: ColumnElement[bool] | None) -> Any:
    """An aggregate counting the rows where `clause` holds (all rows for None)."""
    if clause is None:
        return func.count(Ticket.id)
    return func.coalesce(func.sum(case((clause, 1), else_=0)), 0)
