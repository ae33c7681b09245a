"""The outbox, pushed in order: resolve each operation to natural keys, push, record.

The network call happens outside any write transaction (the UI keeps writing meanwhile);
its result is recorded in one transaction: the remote id, the operation marked sent and the
ticket's merge base. A crash between the server applying an operation and that commit is
covered by the idempotency key: the retry answers `already_applied` with the remote id.

Errors:
* retryable ones (offline, 5xx, timeouts) and the ones about the account or the server as a
  whole (401, TLS, bad URL) stop the push; the operation stays pending with its attempts
  and last error, and the error reaches the caller;
* InvalidRemoteData, PermissionDenied and RemoteNotFound are about this one operation: it is
  marked failed with the server's message (listed, not retried forever) and the push goes on.
* The rule for later operations of the same ticket: they wait (stay pending, skipped, with
  last_error naming the failed one) until the failed operation is retried or discarded.
  Order matters within a ticket (a comment needs the ticket's creation, an update must not
  overtake an earlier one); other tickets are not held up. A failed follow-up, person or
  company does not hold anything up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.local_store.engine import Store
from desk_app.local_store.models import (
    Call,
    Comment,
    Company,
    Contract,
    HourConfirmation,
    OutboxOp,
    Person,
    Ticket,
    TicketSync,
    TimeEntry,
)
from desk_app.sync import resolve
from desk_app.sync.billing import confirmation_fields
from desk_app.sync.connector import (
    Connector,
    InvalidRemoteData,
    PermissionDenied,
    PushOp,
    PushResult,
    RemoteNotFound,
)

OPERATION_FAILURES = (InvalidRemoteData, PermissionDenied, RemoteNotFound)
BLOCKING_ENTITIES = frozenset({"ticket", "comment", "time_entry", "hour_confirmation"})


@dataclass(frozen=True)
class Waiting:
    """The operation cannot be pushed yet; it stays pending with this reason."""

    reason: str


@dataclass(frozen=True)
class Gone:
    """What the operation was about no longer exists locally: it fails with this reason."""

    reason: str


def ticket_uids(op: OutboxOp) -> frozenset[str]:
    """The tickets an operation belongs to (its order is kept per ticket)."""
    if op.entity == "ticket":
        into = op.payload.get("into_uid")
        return frozenset({op.entity_uid, *([into] if into else [])})
    uid = op.payload.get("ticket_uid")
    return frozenset({uid}) if uid else frozenset()


def build(session: Session, op: OutboxOp) -> PushOp | Waiting | Gone:
    payload = dict(op.payload)
    ticket_uid = op.entity_uid if op.entity == "ticket" else payload.pop("ticket_uid", None)
    ticket = _by_uid(session, Ticket, ticket_uid)
    if ticket_uid is not None and ticket is None:
        return Gone("the ticket no longer exists in this workspace")
    fields: dict[str, Any]
    if op.entity == "ticket" and op.op == "create":
        fields = _create_fields(session, payload)
    elif op.entity == "ticket" and op.op == "update":
        fields = _update_fields(session, payload.get("fields", {}))
    elif op.entity == "ticket" and op.op == "merge":
        into = _by_uid(session, Ticket, payload.get("into_uid"))
        if into is None:
            return Gone("the ticket it was merged into no longer exists")
        if into.remote_id is None:
            return Waiting("waiting for the surviving ticket to reach the server")
        fields = {"into_remote_id": into.remote_id}
    elif op.entity == "comment":
        comment = _by_uid(session, Comment, op.entity_uid)
        author = None if comment is None else resolve.username(session, comment.author_id)
        fields = {"public": payload.get("public"), "body": payload.get("body"),
                  "author_username": author}  # fmt: skip
    elif op.entity == "time_entry":
        entry = _by_uid(session, TimeEntry, op.entity_uid)
        user_id = None if entry is None else entry.user_id
        fields = {"kind": payload.get("kind"), "minutes": payload.get("minutes"),
                  "note": payload.get("note", ""),
                  "username": resolve.username(session, user_id)}  # fmt: skip
        if payload.get("started_at"):  # a timer's or a manual entry's start (billing_writes)
            fields["started_at"] = payload["started_at"]
    elif op.entity == "hour_confirmation":
        fields = confirmation_fields(session, op.entity_uid, payload)
    elif op.entity == "person":
        company = _by_uid(session, Company, payload.pop("company_uid", None))
        fields = {**payload, "company_name": None if company is None else company.name}
    elif op.entity == "call":
        built = _call_fields(session, op, payload)
        if not isinstance(built, dict):
            return built
        fields = built
    elif op.entity == "contract":
        contract = _by_uid(session, Contract, op.entity_uid)
        if contract is None:
            return Gone("the contract no longer exists in this workspace")
        fields = resolve.contract_fields(session, payload, contract.remote_id)
    else:
        fields = payload
    remote_id = None if ticket is None else ticket.remote_id
    needs_ticket = op.entity in BLOCKING_ENTITIES and not (
        op.entity == "ticket" and op.op == "create"
    )
    if needs_ticket and remote_id is None:
        return Waiting("waiting for the ticket to reach the server")
    return PushOp(idempotency_key=op.idempotency_key, entity=op.entity, op=op.op,
                  entity_uid=op.entity_uid, ticket_remote_id=remote_id, fields=fields)  # fmt: skip


def _call_fields(session: Session, op: OutboxOp,
                 payload: dict[str, Any]) -> dict[str, Any] | Waiting | Gone:  # fmt: skip
    """A finished call: its tickets as remote ids (it waits for them), its advisor by name."""
    call = _by_uid(session, Call, op.entity_uid)
    if call is None:
        return Gone("the call no longer exists in this workspace")
    remote_ids = []
    for uid in payload.pop("ticket_uids", None) or ():
        ticket = _by_uid(session, Ticket, uid)
        if ticket is None:
            continue  # deleted here since: the call is still worth logging
        if ticket.remote_id is None:
            return Waiting("waiting for the call's tickets to reach the server")
        remote_ids.append(ticket.remote_id)
    return {**payload, "ticket_remote_ids": remote_ids,
            "advisor_username": resolve.username(session, call.advisor_id)}  # fmt: skip


def _create_fields(session: Session, payload: dict[str, Any]) -> dict[str, Any]:
    requester_id = payload.pop("requester_id", None)
    responsible_id = payload.pop("responsible_id", None)
    return {
        **payload,
        "requester_email": resolve.requester_email(session, requester_id),
        "requester_name": resolve.requester_name(session, requester_id),
        "responsible_username": resolve.username(session, responsible_id),
    }


def _update_fields(session: Session, changed: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for column, value in changed.items():
        if column == "merged_into_id":
            continue  # the "merge" operation carries it
        fields[resolve.KEY_COLUMNS.get(column, column)] = resolve.key_value(session, column, value)
    return fields


def record_pushed(session: Session, op_id: int, pushed: PushOp, result: PushResult,
                  now: datetime) -> None:  # fmt: skip
    """The server has the operation: remote id, sent mark and merge base, in one transaction."""
    op = session.get(OutboxOp, op_id)
    if op is None or op.sent_at is not None:
        return
    op.sent_at = now
    op.attempts += 1
    op.last_error = None
    if op.entity == "ticket" and op.op in ("create", "update"):
        ticket = _by_uid(session, Ticket, op.entity_uid)
        if ticket is None:
            return
        if op.op == "create" and result.remote_id is not None and ticket.remote_id is None:
            ticket.remote_id = result.remote_id
        state = session.get(TicketSync, ticket.id) or TicketSync(ticket_id=ticket.id, base={})
        session.add(state)
        state.base = {**(state.base or {}), **resolve.synced_values(pushed.fields)}
        if result.updated_at is not None and (
            state.remote_updated_at is None or state.remote_updated_at < result.updated_at
        ):
            state.remote_updated_at = result.updated_at
        return
    model = {"comment": Comment, "time_entry": TimeEntry, "person": Person, "company": Company,
             "contract": Contract, "call": Call,
             "hour_confirmation": HourConfirmation}  # fmt: skip
    row_type = model.get(op.entity)
    if row_type is not None and result.remote_id is not None:
        row: Any = _by_uid(session, row_type, op.entity_uid)
        if row is not None and row.remote_id is None:
            row.remote_id = result.remote_id


def _by_uid(session: Session, model: Any, uid: Any) -> Any:
    if not uid:
        return None
    return session.scalars(select(model).where(model.uid == uid)).first()


@dataclass
class PushOutcome:
    pushed: int = 0
    failed: int = 0
    waiting: int = 0
    cancelled: bool = False


def push_outbox(store: Store, connector: Connector, clock: Callable[[], datetime],
                progress: Callable[[int, int], None],
                cancel: threading.Event | None) -> PushOutcome:  # fmt: skip
    outcome = PushOutcome()
    with store.session() as session:
        ids = list(session.scalars(
            select(OutboxOp.id).where(OutboxOp.sent_at.is_(None), OutboxOp.failed_at.is_(None))
            .order_by(OutboxOp.id)
        ))  # fmt: skip
        blocked = {uid: f"waiting: operation {op.id} failed ({op.last_error})"
                   for op in session.scalars(select(OutboxOp).where(
                       OutboxOp.sent_at.is_(None), OutboxOp.failed_at.is_not(None),
                       OutboxOp.entity.in_(BLOCKING_ENTITIES)))
                   for uid in _own_ticket(op)}  # fmt: skip
    progress(0, len(ids))
    for done, op_id in enumerate(ids, start=1):
        if cancel is not None and cancel.is_set():
            outcome.cancelled = True
            return outcome
        _push_one(store, connector, clock, op_id, blocked, outcome)
        progress(done, len(ids))
    return outcome


def _own_ticket(op: OutboxOp) -> frozenset[str]:
    """The ticket whose later operations wait when this one fails."""
    if op.entity == "ticket":
        return frozenset({op.entity_uid})
    return ticket_uids(op)


def _push_one(store: Store, connector: Connector, clock: Callable[[], datetime], op_id: int,
              blocked: dict[str, str], outcome: PushOutcome) -> None:  # fmt: skip
    with store.session() as session:
        op = session.get(OutboxOp, op_id)
        if op is None or op.sent_at is not None or op.failed_at is not None:
            return
        holding = [blocked[uid] for uid in ticket_uids(op) if uid in blocked]
        built = Waiting(holding[0]) if holding else build(session, op)
        own = _own_ticket(op) if op.entity in BLOCKING_ENTITIES else frozenset()
    if isinstance(built, Waiting):
        _note(store, op_id, built.reason, None)
        blocked.update(dict.fromkeys(own, f"waiting: operation {op_id} is waiting"))
        outcome.waiting += 1
        return
    if isinstance(built, Gone):
        _note(store, op_id, built.reason, clock())
        blocked.update(dict.fromkeys(own, f"waiting: operation {op_id} failed ({built.reason})"))
        outcome.failed += 1
        return
    try:
        result = connector.push(built)
    except OPERATION_FAILURES as exc:
        if exc.retryable:  # an unreadable answer (cut off, HTML): retry the whole run later
            _note(store, op_id, str(exc), None)
            raise
        _note(store, op_id, str(exc), clock())
        blocked.update(dict.fromkeys(own, f"waiting: operation {op_id} failed ({exc})"))
        outcome.failed += 1
        return
    except Exception as exc:
        _note(store, op_id, str(exc) or type(exc).__name__, None)
        raise
    with store.transaction() as session:
        record_pushed(session, op_id, built, result, clock())
    outcome.pushed += 1


def _note(store: Store, op_id: int, error: str, failed_at: datetime | None) -> None:
    with store.transaction() as session:
        op = session.get(OutboxOp, op_id)
        if op is None:
            return
        op.last_error = error
        if failed_at is not None:
            op.failed_at = failed_at
            op.attempts += 1
        elif not error.startswith("waiting"):
            op.attempts += 1
