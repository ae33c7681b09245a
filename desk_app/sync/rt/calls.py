"""Calls and survey answers ↔ records in RT's calls queue, linked to their tickets.

RT has no call log, so each logged call (and each survey answer given without a call) is a
ticket in the queue "Partner Desk Calls", created resolved: the subject says who called, the
first message holds the notes, custom fields applied to that queue only hold the call's facts
("Call Direction", "Call Started", "Survey CSAT", ...; setup.CALL_FIELDS), and RT links
(RefersTo) point at the tickets the call was about, so an agent in RT's UI sees them. The
ticket numbers are also kept in the field "Call Tickets", because RT's ticket search cannot
return links. The idempotency key is the ticket custom field used for tickets.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desk_app.sync.connector import InvalidRemoteData, PushOp, PushResult, RemoteCall, RemoteSurvey
from desk_app.sync.rt import wire
from desk_app.sync.rt.client import RtClient
from desk_app.sync.rt.mapping import RtMapping

NO_NOTES = "(no notes)"
_WHEN = ("started_at", "answered_at", "ended_at", "wrap_up_ended_at")
_WHEN_FIELDS = {
    "started_at": "Call Started",
    "answered_at": "Call Answered",
    "ended_at": "Call Ended",
    "wrap_up_ended_at": "Call Wrap-up Ended",
}
_SCORES = {"csat": ("Survey CSAT", 1, 5), "ces": ("Survey CES", 1, 7), "nps": ("Survey NPS", 0, 10)}


def _stamp(value: Any) -> str:
    if value in (None, ""):
        return ""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise InvalidRemoteData("call times must carry a time zone")
    return wire.rt_input_time(moment).replace(" ", "T") + "Z"


def _survey_fields(survey: Mapping[str, Any]) -> dict[str, str]:
    values: dict[str, str] = {"Survey Answered": _stamp(survey.get("answered_at"))}
    for key, (name, low, high) in _SCORES.items():
        score = survey.get(key)
        if score is None:
            values[name] = ""
            continue
        if not isinstance(score, int) or not low <= score <= high:
            raise InvalidRemoteData(f"{key.upper()} {score!r} is outside {low}–{high}")
        values[name] = str(score)
    return values


def _ticket_ids(value: Any) -> list[str]:
    ids = [str(v) for v in value or ()]
    if not all(i.isdigit() for i in ids):
        raise InvalidRemoteData("a call can only be linked to tickets that reached the server")
    return ids


def push(client: RtClient, mapping: RtMapping, op: PushOp) -> PushResult:
    from desk_app.sync.rt.push import find_ticket_by_key, ticket_updated_at

    if op.op != "create":
        raise InvalidRemoteData(f"Request Tracker sync cannot send {op.entity} {op.op} operations")
    existing = find_ticket_by_key(client, mapping, op.idempotency_key)
    if existing is not None:
        return PushResult(str(existing["id"]), True, wire.rt_time(existing.get("LastUpdated")))
    f = op.fields
    tickets = _ticket_ids(f.get("ticket_remote_ids"))
    custom: dict[str, Any] = {
        mapping.ticket_key_field: op.idempotency_key,
        "Call Record": "call" if op.entity == "call" else "survey",
        "Call Advisor": str(f.get("advisor_username") or ""),
        "Call Tickets": tickets,
    }
    if op.entity == "call":
        direction = f.get("direction")
        if direction not in ("inbound", "outbound"):
            raise InvalidRemoteData(f"call direction {direction!r} is not inbound or outbound")
        number = str(f.get("number") or "")
        custom.update(
            {
                "Call Direction": direction,
                "Call Number": number,
                "Call Caller": str(f.get("caller_name") or ""),
                "Call Hold Seconds": str(int(f.get("hold_seconds") or 0)),
                "Call Outcome": str(f.get("outcome") or ""),
            }
        )
        custom.update({_WHEN_FIELDS[k]: _stamp(f.get(k)) for k in _WHEN})
        if f.get("survey"):
            custom.update(_survey_fields(f["survey"]))
        subject = f"Call {direction} {number} {f.get('caller_name') or ''}".strip()
        content = str(f.get("notes") or "") or NO_NOTES
    elif op.entity == "survey":
        custom.update(_survey_fields(f))
        call = str(f.get("call_remote_id") or "")
        if call and not call.isdigit():
            raise InvalidRemoteData("the survey's call has not reached the server yet")
        custom["Survey Call"] = call
        if call:
            tickets = [*tickets, call]  # linked in RT too, for RT's own UI
        subject = "Survey answer"
        content = "Survey answer"
    else:
        raise InvalidRemoteData(f"{op.entity} is not a call record")
    body: dict[str, Any] = {
        "Queue": mapping.calls_queue,
        "Subject": subject,
        "Content": content,
        "ContentType": "text/plain",
        "Status": "resolved",
        "CustomFields": custom,
    }
    if tickets:
        body["RefersTo"] = [int(t) for t in tickets]
    created = wire.as_object(client.post("/ticket", body), "a new call record")
    record = str(created.get("id") or "")
    if not record.isdigit():
        raise InvalidRemoteData("Request Tracker created a call record but did not say its number")
    return PushResult(record, False, ticket_updated_at(client, record))


def remote_call(item: Mapping[str, Any], mapping: RtMapping, notes: str = "") -> RemoteCall:
    cfs = wire.cf_values(item)
    kind = wire.first(cfs, "Call Record")
    scores = {key: _score(wire.first(cfs, name)) for key, (name, _, _) in _SCORES.items()}
    answered = _time(wire.first(cfs, "Survey Answered"))
    survey = None
    if answered is not None or any(v is not None for v in scores.values()):
        survey = RemoteSurvey(answered_at=answered or wire.required_time(item.get("Created")),
                              **scores)  # fmt: skip
    links = tuple(cfs.get("Call Tickets", []))
    return RemoteCall(
        remote_id=str(item["id"]),
        kind="survey" if kind == "survey" else "call",
        updated_at=wire.required_time(item.get("LastUpdated")),
        idempotency_key=wire.first(cfs, mapping.ticket_key_field),
        advisor_username=wire.first(cfs, "Call Advisor"),
        ticket_remote_ids=links,
        direction=wire.first(cfs, "Call Direction"),
        number=wire.first(cfs, "Call Number"),
        caller_name=wire.first(cfs, "Call Caller"),
        started_at=_time(wire.first(cfs, "Call Started")),
        answered_at=_time(wire.first(cfs, "Call Answered")),
        ended_at=_time(wire.first(cfs, "Call Ended")),
        wrap_up_ended_at=_time(wire.first(cfs, "Call Wrap-up Ended")),
        hold_seconds=_score(wire.first(cfs, "Call Hold Seconds")) or 0,
        outcome=wire.first(cfs, "Call Outcome"),
        notes=notes if kind != "survey" else "",
        survey=survey,
        call_remote_id=wire.first(cfs, "Survey Call"),
    )


def _score(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _time(value: str | None) -> datetime | None:
    try:
        return wire.rt_time(value)
    except InvalidRemoteData:
        return None
