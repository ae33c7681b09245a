"""RT tickets and their transactions → RemoteTicket values in the app's vocabulary.

Per page of tickets the history costs two searches, not two calls per ticket: one
transaction search over the page's ticket ids (Create, Comment, Correspond and TimeWorked
changes) and one attachment search over those transactions' ids.

Conventions (README, "Sync with Request Tracker 5"):
- the Create transaction's text is the ticket body; Correspond is a public reply, Comment an
  internal note;
- every transaction with TimeTaken > 0 is a time entry; its kind is the transaction custom
  field "Partner Desk Time Kind", else the ticket's level; a Comment that carries a time kind
  is the carrier of a time entry pushed by Partner Desk and is not also shown as a note;
- the transaction custom field "Partner Desk Entry Key" is the idempotency key of pushed
  comments, time entries and hour confirmations; the ticket custom field "Partner Desk Key"
  that of tickets;
- a Comment carrying the transaction field "Partner Desk Confirmation" is an hour
  confirmation (billing.py), not a note; "Partner Desk Time Started" is a time entry's start.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote

from desk_app.sync.connector import (
    InvalidRemoteData,
    RemoteComment,
    RemoteHourConfirmation,
    RemoteTicket,
    RemoteTimeEntry,
)
from desk_app.sync.rt import billing, wire
from desk_app.sync.rt.client import RtClient
from desk_app.sync.rt.mapping import CATEGORY_SEPARATOR, RtMapping

TICKET_FIELDS = (
    "Subject,Status,Queue,Owner,Requestor,Priority,Due,Created,Resolved,LastUpdated,"
    "EffectiveId,CustomFields"
)
TXN_FIELDS = "ObjectId,Type,Field,Created,Creator,TimeTaken"
_OPTIONAL = ("criticality", "subject_kind", "category", "pqrs_kind", "department")
_REQUIRED = ("ticket_type", "channel")
_USER_FIELDS = "Name,RealName,EmailAddress,Privileged"
TIME_KINDS = frozenset({"L1", "L2", "L3", "quality"})


class UserCache:
    """RT users by name, fetched once per pull (requesters and comment authors)."""

    def __init__(self, client: RtClient) -> None:
        self._client = client
        self._users: dict[str, Mapping[str, Any]] = {}

    def prefetch(self, names: Iterable[str]) -> None:
        """One search for a page's requesters and authors instead of a GET for each."""
        wanted = sorted({n for n in names if n and n not in self._users})
        for start in range(0, len(wanted), wire.PER_PAGE):
            query: list[dict[str, Any]] = [
                {"field": "Name", "operator": "IN", "value": wanted[start : start + wire.PER_PAGE]}
            ]
            for user in wire.search_all(self._client, "/users", query, _USER_FIELDS, "users"):
                self._users[str(user.get("Name"))] = user

    def get(self, name: str, *, privileged: bool = False) -> Mapping[str, Any]:
        # A user search does not return Privileged (not a column): GET the few authors.
        if name not in self._users or (privileged and "Privileged" not in self._users[name]):
            body = self._client.get(f"/user/{quote(name, safe='@')}", {"fields": _USER_FIELDS})
            self._users[name] = wire.as_object(body, f"user {name}")
        return self._users[name]


