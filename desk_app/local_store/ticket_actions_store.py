"""The actions of seed 002 slide 23 on the store: take, dispatch, escalate, merge, close, reopen.

Like ticket_writes, each one writes the change, its history rows and its outbox operation in
the caller's transaction, refreshes the SLA due-time cache, and returns the names of the
fields that changed. Bad input raises ValidationError and writes nothing.

Rules the seeds leave open, decided here (slides 21–24: Open = nobody is working on it,
In progress = the responsible is working on it; no flag / blue flag say the same):

* Take: I become the responsible. A ticket in a TO DO status goes to In progress and a ticket
  with no flag gets the blue one. Other flags and statuses (orange, green, waiting on the
  customer, an admin's own status) are the responsible's judgement and stay.
* Dispatch: another active advisor or leader becomes the responsible. Nobody works on it yet,
  so In progress goes back to Open and a blue flag to none. An optional note becomes an
  internal note.
* Escalate: one level up (L1 → L2 → L3, never skipping, seeds 001 and 004), into the level's
  queue, unassigned, for that level's specialists to take; In progress → Open and blue → none
  as for dispatch. The reason is required: an internal note and an "escalation_reason" row.
* Merge: the duplicate points at the survivor and is closed (resolved now, closed by whoever
  merged); both get a history row. Comments and time stay where they were written; the
  survivor lists its merged tickets instead of copying them. One outbox operation, "merge".
* Close: by the responsible (slide 21, SPEC §2 and §7). A leader or admin may close somebody
  else's ticket with a reason (an internal note and a "close_reason" row); process adherence
  then shows it was not closed by the responsible. Anybody else is refused.
* Reopen (a DONE status to another stage) clears resolved_at and closed_by; a merged ticket
  stays closed.
* Terms of attention (seed 004, issue 7): a ticket leaves Open (by a status change or a close)
  only once the customer accepted the terms, on the ticket or through the company's active
  contract; refused with a ValidationError on "status" otherwise. Taking such a ticket still
  makes me the responsible but leaves it Open. A merge is not an engagement: not guarded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.domain.adherence import Gap, TicketFacts, checklist
from desk_app.domain.roles import Role
from desk_app.domain.ticket_fields import Flag, Level
from desk_app.local_store.billing_queries import terms_accepted
from desk_app.local_store.billing_writes import require_terms
from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.models import (
    Queue,
    StatusDefinition,
    Ticket,
    TicketHistory,
    TimeEntry,
    User,
)
from desk_app.local_store.outbox import enqueue
from desk_app.local_store.problems import Problem
from desk_app.local_store.ticket_writes import (
    MAX_BODY,
    ValidationError,
    add_comment,
    change_ticket,
    jsonable,
    record_change,
    visible_ticket,
)
from desk_app.local_store.visibility import Viewer

DISPATCH_ROLES = (Role.ADVISOR.value, Role.LEADER.value)
OVERRIDE_ROLES = (Role.LEADER, Role.ADMIN)


def stages(session: Session) -> dict[str, str]:
    """Status key → stage, from the workspace's statuses table."""
    return {key: stage for key, stage in session.execute(
        select(StatusDefinition.key, StatusDefinition.stage))}  # fmt: skip


def take(session: Session, viewer: Viewer, ticket_id: int, now: datetime) -> list[str]:
    ticket = visible_ticket(session, viewer, ticket_id)
    stage_of = stages(session)
    _refuse_done(ticket, stage_of)
    values: dict[str, Any] = {"responsible_id": viewer.user_id}
    to_do = stage_of.get(ticket.status) == st.Stage.TODO and st.IN_PROGRESS in stage_of
    # Without the terms the ticket stays Open: taking it is how one goes and asks for them.
    if to_do and (ticket.status != st.OPEN or terms_accepted(session, ticket, now)):
        values["status"] = st.IN_PROGRESS
    if ticket.flag == Flag.NONE:
        values["flag"] = Flag.BLUE.value
    return _finish(session, ticket, _apply(session, viewer, ticket, values, now), now)


def dispatch(session: Session, viewer: Viewer, ticket_id: int, user_id: int, note: str,
             now: datetime) -> list[str]:  # fmt: skip
    ticket = visible_ticket(session, viewer, ticket_id)
    _refuse_done(ticket, stages(session))
    target = session.get(User, user_id) if isinstance(user_id, int) else None
    if target is None or not target.is_active or target.role not in DISPATCH_ROLES:
        raise ValidationError({"responsible_id": "choose an active advisor"})
    if target.id == viewer.user_id:
        raise ValidationError({"responsible_id": "to assign it to yourself, take it"})
    if target.id == ticket.responsible_id:
        raise ValidationError({"responsible_id": "already the responsible"})
    if len(note) > MAX_BODY:
        raise ValidationError({"note": "the text is larger than 5 MB"})
    # The note first: once handed over, the ticket may no longer be visible to me.
    if note.strip():
        add_comment(session, viewer, ticket.id, note, public=False, now=now)
    values: dict[str, Any] = {"responsible_id": target.id, **_nobody_working(ticket)}
    return _finish(session, ticket, _apply(session, viewer, ticket, values, now), now)


