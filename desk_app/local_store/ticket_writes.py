"""Local changes to tickets. Each one writes the change, its history and its outbox operation
in the caller's transaction, so they commit together or not at all.

Callers run these inside `Store.transaction()`, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.domain.custom_fields import apply_custom_fields
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
    Category,
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
from desk_app.local_store.problems import Problem
from desk_app.local_store.visibility import Viewer, visible_tickets

MAX_SUBJECT = 300
MAX_BODY = 5_000_000
MAX_TAG = 60
MAX_TAGS = 20
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
_EDITABLE = {*_CHOICES, "subject", "body", "responsible_id", "status", "due_at", "category_id",
             "subcategory_id", "tags", "custom_fields"}  # fmt: skip
# History rows name what a person reads ("responsible"), not the column ("responsible_id"): the
# server's history and the demo use these names too.
HISTORY_NAMES = {"responsible_id": "responsible", "category_id": "category", "queue_id": "queue",
                 "closed_by_id": "closed_by", "merged_into_id": "merged_into"}  # fmt: skip


def _check_choice(name: str, value: Any, errors: dict[str, str]) -> None:
    enum, nullable = _CHOICES[name]
    if value is None and nullable:
        return
    try:
        enum(value)
    except ValueError:
        errors[name] = Problem("unknown value %1", repr(value))


def _clean_subject(subject: str, errors: dict[str, str]) -> str:
    cleaned = " ".join(subject.split())
    if not cleaned:
        errors["subject"] = "a subject is required"
    elif len(cleaned) > MAX_SUBJECT:
        errors["subject"] = Problem("at most %1 characters", MAX_SUBJECT)
    return cleaned


def record_change(session: Session, ticket: Ticket, viewer: Viewer, now: datetime, name: str,
            old: Any, new: Any) -> None:  # fmt: skip
    session.add(
        TicketHistory(ticket=ticket, user_id=viewer.user_id, at=now,
                      field=HISTORY_NAMES.get(name, name),
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
    record_change(session, ticket, viewer, now, "status", None, st.OPEN)
    if draft.responsible_id is not None:
        record_change(session, ticket, viewer, now, "responsible_id", None, draft.responsible_id)
    enqueue(session, "ticket", ticket.uid, "create", _ticket_payload(ticket))
    session.flush()
    refresh_due_times(session, [ticket.id], now)
    return ticket


def change_ticket(session: Session, viewer: Viewer, ticket_id: int,
                  changes: Mapping[str, Any], now: datetime) -> list[str]:  # fmt: skip
    """Apply field changes; returns the names of the fields that actually changed.

    Besides plain columns: `subcategory_id` (with `category_id`, or the ticket's current
    category) must be a child of that category and is what the ticket then points at; `tags`
    is the whole new list of tag names; `custom_fields` is a patch validated against the
    type's schema (domain.custom_fields), one history row per key.
    """
    ticket = visible_ticket(session, viewer, ticket_id)
    wanted = _normalise(session, ticket, changes)  # raises ValidationError
    changed: dict[str, Any] = {}
    for name, new in wanted.items():
        if name == "tags":
            old_names = sorted(tag.name for tag in ticket.tags)
            if old_names != list(new):
                ticket.tags = _tags(session, tuple(new))
                record_change(session, ticket, viewer, now, name, ", ".join(old_names) or None,
                        ", ".join(new) or None)  # fmt: skip
                changed[name] = list(new)
            continue
        if name == "custom_fields":
            old_fields = dict(ticket.custom_fields or {})
            if old_fields != new:
                for key in sorted(old_fields.keys() | new.keys()):
                    if old_fields.get(key) != new.get(key):
                        record_change(session, ticket, viewer, now, f"custom_fields.{key}",
                                old_fields.get(key), new.get(key))  # fmt: skip
                ticket.custom_fields = new
                changed[name] = new
            continue
        old = getattr(ticket, name)
        if old != new:
            setattr(ticket, name, new)
            record_change(session, ticket, viewer, now, name, old, new)
            changed[name] = new
    if not changed:
        return []
    ticket.updated_at = now
    if "responsible_id" in changed and ticket.assigned_at is None:
        ticket.assigned_at = now
    enqueue(session, "ticket", ticket.uid, "update", {"fields": jsonable(changed)})
    session.flush()
    refresh_due_times(session, [ticket.id], now)
    return list(changed)


def _normalise(session: Session, ticket: Ticket, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The changes as column values, or ValidationError naming every bad field."""
    errors: dict[str, str] = {}
    wanted: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in _EDITABLE:
            errors[name] = "this field cannot be changed here"
        elif name in _CHOICES:
            _check_choice(name, value, errors)
        elif name == "subject":
            value = _clean_subject(str(value), errors)
        elif name == "status" and value not in status_keys(session):
            errors[name] = Problem("unknown status %1", repr(value))
        elif name == "responsible_id" and value is not None and not _active_user(session, value):
            errors[name] = "unknown or inactive user"
        elif name == "due_at" and not _aware_or_none(value):
            errors[name] = "not a date and time"
        elif name == "body" and len(str(value)) > MAX_BODY:
            errors[name] = "the body is larger than 5 MB"
        elif name == "tags":
            value = _clean_tags(value, errors)
        wanted[name] = value
    if "subcategory_id" in wanted or "category_id" in wanted:
        _resolve_category(session, ticket, wanted, errors)
    if "custom_fields" in wanted:
        patch = wanted["custom_fields"]
        if not isinstance(patch, Mapping):
            errors["custom_fields"] = "expected field values by name"
        else:
            ticket_type = str(wanted.get("ticket_type", ticket.ticket_type))
            fields, field_errors = apply_custom_fields(
                ticket_type, patch, dict(ticket.custom_fields or {})
            )
            errors.update(field_errors)
            wanted["custom_fields"] = fields
    if errors:
        raise ValidationError(errors)
    return wanted


