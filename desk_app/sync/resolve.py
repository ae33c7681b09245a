"""Local rows ↔ the connector's natural keys (e-mail, username, queue name, remote ids).

The merge works on "synced values": a ticket's fields as the server knows them, with people
by e-mail and users by username, datetimes as ISO text at one-second precision (what most
helpdesks keep) and tags as a sorted list. Everything here reads or writes the caller's
session and never enqueues outbox operations: rows it creates come from the server.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.domain.billing import MAX_ESTIMATE_MINUTES, Billing, ConfirmationHow
from desk_app.domain.ticket_fields import (
    Channel,
    Criticality,
    Flag,
    Level,
    Priority,
    SubjectKind,
    TicketType,
)
from desk_app.local_store.models import (
    Category,
    Company,
    Person,
    Queue,
    StatusDefinition,
    Tag,
    Ticket,
    User,
)

# Billing (SPEC §6): warranty or consumption with who/when, the estimate, the terms of
# attention with who/when/how. Merged field by field like the others; the people travel by
# natural key (the advisor who decided by username, the customer who accepted by e-mail).
BILLING_PLAIN = ("billing", "billing_decided_at", "estimate_minutes", "terms_accepted_at",
                 "terms_accepted_how")  # fmt: skip
BILLING_KEYED = ("billing_decided_by_username", "terms_accepted_by_email")
# Fields merged three-way; their synced values are what the merge base stores.
# The body is not among them: helpdesks keep it as the immutable first message (RT cannot edit
# it), so it is taken from the server when a ticket is first cached and is otherwise local.
PLAIN_FIELDS = ("subject", "status", "priority", "criticality", "ticket_type", "channel",
                "flag", "level", "subject_kind", "pqrs_kind", "department", "due_at",
                "custom_fields", *BILLING_PLAIN)  # fmt: skip
MERGED_FIELDS = (*PLAIN_FIELDS, "tags", "queue", "category_path", "requester_email",
                 "responsible_username", *BILLING_KEYED)  # fmt: skip
DATETIME_FIELDS = frozenset({"due_at", "resolved_at", "created_at", "billing_decided_at",
                             "terms_accepted_at"})  # fmt: skip
REQUIRED = frozenset({"subject", "status", "priority", "ticket_type", "channel", "flag", "level"})
_ENUMS: dict[str, type[Any]] = {
    "ticket_type": TicketType, "channel": Channel, "priority": Priority,
    "criticality": Criticality, "subject_kind": SubjectKind, "flag": Flag, "level": Level,
}  # fmt: skip
# Local column (in outbox payloads) → the natural key the server understands.
_EMAILS = "sync.email_index"
T = TypeVar("T")
KEY_COLUMNS = {"responsible_id": "responsible_username", "requester_id": "requester_email",
               "queue_id": "queue", "closed_by_id": "closed_by_username",
               "category_id": "category_path",
               "billing_decided_by_id": "billing_decided_by_username",
               "terms_accepted_by_id": "terms_accepted_by_email"}  # fmt: skip


def memo(session: Session, name: str, load: Callable[[], T]) -> T:
    """A lookup table loaded once per session (one sync page): users, queues, tags and
    statuses are few, and a query per ticket and field made a full sync crawl."""
    cache: dict[str, Any] = session.info.setdefault("sync.memo", {})
    if name not in cache:
        cache[name] = load()
    return cast(T, cache[name])


def _ids(session: Session, key: Any, row_id: Any) -> dict[str, int]:
    return {str(name): int(found) for name, found in session.execute(select(key, row_id))}


def parse_time(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}")
    return moment.astimezone(UTC)


def canonical(name: str, value: Any) -> Any:
    """A value as the merge compares it."""
    if name in DATETIME_FIELDS:
        moment = parse_time(value)
        return None if moment is None else moment.replace(microsecond=0).isoformat()
    if name == "tags":
        return sorted({str(tag).strip().lower() for tag in value or () if str(tag).strip()})
    if name == "custom_fields":
        return json.loads(json.dumps(dict(value or {}), sort_keys=True, default=str))
    if name in ("requester_email", "terms_accepted_by_email"):
        return None if not value else str(value).strip().lower()
    if name == "category_path":
        return [str(part) for part in value] if value else None
    if name in ("subject", "body", "department", "pqrs_kind") and value is not None:
        return str(value)
    if name == "estimate_minutes" and isinstance(value, str):
        return int(value) if value.strip().isdigit() else value  # the caller refuses a non-number
    return value


def synced_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The merged fields among `fields` (remote or pushed), in canonical form."""
    return {name: canonical(name, fields[name]) for name in MERGED_FIELDS if name in fields}