def escalate(session: Session, viewer: Viewer, ticket_id: int, reason: str,
             now: datetime) -> list[str]:  # fmt: skip
    ticket = visible_ticket(session, viewer, ticket_id)
    _refuse_done(ticket, stages(session))
    try:
        following = Level(ticket.level).next_level()
    except ValueError:
        following = None
    if following is None:
        raise ValidationError({"level": "already at the highest level"})
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "give a reason for the escalation"})
    if len(reason) > MAX_BODY:
        raise ValidationError({"reason": "the text is larger than 5 MB"})
    queue_id = session.scalar(
        select(Queue.id).where(Queue.level == following.value).order_by(Queue.id).limit(1)
    )
    values: dict[str, Any] = {"level": following.value, "queue_id": queue_id,
                              "responsible_id": None, **_nobody_working(ticket)}  # fmt: skip
    # The note first: once unassigned, the ticket may no longer be visible to me.
    add_comment(session, viewer, ticket.id, f"{ticket.level} → {following.value}: {reason}",
                public=False, now=now)  # fmt: skip
    changed = _apply(session, viewer, ticket, values, now)
    record_change(session, ticket, viewer, now, "escalation_reason", None, reason)
    return _finish(session, ticket, changed, now)


def merge(session: Session, viewer: Viewer, duplicate_id: int, into_id: int,
          now: datetime) -> list[str]:  # fmt: skip
    """Merge ticket `duplicate_id` into `into_id`; returns what changed on the duplicate."""
    if duplicate_id == into_id:
        raise ValidationError({"merged_into_id": "a ticket cannot be merged into itself"})
    duplicate = visible_ticket(session, viewer, duplicate_id)
    try:
        survivor = visible_ticket(session, viewer, into_id)
    except LookupError:
        raise ValidationError({"merged_into_id": "no visible ticket with that number"}) from None
    stage_of = stages(session)
    _refuse_done(duplicate, stage_of)
    if survivor.merged_into_id is not None:
        raise ValidationError({"merged_into_id": "that ticket was merged into another one"})
    if stage_of.get(survivor.status) == st.Stage.DONE:
        raise ValidationError({"merged_into_id": "that ticket is closed"})
    values: dict[str, Any] = {"merged_into_id": survivor.id, "status": st.CLOSED,
                              "closed_by_id": viewer.user_id}  # fmt: skip
    changed = _apply(session, viewer, duplicate, values, now)
    duplicate.resolved_at = now
    duplicate.updated_at = now
    record_change(session, survivor, viewer, now, "merged_from", None, duplicate.id)
    survivor.updated_at = now
    enqueue(session, "ticket", duplicate.uid, "merge", {"into_uid": survivor.uid})
    session.flush()
    refresh_due_times(session, [duplicate.id, survivor.id], now)
    return list(changed)


def close(session: Session, viewer: Viewer, ticket_id: int, now: datetime, *,
          reason: str | None = None, status: str = st.CLOSED) -> list[str]:  # fmt: skip
    ticket = visible_ticket(session, viewer, ticket_id)
    stage_of = stages(session)
    if stage_of.get(status) != st.Stage.DONE:
        raise ValidationError({"status": "not a closing status"})
    _refuse_done(ticket, stage_of)
    require_terms(session, ticket, status, now)
    reason = (reason or "").strip()
    if ticket.responsible_id != viewer.user_id:
        if viewer.role not in OVERRIDE_ROLES:
            raise ValidationError({"responsible_id": "only the responsible can close this ticket"})
        if not reason:
            raise ValidationError({"reason": "say why you close a ticket that is not yours"})
    if reason:
        add_comment(session, viewer, ticket.id, reason, public=False, now=now)
    values: dict[str, Any] = {"status": status, "closed_by_id": viewer.user_id}
    changed = _apply(session, viewer, ticket, values, now)
    ticket.resolved_at = now
    if reason:
        record_change(session, ticket, viewer, now, "close_reason", None, reason)
    return _finish(session, ticket, changed, now, extra={"resolved_at": now})


def set_status(session: Session, viewer: Viewer, ticket_id: int, status: str, now: datetime, *,
               reason: str | None = None) -> list[str]:  # fmt: skip
    """Any status change, with the rules of close and reopen when it crosses into or out of
    the DONE stage: the board's drag and drop and the detail's status menu both land here."""
    ticket = visible_ticket(session, viewer, ticket_id)
    stage_of = stages(session)
    if status not in stage_of:
        raise ValidationError({"status": Problem("unknown status %1", repr(status))})
    was_done = stage_of.get(ticket.status) == st.Stage.DONE
    done = stage_of[status] == st.Stage.DONE
    require_terms(session, ticket, status, now)
    if done and not was_done:
        return close(session, viewer, ticket_id, now, reason=reason, status=status)
    if was_done and not done:
        if ticket.merged_into_id is not None:
            raise ValidationError({"status": "a merged ticket stays closed"})
        values: dict[str, Any] = {"status": status, "closed_by_id": None}
        changed = _apply(session, viewer, ticket, values, now)
        ticket.resolved_at = None
        return _finish(session, ticket, changed, now, extra={"resolved_at": None})
    return change_ticket(session, viewer, ticket_id, {"status": status}, now)


