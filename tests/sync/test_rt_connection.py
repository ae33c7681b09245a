"""Every way a connection can fail gets its own clear error, and no secret leaks into it."""

from __future__ import annotations

import http.server
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk_app.local_store.base import new_uid
from desk_app.sync.connector import (
    AuthenticationFailed,
    BadServerUrl,
    ConnectorError,
    InvalidRemoteData,
    PermissionDenied,
    PushOp,
    ServerUnreachable,
    TlsError,
)
from desk_app.sync.rt import RtConnector


def assert_no_secret(error: BaseException, connector: RtConnector, secret: str) -> None:
    assert secret not in str(error)
    assert secret not in repr(error)
    assert secret not in repr(connector)
    assert secret not in repr(connector.client)


def test_connection_with_password_and_with_token(rt_server) -> None:
    for secret, auth in ((rt_server.users["ana"], "password"), (rt_server.token, "token")):
        connector = RtConnector(rt_server.url + "/REST/2.0/", "ana", secret, auth=auth)
        info = connector.test_connection()
        connector.close()
        assert info.product == "Request Tracker 5.0.3"
        assert info.url == rt_server.url
        assert info.username == "ana"


@pytest.mark.parametrize(
    "url", ["ftp://rt.example", "rt.example", "http://", "https://user:pw@rt.example"]
)
def test_bad_url_is_refused_before_any_request(url: str) -> None:
    with pytest.raises(BadServerUrl):
        RtConnector(url, "ana", "pw-123")


def test_refused_port_is_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on the port any more.
    connector = RtConnector(f"http://127.0.0.1:{port}", "ana", "pw-123", timeout=2)
    with pytest.raises(ServerUnreachable, match="Could not connect") as caught:
        connector.test_connection()
    assert caught.value.retryable
    assert_no_secret(caught.value, connector, "pw-123")


def test_wrong_password_and_wrong_token_are_401(rt_server) -> None:
    wrong = RtConnector(rt_server.url, "ana", "not-her-password")
    with pytest.raises(AuthenticationFailed) as caught:
        wrong.test_connection()
    assert not caught.value.retryable
    assert_no_secret(caught.value, wrong, "not-her-password")
    bad_token = RtConnector(rt_server.url, "ana", "1-2-deadbeef", auth="token")
    with pytest.raises(AuthenticationFailed):
        bad_token.test_connection()
    assert_no_secret(caught.value, bad_token, "1-2-deadbeef")


def test_user_without_rights_gets_permission_denied(rt_server, unique) -> None:
    mallory = RtConnector(rt_server.url, "mallory", rt_server.users["mallory"])
    mallory.test_connection()  # signing in works; touching tickets does not
    uid = new_uid()
    op = PushOp(
        uid,
        "ticket",
        "create",
        uid,
        None,
        {"subject": unique("forbidden"), "status": "open", "priority": "normal", "level": "L1"},
    )
    with pytest.raises(PermissionDenied) as caught:
        mallory.push(op)
    assert_no_secret(caught.value, mallory, rt_server.users["mallory"])


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield server.getsockname()[1]
    server.close()


def test_server_that_never_answers_times_out(silent_server: int) -> None:
    connector = RtConnector(f"http://127.0.0.1:{silent_server}", "ana", "pw-123", timeout=0.3)
    with pytest.raises(ServerUnreachable, match=r"did not answer within 0\.3 s") as caught:
        connector.test_connection()
    assert_no_secret(caught.value, connector, "pw-123")


class _Handler(http.server.BaseHTTPRequestHandler):
    body = b"<html><body>Welcome to nginx</body></html>"

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_POST = do_GET

    def log_message(self, *args: Any) -> None:
        pass


def _serve(server: http.server.HTTPServer) -> Iterator[int]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[int]:
    """HTTPS with a self-signed certificate no CA vouches for."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = http.server.HTTPServer(("127.0.0.1", 0), _Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    yield from _serve(server)


def test_self_signed_certificate_is_a_tls_error(tls_server: int) -> None:
    connector = RtConnector(f"https://127.0.0.1:{tls_server}", "ana", "pw-123", timeout=5)
    with pytest.raises(TlsError, match="certificate") as caught:
        connector.test_connection()
    assert_no_secret(caught.value, connector, "pw-123")


@pytest.fixture
def html_server() -> Iterator[int]:
    yield from _serve(http.server.HTTPServer(("127.0.0.1", 0), _Handler))


def test_something_else_than_rt_is_a_bad_url(html_server: int) -> None:
    connector = RtConnector(f"http://127.0.0.1:{html_server}", "ana", "tok-1", auth="token")
    with pytest.raises(BadServerUrl, match=r"REST 2\.0"):
        connector.test_connection()


def test_200_with_an_error_message_list_is_invalid_data(rt_server, rt_admin, unique) -> None:
    ana = RtConnector(rt_server.url, "ana", rt_server.users["ana"])
    answer = rt_admin.post(
        f"{rt_server.rest}/ticket",
        json={"Queue": "Partner Desk L1", "Subject": unique("refused"), "Content": "x"},
    )
    ticket = answer.json()["id"]
    for changes, refusal in (
        ({"status": "closed", "queue": "No Such Queue"}, "No Such Queue does not exist"),
        ({"responsible_username": "ghost"}, "does not exist"),
    ):
        op = PushOp(new_uid(), "ticket", "update", "uid", ticket, changes)
        with pytest.raises(InvalidRemoteData, match=refusal) as caught:
            ana.push(op)
        assert isinstance(caught.value, ConnectorError) and not caught.value.retryable
