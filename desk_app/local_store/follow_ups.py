"""Follow-ups: a reminder at a time, for one advisor, about one ticket (seed 002 slide 23).

Creating one and marking it done are ticket changes like any other: the row, a history row
("follow_up") and an outbox operation in the caller's transaction. Reminders are kept in the
store, so they fire offline too (`due_follow_ups` is what a notifier polls).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.models import FollowUp, Ticket, User
from desk_app.local_store.outbox import enqueue
from desk_app.local_store.problems import Problem
from desk_app.local_store.ticket_writes import ValidationError, record_change, visible_ticket
from desk_app.local_store.visibility import Viewer, visible_tickets

MAX_NOTE = 2000
DONE = "done"  # the history value of a follow-up marked done


@dataclass(frozen=True, slots=True)
class FollowUpView:
    id: int
    ticket_id: int
    remind_at: datetime
    note: str
    user_id: int | None
    user_name: str | None
    done_at: datetime | None

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


def create_follow_up(session: Session, viewer: Viewer, ticket_id: int, remind_at: datetime,
                     note: str, now: datetime) -> FollowUp:  # fmt: skip
    ticket = visible_ticket(session, viewer, ticket_id)
    errors: dict[str, str] = {}
    if not isinstance(remind_at, datetime) or remind_at.tzinfo is None:
        errors["remind_at"] = "not a date and time"
    elif remind_at <= now:
        errors["remind_at"] = "choose a time in the future"
    note = note.strip()
    if len(note) > MAX_NOTE:
        errors["note"] = Problem("at most %1 characters", MAX_NOTE)
    if errors:
        raise ValidationError(errors)
    follow_up = FollowUp(ticket_id=ticket.id, user_id=viewer.user_id, remind_at=remind_at,
                         note=note)  # fmt: skip
    session.add(follow_up)
    record_change(session, ticket, viewer, now, "follow_up", None, remind_at.isoformat())
    ticket.updated_at = now
    session.flush()
    payload = {"ticket_uid": ticket.uid, "remind_at": remind_at.isoformat(), "note": note}
    enqueue(session, "follow_up", follow_up.uid, "create", payload)
    refresh_due_times(session, [ticket.id], now)
    return follow_up


def complete_follow_up(session: Session, viewer: Viewer, follow_up_id: int,
                       now: datetime) -> FollowUp:  # fmt: skip
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise LookupError(Problem("follow-up %1 does not exist", follow_up_id))
    ticket = visible_ticket(session, viewer, follow_up.ticket_id)
    if follow_up.done_at is not None:
        raise ValidationError({"follow_up": "already done"})
    follow_up.done_at = now
    record_change(session, ticket, viewer, now, "follow_up", follow_up.remind_at.isoformat(), DONE)
    ticket.updated_at = now
    enqueue(session, "follow_up", follow_up.uid, "update", {"done_at": now.isoformat()})
    session.flush()
    refresh_due_times(session, [ticket.id], now)
    return follow_up


def follow_ups_for(session: Session, ticket_id: int) -> tuple[FollowUpView, ...]:
    """A ticket's follow-ups: pending ones first, soonest first; then done ones."""
    owner = aliased(User)
    rows = session.execute(
        select(FollowUp, owner.full_name)
        .outerjoin(owner, owner.id == FollowUp.user_id)
        .where(FollowUp.ticket_id == ticket_id)
        .order_by(FollowUp.done_at.is_not(None), FollowUp.remind_at, FollowUp.id)
    ).all()
    return tuple(_view(follow_up, name) for follow_up, name in rows)


def due_follow_ups(session: Session, viewer: Viewer, until: datetime) -> tuple[FollowUpView, ...]:
    """The viewer's pending reminders due by `until`, on tickets they can still see."""
    query = (
        select(FollowUp)
        .join(Ticket, Ticket.id == FollowUp.ticket_id)
        .where(FollowUp.user_id == viewer.user_id, FollowUp.done_at.is_(None),
               FollowUp.remind_at <= until, visible_tickets(viewer))
        .order_by(FollowUp.remind_at, FollowUp.id)
    )  # fmt: skip
    return tuple(_view(follow_up, viewer.full_name) for follow_up in session.scalars(query))


def _view(follow_up: FollowUp, user_name: str | None) -> FollowUpView:
    return FollowUpView(
        id=follow_up.id, ticket_id=follow_up.ticket_id, remind_at=follow_up.remind_at,
        note=follow_up.note, user_id=follow_up.user_id, user_name=user_name,
        done_at=follow_up.done_at,
    )  # fmt: skip