def assign(session: Session, viewer: Viewer, ticket_id: int, user_id: int | None,
           now: datetime) -> list[str]:  # fmt: skip
    """The responsible picked in a form: myself is a take, somebody else a dispatch, nobody a
    plain change (the ticket goes back to its queue)."""
    if user_id == viewer.user_id:
        return take(session, viewer, ticket_id, now)
    if user_id is None:
        ticket = visible_ticket(session, viewer, ticket_id)
        values = {"responsible_id": None, **_nobody_working(ticket)}
        return change_ticket(session, viewer, ticket_id, values, now)
    return dispatch(session, viewer, ticket_id, user_id, "", now)


# -- process adherence before closing ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CloseCheck:
    """What the close dialog shows: the adherence checklist as if `viewer` closed it now."""

    ticket_id: int
    items: tuple[tuple[Gap, bool], ...]
    is_responsible: bool
    may_override: bool  # a leader or admin closing somebody else's ticket, with a reason
    responsible_name: str | None

    @property
    def gaps(self) -> tuple[Gap, ...]:
        return tuple(gap for gap, ok in self.items if not ok)

    @property
    def may_close(self) -> bool:
        return self.is_responsible or self.may_override


def adherence_facts(session: Session, ticket: Ticket) -> TicketFacts:
    visited = session.scalars(
        select(TicketHistory.new_value).where(
            TicketHistory.ticket_id == ticket.id, TicketHistory.field == "status"
        )
    ).all()
    minutes = session.scalar(
        select(func.coalesce(func.sum(TimeEntry.minutes), 0)).where(
            TimeEntry.ticket_id == ticket.id
        )
    )
    return TicketFacts(
        subject=ticket.subject, requester_id=ticket.requester_id,
        responsible_id=ticket.responsible_id, ticket_type=ticket.ticket_type,
        priority=ticket.priority, tags=tuple(tag.name for tag in ticket.tags), body=ticket.body,
        minutes_logged=int(minutes or 0),
        statuses_visited=tuple(v for v in (*visited, ticket.status) if v),
        closed_by_id=ticket.closed_by_id,
        is_closed=stages(session).get(ticket.status) == st.Stage.DONE,
        merged=ticket.merged_into_id is not None,
    )  # fmt: skip


def close_check(session: Session, viewer: Viewer, ticket_id: int) -> CloseCheck:
    ticket = visible_ticket(session, viewer, ticket_id)
    facts = adherence_facts(session, ticket)
    responsible = session.get(User, ticket.responsible_id) if ticket.responsible_id else None
    is_responsible = ticket.responsible_id == viewer.user_id
    return CloseCheck(
        ticket_id=ticket.id,
        items=tuple(checklist(facts, closer_id=viewer.user_id)),
        is_responsible=is_responsible,
        may_override=not is_responsible and viewer.role in OVERRIDE_ROLES,
        responsible_name=responsible.full_name if responsible else None,
    )


# -- helpers -----------------------------------------------------------------------------------


def _refuse_done(ticket: Ticket, stage_of: Mapping[str, str]) -> None:
    if ticket.merged_into_id is not None:
        raise ValidationError({"status": "this ticket was merged into another one"})
    if stage_of.get(ticket.status) == st.Stage.DONE:
        raise ValidationError({"status": "the ticket is closed; reopen it first"})


def _nobody_working(ticket: Ticket) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if ticket.status == st.IN_PROGRESS:
        values["status"] = st.OPEN
    if ticket.flag == Flag.BLUE:
        values["flag"] = Flag.NONE.value
    return values


def _apply(session: Session, viewer: Viewer, ticket: Ticket, values: Mapping[str, Any],
           now: datetime) -> dict[str, Any]:  # fmt: skip
    changed: dict[str, Any] = {}
    for name, new in values.items():
        old = getattr(ticket, name)
        if old != new:
            setattr(ticket, name, new)
            record_change(session, ticket, viewer, now, name, old, new)
            changed[name] = new
    return changed


def _finish(session: Session, ticket: Ticket, changed: Mapping[str, Any], now: datetime, *,
            extra: Mapping[str, Any] | None = None) -> list[str]:  # fmt: skip
    """Stamp, enqueue one "update" operation and refresh the SLA cache, if anything changed."""
    if not changed:
        return []
    ticket.updated_at = now
    if changed.get("responsible_id") is not None and ticket.assigned_at is None:
        ticket.assigned_at = now  # the first assignment ends the wait in the queue
    enqueue(session, "ticket", ticket.uid, "update",
            {"fields": jsonable({**changed, **(extra or {})})})  # fmt: skip
    session.flush()
    refresh_due_times(session, [ticket.id], now)
    return list(changed)
