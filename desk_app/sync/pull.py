"""Pulled tickets into the cache: match, three-way merge, conflicts, deletions and merges.

Everything here runs in the caller's transaction (one per page, committed with the page's
cursor). History rows for the server's changes carry `from_sync=True` and no outbox
operation is written: what came from the server is not pushed back.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.domain.ticket_fields import TicketType, default_priority
from desk_app.local_store.models import (
    OutboxOp,
    SyncConflict,
    Ticket,
    TicketHistory,
    TicketSync,
)
from desk_app.local_store.ticket_actions_store import stages
from desk_app.local_store.ticket_writes import HISTORY_NAMES
from desk_app.sync import billing, resolve
from desk_app.sync.appended import apply_comments, apply_time_entries, by_idempotency_key
from desk_app.sync.connector import RemoteTicket
from desk_app.sync.merge import merge_fields

log = logging.getLogger(__name__)
_PAGE = "sync.page_tickets"
MERGED_INTO_KEY = "merged_into_remote_id"  # in the base, while the survivor is not cached yet
SUPERSEDED = "superseded: the server's value won (see the conflicts list)"
# Synced field → the ticket column whose value the history row records (as local writes do).
_COLUMNS = {"responsible_username": "responsible_id", "requester_email": "requester_id",
            "queue": "queue_id", "category_path": "category_id",
            "billing_decided_by_username": "billing_decided_by_id",
            "terms_accepted_by_email": "terms_accepted_by_id"}  # fmt: skip


@dataclass
class PullOutcome:
    applied: int = 0
    conflicts: int = 0
    touched: set[int] = field(default_factory=set)  # ticket ids whose SLA cache needs a refresh


def apply_ticket(session: Session, remote: RemoteTicket, now: datetime, out: PullOutcome) -> None:
    ticket = _find(session, remote)
    if remote.deleted:
        if ticket is not None:
            _delete(session, ticket, now)
            _note(session, remote.remote_id, None)
        out.applied += 1
        return
    if remote.merged_into_remote_id is not None and (ticket is None or not remote.fields):
        # A merge notice (possibly fields-less): only a cached ticket has anything to close;
        # the survivor is linked by link_merged once both are cached.
        if ticket is not None:
            state = session.get(TicketSync, ticket.id) or TicketSync(ticket_id=ticket.id, base={})
            session.add(state)
            state.base = {**state.base, MERGED_INTO_KEY: remote.merged_into_remote_id}
        out.applied += 1
        return
    values = {
        name: value
        for name, value in resolve.synced_values(remote.fields).items()
        if resolve.acceptable(session, name, value)
    }
    requester_name = remote.fields.get("requester_name")
    if ticket is None:
        ticket = _create(session, remote, values, requester_name)
        _note(session, remote.remote_id, ticket)
        state = TicketSync(ticket_id=ticket.id, base=values)
        session.add(state)
    else:
        state = session.get(TicketSync, ticket.id) or TicketSync(ticket_id=ticket.id, base={})
        if state.remote_updated_at is not None and remote.updated_at < state.remote_updated_at:
            return  # an older version (overlap window): what we have is newer
        session.add(state)
        out.conflicts += _merge(session, ticket, state, values, remote, requester_name)
    state.remote_updated_at = remote.updated_at
    if remote.merged_into_remote_id is not None:
        state.base = {**state.base, MERGED_INTO_KEY: remote.merged_into_remote_id}
    apply_comments(session, ticket, remote.comments)
    apply_time_entries(session, ticket, remote.time_entries)
    billing.apply_hour_confirmations(session, ticket, remote.hour_confirmations)
    if ticket.updated_at < remote.updated_at:
        ticket.updated_at = remote.updated_at
    out.applied += 1
    out.touched.add(ticket.id)


def link_merged(session: Session, now: datetime) -> list[int]:
    """Point merged tickets at their survivors once both are cached; returns ids changed."""
    rows = session.execute(
        select(TicketSync, Ticket)
        .join(Ticket, Ticket.id == TicketSync.ticket_id)
        .where(func.json_extract(TicketSync.base, f"$.{MERGED_INTO_KEY}").is_not(None),
               Ticket.merged_into_id.is_(None))
    ).all()  # fmt: skip
    changed = []
    for state, ticket in rows:
        survivor = session.scalars(
            select(Ticket).where(Ticket.remote_id == state.base[MERGED_INTO_KEY])
        ).first()
        if survivor is None or survivor.id == ticket.id:
            continue
        at = state.remote_updated_at or now
        _history(session, ticket, at, "merged_into_id", None, survivor.id)
        ticket.merged_into_id = survivor.id
        if _stages(session).get(ticket.status) != st.Stage.DONE:
            _history(session, ticket, at, "status", ticket.status, st.CLOSED)
            ticket.status = st.CLOSED
            ticket.resolved_at = ticket.resolved_at or at
        changed.append(ticket.id)
    return changed


def prefetch(session: Session, remotes: Sequence[RemoteTicket]) -> None:
    """Load a page's cached tickets with one query instead of one per ticket."""
    ids = {remote.remote_id for remote in remotes}
    found = session.scalars(select(Ticket).where(Ticket.remote_id.in_(ids)))
    session.info[_PAGE] = (ids, {ticket.remote_id: ticket for ticket in found})


