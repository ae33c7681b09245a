"""Creating a ticket the standard way (SPEC §2, seed 002 slide 11): what the form offers, and
the one transaction that writes it.

A new requester typed inline is created in the same transaction as the ticket, so a ticket
refused for any reason leaves no orphan person or organization behind. Errors come back as one
PeopleValidationError covering every field at once; the requester's own fields are prefixed
with "requester." ("requester.organization"), so the form can put each message next to its
field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.roles import Role
from desk_app.local_store.engine import Store
from desk_app.local_store.models import Category, Tag, User
from desk_app.local_store.people_writes import (
    PHONE_REGIONS,
    Existing,
    NewPerson,
    PeopleValidationError,
    create_person,
)
from desk_app.local_store.ticket_writes import NewTicket, ValidationError, create_ticket
from desk_app.local_store.visibility import Viewer
from desk_app.services.tickets import Clock, utc_now

REQUESTER_PREFIX = "requester."


@dataclass(frozen=True, slots=True)
class CategoryChoice:
    id: int
    name: str
    children: tuple[tuple[int, str], ...]


@dataclass(frozen=True, slots=True)
class FormChoices:
    advisors: tuple[tuple[int, str], ...]  # active advisors, the viewer first when one
    categories: tuple[CategoryChoice, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Prefill:
    """What the caller already knows, e.g. from an answered call: channel "phone", the
    matched requester, or an unknown caller's number for a new requester."""

    requester_id: int | None = None
    channel: str | None = None
    subject: str = ""
    phone: str = ""
    body: str = ""  # e.g. the notes taken during the call


@dataclass(frozen=True)
class TicketDraft:
    subject: str
    body: str
    ticket_type: str
    channel: str
    requester_id: int | None = None
    new_requester: NewPerson | None = None  # used instead of requester_id when given
    responsible_id: int | None = None
    priority: str | None = None
    tags: tuple[str, ...] = ()
    due_at: datetime | None = None
    category_id: int | None = None
    subject_kind: str | None = None
    custom_fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Created:
    ticket_id: int
    requester_id: int
    new_requester: bool


class NewTicketService:
    def __init__(self, store: Store, viewer: Viewer, *, default_region: str = PHONE_REGIONS[0],
                 clock: Clock = utc_now) -> None:  # fmt: skip
        self.store = store
        self.viewer = viewer
        self.default_region = default_region
        self.clock = clock

    def choices(self, session: Session) -> FormChoices:
        advisors = [
            (user_id, name)
            for user_id, name in session.execute(
                select(User.id, User.full_name)
                .where(User.is_active.is_(True), User.role == Role.ADVISOR.value)
                .order_by(User.full_name)
            )
        ]
        advisors.sort(key=lambda a: a[0] != self.viewer.user_id)  # stable: the viewer first
        rows = session.execute(
            select(Category.id, Category.name, Category.parent_id).order_by(Category.name)
        ).all()
        children: dict[int, list[tuple[int, str]]] = {}
        for cat_id, name, parent in rows:
            if parent is not None:
                children.setdefault(parent, []).append((cat_id, name))
        categories = tuple(
            CategoryChoice(cat_id, name, tuple(children.get(cat_id, ())))
            for cat_id, name, parent in rows
            if parent is None
        )
        tags = tuple(session.scalars(select(Tag.name).order_by(Tag.name)))
        return FormChoices(tuple(advisors), categories, tags)

    def create(self, draft: TicketDraft) -> Created:
        """Write the ticket (and its new requester) in one transaction.

        Raises PeopleValidationError with every field's error when anything is refused; then
        nothing is written.
        """
        with self.store.transaction() as session:
            now = self.clock()
            errors: dict[str, str] = {}
            existing: dict[str, Existing] = {}
            requester_id = draft.requester_id
            if draft.new_requester is not None:
                try:
                    person = create_person(session, draft.new_requester, now,
                                           self.default_region)  # fmt: skip
                    requester_id = person.id
                except PeopleValidationError as exc:
                    requester_id = None
                    errors.update({REQUESTER_PREFIX + k: v for k, v in exc.errors.items()})
                    existing.update({REQUESTER_PREFIX + k: v for k, v in exc.existing.items()})
            if draft.due_at is not None and draft.due_at <= now:
                errors["due_at"] = "the due date has already passed"
            ticket = NewTicket(
                subject=draft.subject, body=draft.body, requester_id=requester_id,
                ticket_type=draft.ticket_type, channel=draft.channel,
                responsible_id=draft.responsible_id, priority=draft.priority, tags=draft.tags,
                due_at=draft.due_at, category_id=draft.category_id,
                subject_kind=draft.subject_kind, custom_fields=dict(draft.custom_fields),
            )  # fmt: skip
            try:
                # Also run when the requester was refused: it validates before it writes, and
                # the user sees every field's problem at once.
                created = create_ticket(session, self.viewer, ticket, now)
            except ValidationError as exc:
                ticket_errors = dict(exc.errors)
                if draft.new_requester is not None:
                    ticket_errors.pop("requester_id", None)  # said in the requester's fields
                errors.update(ticket_errors)
            if errors:
                # Raised inside the transaction: a person created above is rolled back.
                raise PeopleValidationError(errors, existing)
            assert requester_id is not None
            return Created(created.id, requester_id, draft.new_requester is not None)
