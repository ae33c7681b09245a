"""What a broken server or proxy answers becomes a clear, correctly classified error.

A small local HTTP server plays the faulty side (no RT needed); the real RT is used where a
real answer matters (logging, mapping settings, ensure_setup).
"""

from __future__ import annotations

import http.server
import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from desk_app.sync.connector import (
    AuthenticationFailed,
    InvalidRemoteData,
    PermissionDenied,
    ServerUnreachable,
)
from desk_app.sync.rt import RtConnector, RtMapping


class Fault(http.server.BaseHTTPRequestHandler):
    """Answers every request with the class-level `answer`: (status, headers, body)."""

    answer: tuple[int, dict[str, str], bytes] = (200, {}, b"")
    hits = 0

    def _reply(self) -> None:
        type(self).hits += 1
        status, headers, body = self.answer
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _reply

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def faulty() -> Iterator[tuple[str, type[Fault]]]:
    handler = type("Handler", (Fault,), {"hits": 0})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()
    thread.join()


def token_connector(url: str) -> RtConnector:
    return RtConnector(url, "ana", "tok-secret-9", auth="token", timeout=5)


JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_retryable_and_gets_are_retried(faulty, status: int) -> None:
    url, handler = faulty
    handler.answer = (status, JSON, b'{"message":"boom"}')
    with pytest.raises(ServerUnreachable, match=f"HTTP {status}") as caught:
        token_connector(url).test_connection()  # GET /rt
    assert caught.value.retryable
    assert handler.hits == 3  # a GET is tried three times


def test_429_carries_retry_after(faulty) -> None:
    url, handler = faulty
    handler.answer = (429, {"Retry-After": "7"}, b"")
    with pytest.raises(ServerUnreachable) as caught:
        token_connector(url).fetch_reference()
    assert caught.value.retry_after == 7.0


def test_truncated_json_and_html_are_invalid_data(faulty) -> None:
    url, handler = faulty
    handler.answer = (200, JSON, b'{"items": [{"id": "1", "Na')
    with pytest.raises(InvalidRemoteData, match="instead of JSON"):
        token_connector(url).fetch_reference()
    handler.answer = (200, {"Content-Type": "text/html"}, b"<html>proxy login</html>")
    with pytest.raises(InvalidRemoteData, match="text/html"):
        token_connector(url).fetch_reference()


def test_json_of_the_wrong_shape_is_invalid_data(faulty) -> None:
    url, handler = faulty
    handler.answer = (200, JSON, b'{"items": "not a list"}')
    with pytest.raises(InvalidRemoteData, match="no items"):
        token_connector(url).fetch_reference()


def test_posts_are_never_retried(faulty) -> None:
    url, handler = faulty
    handler.answer = (502, JSON, b"")
    connector = token_connector(url)
    with pytest.raises(ServerUnreachable):
        connector.client.post("/ticket", {"Subject": "x"})
    assert handler.hits == 1


@pytest.mark.parametrize(
    ("status", "error"), [(401, AuthenticationFailed), (403, PermissionDenied)]
)
def test_401_and_403(faulty, status: int, error: type[Exception]) -> None:
    url, handler = faulty
    handler.answer = (status, JSON, b'{"message":"Forbidden"}')
    with pytest.raises(error) as caught:
        token_connector(url).fetch_reference()
    assert "tok-secret-9" not in str(caught.value)


def test_nothing_secret_reaches_the_log(rt_server, caplog, unique) -> None:
    caplog.set_level(logging.DEBUG)
    password = rt_server.users["ana"]
    for secret, auth in ((password, "password"), (rt_server.token, "token")):
        connector = RtConnector(rt_server.url, "ana", secret, auth=auth)
        connector.test_connection()
        for _ in connector.pull_articles(None):
            pass
        connector.close()
    with pytest.raises(AuthenticationFailed):
        RtConnector(rt_server.url, "ana", "wrong-" + password).test_connection()
    assert "GET /REST/2.0/rt" in caplog.text  # the log is there, and says what was called
    for secret in (password, rt_server.token, "wrong-" + password):
        assert secret not in caplog.text


def test_mapping_settings_round_trip_and_refuse_nonsense() -> None:
    custom = RtMapping.from_json(
        '{"status_to_rt": {"waiting_customer": "pending"}, "custom_fields": {"flag": "Bandera"}}'
    )
    assert custom.rt_status("waiting_customer") == "pending"
    assert custom.rt_status("closed") == "resolved"  # the rest keeps its defaults
    assert custom.custom_fields["flag"] == "Bandera"
    assert custom.custom_fields["level"] == "Level"
    assert RtMapping.from_dict(custom.to_dict()) == custom
    assert RtMapping.from_json("") == RtMapping()
    assert custom.app_priority(95) == "critical" and custom.app_priority(0) == "normal"
    for bad in ('{"statuses": {}}', "[1]", "{", '{"overlap_seconds": "2"}'):
        with pytest.raises(ValueError):
            RtMapping.from_json(bad)


def test_ensure_setup_creates_what_a_mapping_adds(rt_server, unique) -> None:
    name = unique("Impacto")
    mapping = RtMapping.from_dict({"custom_fields": {"department": name}})
    ana = RtConnector(rt_server.url, "ana", rt_server.users["ana"], mapping=mapping)
    with pytest.raises((PermissionDenied, InvalidRemoteData)):
        ana.ensure_setup()  # an agent may not create custom fields
    root = RtConnector(rt_server.url, "root", rt_server.users["root"], mapping=mapping)
    assert root.ensure_setup() == [f"ticket custom field {name!r}"]
    assert root.ensure_setup() == []
    assert ana.ensure_setup() == []  # everything is there now: an agent only reads
