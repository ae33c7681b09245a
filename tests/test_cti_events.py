"""CTI requests, replies and deskapp: URLs: what is accepted and the clear refusals."""

from __future__ import annotations

import json

import pytest

from desk_app.cti_events import (
    CtiEvent,
    error_reply,
    ok_reply,
    parse_reply,
    parse_request,
    parse_url,
)


def test_request_round_trips_through_one_json_line() -> None:
    event = CtiEvent("incoming", "+52 55 1234 5678", name="Juan Pérez", call_id="pbx-1")
    line = event.encode()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line)["from"] == "+52 55 1234 5678"
    assert parse_request(line.rstrip(b"\n")) == event


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"not json", "not valid JSON"),
        (b"[1, 2]", "must be a JSON object"),
        (b'{"from": "1"}', "'event' must be one of"),
        (b'{"event": "ringing", "from": "1"}', "unknown event 'ringing'"),
        (b'{"event": "incoming"}', "needs the caller's number"),
        (b'{"event": "incoming", "from": "  "}', "needs the caller's number"),
        (b'{"event": "answered", "from": "1"}', "needs the call id"),
        (b'{"event": "ended", "call_id": 7}', "'call_id' must be a string"),
        (b'{"event": "incoming", "from": "1", "name": "' + b"x" * 300 + b'"}', "longer than"),
        (b"\xff\xfe", "not UTF-8"),
        (b"{" + b" " * 20_000 + b"}", "longer than"),
    ],
)
def test_malformed_requests_are_refused_with_a_clear_message(line: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_request(line)


def test_optional_fields_may_be_null_or_missing() -> None:
    event = parse_request(b'{"event": "ended", "call_id": " 9 ", "cause": null}')
    assert (event.event, event.call_id, event.cause, event.name) == ("ended", "9", None, None)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "deskapp:call/incoming?from=%2B52%2055%201234%205678&name=Juan%20P%C3%A9rez&call_id=a1",
            CtiEvent("incoming", "+52 55 1234 5678", name="Juan Pérez", call_id="a1"),
        ),
        ("deskapp://call/answered?call_id=a1", CtiEvent("answered", call_id="a1")),
        (
            "DESKAPP:call/ended?call_id=a1&cause=busy",
            CtiEvent("ended", call_id="a1", cause="busy"),
        ),
        ("deskapp:call/incoming?from=5512345678&name=", CtiEvent("incoming", "5512345678")),
    ],
)
def test_deskapp_urls_become_the_same_events(url: str, expected: CtiEvent) -> None:
    assert parse_url(url) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://example.com/call/incoming?from=1", "not a deskapp: URL"),
        ("deskapp:ticket/7", "unknown deskapp: URL"),
        ("deskapp:call/hangup?call_id=1", "unknown deskapp: URL"),
        ("deskapp:call/incoming?name=Juan", "needs the caller's number"),
        ("deskapp:call/ended", "needs the call id"),
    ],
)
def test_bad_urls_are_refused(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_url(url)


def test_replies_are_one_line_each_way() -> None:
    assert parse_reply(ok_reply("ringing").rstrip()) == {"ok": True, "message": "ringing"}
    assert parse_reply(error_reply("no call")) == {"ok": False, "error": "no call"}
    with pytest.raises(ValueError, match="not JSON"):
        parse_reply(b"oops")
    with pytest.raises(ValueError, match="without an 'ok'"):
        parse_reply(b'{"message": "x"}')
