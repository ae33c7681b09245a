"""What the UI reads and does about sync: status, conflicts, failed operations.

Conflicts hold values in the sync vocabulary (people by e-mail, users by username, queues by
name, datetimes as ISO text). Re-applying one is a normal local change — the ticket row, its
history and an outbox operation in the caller's transaction — so the next sync pushes it; as
the merge base then holds the server's value, the merge sees a local-only change and keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.local_store.base import utc_now
from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.models import (
    Category,
    OutboxOp,
    Person,
    Queue,
    SyncConflict,
    SyncState,
    Ticket,
    User,
)
from desk_app.local_store.outbox import enqueue, pending_count
from desk_app.local_store.ticket_actions_store import set_status
from desk_app.local_store.ticket_writes import (
    ValidationError,
    change_ticket,
    jsonable,
    record_change,
    visible_ticket,
)
from desk_app.local_store.visibility import Viewer

LAST_SUCCESS_KEY = "sync:last_success_at"
LAST_ERROR_KEY = "sync:last_error"
REAPPLIED = "reapplied"
DISMISSED = "dismissed"
DISCARDED = "discarded"
# Sync fields change_ticket accepts as they are; the others are translated below.
_PLAIN = frozenset({"subject", "body", "priority", "criticality", "ticket_type", "channel",
                    "flag", "level", "subject_kind", "tags", "custom_fields"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class ConflictRow:
    id: int
    ticket_id: int
    ticket_subject: str
    field: str
    local_value: Any
    remote_value: Any
    created_at: datetime


@dataclass(frozen=True, slots=True)
class FailedOp:
    id: int
    entity: str
    op: str
    entity_uid: str
    error: str
    failed_at: datetime


@dataclass(frozen=True, slots=True)
class SyncStatus:
    last_success_at: datetime | None
    pending_ops: int
    open_conflicts: int
    last_error: str | None
    failed_ops: int = 0


def sync_status(session: Session) -> SyncStatus:
    success = session.get(SyncState, LAST_SUCCESS_KEY)
    error = session.get(SyncState, LAST_ERROR_KEY)
    conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                               .where(SyncConflict.resolved_at.is_(None)))  # fmt: skip
    failed = session.scalar(select(func.count()).select_from(OutboxOp)
                            .where(OutboxOp.failed_at.is_not(None),
                                   OutboxOp.sent_at.is_(None)))  # fmt: skip
    return SyncStatus(
        last_success_at=None if success is None else datetime.fromisoformat(success.value),
        pending_ops=pending_count(session) - int(failed or 0),
        open_conflicts=int(conflicts or 0),
        last_error=None if error is None or not error.value else error.value,
        failed_ops=int(failed or 0),
    )


def open_conflicts(session: Session, ticket_id: int | None = None) -> list[ConflictRow]:
    query = (
        select(SyncConflict, Ticket.subject)
        .join(Ticket, Ticket.id == SyncConflict.ticket_id)
        .where(SyncConflict.resolved_at.is_(None))
        .order_by(SyncConflict.created_at, SyncConflict.id)
    )
    if ticket_id is not None:
        query = query.where(SyncConflict.ticket_id == ticket_id)
    return [
        ConflictRow(
            c.id, c.ticket_id, subject, c.field, c.local_value, c.remote_value, c.created_at
        )
        for c, subject in session.execute(query)
    ]


def reapply_conflict(session: Session, viewer: Viewer, conflict_id: int,
                     now: datetime | None = None) -> list[str]:  # fmt: skip
    """Write the conflict's local value again as the viewer's change; returns changed fields.

    Raises LookupError for an unknown or closed conflict and ValidationError when the value
    is no longer acceptable (e.g. the user was deactivated); nothing changes then.
    """
    now = now or utc_now()
    conflict = _open(session, conflict_id)
    ticket = visible_ticket(session, viewer, conflict.ticket_id)
    name, value = conflict.field, conflict.local_value
    if name in _PLAIN:
        changed = change_ticket(session, viewer, ticket.id, {name: value}, now)
    elif name == "due_at":
        when = None if value is None else datetime.fromisoformat(value)
        changed = change_ticket(session, viewer, ticket.id, {"due_at": when}, now)
    elif name == "status":
        changed = set_status(session, viewer, ticket.id, value, now)
    elif name == "responsible_username":
        user = _user_id(session, value)
        changed = change_ticket(session, viewer, ticket.id, {"responsible_id": user}, now)
    elif name == "queue":
        changed = _direct(session, viewer, ticket, "queue_id", _queue_id(session, value), now)
    elif name == "category_path":
        category = _category_id(session, value)
        changed = change_ticket(session, viewer, ticket.id, {"category_id": category}, now)
    elif name == "requester_email":
        changed = _direct(session, viewer, ticket, "requester_id", _person_id(session, value), now)
    elif name in ("billing", "estimate_minutes", "terms_accepted_by_email", "terms_accepted_how"):
        changed = _reapply_billing(session, viewer, ticket, name, value, now)
    else:
        changed = _direct(session, viewer, ticket, name, value, now)
    conflict.resolved_at = now
    conflict.resolution = REAPPLIED
    return changed


def _reapply_billing(session: Session, viewer: Viewer, ticket: Ticket, name: str,
                     value: str | None, now: datetime) -> list[str]:  # fmt: skip
    """Billing values go through the billing writes again, so who/when and the history are
    recorded as for a change made now (a raw write would leave the decision without them)."""
    from desk_app.local_store import billing_writes

    if name == "billing":
        if value is None:
            raise ValidationError({"billing": "one of warranty, consumption"})
        return billing_writes.decide(session, viewer, ticket.id, value, now)
    if name == "estimate_minutes":
        minutes = None if value in (None, "") else int(str(value))
        return billing_writes.set_estimate(session, viewer, ticket.id, minutes, now)
    # Terms: the person (by e-mail) and how, together; the other half is taken as it is now.
    email = value if name == "terms_accepted_by_email" else None
    person_id = (_person_id(session, email) if email is not None
                 else ticket.terms_accepted_by_id)  # fmt: skip
    how = value if name == "terms_accepted_how" else ticket.terms_accepted_how
    if person_id is None or how is None:
        raise ValidationError({"terms": "choose a person at the customer"})
    return billing_writes.accept_terms(session, viewer, ticket.id, person_id, how, now)


def dismiss_conflict(
    session: Session, viewer: Viewer, conflict_id: int, now: datetime | None = None
) -> None:
    """Keep the server's value; the local one is dropped from the list."""
    conflict = _open(session, conflict_id)
    visible_ticket(session, viewer, conflict.ticket_id)  # raises LookupError when hidden
    conflict.resolved_at = now or utc_now()
    conflict.resolution = DISMISSED


