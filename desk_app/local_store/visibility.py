"""Who may see which ticket (SPEC §1, seed 003), as SQL, so no query can forget it.

An advisor sees tickets assigned to them, tickets they created, and those of their network
(requesters whose company is one of the partners the advisor serves). A leader sees what any
member of their team would see. An admin sees everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, literal_column, or_, select, true
from sqlalchemy.orm import Session

from desk_app.domain.roles import Role
from desk_app.local_store.models import Person, Ticket, User, WorkspaceMeta, user_network

CURRENT_USER_KEY = "current_username"


@dataclass(frozen=True, slots=True)
class Viewer:
    user_id: int
    username: str
    full_name: str
    role: Role
    team_id: int | None


class UnknownUserError(LookupError):
    pass


def viewer_for(session: Session, username: str) -> Viewer:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None or not user.is_active:
        raise UnknownUserError(f"no active user named {username!r} in this workspace")
    return Viewer(user.id, user.username, user.full_name, Role(user.role), user.team_id)


def current_viewer(session: Session) -> Viewer | None:
    """The workspace's signed-in user, or None for a workspace nobody has signed in to yet."""
    meta = session.get(WorkspaceMeta, CURRENT_USER_KEY)
    if meta is None:
        return None
    try:
        return viewer_for(session, meta.value)
    except UnknownUserError:
        return None


def _member_ids(viewer: Viewer) -> Select[int]:
    if viewer.role is Role.LEADER and viewer.team_id is not None:
        return select(User.id).where(User.team_id == viewer.team_id)
    return select(User.id).where(User.id == viewer.user_id)


def unindexed(column: Any) -> Any:
    """A Ticket column written `+tickets.column`: the same value, but SQLite will not look it
    up through an index of its own."""
    return literal_column(f"+{Ticket.__tablename__}.{column.key}", column.type)


def visible_tickets(viewer: Viewer) -> ColumnElement[bool]:
    """A WHERE clause over Ticket limiting rows to what `viewer` may see.

    Its three columns are `unindexed`: as one OR over their indexes, SQLite collected every
    visible ticket first (a leader sees ~97 % of them) and then read and sorted them all,
    ~350 ms on 100,000 tickets. Checked ticket by ticket instead, the list walks its sort
    index and stops after a page (the ids of the team and of the network are looked up once).
    """
    if viewer.role is Role.ADMIN:
        return true()
    members = _member_ids(viewer)
    network_people = (
        select(Person.id)
        .join(user_network, user_network.c.company_id == Person.company_id)
        .where(user_network.c.user_id.in_(members))
    )
    return or_(
        unindexed(Ticket.responsible_id).in_(members),
        unindexed(Ticket.created_by_id).in_(members),
        unindexed(Ticket.requester_id).in_(network_people),
    )
