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

from sqlalchemy.orm import Session

from desk_app.domain.sla import ClockSnapshot, SlaSnapshot, SlaState
from desk_app.local_store.sla_context import SlaContext
from desk_app.local_store.ticket_list_queries import TicketRow, status_histories, ticket_rows
from desk_app.local_store.visibility import Viewer

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


def sla_snapshot(
    context: SlaContext,
    row: TicketRow,
    changes: Sequence[tuple[datetime, str]],
    now: datetime,
    category: str | None = None,
) -> SlaSnapshot | None:
    """The clock's view of one ticket, or None when its history cannot be read."""
    return context.snapshot(
        ticket_id=row.id, priority=row.priority, criticality=row.criticality, status=row.status,
        responsible_id=row.responsible_id, created_at=row.created_at, changes=changes,
        first_response_at=row.first_response_at, resolved_at=row.resolved_at, now=now,
        category=category,
    )  # fmt: skip


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
    context = context or SlaContext.load(session)
    histories = status_histories(session, list(rows))
    return {
        ticket_id: TicketListRow(
            row, list_badge(sla_snapshot(context, row, histories.get(ticket_id, []), now))
        )
        for ticket_id, row in rows.items()
    }
