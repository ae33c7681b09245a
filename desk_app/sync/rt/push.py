"""One outbox operation → RT, never twice.

Every create first looks its idempotency key up on the server: tickets by the ticket custom
field (`CF.{Partner Desk Key} = 'key'` in TicketSQL), comments, time entries and hour
confirmations (billing.py) by the
transaction custom field (`CF.{Partner Desk Entry Key} = 'key'` in TransactionSQL), which the
same POST sets with `TxnCustomFields`. Updates are idempotent by nature (the same values
twice) and a merge checks the ticket's EffectiveId first. RT answers 200 to a PUT that it
refused in part; the message list is read and a refusal raises InvalidRemoteData.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import datetime
from typing import Any

from desk_app.sync.connector import InvalidRemoteData, PushOp, PushResult, RemoteNotFound
from desk_app.sync.rt import billing, wire
from desk_app.sync.rt.client import RtClient, refusals
from desk_app.sync.rt.mapping import CATEGORY_SEPARATOR, MULTI_VALUE_FIELDS, RtMapping
from desk_app.sync.rt.tickets import TIME_KINDS

_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# The default lifecycle lets a ticket be born only in these; others are set right after.
_CREATE_STATUSES = frozenset({"new", "open", "resolved"})
_IGNORED_UPDATES = frozenset({"body", "requester_name", "created_at", "resolved_at"})


def checked_key(key: str) -> str:
    # The key goes inside a quoted TicketSQL literal: only plain characters are allowed.
    if not _KEY.match(key):
        raise InvalidRemoteData(f"idempotency key {key!r} has characters RT cannot search")
    return key


def find_ticket_by_key(client: RtClient, mapping: RtMapping, key: str) -> Mapping[str, Any] | None:
    query = f"CF.{{{mapping.ticket_key_field}}} = '{checked_key(key)}'"
    body = client.get("/tickets", {"query": query, "fields": "LastUpdated", "orderby": "id"})
    items = wire.page_items(body, "tickets")
    return items[0] if items else None


def find_entry_by_key(client: RtClient, mapping: RtMapping, key: str) -> Mapping[str, Any] | None:
    query = f"CF.{{{mapping.entry_key_field}}} = '{checked_key(key)}'"
    body = client.get("/transactions", {"query": query, "fields": "ObjectId,Created"})
    items = wire.page_items(body, "transactions")
    return items[0] if items else None


def ticket_updated_at(client: RtClient, ticket_id: str) -> datetime | None:
    body = wire.as_object(
        client.get(f"/ticket/{ticket_id}", {"fields": "LastUpdated"}), f"ticket {ticket_id}"
    )
    return wire.rt_time(body.get("LastUpdated"))


def rt_values(fields: Mapping[str, Any], mapping: RtMapping) -> dict[str, Any]:
    """The app's fields → the body of RT's ticket POST/PUT (custom fields included)."""
    body: dict[str, Any] = {}
    custom: dict[str, Any] = {}
    for name, value in fields.items():
        if name in _IGNORED_UPDATES or name == "requester_email":
            continue
        if name == "subject":
            body["Subject"] = str(value or "")
        elif name == "status":
            try:
                body["Status"] = mapping.rt_status(str(value))
            except KeyError as exc:
                raise InvalidRemoteData(str(exc.args[0])) from None
        elif name == "priority":
            try:
                body["Priority"] = mapping.rt_priority(str(value))
            except KeyError as exc:
                raise InvalidRemoteData(str(exc.args[0])) from None
        elif name == "due_at":
            body["Due"] = _due(value)
        elif name == "queue":
            if value:
                body["Queue"] = str(value)
        elif name == "responsible_username":
            body["Owner"] = str(value) if value else "Nobody"
        elif name == "category_path":
            custom[mapping.custom_fields["category"]] = CATEGORY_SEPARATOR.join(value or ())
        elif name in mapping.custom_fields:
            custom[mapping.custom_fields[name]] = _cf_value(name, value)
    if custom:
        body["CustomFields"] = custom
    return body


def _due(value: Any) -> str:
    if value in (None, ""):
        return "1970-01-01 00:00:00"  # RT's "not set"
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise InvalidRemoteData("a due date without a time zone cannot be sent")
    return wire.rt_input_time(moment)


def _cf_value(name: str, value: Any) -> Any:
    if name in billing.FIELDS:
        return billing.ticket_cf_value(name, value)
    if name in MULTI_VALUE_FIELDS:
        return sorted({str(v) for v in value or ()})
    if name == "custom_fields":
        import json

        return json.dumps(dict(value or {}), sort_keys=True, default=str) if value else ""
    if name == "category" and isinstance(value, list | tuple):
        return CATEGORY_SEPARATOR.join(str(v) for v in value)
    return "" if value is None else str(value)  # "" clears an RT custom field


FieldNames = Callable[[], Collection[str]]


def require_fields(names: Iterable[str], have: FieldNames | None, kind: str) -> None:
    """Refuse before sending when RT lacks a custom field the change needs: RT drops values of
    an unknown ticket field without a word (and the next pull would take the blank back), and
    adds a comment whose transaction field is unknown without that field's value."""
    names = list(names)
    if have is None or not names:
        return
    known = have()
    if not known:
        return  # the account may see no field at all: RT's own answer will say what it refuses
    missing = sorted({name for name in names if name not in known})
    if missing:
        raise InvalidRemoteData(
            f"Request Tracker lacks the {kind} custom field"
            + ("s " if len(missing) > 1 else " ")
            + ", ".join(repr(name) for name in missing)
            + ". An RT administrator must run the connection setup or create it (see the README)."
        )


