"""Ticket list rows with their SLA badge, computed from the status history (SPEC §3).

The badge is never stored: it is the domain SLA clock applied to the ticket's history, the
workspace calendar and `now`, so it is right offline and after a sync. Rows arrive in pages of
what is on screen, so the clock runs for a few dozen tickets at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.domain.calendar import BusinessCalendar
from desk_app.domain.sla import ClockSnapshot, SlaClock, SlaSnapshot, SlaState, StatusChange
from desk_app.domain.sla_policy import SlaPolicy
from desk_app.domain.ticket_fields import Criticality, Priority
from desk_app.local_store.models import StatusDefinition
from desk_app.local_store.ticket_queries import TicketRow, status_histories, ticket_rows
from desk_app.local_store.visibility import Viewer
from desk_app.services.calendars import calendar_for_viewer

log = logging.getLogger(__name__)


class BadgeState(StrEnum):
    OK = "ok"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    MET = "met"
    NONE = "none"


class SlaClockKind(StrEnum):
    FIRST_RESPONSE = "first_response"
    RESOLUTION = "resolution"


@dataclass(frozen=True, slots=True)
class SlaBadge:
    state: BadgeState
    clock: SlaClockKind | None = None
    due_at: datetime | None = None
    fraction: float | None = None  # business time used / allowed; above 1 once breached
    remaining: timedelta | None = None  # business time left; negative once breached
    paused: bool = False
    completed: bool = False  # the clock stopped (answered / resolved): the state is final


NO_BADGE = SlaBadge(BadgeState.NONE)

_SEVERITY = {BadgeState.BREACHED: 3, BadgeState.AT_RISK: 2, BadgeState.OK: 1}


@dataclass(frozen=True, slots=True)
class TicketListRow:
    ticket: TicketRow
    sla: SlaBadge

    @property
    def id(self) -> int:
        return self.ticket.id


@dataclass(frozen=True)
class SlaContext:
    """What the clock needs besides the ticket: statuses, calendar and policy."""

    clock: SlaClock
    policy: SlaPolicy

    @property
    def calendar(self) -> BusinessCalendar:
        return self.clock.calendar

    @classmethod
    def load(cls, session: Session, viewer: Viewer, default_region: str = "MX") -> SlaContext:
        return cls(
            SlaClock(calendar_for_viewer(session, viewer, default_region), status_catalog(session)),
            SlaPolicy.default(),
        )


def status_catalog(session: Session) -> st.StatusCatalog:
    """The workspace's statuses; the defaults if the table lacks a required one."""
    rows = session.scalars(select(StatusDefinition)).all()
    defs = [st.StatusDef(r.key, r.name, st.Stage(r.stage), r.pauses_sla, r.position) for r in rows]
    try:
        return st.StatusCatalog(defs)
    except ValueError as exc:
        log.warning("status table unusable (%s); using the default statuses", exc)
        return st.StatusCatalog()


E = TypeVar("E", bound=StrEnum)


def _enum_or_none(kind: type[E], value: str | None) -> E | None:
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        return None


def _history(row: TicketRow, changes: Sequence[tuple[datetime, str]]) -> list[StatusChange]:
    """Status changes as the clock wants them: starting at creation, in time order.

    Tickets written before history was kept (or imported without it) get their creation
    status assumed: Open, or the current status when there is no change at all.
    """
    history = [StatusChange(max(at, row.created_at), status) for at, status in changes]
    if not history:
        return [StatusChange(row.created_at, row.status)]
    if history[0].at > row.created_at:
        history.insert(0, StatusChange(row.created_at, st.OPEN))
    return history


def sla_snapshot(
    context: SlaContext,
    row: TicketRow,
    changes: Sequence[tuple[datetime, str]],
    now: datetime,
    category: str | None = None,
) -> SlaSnapshot | None:
    """The clock's view of one ticket, or None when its history cannot be read."""
    target = context.policy.target_for(
        _enum_or_none(Priority, row.priority),
        _enum_or_none(Criticality, row.criticality),
        category,
    )
    try:
        return context.clock.compute(
            row.created_at,
            _history(row, changes),
            target,
            row.first_response_at,
            row.resolved_at,
            now,
        )
    except (ValueError, KeyError) as exc:  # unknown status key, history out of order
        log.warning("ticket %s: SLA not computable: %s", row.id, exc)
        return None


def clock_badge(snapshot: ClockSnapshot, kind: SlaClockKind) -> SlaBadge:
    state = {
        SlaState.OK: BadgeState.OK,
        SlaState.AT_RISK: BadgeState.AT_RISK,
        SlaState.BREACHED: BadgeState.BREACHED,
        SlaState.MET: BadgeState.MET,
        SlaState.NO_TARGET: BadgeState.NONE,
    }[snapshot.state]
    if state is BadgeState.NONE:
        return NO_BADGE
    return SlaBadge(
        state,
        kind,
        snapshot.due_at,
        snapshot.fraction,
        snapshot.remaining,
        snapshot.is_paused,
        snapshot.completed_at is not None,
    )


def list_badge(snapshot: SlaSnapshot | None) -> SlaBadge:
    """One badge for the list: the most urgent clock still running; once both are complete,
    the resolution outcome (or the first response's, when resolution has no target)."""
    if snapshot is None:
        return NO_BADGE
    badges = [
        clock_badge(snapshot.first_response, SlaClockKind.FIRST_RESPONSE),
        clock_badge(snapshot.resolution, SlaClockKind.RESOLUTION),
    ]
    running = [b for b in badges if b.state in _SEVERITY]
    if running:
        # Worst state first; between equals, the clock that falls due sooner.
        return max(running, key=lambda b: (_SEVERITY[b.state], -_due_key(b)))
    first, resolution = badges
    return resolution if resolution.state is not BadgeState.NONE else first


def _due_key(badge: SlaBadge) -> float:
    return badge.due_at.timestamp() if badge.due_at is not None else float("inf")


def list_rows(
    session: Session,
    viewer: Viewer,
    ids: Sequence[int],
    now: datetime,
    context: SlaContext | None = None,
) -> dict[int, TicketListRow]:
    """Display rows for the visible tickets among `ids`, keyed by id, with SLA badges."""
    rows = ticket_rows(session, viewer, ids)
    if not rows:
        return {}
    context = context or SlaContext.load(session, viewer)
    histories = status_histories(session, list(rows))
    return {
        ticket_id: TicketListRow(
            row, list_badge(sla_snapshot(context, row, histories.get(ticket_id, []), now))
        )
        for ticket_id, row in rows.items()
    }