def failed_ops(session: Session) -> list[FailedOp]:
    query = (
        select(OutboxOp)
        .where(OutboxOp.failed_at.is_not(None), OutboxOp.sent_at.is_(None))
        .order_by(OutboxOp.id)
    )
    return [
        FailedOp(op.id, op.entity, op.op, op.entity_uid, op.last_error or "", op.failed_at)
        for op in session.scalars(query)
        if op.failed_at is not None
    ]


def retry_failed_op(session: Session, op_id: int) -> None:
    """Put a failed operation back in the queue (after the cause was fixed on the server)."""
    op = session.get(OutboxOp, op_id)
    if op is None or op.failed_at is None or op.sent_at is not None:
        raise LookupError(f"operation {op_id} is not a failed operation")
    op.failed_at = None
    op.attempts = 0


def discard_failed_op(session: Session, op_id: int, now: datetime | None = None) -> None:
    """Give up on a failed operation: the local change stays in this workspace only, and the
    operations of the same ticket that waited behind it go ahead on the next sync."""
    op = session.get(OutboxOp, op_id)
    if op is None or op.failed_at is None or op.sent_at is not None:
        raise LookupError(f"operation {op_id} is not a failed operation")
    op.sent_at = now or utc_now()
    op.last_error = f"{DISCARDED}: {op.last_error or ''}".rstrip(": ")


def _open(session: Session, conflict_id: int) -> SyncConflict:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise LookupError(f"conflict {conflict_id} does not exist or was already resolved")
    return conflict


def _user_id(session: Session, username: Any) -> int | None:
    if username is None:
        return None
    found = session.scalar(select(User.id).where(User.username == username))
    if found is None:
        raise ValidationError({"responsible_id": f"no user named {username!r}"})
    return int(found)


def _queue_id(session: Session, name: Any) -> int | None:
    if name is None:
        return None
    found = session.scalar(select(Queue.id).where(Queue.name == name))
    if found is None:
        raise ValidationError({"queue_id": f"no queue named {name!r}"})
    return int(found)


def _category_id(session: Session, path: Any) -> int | None:
    parent: int | None = None
    for name in path or ():
        parent_clause = Category.parent_id.is_(None) if parent is None else (
            Category.parent_id == parent)  # fmt: skip
        found = session.scalar(select(Category.id).where(Category.name == name, parent_clause))
        if found is None:
            raise ValidationError({"category_id": f"no category {' › '.join(path)}"})
        parent = int(found)
    return parent


def _person_id(session: Session, email: Any) -> int | None:
    if email is None:
        return None
    row = session.execute(
        text("SELECT p.id FROM people p, json_each(p.emails) e WHERE json_valid(p.emails) "
             "AND lower(e.value) = :email ORDER BY p.id LIMIT 1"),
        {"email": str(email).lower()},
    ).first()  # fmt: skip
    if row is None or session.get(Person, int(row[0])) is None:
        raise ValidationError({"requester_id": f"nobody has the address {email}"})
    return int(row[0])


def _direct(session: Session, viewer: Viewer, ticket: Ticket, column: str, value: Any,
            now: datetime) -> list[str]:  # fmt: skip
    """A field the ticket forms do not edit directly: same change, history and operation."""
    if not hasattr(Ticket, column):
        raise ValidationError({column: "this field cannot be changed here"})
    old = getattr(ticket, column)
    if old == value:
        return []
    setattr(ticket, column, value)
    record_change(session, ticket, viewer, now, column, old, value)
    ticket.updated_at = now
    enqueue(session, "ticket", ticket.uid, "update", {"fields": jsonable({column: value})})
    session.flush()
    refresh_due_times(session, [ticket.id], now)
    return [column]