def _billing_fields(body: Mapping[str, Any], mapping: RtMapping) -> list[str]:
    """The billing custom fields a ticket body sets: newer than the others, so the ones a
    server set up by an older version lacks until its administrator runs the setup again."""
    wanted = {mapping.custom_fields[name] for name in billing.FIELDS}
    return [name for name in body.get("CustomFields", {}) if name in wanted]


def create_ticket(client: RtClient, mapping: RtMapping, op: PushOp,
                  ticket_fields: FieldNames | None = None) -> PushResult:  # fmt: skip
    key = checked_key(op.idempotency_key)
    existing = find_ticket_by_key(client, mapping, key)
    if existing is not None:
        return PushResult(str(existing["id"]), True, wire.rt_time(existing.get("LastUpdated")))
    fields = dict(op.fields)
    body = rt_values({k: v for k, v in fields.items() if k != "body"}, mapping)
    require_fields(_billing_fields(body, mapping), ticket_fields, "ticket")
    level = str(fields.get("level") or "L1")
    body.setdefault("Queue", mapping.level_queues.get(level, mapping.level_queues["L1"]))
    body["Content"] = str(fields.get("body") or "")
    body["ContentType"] = "text/plain"
    email = fields.get("requester_email")
    if email:
        name = str(fields.get("requester_name") or "").replace('"', "'")
        body["Requestor"] = f'"{name}" <{email}>' if name else str(email)
    body.setdefault("CustomFields", {})[mapping.ticket_key_field] = key
    later_status = None
    if body.get("Status") not in (None, *_CREATE_STATUSES):
        later_status = body.pop("Status")
    created = wire.as_object(client.post("/ticket", body), "a new ticket")
    ticket_id = str(created.get("id") or "")
    if not ticket_id.isdigit():
        raise InvalidRemoteData("Request Tracker created a ticket but did not say its number")
    if later_status is not None:
        _put(client, ticket_id, {"Status": later_status})
    return PushResult(ticket_id, False, ticket_updated_at(client, ticket_id))


def update_ticket(client: RtClient, mapping: RtMapping, op: PushOp,
                  ticket_fields: FieldNames | None = None) -> PushResult:  # fmt: skip
    ticket_id = _ticket_id(op)
    body = rt_values(op.fields, mapping)
    require_fields(_billing_fields(body, mapping), ticket_fields, "ticket")
    if body:
        _put(client, ticket_id, body)
    return PushResult(ticket_id, False, ticket_updated_at(client, ticket_id))


