"""Queues, the board and the live list rows, for one viewer (SPEC §1–3).

The sidebar's queues and the list's views are slices of the visible tickets
(local_store.ticket_filters); this service adds `now` from its clock, so "due soon" and the
SLA badges agree with the time the list shows.

List rows keep what the SLA clock computed when they were loaded (`LiveSla`), so the list can
say how much time is left a second later without asking the store again: as long as the
ticket does not change (a change reloads the row), the clock only adds the business time
that passed since the load. That is exactly what `SlaClock.compute` would answer at the later
instant, because a clock that is running stays running until a status change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.domain.calendar import BusinessCalendar
from desk_app.domain.sla import AT_RISK_FRACTION, ClockSnapshot, SlaSnapshot, SlaState
from desk_app.local_store.sla_context import status_catalog
from desk_app.local_store.ticket_filters import (
    ColumnFilter,
    FilterField,
    SortKey,
    TicketFilter,
    TicketQueue,
    TicketView,
)
from desk_app.local_store.ticket_list_queries import (
    FilterChoices,
    ListCounts,
    filter_choices,
    list_counts,
    status_histories,
    ticket_count,
    ticket_ids,
    ticket_rows,
)
from desk_app.local_store.ticket_writes import ValidationError
from desk_app.local_store.visibility import Viewer
from desk_app.services.ticket_actions import Changed, TicketActions
from desk_app.services.ticket_rows import SlaBadge, TicketListRow, list_badge, sla_snapshot
from desk_app.services.tickets import Clock, TicketService

# The sidebar's order, which is also the order of its Alt+1… shortcuts.
QUEUES: tuple[TicketQueue, ...] = (
    TicketQueue.MINE,
    TicketQueue.UNASSIGNED_L1,
    TicketQueue.UNASSIGNED_L2,
    TicketQueue.UNASSIGNED_L3,
    TicketQueue.NETWORK,
    TicketQueue.WAITING,
    TicketQueue.DUE_SOON,
    TicketQueue.ALL,
)
BOARD_CAP = 200  # cards per stage column; the rest is "+N more"


# -- live SLA --------------------------------------------------------------------------------


def _advance(
    clock: ClockSnapshot, calendar: BusinessCalendar, elapsed: timedelta, now: datetime
) -> ClockSnapshot:
    """The clock at `now`, `elapsed` business time after it was computed, with no status
    change in between (domain.sla's rules, applied to what changed)."""
    if clock.allowed is None or clock.completed_at is not None:
        return clock  # no target, or stopped: nothing moves
    remaining = clock.allowed - clock.used
    if clock.is_paused:
        # Used time stands still; the due time assumes the clock resumes now, so it slides
        # along, unless the target was already reached before the pause.
        if remaining <= timedelta(0):
            return clock
        return replace(clock, due_at=calendar.add_business_time(now, remaining))
    if not elapsed:
        return clock
    used = clock.used + elapsed
    fraction = used / clock.allowed if clock.allowed else float("inf")
    if used > clock.allowed:
        state = SlaState.BREACHED
    elif fraction >= AT_RISK_FRACTION:
        state = SlaState.AT_RISK
    else:
        state = SlaState.OK
    return replace(clock, used=used, fraction=fraction, state=state)


@dataclass(frozen=True, slots=True)
class LiveSla:
    """A ticket's SLA clocks as computed at `loaded_at`, and the calendar they count in."""

    snapshot: SlaSnapshot
    loaded_at: datetime
    calendar: BusinessCalendar

    def snapshot_at(self, now: datetime) -> SlaSnapshot:
        if now <= self.loaded_at:
            return self.snapshot
        elapsed = self.calendar.business_time_between(self.loaded_at, now)
        first, resolution = self.snapshot.first_response, self.snapshot.resolution
        return replace(
            self.snapshot,
            first_response=_advance(first, self.calendar, elapsed, now),
            resolution=_advance(resolution, self.calendar, elapsed, now),
        )

    def badge_at(self, now: datetime) -> SlaBadge:
        return list_badge(self.snapshot_at(now))


@dataclass(frozen=True, slots=True)
class LiveListRow(TicketListRow):
    """A list row that can recompute its SLA badge for a later `now` without the store."""

    live: LiveSla | None = None

    def at(self, now: datetime) -> LiveListRow:
        if self.live is None:
            return self
        badge = self.live.badge_at(now)
        return self if badge == self.sla else replace(self, sla=badge)


# -- the board -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BoardColumn:
    stage: st.Stage
    statuses: tuple[st.StatusDef, ...]  # the stage's lanes, in the admin's order
    rows: tuple[LiveListRow, ...]  # at most BOARD_CAP, the most urgent first
    total: int  # all the stage's tickets for the filter; total - len(rows) are not shown

    @property
    def more(self) -> int:
        return max(self.total - len(self.rows), 0)


@dataclass(frozen=True, slots=True)
class MoveOutcome:
    """What a board move did: the change, or the reasons it was refused (nothing written)."""

    ticket_id: int
    status: str
    changed: Changed | None
    errors: dict[str, str]

    @property
    def ok(self) -> bool:
        return self.changed is not None


def move_ticket(actions: TicketActions, ticket_id: int, status: str) -> MoveOutcome:
    """The board's drop: the validated status change, its refusal returned as a value."""
    try:
        changed = actions.change_status(ticket_id, status)
    except ValidationError as exc:
        return MoveOutcome(ticket_id, status, None, exc.errors)
    except LookupError as exc:  # gone, or no longer visible to this viewer
        return MoveOutcome(ticket_id, status, None, {"ticket": str(exc)})
    return MoveOutcome(ticket_id, status, changed, {})


# -- the service -----------------------------------------------------------------------------


class QueueService:
    """The list's and the board's queries for the viewer of `tickets`, at its clock's time."""

    def __init__(self, tickets: TicketService) -> None:
        self.tickets = tickets

    @property
    def viewer(self) -> Viewer:
        return self.tickets.viewer

    @property
    def clock(self) -> Clock:
        return self.tickets.clock

    def _now(self, flt: TicketFilter) -> TicketFilter:
        return replace(flt, now=self.clock())

    def ids(self, session: Session, flt: TicketFilter) -> list[int]:
        return ticket_ids(session, self.viewer, self._now(flt))

    def counts(self, session: Session, flt: TicketFilter) -> ListCounts:
        return list_counts(session, self.viewer, self._now(flt))

    def choices(self, session: Session) -> FilterChoices:
        return filter_choices(session, self.viewer)

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, LiveListRow]:
        """Display rows for the visible tickets among `ids`, each with its live SLA."""
        rows = ticket_rows(session, self.viewer, ids)
        if not rows:
            return {}
        now = self.clock()
        context = self.tickets.sla_context(session)
        histories = status_histories(session, list(rows))
        result: dict[int, LiveListRow] = {}
        for ticket_id, row in rows.items():
            snapshot = sla_snapshot(context, row, histories.get(ticket_id, []), now)
            live = None
            if snapshot is not None:
                live = LiveSla(snapshot, now, context.calendar_for(row.responsible_id))
            result[ticket_id] = LiveListRow(row, list_badge(snapshot), live)
        return result

    def board(
        self, session: Session, flt: TicketFilter, cap: int = BOARD_CAP
    ) -> tuple[BoardColumn, ...]:
        """The three stage columns for the queue, text and column filters of `flt`."""
        catalog = status_catalog(session)
        columns = []
        for stage in st.Stage:
            lanes = tuple(catalog.in_stage(stage))
            in_stage = ColumnFilter(FilterField.STATUS, frozenset(s.key for s in lanes))
            # Open work by what falls due first; finished work by what finished last.
            sort, descending = (
                (SortKey.UPDATED, True) if stage is st.Stage.DONE else (SortKey.DUE, False)
            )
            stage_filter = replace(
                self._now(flt), view=TicketView.ALL, sort=sort, descending=descending,
                columns=(*flt.columns, in_stage),
            )  # fmt: skip
            ids = ticket_ids(session, self.viewer, stage_filter, limit=cap)
            total = len(ids)
            if total == cap:
                total = ticket_count(session, self.viewer, stage_filter)
            rows = self.rows(session, ids)
            ordered = tuple(rows[i] for i in ids if i in rows)
            columns.append(BoardColumn(stage, lanes, ordered, total))
        return tuple(columns)
