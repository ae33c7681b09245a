"""Local changes to tickets. Each one writes the change, its history and its outbox operation
in the caller's transaction, so they commit together or not at all.

Callers run these inside `Store.transaction()`, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.domain.ticket_fields import (
    Channel,
    Criticality,
    Flag,
    Level,
    Priority,
    SubjectKind,
    TicketType,
    default_priority,
)
from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.models import (
    Comment,
    Person,
    StatusDefinition,
    Tag,
    Ticket,
    TicketHistory,
    TimeEntry,
    User,
)
from desk_app.local_store.outbox import enqueue
from desk_app.local_store.visibility import Viewer, visible_tickets

MAX_SUBJECT = 300
MAX_BODY = 5_000_000
TIME_KINDS = ("L1", "L2", "L3", "quality")


class ValidationError(ValueError):
    """Field → message, so the UI can show each error next to its field."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


@dataclass(frozen=True)
class NewTicket:
    subject: str
    body: str
    requester_id: int | None
    ticket_type: str
    channel: str
    responsible_id: int | None = None
    priority: str | None = None  # None: the type's default (seed 002 slide 15)
    criticality: str | None = None
    tags: tuple[str, ...] = ()
    due_at: datetime | None = None
    category_id: int | None = None
    subject_kind: str | None = None
    level: str = "L1"
    custom_fields: dict[str, Any] = field(default_factory=dict)


# field name → allowed values (None allowed where the column is nullable)
_CHOICES: dict[str, tuple[type[Any], bool]] = {
    "ticket_type": (TicketType, False),
    "channel": (Channel, False),
    "priority": (Priority, False),
    "criticality": (Criticality, True),
    "subject_kind": (SubjectKind, True),
    "flag": (Flag, False),
    "level": (Level, False),
}
_EDITABLE = {*_CHOICES, "subject", "body", "responsible_id", "status", "due_at", "category_id"}


def _check_choice(name: str, value: Any, errors: dict[str, str]) -> None:
    enum, nullable = _CHOICES[name]
    if value is None and nullable:
        return
    try:
        enum(value)
    except ValueError:
        errors[name] = f"unknown value {value!r}"


def _clean_subject(subject: str, errors: dict[str, str]) -> str:
    cleaned = " ".join(subject.split())
    if not cleaned:
        errors["subject"] = "a subject is required"
    elif len(cleaned) > MAX_SUBJECT:
        errors["subject"] = f"at most {MAX_SUBJECT} characters"
    return cleaned


def _record(session: Session, ticket: Ticket, viewer: Viewer, now: datetime, name: str,
            old: Any, new: Any) -> None:  # fmt: skip
    session.add(
        TicketHistory(ticket=ticket, user_id=viewer.user_id, at=now, field=name,
                      old_value=None if old is None else str(old),
                      new_value=None if new is None else str(new))
    )  # fmt: skip


def create_ticket(session: Session, viewer: Viewer, draft: NewTicket, now: datetime) -> Ticket:
    errors: dict[str, str] = {}
    subject = _clean_subject(draft.subject, errors)
    for name in ("ticket_type", "channel", "criticality", "subject_kind", "level"):
        _check_choice(name, getattr(draft, name), errors)
    if draft.priority is not None:
        _check_choice("priority", draft.priority, errors)
    if len(draft.body) > MAX_BODY:
        errors["body"] = "the body is larger than 5 MB"
    if draft.requester_id is None or session.get(Person, draft.requester_id) is None:
        errors["requester_id"] = "choose an existing requester or create one"
    if draft.responsible_id is not None and session.get(User, draft.responsible_id) is None:
        errors["responsible_id"] = "unknown responsible"
    if errors:
        raise ValidationError(errors)
    priority = draft.priority or default_priority(TicketType(draft.ticket_type)).value
    ticket = Ticket(
        subject=subject, body=draft.body, requester_id=draft.requester_id,
        responsible_id=draft.responsible_id, created_by_id=viewer.user_id,
        ticket_type=draft.ticket_type, priority=priority, criticality=draft.criticality,
        channel=draft.channel, status=st.OPEN, level=draft.level, due_at=draft.due_at,
        category_id=draft.category_id, subject_kind=draft.subject_kind,
        custom_fields=dict(draft.custom_fields), created_at=now, updated_at=now,
        assigned_at=now if draft.responsible_id else None,
        tags=_tags(session, draft.tags),
    )  # fmt: skip
    session.add(ticket)
    session.flush()
    _record(session, ticket, viewer, now, "status", None, st.OPEN)
    if draft.responsible_id is not None:
        _record(session, ticket, viewer, now, "responsible_id", None, draft.responsible_id)
    enqueue(session, "ticket", ticket.uid, "create", _ticket_payload(ticket))
    session.flush()
    refresh_due_times(session, [ticket.id], now)
    return ticket