def _cached(session: Session, remote_id: str) -> Ticket | None:
    page: tuple[set[str], dict[str | None, Ticket]] | None = session.info.get(_PAGE)
    if page is not None and remote_id in page[0]:
        return page[1].get(remote_id)
    return session.scalars(select(Ticket).where(Ticket.remote_id == remote_id)).first()


def _note(session: Session, remote_id: str, ticket: Ticket | None) -> None:
    page: tuple[set[str], dict[str | None, Ticket]] | None = session.info.get(_PAGE)
    if page is not None and remote_id in page[0]:
        if ticket is None:
            page[1].pop(remote_id, None)
        else:
            page[1][remote_id] = ticket


def _find(session: Session, remote: RemoteTicket) -> Ticket | None:
    ticket = _cached(session, remote.remote_id)
    if ticket is None and remote.idempotency_key:
        # Pushed by us, but the crash came before we recorded its remote id.
        ticket = by_idempotency_key(session, Ticket, "ticket", remote.idempotency_key)
        if ticket is not None and ticket.remote_id is None:
            ticket.remote_id = remote.remote_id
            _note(session, remote.remote_id, ticket)
        elif ticket is not None:
            ticket = None  # the key names a ticket already linked to another remote one
    return ticket


def _create(session: Session, remote: RemoteTicket, values: dict[str, Any],
            requester_name: Any) -> Ticket:  # fmt: skip
    created = resolve.parse_time(remote.fields.get("created_at")) or remote.updated_at
    ticket_type = values.get("ticket_type") or TicketType.TASK.value
    ticket = Ticket(
        remote_id=remote.remote_id, subject=values.get("subject") or "(no subject)",
        body=str(remote.fields.get("body") or ""), ticket_type=ticket_type,
        priority=default_priority(TicketType(ticket_type)).value, channel="email",
        status=st.OPEN, flag="none", level="L1", custom_fields={}, created_at=created,
        updated_at=remote.updated_at,
    )  # fmt: skip
    session.add(ticket)
    for name in ("level", *resolve.MERGED_FIELDS):  # the level first: a new queue takes it
        if name in values:
            resolve.set_synced(session, ticket, name, values[name], _text(requester_name))
    session.flush()
    _history(session, ticket, created, "status", None, st.OPEN)
    if ticket.status != st.OPEN:
        _history(session, ticket, remote.updated_at, "status", st.OPEN, ticket.status)
    if ticket.responsible_id is not None:
        ticket.assigned_at = created
    if _stages(session).get(ticket.status) == st.Stage.DONE:
        ticket.resolved_at = remote.updated_at
    return ticket


def _merge(session: Session, ticket: Ticket, state: TicketSync, values: dict[str, Any],
           remote: RemoteTicket, requester_name: Any) -> int:  # fmt: skip
    ops = _unsent_ticket_ops(session, ticket.uid)
    result = merge_fields(state.base or None, resolve.local_values(session, ticket), values,
                          _pending_fields(ops))  # fmt: skip
    was_done = _stages(session).get(ticket.status) == st.Stage.DONE
    terms = set(billing.TERMS_FIELDS) & set(result.take_remote)
    terms_before = billing.terms_text(session, ticket) if terms else None
    for name, value in result.take_remote.items():
        column = _COLUMNS.get(name, name)
        old = _column_value(ticket, column)
        resolve.set_synced(session, ticket, name, value, _text(requester_name))
        if name not in billing.QUIET_FIELDS:
            _history(session, ticket, remote.updated_at, billing.HISTORY_NAMES.get(name, column),
                     old, _column_value(ticket, column))  # fmt: skip
    if terms:
        billing.terms_history(session, ticket, remote.updated_at, terms_before)
    if "status" in result.take_remote:
        done = _stages(session).get(ticket.status) == st.Stage.DONE
        if done and not was_done:
            ticket.resolved_at = remote.updated_at
        elif was_done and not done:
            ticket.resolved_at = None
            ticket.closed_by_id = None
    if "responsible_username" in result.take_remote and ticket.responsible_id is not None:
        ticket.assigned_at = ticket.assigned_at or remote.updated_at
    conflicts = [c for c in result.conflicts if c.field not in billing.UNCONTESTED]
    for conflict in conflicts:
        _record_conflict(session, ticket.id, conflict.field, conflict.local, conflict.remote,
                         remote.updated_at)  # fmt: skip
    _strip(ops, result.server_decided, remote.updated_at)
    state.base = result.base
    return len(conflicts)