def merge_ticket(client: RtClient, op: PushOp) -> PushResult:
    ticket_id = _ticket_id(op)
    into = str(op.fields.get("into_remote_id") or "")
    if not into.isdigit():
        raise InvalidRemoteData("a merge needs the number of the ticket to merge into")
    current = wire.as_object(
        client.get(f"/ticket/{ticket_id}", {"fields": "EffectiveId"}), f"ticket {ticket_id}"
    )
    if wire.ref_id(current.get("EffectiveId")) == into:
        return PushResult(ticket_id, True, ticket_updated_at(client, into))
    _put(client, ticket_id, {"MergeInto": int(into)})
    return PushResult(ticket_id, False, ticket_updated_at(client, into))


def add_entry(client: RtClient, mapping: RtMapping, op: PushOp,
              txn_fields_known: FieldNames | None = None) -> PushResult:  # fmt: skip
    """A comment, public reply, time entry or hour confirmation: one RT transaction carrying
    the key."""
    ticket_id = _ticket_id(op)
    key = checked_key(op.idempotency_key)
    existing = find_entry_by_key(client, mapping, key)
    if existing is not None:
        return PushResult(str(existing["id"]), True, wire.rt_time(existing.get("Created")))
    txn_fields: dict[str, str] = {mapping.entry_key_field: key}
    if op.entity == "hour_confirmation":
        body: dict[str, Any] = billing.confirmation_body(op, key, mapping)
        txn_fields = body.pop("TxnCustomFields")
        action = "comment"
    elif op.entity == "time_entry":
        kind = str(op.fields.get("kind"))
        minutes = op.fields.get("minutes")
        if kind not in TIME_KINDS:
            raise InvalidRemoteData(f"time kind {kind!r} is not one of L1, L2, L3, quality")
        if not isinstance(minutes, int) or not 0 < minutes <= 1440:
            raise InvalidRemoteData(f"{minutes!r} minutes cannot be logged")
        note = str(op.fields.get("note") or "")
        body = {"Content": note or billing.TIME_ENTRY_TEXT.format(minutes=minutes, kind=kind),
                "TimeTaken": minutes}  # fmt: skip
        txn_fields[mapping.time_kind_field] = kind
        started = billing.stamp(op.fields.get("started_at"), "start of the time entry")
        if started:
            txn_fields[mapping.time_started_field] = started
        action = "comment"
    else:
        text = str(op.fields.get("body") or "")
        if not text.strip():
            raise InvalidRemoteData("an empty comment cannot be sent")
        body = {"Content": text}
        action = "correspond" if op.fields.get("public") else "comment"
    require_fields(txn_fields, txn_fields_known, "transaction")
    body["ContentType"] = "text/plain"
    body["TxnCustomFields"] = txn_fields
    messages = client.post(f"/ticket/{ticket_id}/{action}", body)
    found = find_entry_by_key(client, mapping, key)
    if found is None:
        refused = refusals(messages) or ["the idempotency key was not stored"]
        raise InvalidRemoteData(
            f"Request Tracker did not record the {op.entity.replace('_', ' ')} on ticket "
            f"{ticket_id} as expected: {'; '.join(refused)}"
        )
    return PushResult(str(found["id"]), False, wire.rt_time(found.get("Created")))


def _ticket_id(op: PushOp) -> str:
    if not op.ticket_remote_id or not str(op.ticket_remote_id).isdigit():
        raise RemoteNotFound(f"the {op.entity} has no ticket on the server yet")
    return str(op.ticket_remote_id)


def _put(client: RtClient, ticket_id: str, body: Mapping[str, Any]) -> None:
    messages = client.put(f"/ticket/{ticket_id}", body)
    refused = refusals(messages)
    if refused:
        raise InvalidRemoteData(
            f"Request Tracker refused part of the change to ticket {ticket_id}: "
            + "; ".join(refused)
        )