def change_ticket(session: Session, viewer: Viewer, ticket_id: int,
                  changes: Mapping[str, Any], now: datetime) -> list[str]:  # fmt: skip
    """Apply field changes; returns the names of the fields that actually changed."""
    ticket = _visible(session, viewer, ticket_id)
    errors: dict[str, str] = {}
    for name, value in changes.items():
        if name not in _EDITABLE:
            errors[name] = "this field cannot be changed here"
        elif name in _CHOICES:
            _check_choice(name, value, errors)
        elif name == "subject":
            _clean_subject(str(value), errors)
        elif name == "status" and value not in _status_keys(session):
            errors[name] = f"unknown status {value!r}"
    if errors:
        raise ValidationError(errors)
    changed: dict[str, Any] = {}
    for name, value in changes.items():
        new = " ".join(str(value).split()) if name == "subject" else value
        old = getattr(ticket, name)
        if old != new:
            setattr(ticket, name, new)
            _record(session, ticket, viewer, now, name, old, new)
            changed[name] = new
    if not changed:
        return []
    ticket.updated_at = now
    if "responsible_id" in changed and ticket.assigned_at is None:
        ticket.assigned_at = now
    enqueue(session, "ticket", ticket.uid, "update", {"fields": _jsonable(changed)})
    session.flush()
    refresh_due_times(session, [ticket.id], now)
    return list(changed)


def add_comment(session: Session, viewer: Viewer, ticket_id: int, body: str, *,
                public: bool, now: datetime) -> Comment:  # fmt: skip
    ticket = _visible(session, viewer, ticket_id)
    if not body.strip():
        raise ValidationError({"body": "write something first"})
    if len(body) > MAX_BODY:
        raise ValidationError({"body": "the text is larger than 5 MB"})
    comment = Comment(ticket_id=ticket.id, author_id=viewer.user_id, is_public=public,
                      body=body, created_at=now)  # fmt: skip
    session.add(comment)
    if public and ticket.first_response_at is None:
        ticket.first_response_at = now
    ticket.updated_at = now
    session.flush()
    enqueue(session, "comment", comment.uid, "create",
            {"ticket_uid": ticket.uid, "public": public, "body": body})  # fmt: skip
    refresh_due_times(session, [ticket.id], now)
    return comment


def log_time(session: Session, viewer: Viewer, ticket_id: int, kind: str, minutes: int,
             now: datetime, note: str = "") -> TimeEntry:  # fmt: skip
    ticket = _visible(session, viewer, ticket_id)
    if kind not in TIME_KINDS:
        raise ValidationError({"kind": f"one of {', '.join(TIME_KINDS)}"})
    if not 0 < minutes <= 24 * 60:
        raise ValidationError({"minutes": "between 1 minute and 24 hours"})
    entry = TimeEntry(ticket_id=ticket.id, user_id=viewer.user_id, kind=kind, minutes=minutes,
                      note=note, created_at=now)  # fmt: skip
    session.add(entry)
    ticket.updated_at = now
    session.flush()
    enqueue(session, "time_entry", entry.uid, "create",
            {"ticket_uid": ticket.uid, "kind": kind, "minutes": minutes, "note": note})  # fmt: skip
    return entry


def _visible(session: Session, viewer: Viewer, ticket_id: int) -> Ticket:
    ticket = session.scalars(
        select(Ticket).where(Ticket.id == ticket_id, visible_tickets(viewer))
    ).first()
    if ticket is None:
        raise LookupError(f"ticket {ticket_id} does not exist or is not visible to you")
    return ticket


def _status_keys(session: Session) -> set[str]:
    return set(session.scalars(select(StatusDefinition.key)))


def _tags(session: Session, names: tuple[str, ...]) -> list[Tag]:
    tags = []
    for name in dict.fromkeys(n.strip().lower() for n in names if n.strip()):
        tag = session.scalars(select(Tag).where(Tag.name == name)).first()
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        tags.append(tag)
    return tags


def _jsonable(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


def _ticket_payload(ticket: Ticket) -> dict[str, Any]:
    fields = ("subject", "body", "ticket_type", "priority", "criticality", "channel", "status",
              "level", "subject_kind", "flag", "due_at")  # fmt: skip
    payload = _jsonable({name: getattr(ticket, name) for name in fields})
    payload["tags"] = [tag.name for tag in ticket.tags]
    payload["requester_id"] = ticket.requester_id
    payload["responsible_id"] = ticket.responsible_id
    return payload