def local_values(session: Session, ticket: Ticket) -> dict[str, Any]:
    values = {name: canonical(name, getattr(ticket, name)) for name in PLAIN_FIELDS}
    values["tags"] = canonical("tags", [tag.name for tag in ticket.tags])
    values["queue"] = _queue_name(session, ticket.queue_id)
    values["category_path"] = category_path(session, ticket.category_id)
    values["requester_email"] = requester_email(session, ticket.requester_id)
    values["responsible_username"] = username(session, ticket.responsible_id)
    values["billing_decided_by_username"] = username(session, ticket.billing_decided_by_id)
    values["terms_accepted_by_email"] = requester_email(session, ticket.terms_accepted_by_id)
    return values


def acceptable(session: Session, name: str, value: Any) -> bool:
    """Whether a pulled value fits the local column (unknown statuses or choices do not)."""
    if value is None:
        return name not in REQUIRED
    if name == "status":
        keys = memo(session, "statuses", lambda: set(session.scalars(select(StatusDefinition.key))))
        return value in keys
    if name in _ENUMS:
        try:
            _ENUMS[name](value)
        except ValueError:
            return False
    if name == "custom_fields":
        return isinstance(value, dict)
    if name == "billing":
        return value in tuple(Billing)
    if name == "terms_accepted_how":
        return value in tuple(ConfirmationHow)
    if name == "estimate_minutes":
        return type(value) is int and 0 < value <= MAX_ESTIMATE_MINUTES
    return True