def _resolve_category(session: Session, ticket: Ticket, wanted: dict[str, Any],
                      errors: dict[str, str]) -> None:  # fmt: skip
    """Turn category_id (+ subcategory_id) into the one id the ticket stores."""
    category_id = wanted.get("category_id", _root_category_id(session, ticket.category_id))
    category = _category(session, category_id)
    if category_id is not None and category is None:
        errors["category_id"] = "unknown category"
        return
    if "subcategory_id" not in wanted:
        return
    sub_id = wanted.pop("subcategory_id")
    if sub_id is None:
        wanted["category_id"] = category_id
        return
    sub = _category(session, sub_id)
    if sub is None:
        errors["subcategory_id"] = "unknown subcategory"
    elif category is None or sub.parent_id != category.id:
        errors["subcategory_id"] = "the subcategory does not belong to the category"
    else:
        wanted["category_id"] = sub.id


def _category(session: Session, category_id: Any) -> Category | None:
    if category_id is None or isinstance(category_id, bool) or not isinstance(category_id, int):
        return None
    return session.get(Category, category_id)


def _root_category_id(session: Session, category_id: int | None) -> int | None:
    category = _category(session, category_id)
    if category is None:
        return None
    return category.parent_id if category.parent_id is not None else category.id


def _active_user(session: Session, user_id: Any) -> bool:
    if isinstance(user_id, bool) or not isinstance(user_id, int):
        return False
    user = session.get(User, user_id)
    return user is not None and user.is_active


def _aware_or_none(value: Any) -> bool:
    return value is None or (isinstance(value, datetime) and value.tzinfo is not None)


def _clean_tags(value: Any, errors: dict[str, str]) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        errors["tags"] = "expected a list of tags"
        return ()
    names = tuple(sorted(dict.fromkeys(
        " ".join(str(n).split()).lower() for n in value if str(n).strip()
    )))  # fmt: skip
    if any(len(name) > MAX_TAG for name in names):
        errors["tags"] = Problem("a tag has at most %1 characters", MAX_TAG)
    elif len(names) > MAX_TAGS:
        errors["tags"] = Problem("at most %1 tags", MAX_TAGS)
    return names


def add_comment(session: Session, viewer: Viewer, ticket_id: int, body: str, *,
                public: bool, now: datetime) -> Comment:  # fmt: skip
    ticket = visible_ticket(session, viewer, ticket_id)
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
    ticket = visible_ticket(session, viewer, ticket_id)
    if kind not in TIME_KINDS:
        raise ValidationError({"kind": Problem("one of %1", ", ".join(TIME_KINDS))})
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


def visible_ticket(session: Session, viewer: Viewer, ticket_id: int) -> Ticket:
    ticket = session.scalars(
        select(Ticket).where(Ticket.id == ticket_id, visible_tickets(viewer))
    ).first()
    if ticket is None:
        raise LookupError(Problem("ticket %1 does not exist or is not visible to you", ticket_id))
    return ticket


def status_keys(session: Session) -> set[str]:
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


def jsonable(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}


def _ticket_payload(ticket: Ticket) -> dict[str, Any]:
    fields = ("subject", "body", "ticket_type", "priority", "criticality", "channel", "status",
              "level", "subject_kind", "flag", "due_at")  # fmt: skip
    payload = jsonable({name: getattr(ticket, name) for name in fields})
    payload["tags"] = [tag.name for tag in ticket.tags]
    payload["requester_id"] = ticket.requester_id
    payload["responsible_id"] = ticket.responsible_id
    return payload
