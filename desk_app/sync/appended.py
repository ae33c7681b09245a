"""Comments and time entries from the server: append-only, de-duplicated by remote id.

One we pushed ourselves is recognised by its idempotency key even when the crash came before
we recorded its remote id, so it is linked instead of inserted twice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.local_store.models import (
    Call,
    Comment,
    HourConfirmation,
    OutboxOp,
    Ticket,
    TimeEntry,
)
from desk_app.sync.connector import RemoteComment, RemoteTimeEntry
from desk_app.sync.resolve import user_id_for

log = logging.getLogger(__name__)
Row = TypeVar("Row", Ticket, Comment, TimeEntry, Call, HourConfirmation)
MAX_MINUTES = 24 * 60


def by_idempotency_key(session: Session, model: type[Row], entity: str, key: str) -> Row | None:
    """The row whose uid is `key`, or whose create operation had `key` as idempotency key."""
    row = session.scalars(select(model).where(model.uid == key)).first()
    if row is not None:
        return row
    uid = session.scalar(
        select(OutboxOp.entity_uid).where(OutboxOp.idempotency_key == key,
                                          OutboxOp.entity == entity, OutboxOp.op == "create")
    )  # fmt: skip
    if uid is None:
        return None
    return session.scalars(select(model).where(model.uid == uid)).first()


def _known(session: Session, model: type[Comment] | type[TimeEntry], ids: list[str]) -> set[str]:
    if not ids:
        return set()
    found = session.scalars(select(model.remote_id).where(model.remote_id.in_(ids)))
    return {remote_id for remote_id in found if remote_id is not None}


def apply_comments(session: Session, ticket: Ticket, comments: Sequence[RemoteComment]) -> None:
    # Known anywhere, not only on this ticket: a server-side merge moves the duplicate's
    # comments to the survivor, while the cache keeps them where they were written.
    known = _known(session, Comment, [c.remote_id for c in comments])
    for remote in comments:
        if remote.remote_id in known:
            continue
        known.add(remote.remote_id)
        if _link(session, Comment, "comment", remote.idempotency_key, remote.remote_id):
            continue
        author = user_id_for(session, remote.author_username, remote.author_name)
        session.add(Comment(
            ticket_id=ticket.id, remote_id=remote.remote_id, author_id=author,
            author_name=remote.author_name if author is None else None,
            is_public=remote.is_public, body=remote.body, created_at=remote.created_at,
        ))  # fmt: skip
        if (
            remote.is_public
            and author is not None
            and (ticket.first_response_at is None or remote.created_at < ticket.first_response_at)
        ):
            ticket.first_response_at = remote.created_at


def apply_time_entries(session: Session, ticket: Ticket,
                       entries: Sequence[RemoteTimeEntry]) -> None:  # fmt: skip
    known = _known(session, TimeEntry, [e.remote_id for e in entries])
    for remote in entries:
        if remote.remote_id in known:
            continue
        known.add(remote.remote_id)
        if _link(session, TimeEntry, "time_entry", remote.idempotency_key, remote.remote_id):
            continue
        if not 0 < remote.minutes <= MAX_MINUTES:
            # A correction (negative) or a day-long lump the local model refuses: the server
            # keeps it; the cache's billing would be wrong either way, so say so in the log.
            log.warning("time entry %s of %s minutes not cached", remote.remote_id, remote.minutes)
            continue
        session.add(TimeEntry(
            ticket_id=ticket.id, remote_id=remote.remote_id,
            user_id=user_id_for(session, remote.username), kind=remote.kind,
            minutes=remote.minutes, created_at=remote.created_at, started_at=remote.started_at,
            note=remote.note or "",
        ))  # fmt: skip


def _link(session: Session, model: type[Comment] | type[TimeEntry], entity: str,
          key: str | None, remote_id: str) -> bool:  # fmt: skip
    if not key:
        return False
    row: Any = by_idempotency_key(session, model, entity, key)
    if row is None:
        return False
    if row.remote_id is None:
        row.remote_id = remote_id
    return True
