"""Ticket actions as the UI calls them on the DB worker: each one is one transaction that
writes the change, its history and its outbox operation (local_store.ticket_writes and
ticket_actions_store), and returns what changed so views refresh only what is stale.

The board's drag and drop and the detail pane's status menu call the same `change_status`, so
the same rules apply whichever way a user moves a ticket (closing included: only the
responsible, see ticket_actions_store). Reads a form needs (`edit_state`, `close_check`) take
the caller's Session, like TicketService.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.local_store import ticket_actions_store as acts
from desk_app.local_store.engine import Store
from desk_app.local_store.follow_ups import (
    FollowUpView,
    complete_follow_up,
    create_follow_up,
    follow_ups_for,
)
from desk_app.local_store.models import Category, Queue, StatusDefinition, Tag, Ticket, User
from desk_app.local_store.ticket_actions_store import CloseCheck
from desk_app.local_store.ticket_writes import ValidationError, add_comment, change_ticket, log_time
from desk_app.local_store.visibility import Viewer, visible_tickets
from desk_app.services.tickets import Clock, utc_now

__all__ = ["Changed", "CloseCheck", "TicketActions", "TicketEditState", "ValidationError"]


@dataclass(frozen=True)
class Changed:
    """What an action changed: the ticket, the names of its fields, and other tickets it
    touched (a merge changes the survivor too)."""

    ticket_id: int
    fields: tuple[str, ...]
    related: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusChoice:
    key: str
    name: str
    stage: str


@dataclass(frozen=True, slots=True)
class CategoryChoice:
    id: int
    name: str
    parent_id: int | None


@dataclass(frozen=True, slots=True)
class UserChoice:
    id: int
    full_name: str
    role: str
    level: str


@dataclass(frozen=True, slots=True)
class LinkedTicket:
    id: int
    subject: str


@dataclass(frozen=True, slots=True)
class TicketEditState:
    """A ticket's editable values as ids and keys, and what each field may become."""

    ticket_id: int
    status: str
    is_done: bool
    responsible_id: int | None
    category_id: int | None  # the top-level category
    subcategory_id: int | None
    level: str
    queue: str | None
    closed_by: str | None
    resolved_at: datetime | None
    merged_into: LinkedTicket | None
    merged_from: tuple[LinkedTicket, ...]
    follow_ups: tuple[FollowUpView, ...]
    statuses: tuple[StatusChoice, ...]
    categories: tuple[CategoryChoice, ...]
    users: tuple[UserChoice, ...]  # active users: who may become the responsible
    queues: dict[int, str]
    known_tags: tuple[str, ...]

    def category_path(self, category_id: int | None) -> str | None:
        by_id = {c.id: c for c in self.categories}
        category = by_id.get(category_id) if category_id is not None else None
        if category is None:
            return None
        parent = by_id.get(category.parent_id) if category.parent_id is not None else None
        return f"{parent.name} › {category.name}" if parent else category.name


