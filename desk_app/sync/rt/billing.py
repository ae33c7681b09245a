"""Billing (SPEC §6) ↔ Request Tracker 5: ticket custom fields and hour confirmations.

* Warranty/consumption with who and when, the estimate and the terms of attention are ticket
  custom fields (mapping.custom_fields: *Billing*, *Billing Decided*, *Billing Decided By*,
  *Estimate Minutes*, *Terms Accepted*, *Terms Accepted By*, *Terms Accepted How*), created by
  the setup like the other ticket fields. Times are `YYYY-MM-DDTHH:MM:SSZ` (UTC), the advisor
  who decided is an RT username, the customer who accepted an e-mail address.
* An hour confirmation is append-only, like a comment: one Comment transaction whose text says
  it for RT's own users and whose transaction field *Partner Desk Confirmation* holds the data
  as JSON (minutes, who confirmed by e-mail, how, when, who recorded it, the note, the uid);
  the idempotency key rides in *Partner Desk Entry Key* as for comments, so a retried push
  finds the transaction it already made. Two workspaces confirming the same ticket at once
  each append their own transaction: nothing is read, changed and written back.
* A time entry's start travels in the transaction field *Partner Desk Time Started*.

RT 5.0.3's REST API cannot apply transaction fields, and it answers a comment naming a missing
one with "Unable to load transaction custom field" while still adding the comment (the data
would be lost and the retry would find the key). So the connector checks the field exists
before it sends anything that needs it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from desk_app.sync.connector import InvalidRemoteData, PushOp, RemoteHourConfirmation
from desk_app.sync.rt import wire
from desk_app.sync.rt.mapping import RtMapping

log = logging.getLogger(__name__)

TIME_FIELDS = frozenset({"billing_decided_at", "terms_accepted_at"})
# The ticket's billing fields, by their synced names (resolve.BILLING_PLAIN + BILLING_KEYED).
FIELDS = frozenset({"billing", "billing_decided_at", "billing_decided_by_username",
                    "estimate_minutes", "terms_accepted_at", "terms_accepted_by_email",
                    "terms_accepted_how"})  # fmt: skip
_TEXT_FIELDS = ("billing", "billing_decided_by_username", "terms_accepted_by_email",
                "terms_accepted_how")  # fmt: skip
_LOWERED = frozenset({"billing", "terms_accepted_by_email", "terms_accepted_how"})
TIME_ENTRY_TEXT = "Time entry: {minutes} min ({kind})"  # the text of a time entry without note


def stamp(value: Any, what: str) -> str:
    """An aware time (or its ISO text) → `YYYY-MM-DDTHH:MM:SSZ`; None/"" → "" (clears)."""
    if value in (None, ""):
        return ""
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        raise InvalidRemoteData(f"the {what} {value!r} is not a time") from None
    if moment.tzinfo is None:
        raise InvalidRemoteData(f"the {what} must carry a time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_time(value: str | None) -> datetime | None:
    """RT's own form or what an RT user may type (`YYYY-MM-DD HH:MM:SS`, UTC); None when
    unreadable (the caller leaves the cached value alone)."""
    if value is None:
        return None
    try:
        return wire.rt_time(value)
    except InvalidRemoteData:
        pass
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def ticket_cf_value(name: str, value: Any) -> str:
    """A billing field's value as its ticket custom field holds it ("" clears it)."""
    if name in TIME_FIELDS:
        return stamp(value, name.replace("_", " "))
    if name == "estimate_minutes" and value is not None:
        valid = isinstance(value, int) and not isinstance(value, bool) and value > 0
        if not valid:
            raise InvalidRemoteData(f"an estimate of {value!r} minutes cannot be sent")
    return "" if value is None else str(value)