def _record_conflict(session: Session, ticket_id: int, name: str, local: Any, remote: Any,
                     at: datetime) -> None:  # fmt: skip
    for open_one in session.scalars(
        select(SyncConflict).where(SyncConflict.ticket_id == ticket_id,
                                   SyncConflict.field == name,
                                   SyncConflict.resolved_at.is_(None))
    ):  # fmt: skip
        if open_one.local_value == local and open_one.remote_value == remote:
            return  # the same conflict pulled again (overlap window)
    session.add(SyncConflict(ticket_id=ticket_id, field=name, local_value=local,
                             remote_value=remote, created_at=at))  # fmt: skip


def _unsent_ticket_ops(session: Session, ticket_uid: str) -> list[OutboxOp]:
    return list(session.scalars(
        select(OutboxOp).where(OutboxOp.entity == "ticket", OutboxOp.entity_uid == ticket_uid,
                               OutboxOp.sent_at.is_(None), OutboxOp.op.in_(("create", "update")))
        .order_by(OutboxOp.id)
    ))  # fmt: skip


def _synced_name(column: str) -> str:
    return resolve.KEY_COLUMNS.get(column, column)


def _pending_fields(ops: list[OutboxOp]) -> set[str]:
    names: set[str] = set()
    for op in ops:
        fields = op.payload.get("fields", {}) if op.op == "update" else op.payload
        names.update(_synced_name(column) for column in fields)
    return names


def _strip(ops: list[OutboxOp], decided: frozenset[str], at: datetime) -> None:
    """Unsent updates must not push a field whose value the server just decided."""
    for op in ops:
        if op.op != "update" or op.failed_at is not None:
            continue
        fields = dict(op.payload.get("fields", {}))
        kept = {k: v for k, v in fields.items() if _synced_name(k) not in decided}
        if kept == fields:
            continue
        op.payload = {**op.payload, "fields": kept}  # a new dict: JSON columns track assignment
        if not kept:
            op.sent_at = at
            op.last_error = SUPERSEDED


def _delete(session: Session, ticket: Ticket, now: datetime) -> None:
    """The server deleted it: the cache drops it; its unsent operations fail visibly."""
    uid = ticket.uid
    session.execute(
        update(Ticket).where(Ticket.merged_into_id == ticket.id).values(merged_into_id=None)
    )
    for op in session.scalars(select(OutboxOp).where(OutboxOp.sent_at.is_(None))):
        if op.entity_uid == uid or op.payload.get("ticket_uid") == uid:
            op.failed_at = now
            op.last_error = "the ticket was deleted on the server"
    # The database's ON DELETE CASCADE removes history, comments, time, follow-ups and sync
    # state; the ORM would instead try to null the comments' ticket_id.
    session.execute(delete(Ticket).where(Ticket.id == ticket.id))


def _stages(session: Session) -> dict[str, str]:
    return resolve.memo(session, "stages", lambda: stages(session))


def _history(session: Session, ticket: Ticket, at: datetime, column: str, old: Any,
             new: Any) -> None:  # fmt: skip
    if old == new:
        return
    session.add(TicketHistory(
        ticket_id=ticket.id, user_id=None, at=at, field=HISTORY_NAMES.get(column, column),
        old_value=_history_text(old), new_value=_history_text(new), from_sync=True,
    ))  # fmt: skip


def _column_value(ticket: Ticket, column: str) -> Any:
    if column == "tags":
        return ", ".join(sorted(tag.name for tag in ticket.tags)) or None
    return getattr(ticket, column)


def _history_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
