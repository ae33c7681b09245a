"""`desk-app connect` and `desk-app sync --once` as real subprocesses against the real RT
(`rt_server`), with the secret in the real keyring (scripts/with_test_keyring.sh), and a test
that looks for the secret everywhere the app writes after connect + sync + export."""

from __future__ import annotations

import base64
import importlib.util
import json
import logging
import os
import socket
import ssl
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import text

from desk_app.local_store.engine import open_store
from desk_app.local_store.ticket_writes import NewTicket, add_comment, create_ticket, log_time
from desk_app.local_store.visibility import viewer_for
from desk_app.settings import Settings
from desk_app.sync import credentials
from desk_app.sync.connector import ConnectorError
from desk_app.sync.engine import SyncEngine
from desk_app.sync.factory import connector_from_settings

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300
ACCOUNTS = ("ana", "bruno", "lucia", "mallory")


def _load(name: str) -> ModuleType:
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


fx = _load("engine_fixtures")


@pytest.fixture
def keyring_ok() -> None:
    problem = credentials.keyring_problem()
    if problem is not None:
        if os.environ.get("DESK_TEST_KEYRING"):
            pytest.fail(f"the test keyring does not work: {problem}")
        pytest.skip("no Secret Service here; run under scripts/with_test_keyring.sh")


@pytest.fixture
def home(tmp_path: Path, rt_server: Any, keyring_ok: None) -> Iterator[dict[str, str]]:
    """Private config and data folders; no keyring entry of the test RT before or after."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    for user in ACCOUNTS:
        credentials.delete_secret(rt_server.url, user)
    yield env
    for user in ACCOUNTS:
        credentials.delete_secret(rt_server.url, user)


def desk(env: dict[str, str], *args: str | Path, stdin: str = "",
         **extra: str) -> subprocess.CompletedProcess[str]:  # fmt: skip
    return subprocess.run([sys.executable, "-m", "desk_app", *map(str, args)], cwd=ROOT,
                          env={**env, **extra}, input=stdin, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)  # fmt: skip


def settings_file(env: dict[str, str]) -> Path:
    return Path(env["XDG_CONFIG_HOME"]) / "partner-desk" / "settings.json"


def one_error_line(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("desk-app: error: "), lines[0]
    for fragment in fragments:
        assert fragment.lower() in lines[0].lower(), lines[0]
    return lines[0]


def connect(env: dict[str, str], rt_server: Any, user: str = "ana", *, token: bool = False,
            **extra: str) -> subprocess.CompletedProcess[str]:  # fmt: skip
    secret = rt_server.token if token else rt_server.users[user]
    flag = "--token-stdin" if token else "--password-stdin"
    return desk(env, "connect", "--server", rt_server.url + "/", "--user", user, flag,
                stdin=secret + "\n", **extra)  # fmt: skip


# --- connect ---------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [False, True], ids=["password", "token"])
def test_connect_keeps_the_secret_in_the_keyring_and_the_rest_in_settings(
    home, rt_server, token
) -> None:
    secret = rt_server.token if token else rt_server.users["ana"]
    result = connect(home, rt_server, token=token)
    assert result.returncode == 0, result.stderr
    kind = "token" if token else "password"
    assert result.stdout.splitlines()[0] == (
        f"Connected to Request Tracker 5.0.3 at {rt_server.url} as ana; "
        f"the {kind} is stored in the system keyring."
    )
    document = json.loads(settings_file(home).read_text(encoding="utf-8"))
    assert document["values"] == {
        "sync_server_url": rt_server.url, "sync_username": "ana", "sync_auth": kind,
        "sync_verify_tls": True,
    }  # fmt: skip
    assert secret not in settings_file(home).read_text(encoding="utf-8")
    # This test process never saw the secret: it reads it back from GNOME Keyring.
    assert credentials.load_secret(rt_server.url, "ana") == secret


def test_connecting_as_someone_else_forgets_the_previous_secret(home, rt_server) -> None:
    assert connect(home, rt_server, "ana").returncode == 0
    second = connect(home, rt_server, "bruno")
    assert second.returncode == 0, second.stderr
    assert credentials.load_secret(rt_server.url, "ana") is None
    assert credentials.load_secret(rt_server.url, "bruno") == rt_server.users["bruno"]


def test_a_wrong_password_is_refused_and_nothing_is_stored(home, rt_server) -> None:
    result = desk(home, "connect", "--server", rt_server.url, "--user", "bruno",
                  "--password-stdin", stdin="not-the-password\n")  # fmt: skip
    assert result.returncode == 1
    line = one_error_line(result, "connect failed", "refused the user name or password")
    assert "not-the-password" not in line and result.stdout == ""
    assert not settings_file(home).exists()
    assert credentials.load_secret(rt_server.url, "bruno") is None


def test_an_account_without_rights_is_refused_and_nothing_is_stored(home, rt_server) -> None:
    result = connect(home, rt_server, "mallory")
    assert result.returncode == 1
    one_error_line(result, "mallory signed in, but may not use", "ask a helpdesk administrator")
    assert not settings_file(home).exists()
    assert credentials.load_secret(rt_server.url, "mallory") is None


def test_without_a_keyring_connect_refuses_to_pretend(home, rt_server) -> None:
    result = connect(home, rt_server, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 1
    one_error_line(result, "no system keyring is available", "nothing was saved",
                   "desk-app connect")  # fmt: skip
    assert result.stdout == "" and not settings_file(home).exists()


# Failing servers for the error cases, all on 127.0.0.1.


def _closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


@contextmanager
def _silent_server() -> Iterator[str]:
    """Completes the TCP handshake (backlog) and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


