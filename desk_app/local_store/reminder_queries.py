"""SLA targets about to be missed, or just missed, on the tickets an advisor is responsible for
(SPEC §3: "imminent breaches notify the advisor, even while offline").

Read from the due-time columns the SLA clock keeps up to date (local_store.due_times), never by
running the clock over every open ticket: per target, one query walks an index that leads with
that due column over the warning window (resolution: ix_tickets_list_due; first response:
RESPONSE_DUE_INDEX once a migration adds it, until then the responsible's open tickets through
ix_tickets_responsible_status). Measured on the 100,000-ticket demo: < 1 ms per target with
the range indexes; the fallback takes ~1 ms for an advisor and ~20 ms for a leader.

Which tickets: those whose responsible is the viewer, or, for a leader, any member of their
team (visibility.py's rule for "the team"). Of those, only tickets whose clock runs now: not
done, not merged, and not in a status that pauses the SLA. A paused ticket's cached due time
assumed the clock resumed when it was written, so it may lie in the past without the ticket
having breached; and while paused nothing is about to happen anyway. The first-response
target counts only while there is no first response; the resolution target while the ticket
is not resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.local_store.models import StatusDefinition, Ticket

# The team rule is visibility's, so "a leader's team" means the same everywhere.
from desk_app.local_store.visibility import Viewer, unindexed
from desk_app.local_store.visibility import _member_ids as responsible_ids

Target = Literal["first_response", "resolution"]
FIRST_RESPONSE: Final = "first_response"
RESOLUTION: Final = "resolution"
# (response_due_at, responsible_id, status, merged_into_id, first_response_at): asked of the
# lead for a migration; the resolution side already has ix_tickets_list_due.
RESPONSE_DUE_INDEX: Final = "ix_tickets_response_due"


@dataclass(frozen=True, slots=True)
class BreachWarning:
    ticket_id: int
    subject: str
    target: Target
    due_at: datetime
    breached: bool  # due_at has passed: the target was just missed


def running_statuses(session: Session) -> list[str]:
    """Status keys in which the SLA clock runs: not done, not pausing."""
    return list(
        session.scalars(
            select(StatusDefinition.key).where(
                StatusDefinition.stage != st.Stage.DONE.value,
                StatusDefinition.pauses_sla.is_(False),
            )
        )
    )


def imminent_breaches(
    session: Session,
    viewer: Viewer,
    now: datetime,
    within: timedelta,
    *,
    breached_within: timedelta | None = None,
) -> tuple[BreachWarning, ...]:
    """Targets due in (now, now + within] (`breached=False`) and those missed in
    (now - breached_within, now] (`breached=True`; `breached_within` defaults to `within`),
    soonest first. Raises ValueError for a negative window or a naive `now`."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    lookback = within if breached_within is None else breached_within
    if within < timedelta(0) or lookback < timedelta(0):
        raise ValueError("the warning windows cannot be negative")
    start, end = now - lookback, now + within
    # Looked up first, so the main queries get plain IN lists.
    members = list(session.scalars(responsible_ids(viewer)))
    statuses = running_statuses(session)
    if not members or not statuses:
        return ()
    found = [
        *_due_in(session, RESOLUTION, members, statuses, start, end, now, by_range=True),
        *_due_in(session, FIRST_RESPONSE, members, statuses, start, end, now,
                 by_range=_has_index(session, RESPONSE_DUE_INDEX)),
    ]  # fmt: skip
    found.sort(key=lambda w: (w.due_at, w.ticket_id, w.target))
    return tuple(found)


def _due_in(
    session: Session, target: Target, members: list[int], statuses: list[str],
    start: datetime, end: datetime, now: datetime, *, by_range: bool,
) -> list[BreachWarning]:  # fmt: skip
    """One target's due times in (start, end].

    `by_range`: walk the index that leads with the due column over the window (a few rows
    whatever the store's size), so the other filters are written `unindexed` to keep SQLite
    from preferring the (responsible, status) index - for a leader that reads every open
    ticket of the team, ~20 ms on 100,000 tickets. Without such an index, that is the best
    path there is (a full scan otherwise).
    """
    if target == RESOLUTION:
        due, done = Ticket.resolution_due_at, Ticket.resolved_at
    else:
        due, done = Ticket.response_due_at, Ticket.first_response_at
    column = unindexed if by_range else _as_is
    rows = session.execute(
        select(Ticket.id, Ticket.subject, due).where(
            due > start,
            due <= end,
            column(Ticket.responsible_id).in_(members),
            column(Ticket.status).in_(statuses),
            column(Ticket.merged_into_id).is_(None),
            column(done).is_(None),
        )
    ).all()
    return [
        BreachWarning(tid, subject, target, at, at <= now)
        for tid, subject, at in rows
        if at is not None  # the range excludes NULL; this tells the type checker
    ]


def _as_is(column: Any) -> Any:
    return column


def _has_index(session: Session, name: str) -> bool:
    rows = session.connection().exec_driver_sql(f"PRAGMA index_list({Ticket.__tablename__})")
    return any(row[1] == name for row in rows)