def ticket_fields(
    item: Mapping[str, Any],
    mapping: RtMapping,
    queue_names: Mapping[str, str],
    users: UserCache,
) -> tuple[dict[str, Any], str | None]:
    """The app's fields of one RT ticket, and its Partner Desk idempotency key."""
    cfs = wire.cf_values(item)
    names = mapping.custom_fields
    fields: dict[str, Any] = {}
    if not isinstance(item.get("Subject"), str):
        raise InvalidRemoteData(f"ticket {item.get('id')} has no subject")
    fields["subject"] = item["Subject"]
    status = mapping.app_status(str(item.get("Status", "")))
    if status is not None:
        fields["status"] = status
    try:
        fields["priority"] = mapping.app_priority(int(item.get("Priority") or 0))
    except ValueError:
        raise InvalidRemoteData(f"ticket {item.get('id')} has a non-numeric priority") from None
    queue = queue_names.get(wire.ref_id(item.get("Queue")) or "")
    if queue is not None:
        fields["queue"] = queue
    level = wire.first(cfs, names["level"]) or (queue and mapping.level_of_queue(queue))
    if level:
        fields["level"] = level
    fields["flag"] = wire.first(cfs, names["flag"]) or "none"
    for name in _REQUIRED:
        value = wire.first(cfs, names[name])
        if value is not None:
            fields[name] = value
    for name in _OPTIONAL:
        fields[name] = wire.first(cfs, names[name])
    # Always present, None when RT has none: a category cleared on RT must clear the cache's.
    category = fields["category"]
    fields["category_path"] = (
        tuple(category.split(CATEGORY_SEPARATOR)) if category is not None else None
    )
    fields["tags"] = sorted(cfs.get(names["tags"], []))
    fields.update(billing.pulled_fields(cfs, mapping))
    extra = wire.first(cfs, names["custom_fields"])
    if extra is not None:
        try:
            parsed = json.loads(extra)
        except json.JSONDecodeError:
            parsed = None
        if isinstance(parsed, dict):
            fields["custom_fields"] = parsed
    fields["due_at"] = wire.rt_time(item.get("Due"))
    fields["created_at"] = wire.rt_time(item.get("Created"))
    fields["resolved_at"] = wire.rt_time(item.get("Resolved"))
    owner = wire.ref_id(item.get("Owner"))
    fields["responsible_username"] = None if owner in (None, "Nobody") else owner
    requestors = item.get("Requestor") or []
    if not isinstance(requestors, list):
        raise InvalidRemoteData(f"ticket {item.get('id')} has a malformed requestor list")
    fields["requester_email"] = None
    fields["requester_name"] = None
    if requestors:
        user = users.get(wire.ref_id(requestors[0]) or "")
        fields["requester_email"] = user.get("EmailAddress") or None
        fields["requester_name"] = user.get("RealName") or None
    return fields, wire.first(cfs, mapping.ticket_key_field)


def page_history(
    client: RtClient, ticket_ids: Iterable[str]
) -> tuple[dict[str, list[Mapping[str, Any]]], dict[str, str]]:
    """Transactions of interest by ticket id, and the plain-text content by transaction id."""
    ids = [int(t) for t in ticket_ids]
    by_ticket: dict[str, list[Mapping[str, Any]]] = {str(t): [] for t in ids}
    if not ids:
        return by_ticket, {}
    query: list[dict[str, Any]] = [
        {"field": "ObjectType", "value": "RT::Ticket"},
        {"field": "ObjectId", "operator": "IN", "value": ids},
        {"field": "Type", "operator": "IN", "value": ["Create", "Comment", "Correspond", "Set"]},
    ]
    with_text: list[int] = []
    messages: list[int] = []
    found: list[dict[str, Any]] = []
    for txn in wire.search_all(client, "/transactions", query, TXN_FIELDS, "transactions"):
        kind = txn.get("Type")
        if kind == "Set" and txn.get("Field") != "TimeWorked":
            continue
        found.append(dict(txn))
        if kind in ("Create", "Comment", "Correspond"):
            with_text.append(int(str(txn["id"])))
        if kind in ("Comment", "Correspond"):
            messages.append(int(str(txn["id"])))
    # Custom field values cost RT a lookup per transaction: ask only for the messages'.
    keyed = transaction_custom_fields(client, messages)
    for txn in found:
        txn["CustomFields"] = keyed.get(str(txn["id"]), [])
        owner = str(txn.get("ObjectId"))
        if owner in by_ticket:
            by_ticket[owner].append(txn)
    return by_ticket, transaction_texts(client, with_text)