class TicketActions:
    def __init__(self, store: Store, viewer: Viewer, clock: Clock = utc_now) -> None:
        self.store = store
        self.viewer = viewer
        self.clock = clock

    def _write(self, ticket_id: int, write: Callable[[Session, datetime], list[str]],
               related: tuple[int, ...] = ()) -> Changed:  # fmt: skip
        with self.store.transaction() as session:
            fields = write(session, self.clock())
        return Changed(ticket_id, tuple(fields), related)

    # -- actions ----------------------------------------------------------------------------

    def change_status(self, ticket_id: int, status: str, *, reason: str | None = None) -> Changed:
        """Move a ticket to `status`; raises ValidationError (nothing written) if not allowed.
        Into a DONE status it is a close (the responsible, or a leader with a reason)."""
        return self._write(ticket_id, lambda s, now: acts.set_status(
            s, self.viewer, ticket_id, status, now, reason=reason))  # fmt: skip

    def update(self, ticket_id: int, changes: Mapping[str, Any]) -> Changed:
        """Edit fields (type, subject kind, category/subcategory, priority, criticality, channel,
        flag, tags, due date, custom fields...). Status and responsible have their own rules:
        use change_status and assign."""
        refused = {"status", "responsible_id", "level"} & changes.keys()
        if refused:
            raise ValidationError({name: "this field has its own action" for name in refused})
        return self._write(ticket_id, lambda s, now: change_ticket(
            s, self.viewer, ticket_id, changes, now))  # fmt: skip

    def assign(self, ticket_id: int, user_id: int | None) -> Changed:
        return self._write(ticket_id, lambda s, now: acts.assign(
            s, self.viewer, ticket_id, user_id, now))  # fmt: skip

    def take(self, ticket_id: int) -> Changed:
        return self._write(ticket_id, lambda s, now: acts.take(s, self.viewer, ticket_id, now))

    def dispatch(self, ticket_id: int, user_id: int, note: str = "") -> Changed:
        return self._write(ticket_id, lambda s, now: acts.dispatch(
            s, self.viewer, ticket_id, user_id, note, now))  # fmt: skip

    def escalate(self, ticket_id: int, reason: str) -> Changed:
        return self._write(ticket_id, lambda s, now: acts.escalate(
            s, self.viewer, ticket_id, reason, now))  # fmt: skip

    def merge(self, ticket_id: int, into_id: int) -> Changed:
        """Merge `ticket_id` (the duplicate) into `into_id`."""
        return self._write(ticket_id, lambda s, now: acts.merge(
            s, self.viewer, ticket_id, into_id, now), related=(into_id,))  # fmt: skip

    def close(self, ticket_id: int, reason: str | None = None) -> Changed:
        return self._write(ticket_id, lambda s, now: acts.close(
            s, self.viewer, ticket_id, now, reason=reason))  # fmt: skip

    def reply(self, ticket_id: int, body: str, *, public: bool) -> Changed:
        """A public reply to the requester, or an internal note for the team."""

        def write(session: Session, now: datetime) -> list[str]:
            add_comment(session, self.viewer, ticket_id, body, public=public, now=now)
            return ["comments"]

        return self._write(ticket_id, write)

    def log_time(self, ticket_id: int, kind: str, minutes: int, note: str = "") -> Changed:
        def write(session: Session, now: datetime) -> list[str]:
            log_time(session, self.viewer, ticket_id, kind, minutes, now, note)
            return ["time"]

        return self._write(ticket_id, write)

    def add_follow_up(self, ticket_id: int, remind_at: datetime, note: str = "") -> Changed:
        def write(session: Session, now: datetime) -> list[str]:
            create_follow_up(session, self.viewer, ticket_id, remind_at, note, now)
            return ["follow_ups"]

        return self._write(ticket_id, write)

    def complete_follow_up(self, follow_up_id: int) -> Changed:
        with self.store.transaction() as session:
            done = complete_follow_up(session, self.viewer, follow_up_id, self.clock())
            ticket_id = done.ticket_id
        return Changed(ticket_id, ("follow_ups",))

    # -- reads ------------------------------------------------------------------------------

    def close_check(self, session: Session, ticket_id: int) -> CloseCheck:
        return acts.close_check(session, self.viewer, ticket_id)

    def edit_state(self, session: Session, ticket_id: int) -> TicketEditState | None:
        ticket = session.scalars(
            select(Ticket).where(Ticket.id == ticket_id, visible_tickets(self.viewer))
        ).first()
        if ticket is None:
            return None
        categories = tuple(
            CategoryChoice(c.id, c.name, c.parent_id)
            for c in session.scalars(select(Category).order_by(Category.name, Category.id))
        )
        parent_of = {c.id: c.parent_id for c in categories}
        category_id: int | None = ticket.category_id
        subcategory_id: int | None = None
        if category_id is not None and parent_of.get(category_id) is not None:
            category_id, subcategory_id = parent_of[category_id], ticket.category_id
        statuses = tuple(
            StatusChoice(s.key, s.name, s.stage)
            for s in session.scalars(
                select(StatusDefinition).order_by(StatusDefinition.position, StatusDefinition.key)
            )
        )
        users = tuple(
            UserChoice(u.id, u.full_name, u.role, u.level)
            for u in session.scalars(
                select(User).where(User.is_active.is_(True)).order_by(User.full_name)
            )
        )
        names = {u.id: u.full_name for u in session.scalars(select(User))}
        queues = {q.id: q.name for q in session.scalars(select(Queue))}
        merged_into = None
        if ticket.merged_into_id is not None:
            target = session.get(Ticket, ticket.merged_into_id)
            if target is not None:
                merged_into = LinkedTicket(target.id, target.subject)
        merged_from = tuple(
            LinkedTicket(i, subject)
            for i, subject in session.execute(
                select(Ticket.id, Ticket.subject)
                .where(Ticket.merged_into_id == ticket.id).order_by(Ticket.id)
            )
        )  # fmt: skip
        stage = next((s.stage for s in statuses if s.key == ticket.status), "")
        return TicketEditState(
            ticket_id=ticket.id, status=ticket.status, is_done=stage == st.Stage.DONE,
            responsible_id=ticket.responsible_id, category_id=category_id,
            subcategory_id=subcategory_id, level=ticket.level,
            queue=queues.get(ticket.queue_id) if ticket.queue_id is not None else None,
            closed_by=names.get(ticket.closed_by_id) if ticket.closed_by_id else None,
            resolved_at=ticket.resolved_at, merged_into=merged_into, merged_from=merged_from,
            follow_ups=follow_ups_for(session, ticket.id), statuses=statuses,
            categories=categories, users=users, queues=queues,
            known_tags=tuple(session.scalars(select(Tag.name).order_by(Tag.name))),
        )  # fmt: skip