class _Answer(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        payload = b'{"Version": "5.0.3"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_POST = do_GET

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _self_signed_server(folder: Path) -> Iterator[str]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    server.daemon_threads = True
    server.handle_error = lambda *_args: None  # type: ignore[method-assign]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        with suppress(OSError):
            server.server_close()
        thread.join(5)


@pytest.mark.parametrize("case", ["bad url", "refused", "timeout", "tls", "empty", "no flag"])
def test_connection_problems_give_one_clear_line_and_store_nothing(
    home, rt_server, tmp_path, case
) -> None:
    password = rt_server.users["ana"] + "\n"
    args = ["--user", "ana", "--password-stdin"]
    with _silent_server() as silent, _self_signed_server(tmp_path) as tls:
        server, stdin, code, fragment = {
            "bad url": ("ftp://rt.example.com", password, 2, "bad server address"),
            "refused": (_closed_port(), password, 1, "refused"),
            "timeout": (silent, password, 1, "did not answer within 2 s"),
            "tls": (tls, password, 1, "certificate"),
            "empty": (rt_server.url, "\n", 2, "the password is empty"),
            "no flag": (rt_server.url, password, 2, "--password-stdin"),
        }[case]
        if case == "no flag":
            args = ["--user", "ana"]
        result = desk(home, "connect", "--server", server, *args, "--timeout", "2", stdin=stdin)
    assert result.returncode == code
    line = one_error_line(result, fragment)
    assert rt_server.users["ana"] not in line
    assert not settings_file(home).exists()
    assert credentials.load_secret(rt_server.url, "ana") is None


# --- sync --once ------------------------------------------------------------------------------


def _offline_ticket(workspace: Path, username: str, subject: str) -> None:
    store = fx.advisor_workspace(workspace, username)
    try:
        with store.transaction() as s:
            viewer = viewer_for(s, username)
            now = datetime.now(UTC)
            maria = s.scalar(text("SELECT id FROM people WHERE full_name LIKE 'María%'"))
            draft = NewTicket(subject=subject, body="El timbrado falla con el error 301.",
                              requester_id=maria, ticket_type="problem", channel="phone",
                              priority="urgent", criticality="moderate")  # fmt: skip
            ticket = create_ticket(s, viewer, draft, now)
            add_comment(s, viewer, ticket.id, "Revisar el certificado", public=False, now=now)
            log_time(s, viewer, ticket.id, "L2", 30, now)
    finally:
        store.close()


def _rt_count(rt_admin: Any, rt_server: Any, subject: str) -> int:
    answer = rt_admin.get(f"{rt_server.rest}/tickets",
                          params={"query": f"Subject = '{subject}'"}, timeout=30)  # fmt: skip
    answer.raise_for_status()
    return int(answer.json()["total"])


def test_sync_once_pushes_an_offline_ticket_and_reports(home, rt_server, rt_admin,
                                                        tmp_path) -> None:  # fmt: skip
    workspace = tmp_path / "ws"
    subject = f"CLI sync {uuid.uuid4().hex[:10]}"
    _offline_ticket(workspace, "ana", subject)
    assert connect(home, rt_server).returncode == 0

    first = desk(home, "-v", "sync", "--once", "--workspace", workspace)
    assert first.returncode == 0, first.stderr
    summary = first.stdout.strip().splitlines()[-1]
    assert summary.startswith(f"Synced {workspace} with {rt_server.url} (first sync): pushed 3,")
    assert summary.endswith("conflicts 0, pending 0")
    assert "push" in first.stderr  # -v shows progress
    assert _rt_count(rt_admin, rt_server, subject) == 1

    again = desk(home, "sync", "--once", "--workspace", workspace)
    assert again.returncode == 0, again.stderr
    assert "pushed 0," in again.stdout and "(first sync)" not in again.stdout
    assert _rt_count(rt_admin, rt_server, subject) == 1


def test_sync_once_failures_are_one_line_and_non_zero(home, rt_server, tmp_path) -> None:
    workspace = tmp_path / "ws"
    unset = desk(home, "sync", "--once", "--workspace", workspace)
    assert unset.returncode == 1
    one_error_line(unset, "Sync is not set up", "desk-app connect")

    assert connect(home, rt_server).returncode == 0
    credentials.delete_secret(rt_server.url, "ana")
    missing = desk(home, "sync", "--once", "--workspace", workspace)
    assert missing.returncode == 1
    one_error_line(missing, "No password is stored for ana", "connect again")

    credentials.save_secret(rt_server.url, "ana", "changed-on-the-server")
    refused = desk(home, "sync", "--once", "--workspace", workspace)
    assert refused.returncode == 1
    line = one_error_line(refused, f"sync with {rt_server.url} failed")
    assert "changed-on-the-server" not in line

    nowhere = _closed_port()
    assert desk(home, "settings", "sync_server_url", nowhere).returncode == 0
    credentials.save_secret(nowhere, "ana", "x")
    try:
        down = desk(home, "sync", "--once", "--workspace", workspace)
    finally:
        credentials.delete_secret(nowhere, "ana")
    assert down.returncode == 1
    one_error_line(down, "failed", "refused")

    usage = desk(home, "sync", "--workspace", workspace)
    assert usage.returncode == 2 and "--once" in usage.stderr


# --- the secret is nowhere but in the keyring ----------------------------------------------


def _traces(secret: str, user: str) -> list[bytes]:
    """The secret as bytes, and the encodings an HTTP client or a careless log would use."""
    raw = secret.encode()
    return [raw, base64.b64encode(raw), base64.b64encode(f"{user}:{secret}".encode()),
            secret.encode("utf-16-le")]  # fmt: skip


def _files_holding(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found += [f"{path} holds {n!r}" for n in needles if n in data]
    return found


@pytest.mark.parametrize("token", [False, True], ids=["password", "token"])
def test_the_secret_appears_nowhere_after_connect_sync_and_export(
    home, rt_server, tmp_path, token
) -> None:
    secret = rt_server.token if token else rt_server.users["ana"]
    needles = _traces(secret, "ana")
    workspace = tmp_path / "ws"
    _offline_ticket(workspace, "ana", f"Secret check {uuid.uuid4().hex[:10]}")

    runs = [connect(home, rt_server, token=token)]
    runs.append(desk(home, "-v", "sync", "--once", "--workspace", workspace))
    runs.append(desk(home, "-v", "sync", "--once", "--workspace", workspace))
    for kind in ("tickets", "articles", "calls"):
        for fmt in ("json", "csv"):
            runs.append(desk(home, "-v", "export", kind, "--format", fmt, "--workspace",
                             workspace, "--output", tmp_path / f"{kind}.{fmt}"))  # fmt: skip
    runs.append(desk(home, "settings"))
    for result in runs:
        assert result.returncode == 0, [*result.args[3:], result.stderr]
    assert credentials.load_secret(rt_server.url, "ana") == secret  # it is stored, somewhere

    # The search itself works: a planted copy is found.
    planted = tmp_path / "planted" / "control.bin"
    planted.parent.mkdir()
    planted.write_bytes(b"xx" + needles[0] + b"xx")
    assert _files_holding(tmp_path, needles) == [f"{planted} holds {needles[0]!r}"]
    planted.unlink()

    assert (workspace / "desk.sqlite").stat().st_size > 0
    assert settings_file(home).exists()
    assert _files_holding(tmp_path, needles) == []  # workspace (db, WAL), settings, exports
    outputs = "".join(r.stdout + r.stderr for r in runs).encode()
    assert not [n for n in needles if n in outputs]


def test_the_secret_is_not_in_debug_logs_reprs_or_errors(home, rt_server, tmp_path,
                                                         caplog) -> None:  # fmt: skip
    """In-process, with every logger (ours, requests', urllib3's) at DEBUG."""
    secret = rt_server.users["ana"]
    settings = Settings(tmp_path / "settings.json")
    settings.set("sync_server_url", rt_server.url)
    settings.set("sync_username", "ana")
    assert credentials.save_secret(rt_server.url, "ana", secret) == "keyring"
    workspace = tmp_path / "ws"
    _offline_ticket(workspace, "ana", f"Debug log check {uuid.uuid4().hex[:10]}")
    store = open_store(workspace)
    wrong = "Wrong-Secret-987"
    try:
        with caplog.at_level(logging.DEBUG):
            connector = connector_from_settings(settings)
            try:
                report = SyncEngine(store, connector).run_once()
                seen = repr(connector) + repr(vars(connector))
            finally:
                connector.close()
            bad = connector_from_settings(settings, secret=wrong)
            with pytest.raises(ConnectorError) as caught:
                SyncEngine(store, bad).run_once()
            bad.close()
    finally:
        store.close()
    assert report.pushed == 3
    assert "DEBUG" in {r.levelname for r in caplog.records}  # the capture did see debug lines
    for needle in _traces(secret, "ana") + _traces(wrong, "ana"):
        text = needle.decode("latin-1")
        assert text not in caplog.text
        assert text not in seen
        assert text not in str(caught.value) and text not in repr(caught.value)