def username(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    return None if user is None else user.username


def requester_email(session: Session, person_id: int | None) -> str | None:
    person = None if person_id is None else session.get(Person, person_id)
    if person is None or not person.emails:
        return None
    return str(person.emails[0]).strip().lower()


def requester_name(session: Session, person_id: int | None) -> str | None:
    person = None if person_id is None else session.get(Person, person_id)
    return None if person is None else person.full_name


def _queue_name(session: Session, queue_id: int | None) -> str | None:
    queue = None if queue_id is None else session.get(Queue, queue_id)
    return None if queue is None else queue.name


def key_value(session: Session, column: str, value: Any) -> Any:
    """An outbox payload's local id as the natural key the server understands."""
    if value is None:
        return None
    if column in ("responsible_id", "closed_by_id", "billing_decided_by_id"):
        return username(session, value)
    if column in ("requester_id", "terms_accepted_by_id"):
        return requester_email(session, value)
    if column == "queue_id":
        return _queue_name(session, value)
    if column == "category_id":
        return category_path(session, value)
    return value


def contract_fields(session: Session, payload: Mapping[str, Any], remote_id: str | None
                    ) -> dict[str, Any]:  # fmt: skip
    """A contract operation's payload with the company by name and the person who accepted
    the terms by e-mail (contract_writes.contract_payload holds their uids)."""
    fields = {k: v for k, v in payload.items()
              if k not in ("company_uid", "terms_accepted_by_uid")}  # fmt: skip
    company_uid, person_uid = payload.get("company_uid"), payload.get("terms_accepted_by_uid")
    company = session.scalars(select(Company).where(Company.uid == company_uid)).first()
    person = session.scalars(select(Person).where(Person.uid == person_uid)).first()
    fields["company_name"] = None if company is None else company.name
    fields["terms_accepted_by_email"] = (
        None if person is None else requester_email(session, person.id)
    )
    fields["remote_id"] = remote_id
    return fields


def category_path(session: Session, category_id: int | None) -> list[str] | None:
    """Category names from the root down, or None."""
    names: list[str] = []
    seen: set[int] = set()
    while category_id is not None and category_id not in seen:
        seen.add(category_id)
        category = session.get(Category, category_id)
        if category is None:
            break
        names.insert(0, category.name)
        category_id = category.parent_id
    return names or None


# -- natural key → local row, created when the server knows somebody the cache does not -------


def user_id_for(session: Session, name: str | None, full_name: str | None = None) -> int | None:
    if not name:
        return None
    ids = memo(
        session,
        "users",
        lambda: _ids(session, User.username, User.id),
    )
    if name in ids:
        return ids[name]
    # Somebody the server knows and this workspace does not: a colleague, never signed in
    # here; reference data fills in the name and e-mail on its next run.
    user = User(username=name, full_name=full_name or name, role="advisor", is_active=True)
    session.add(user)
    session.flush()
    ids[name] = user.id
    return user.id


def person_id_for(session: Session, email: str | None, full_name: str | None) -> int | None:
    if not email:
        return None
    wanted = email.strip().lower()
    index = _email_index(session)
    if wanted not in index:
        person = Person(full_name=(full_name or "").strip() or email.strip(),
                        emails=[email.strip()])  # fmt: skip
        session.add(person)
        session.flush()
        index[wanted] = person.id
    return index[wanted]


def _email_index(session: Session) -> dict[str, int]:
    """E-mail → person id, read once per session: a page of tickets names many requesters,
    and scanning every person's address list per ticket would make a full sync quadratic."""
    index: dict[str, int] | None = session.info.get(_EMAILS)
    if index is None:
        index = {}
        rows = session.execute(
            text("SELECT p.id, lower(e.value) FROM people p, json_each(p.emails) e "
                 "WHERE json_valid(p.emails) ORDER BY p.id DESC")
        )  # fmt: skip
        for person_id, address in rows:
            index[str(address)] = int(person_id)  # the oldest holder wins (ORDER BY id DESC)
        session.info[_EMAILS] = index
    return index


def queue_id_for(session: Session, name: str | None, level: str = "L1") -> int | None:
    if not name:
        return None
    ids = memo(
        session,
        "queues",
        lambda: _ids(session, Queue.name, Queue.id),
    )
    if name not in ids:
        queue = Queue(name=name, level=level if level in Level.__members__.values() else "L1")
        session.add(queue)
        session.flush()
        ids[name] = queue.id
    return ids[name]


def category_for(session: Session, path: list[str] | None) -> Category | None:
    parent: Category | None = None
    for name in path or ():
        query = select(Category).where(
            Category.name == name,
            Category.parent_id.is_(None) if parent is None else Category.parent_id == parent.id,
        )
        found = session.scalars(query).first()
        if found is None:
            found = Category(name=name, parent_id=None if parent is None else parent.id)
            session.add(found)
            session.flush()
        parent = found
    return parent


def tags_for(session: Session, names: list[str]) -> list[Tag]:
    known = memo(session, "tags", lambda: {t.name: t for t in session.scalars(select(Tag))})
    tags = []
    for name in names:
        if name not in known:
            known[name] = Tag(name=name)
            session.add(known[name])
            session.flush()
        tags.append(known[name])
    return tags


def set_synced(session: Session, ticket: Ticket, name: str, value: Any,
               requester_full_name: str | None = None) -> None:  # fmt: skip
    """Write one synced value into the ticket's columns (no history, no outbox)."""
    if name == "tags":
        ticket.tags = tags_for(session, list(value or ()))
    elif name == "queue":
        ticket.queue_id = queue_id_for(session, value, ticket.level)
    elif name == "category_path":
        category = category_for(session, value)
        ticket.category_id = None if category is None else category.id
    elif name == "requester_email":
        ticket.requester_id = person_id_for(session, value, requester_full_name)
    elif name == "responsible_username":
        ticket.responsible_id = user_id_for(session, value)
    elif name == "billing_decided_by_username":
        ticket.billing_decided_by_id = user_id_for(session, value)
    elif name == "terms_accepted_by_email":
        ticket.terms_accepted_by_id = person_id_for(session, value, None)
    elif name in DATETIME_FIELDS:
        setattr(ticket, name, parse_time(value))
    else:
        setattr(ticket, name, value)


def history_name(name: str) -> str:
    """The history row's field name for a synced field (as local changes name it)."""
    return {"responsible_username": "responsible", "requester_email": "requester"}.get(name, name)
