"""The read side of tickets for one viewer: ids, counts, rows, detail and search.

Every method takes the Session the caller opened (one short session per job on the UI's
database worker, or a plain one on the command line) and returns plain values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.pqrs import PqrsKind, legal_deadline
from desk_app.domain.sla import SlaSnapshot, queue_wait
from desk_app.local_store.models import Ticket, User
from desk_app.local_store.search_syntax import build_fts_query
from desk_app.local_store.sla_context import SlaContext
from desk_app.local_store.ticket_detail_queries import HistoryView, TicketDetail, ticket_detail
from desk_app.local_store.ticket_filters import TicketFilter, TicketView
from desk_app.local_store.ticket_list_queries import (
    IdPage,
    TicketRow,
    first_ids,
    status_histories,
    ticket_counts,
    ticket_ids,
    ticket_in_list,
    ticket_rows,
)
from desk_app.local_store.visibility import Viewer
from desk_app.services.ticket_rows import (
    NO_BADGE,
    SlaBadge,
    SlaClockKind,
    TicketListRow,
    clock_badge,
    list_badge,
    list_rows,
    sla_snapshot,
)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class TicketDetailView:
    detail: TicketDetail
    sla: SlaBadge  # the list's badge, repeated in the header
    first_response: SlaBadge
    resolution: SlaBadge
    sla_paused: bool
    queue_wait: timedelta | None  # wall time unassigned; None once assigned or done
    legal_deadline: datetime | None  # PQRS term (SPEC §2), next to the internal SLA
    # The clocks in full (time used, allowed, pauses) for the detail's SLA panel.
    sla_snapshot: SlaSnapshot | None = None

    @property
    def id(self) -> int:
        return self.detail.row.id


class EmptySearchError(ValueError):
    pass


_USER_FIELDS = frozenset({"responsible", "created_by", "closed_by"})


def _named_users(session: Session, history: tuple[HistoryView, ...]) -> tuple[HistoryView, ...]:
    """History keeps user ids for who-fields; show the names they stand for."""
    ids = {
        int(value)
        for entry in history
        if entry.field in _USER_FIELDS
        for value in (entry.old_value, entry.new_value)
        if value is not None and value.isdigit()
    }
    if not ids:
        return history
    query = select(User.id, User.full_name).where(User.id.in_(ids))
    names: dict[int, str] = {user_id: full_name for user_id, full_name in session.execute(query)}

    def name(value: str | None) -> str | None:
        if value is None or not value.isdigit():
            return value
        return names.get(int(value), value)

    return tuple(
        replace(entry, old_value=name(entry.old_value), new_value=name(entry.new_value))
        if entry.field in _USER_FIELDS
        else entry
        for entry in history
    )


class TicketService:
    """Ticket queries as one viewer sees them, with SLA badges at the time `clock()` says."""

    def __init__(
        self, viewer: Viewer, *, default_region: str = "MX", clock: Clock = utc_now
    ) -> None:
        self.viewer = viewer
        self.default_region = default_region
        self.clock = clock
        self._context: SlaContext | None = None

    def sla_context(self, session: Session) -> SlaContext:
        # Built once: the calendar caches its working spans, which makes later pages cheaper.
        if self._context is None:
            self._context = SlaContext.load(session, default_country=self.default_region)
        return self._context

    def ids(self, session: Session, flt: TicketFilter) -> list[int]:
        return ticket_ids(session, self.viewer, self._at_now(flt))

    def first_ids(self, session: Session, flt: TicketFilter, limit: int) -> IdPage:
        """The first `limit` ids of the list and its length: all the list needs to paint."""
        return first_ids(session, self.viewer, self._at_now(flt), limit)

    def page_ids(self, session: Session, flt: TicketFilter, offset: int, limit: int) -> list[int]:
        """`limit` ids from position `offset` of the list, as the user scrolls to them."""
        return ticket_ids(session, self.viewer, self._at_now(flt), limit=limit, offset=offset)

    def in_list(self, session: Session, flt: TicketFilter, ticket_id: int) -> bool:
        """Whether the list of `flt` holds the ticket (wherever it is in the list)."""
        return ticket_in_list(session, self.viewer, self._at_now(flt), ticket_id)

    def _at_now(self, flt: TicketFilter) -> TicketFilter:
        # "Due soon" is relative to the service's clock, like the SLA badges.
        return flt if flt.now is not None else replace(flt, now=self.clock())

    def counts(self, session: Session, text: str = "") -> dict[TicketView, int]:
        """How many visible tickets each view holds, for the current search text."""
        return ticket_counts(session, self.viewer, text)

    def rows(self, session: Session, ids: list[int]) -> dict[int, TicketListRow]:
        return list_rows(session, self.viewer, ids, self.clock(), self.sla_context(session))

    def detail(self, session: Session, ticket_id: int) -> TicketDetailView | None:
        detail = ticket_detail(session, self.viewer, ticket_id)
        if detail is None:
            return None
        now = self.clock()
        context = self.sla_context(session)
        row = detail.row
        snapshot = sla_snapshot(context, row, status_histories(session, [row.id])[row.id], now)
        first = resolution = NO_BADGE
        if snapshot is not None:
            first = clock_badge(snapshot.first_response, SlaClockKind.FIRST_RESPONSE)
            resolution = clock_badge(snapshot.resolution, SlaClockKind.RESOLUTION)
        ticket = session.get(Ticket, ticket_id)
        assigned_at = ticket.assigned_at if ticket is not None else None
        waiting: timedelta | None = None
        if row.responsible_name is None and row.stage != "done":
            waiting = queue_wait(row.created_at, assigned_at, now)
        deadline = None
        if detail.pqrs_kind:
            try:
                calendar = context.calendar_for(row.responsible_id)
                deadline = legal_deadline(PqrsKind(detail.pqrs_kind), row.created_at, calendar)
            except ValueError:
                deadline = None
        return TicketDetailView(
            detail=replace(detail, history=_named_users(session, detail.history)),
            sla=list_badge(snapshot),
            first_response=first,
            resolution=resolution,
            sla_paused=bool(snapshot and snapshot.is_paused),
            queue_wait=waiting,
            legal_deadline=deadline,
            sla_snapshot=snapshot,
        )

    def search(self, session: Session, text: str, limit: int = 50) -> list[TicketRow]:
        """Tickets matching `text` (accents and case ignored), most recently updated first."""
        if build_fts_query(text).is_empty:
            raise EmptySearchError("nothing to search for: give at least one word")
        ids = ticket_ids(session, self.viewer, TicketFilter(text=text), limit=limit)
        rows = ticket_rows(session, self.viewer, ids)
        return [rows[i] for i in ids if i in rows]