def pulled_fields(cfs: Mapping[str, list[str]], mapping: RtMapping) -> dict[str, Any]:
    """The billing fields of a pulled ticket; always present (None when RT holds nothing, so
    a value cleared in RT clears the cache's). A time RT users typed unreadably is left out:
    the cache keeps its value. Values the local columns refuse are dropped by the merge."""
    names = mapping.custom_fields
    fields: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        raw = wire.first(cfs, names[name])
        text = (raw or "").strip()
        fields[name] = (text.lower() if name in _LOWERED else text) or None
    for name in TIME_FIELDS:
        raw = wire.first(cfs, names[name])
        moment = read_time(raw)
        if raw is None or moment is not None:
            fields[name] = moment
    estimate = (wire.first(cfs, names["estimate_minutes"]) or "").strip()
    fields["estimate_minutes"] = int(estimate) if estimate.isdigit() else (estimate or None)
    return fields


# --- hour confirmations ------------------------------------------------------------------------


def confirmation_body(op: PushOp, key: str, mapping: RtMapping) -> dict[str, Any]:
    """The comment that carries a confirmation, checked before anything is sent."""
    fields = op.fields
    minutes = fields.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0:
        raise InvalidRemoteData(f"a confirmation of {minutes!r} minutes cannot be sent")
    how = str(fields.get("how") or "")
    if not how:
        raise InvalidRemoteData("a confirmation must say how the customer gave it")
    confirmed_at = stamp(fields.get("confirmed_at"), "confirmation time")
    if not confirmed_at:
        raise InvalidRemoteData("a confirmation must say when it was given")
    moment = datetime.fromisoformat(str(fields["confirmed_at"])).astimezone(UTC)
    email, name = fields.get("confirmed_by_email"), fields.get("confirmed_by_name")
    recorder, note = fields.get("recorded_by_username"), str(fields.get("note") or "")
    data = {"uid": op.entity_uid, "minutes": minutes, "how": how,
            "confirmed_at": moment.isoformat(), "confirmed_by": email,
            "confirmed_by_name": name, "recorded_by": recorder, "note": note}  # fmt: skip
    who = f"{name} <{email}>" if name and email else str(email or name or "?")
    text = (
        f"Hours confirmed: work may go on up to {_duration(minutes)} in total.\n"
        f"Confirmed by {who} ({how}) at {confirmed_at.replace('T', ' ').rstrip('Z')} UTC; "
        f"recorded by {recorder or '?'}."
    )
    if note.strip():
        text += "\n\n" + note
    return {
        "Content": text,
        "ContentType": "text/plain",
        "TxnCustomFields": {
            mapping.entry_key_field: key,
            # ASCII JSON: the value goes through RT's LargeContent unchanged, whatever the note.
            mapping.confirmation_field: json.dumps(data, sort_keys=True),
        },
    }


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


def remote_confirmation(
    txn_id: str, ticket_id: str, raw: str, key: str | None
) -> RemoteHourConfirmation | None:
    """The confirmation a transaction's JSON holds, or None (logged) when unreadable."""
    try:
        data = json.loads(raw)
        minutes = data["minutes"]
        how = data["how"]
        confirmed_at = datetime.fromisoformat(str(data["confirmed_at"]))
        if (isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0
                or not isinstance(how, str) or confirmed_at.tzinfo is None):  # fmt: skip
            raise ValueError("out of range")
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("transaction %s holds an unreadable hour confirmation", txn_id)
        return None

    def text(name: str) -> str | None:
        value = data.get(name)
        return str(value) if value not in (None, "") else None

    return RemoteHourConfirmation(
        remote_id=txn_id,
        ticket_remote_id=ticket_id,
        uid=text("uid"),
        minutes=minutes,
        how=how,
        confirmed_at=confirmed_at.astimezone(UTC),
        confirmed_by_email=text("confirmed_by"),
        confirmed_by_name=text("confirmed_by_name"),
        recorded_by_username=text("recorded_by"),
        note=str(data.get("note") or ""),
        idempotency_key=key,
    )


def entry_note(kind: str, minutes: int, text: str | None) -> str | None:
    """The note of a time entry Partner Desk pushed: its text, unless it is the stand-in."""
    if text is None:
        return None
    note = text.rstrip()
    return "" if note == TIME_ENTRY_TEXT.format(minutes=minutes, kind=kind) else note
