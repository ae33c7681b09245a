"""CTI events: what a softphone hook tells the running app, and how it travels.

Pure Python (no Qt): the `desk-app call` command, the `deskapp:` URL handler, the SIP listener
and the app's local server all build or read the same `CtiEvent`. On the wire it is one JSON
object per line, both ways:

    request {"event": "incoming"|"answered"|"ended", "from": str, "name": str|null,
             "call_id": str|null, "cause": str|null}
    reply   {"ok": true, "message": str} or {"ok": false, "error": str}
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

EVENTS = ("incoming", "answered", "ended")
URL_SCHEME = "deskapp"
MAX_LINE = 16 * 1024  # a request is a few hundred bytes; refuse anything absurd
_MAX_FIELD = 200

Reply = Callable[[bool, str], None]


def _no_reply(ok: bool, text: str) -> None:  # an event parsed outside the server
    del ok, text


@dataclass(frozen=True)
class CtiEvent:
    event: str
    number: str = ""
    name: str | None = None
    call_id: str | None = None
    cause: str | None = None
    # The local server sets this; the handler calls it exactly once with the outcome.
    reply: Reply = field(default=_no_reply, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.event not in EVENTS:
            raise ValueError(f"unknown event {self.event!r}: expected one of {', '.join(EVENTS)}")
        if self.event == "incoming" and not self.number.strip():
            raise ValueError("an incoming call needs the caller's number (from)")
        if self.event in ("answered", "ended") and not (self.call_id or "").strip():
            raise ValueError(f"a '{self.event}' event needs the call id (call_id)")
        for label, value in (("from", self.number), ("name", self.name),
                             ("call_id", self.call_id), ("cause", self.cause)):  # fmt: skip
            if value is not None and len(value) > _MAX_FIELD:
                raise ValueError(f"{label} is longer than {_MAX_FIELD} characters")

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "from": self.number,
            "name": self.name,
            "call_id": self.call_id,
            "cause": self.cause,
        }

    def encode(self) -> bytes:
        return json.dumps(self.to_json(), ensure_ascii=False).encode("utf-8") + b"\n"


def _optional_text(document: dict[str, Any], key: str) -> str | None:
    value = document.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string or null, got {type(value).__name__}")
    return value.strip() or None


def parse_request(line: bytes) -> CtiEvent:
    """One request line as a CtiEvent, or ValueError saying what is wrong with it."""
    if len(line) > MAX_LINE:
        raise ValueError(f"request longer than {MAX_LINE} bytes")
    try:
        document = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError("request is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"request is not valid JSON ({exc.msg})") from None
    if not isinstance(document, dict):
        raise ValueError("request must be a JSON object")
    event = document.get("event")
    if not isinstance(event, str):
        raise ValueError(f"'event' must be one of {', '.join(EVENTS)}")
    return CtiEvent(
        event=event,
        number=_optional_text(document, "from") or "",
        name=_optional_text(document, "name"),
        call_id=_optional_text(document, "call_id"),
        cause=_optional_text(document, "cause"),
    )


def parse_url(url: str) -> CtiEvent:
    """`deskapp:call/incoming?from=...&name=...&call_id=...` (or answered/ended) as a CtiEvent.

    `deskapp://call/incoming?...` is accepted too: some softphones always add the slashes.
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != URL_SCHEME:
        raise ValueError(f"not a {URL_SCHEME}: URL: {url!r}")
    path = (parts.netloc + parts.path).strip("/")
    kind, _, event = path.partition("/")
    if kind != "call" or event not in EVENTS:
        raise ValueError(
            f"unknown {URL_SCHEME}: URL {url!r}: expected {URL_SCHEME}:call/incoming, "
            "call/answered or call/ended"
        )
    query = parse_qs(parts.query, keep_blank_values=True)

    def one(key: str) -> str | None:
        values = query.get(key)
        return (values[-1].strip() or None) if values else None

    return CtiEvent(
        event=event,
        number=one("from") or one("number") or "",
        name=one("name"),
        call_id=one("call_id"),
        cause=one("cause"),
    )


def ok_reply(message: str) -> bytes:
    return json.dumps({"ok": True, "message": message}, ensure_ascii=False).encode() + b"\n"


def error_reply(error: str) -> bytes:
    return json.dumps({"ok": False, "error": error}, ensure_ascii=False).encode() + b"\n"


def parse_reply(line: bytes) -> dict[str, Any]:
    """The app's reply as {"ok": bool, "message"|"error": str}; ValueError if garbled."""
    try:
        document = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("the app sent a reply that is not JSON") from None
    if not isinstance(document, dict) or not isinstance(document.get("ok"), bool):
        raise ValueError("the app sent a reply without an 'ok' field")
    return document