def transaction_custom_fields(client: RtClient, txn_ids: list[int]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for start in range(0, len(txn_ids), wire.PER_PAGE):
        query: list[dict[str, Any]] = [
            {"field": "id", "operator": "IN", "value": txn_ids[start : start + wire.PER_PAGE]}
        ]
        for txn in wire.search_all(client, "/transactions", query, "CustomFields", "transactions"):
            values[str(txn["id"])] = txn.get("CustomFields") or []
    return values


def transaction_texts(client: RtClient, txn_ids: list[int]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for start in range(0, len(txn_ids), wire.PER_PAGE):
        chunk = txn_ids[start : start + wire.PER_PAGE]
        query: list[dict[str, Any]] = [
            {"field": "TransactionId", "operator": "IN", "value": chunk},
            {"field": "ContentType", "value": "text/plain"},
        ]
        found = wire.search_all(
            client, "/attachments", query, "TransactionId,Content", "attachments"
        )
        for attachment in found:
            txn = wire.ref_id(attachment.get("TransactionId")) or ""
            content = attachment.get("Content")
            # The first text/plain part is the message; later ones are attached files.
            if isinstance(content, str) and txn not in texts:
                texts[txn] = content
    return texts


def remote_ticket(
    item: Mapping[str, Any],
    history: list[Mapping[str, Any]],
    texts: Mapping[str, str],
    mapping: RtMapping,
    queue_names: Mapping[str, str],
    users: UserCache,
) -> RemoteTicket:
    ticket_id = str(item["id"])
    fields, key = ticket_fields(item, mapping, queue_names, users)
    comments: list[RemoteComment] = []
    entries: list[RemoteTimeEntry] = []
    confirmations: list[RemoteHourConfirmation] = []
    for txn in sorted(history, key=lambda t: int(str(t["id"]))):
        txn_id = str(txn["id"])
        kind = txn.get("Type")
        created = wire.required_time(txn.get("Created"))
        cfs = wire.cf_values(txn)
        entry_key = wire.first(cfs, mapping.entry_key_field)
        time_kind = wire.first(cfs, mapping.time_kind_field)
        author = wire.ref_id(txn.get("Creator"))
        confirmed = wire.first(cfs, mapping.confirmation_field) if kind == "Comment" else None
        confirmation = (
            None
            if confirmed is None
            else billing.remote_confirmation(txn_id, ticket_id, confirmed, entry_key)
        )
        if confirmation is not None:
            confirmations.append(confirmation)
        elif kind == "Create":
            fields.setdefault("body", texts.get(txn_id, ""))
        elif kind in ("Comment", "Correspond") and not (kind == "Comment" and time_kind):
            comments.append(
                _comment(
                    txn_id,
                    ticket_id,
                    kind == "Correspond",
                    texts,
                    author,
                    created,
                    entry_key,
                    users,
                )
            )
        minutes = _minutes(txn.get("TimeTaken"))
        if minutes > 0:
            # Partner Desk's own carrier (a Comment with a time kind) holds the note as text.
            ours = kind == "Comment" and time_kind in TIME_KINDS
            if time_kind not in TIME_KINDS:
                time_kind = fields.get("level") or "L1"
            entries.append(
                RemoteTimeEntry(
                    remote_id=txn_id,
                    ticket_remote_id=ticket_id,
                    kind=str(time_kind),
                    minutes=minutes,
                    username=author,
                    created_at=created,
                    idempotency_key=entry_key,
                    started_at=billing.read_time(wire.first(cfs, mapping.time_started_field)),
                    note=billing.entry_note(
                        str(time_kind), minutes, texts.get(txn_id, "") if ours else None
                    ),
                )
            )
    return RemoteTicket(
        remote_id=ticket_id,
        updated_at=wire.required_time(item.get("LastUpdated")),
        fields=fields,
        idempotency_key=key,
        comments=tuple(comments),
        time_entries=tuple(entries),
        deleted=item.get("Status") == "deleted",
        hour_confirmations=tuple(confirmations),
    )


def _comment(
    txn_id: str,
    ticket_id: str,
    public: bool,
    texts: Mapping[str, str],
    author: str | None,
    created: datetime,
    key: str | None,
    users: UserCache,
) -> RemoteComment:
    username: str | None = None
    name: str | None = None
    if author:
        user = users.get(author, privileged=True)
        name = user.get("RealName") or user.get("EmailAddress") or author
        if user.get("Privileged"):
            username = author
    return RemoteComment(
        remote_id=txn_id,
        ticket_remote_id=ticket_id,
        is_public=public,
        body=texts.get(txn_id, ""),
        author_username=username,
        author_name=name,
        created_at=created,
        idempotency_key=key,
    )


def _minutes(value: Any) -> int:
    try:
        return int(str(value or 0))
    except ValueError:
        raise InvalidRemoteData(f"unreadable TimeTaken {value!r}") from None
