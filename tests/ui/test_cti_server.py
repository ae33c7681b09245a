"""The app's CTI server with real local-socket clients and the real `desk-app call` command."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from desk_app.cti_events import CtiEvent
from desk_app.ui.cti_server import NAME_ENV, NO_ANSWER, CtiServer, server_name


@pytest.fixture
def name() -> str:
    return f"desk-test-cti-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def server(qtbot, name: str) -> Iterator[CtiServer]:
    cti = CtiServer(name=name, reply_timeout_ms=300)
    assert cti.start(), cti.reason
    yield cti
    cti.stop()


class Handler:
    """Plays the window's part: records events and replies like CallService would.

    Keep a reference: the signal holds the bound method weakly."""

    def __init__(self, server: CtiServer, ok: bool = True, text: str = "ringing") -> None:
        self.events: list[CtiEvent] = []
        self.ok, self.text = ok, text
        server.eventReceived.connect(self.handle)

    def handle(self, event: CtiEvent) -> None:
        self.events.append(event)
        if self.text:
            event.reply(self.ok, self.text)


def _exchange(qtbot, name: str, payload: bytes) -> dict[str, object]:
    client = QLocalSocket()
    client.connectToServer(name)
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
    client.write(payload)
    received = bytearray()

    def has_line() -> bool:
        received.extend(bytes(client.readAll().data()))
        return b"\n" in received

    qtbot.waitUntil(has_line, timeout=5_000)
    client.abort()
    reply: dict[str, object] = json.loads(bytes(received).split(b"\n")[0])
    return reply


def test_a_request_is_emitted_and_the_handlers_reply_goes_back(qtbot, server, name) -> None:
    handler = Handler(server, text="ringing: María Pérez Gómez")
    line = '{"event": "incoming", "from": "+52 55 1234 5678", "name": "María", "call_id": "x1"}\n'
    reply = _exchange(qtbot, name, line.encode())
    assert reply == {"ok": True, "message": "ringing: María Pérez Gómez"}
    assert handler.events == [CtiEvent("incoming", "+52 55 1234 5678", name="María", call_id="x1")]


def test_a_refusal_is_sent_back_as_an_error(qtbot, server, name) -> None:
    handler = Handler(server, ok=False, text="no call with id x9")
    line = CtiEvent("answered", call_id="x9").encode()
    assert _exchange(qtbot, name, line) == {"ok": False, "error": "no call with id x9"}
    assert len(handler.events) == 1


def test_malformed_requests_get_a_clear_error_and_emit_nothing(qtbot, server, name) -> None:
    handler = Handler(server)
    reply = _exchange(qtbot, name, b'{"event": "answered"}\n')
    assert reply == {"ok": False, "error": "a 'answered' event needs the call id (call_id)"}
    assert _exchange(qtbot, name, b"garbage\n")["ok"] is False
    assert handler.events == []


def test_nobody_answering_gets_a_timeout_reply(qtbot, server, name) -> None:
    handler = Handler(server, text="")  # records, never replies
    reply = _exchange(qtbot, name, CtiEvent("ended", call_id="c").encode())
    assert reply == {"ok": False, "error": NO_ANSWER}
    handler.events[0].reply(True, "too late")  # harmless: the client already has its answer


def test_only_one_instance_listens_per_name(qtbot, server, name) -> None:
    second = CtiServer(name=name)
    assert second.start() is False
    assert "already listening" in second.reason
    assert server.is_listening()


def test_a_socket_left_by_a_crash_is_cleaned_up(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "cti.sock"
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # bound, never listening, then gone: what a killed app leaves
    stale.close()
    assert path.exists()
    cti = CtiServer(name=str(path))
    assert cti.start(), cti.reason
    cti.stop()


def test_server_name_is_per_user_unless_overridden(monkeypatch) -> None:
    monkeypatch.delenv(NAME_ENV, raising=False)
    assert server_name().startswith("partner-desk-")
    monkeypatch.setenv(NAME_ENV, "desk-test-x")
    assert server_name() == "desk-test-x"


def _run_cli(qtbot, name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`desk-app ARGS` as a real process; the Qt loop keeps serving while it runs."""
    env = {**os.environ, NAME_ENV: name}
    process = subprocess.Popen(
        [sys.executable, "-m", "desk_app", *args],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    finally:
        if process.poll() is None:
            process.kill()
    stdout, stderr = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def test_desk_app_call_incoming_reaches_the_running_app(qtbot, server, name) -> None:
    handler = Handler(server, text="ringing: María Pérez Gómez")
    result = _run_cli(qtbot, name, "call", "incoming", "--from", "+52 55 1234 5678",
                      "--name", "Juan Pérez", "--call-id", "pbx-7", "--no-start")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ringing: María Pérez Gómez"
    assert result.stderr == ""  # no Qt warnings: the client runs without a QApplication
    assert handler.events == [
        CtiEvent("incoming", "+52 55 1234 5678", name="Juan Pérez", call_id="pbx-7")
    ]


def test_the_apps_refusal_exits_1_with_its_message(qtbot, server, name) -> None:
    handler = Handler(server, ok=False, text="no call with id pbx-8")
    result = _run_cli(qtbot, name, "call", "ended", "--call-id", "pbx-8", "--cause", "busy",
                      "--no-start")  # fmt: skip
    assert result.returncode == 1
    assert "desk-app: error: no call with id pbx-8" in result.stderr
    assert handler.events == [CtiEvent("ended", call_id="pbx-8", cause="busy")]


def test_open_url_sends_the_same_event(qtbot, server, name) -> None:
    handler = Handler(server, text="answered")
    result = _run_cli(qtbot, name, "open-url", "deskapp:call/answered?call_id=pbx-9", "--no-start")
    assert result.returncode == 0, result.stderr
    assert handler.events == [CtiEvent("answered", call_id="pbx-9")]


def test_a_malformed_number_never_reaches_the_app(qtbot, server, name) -> None:
    handler = Handler(server)
    result = _run_cli(qtbot, name, "call", "incoming", "--from", "55 12", "--no-start")
    assert result.returncode == 2
    assert "desk-app: error: '55 12' is not a valid phone number in MX" in result.stderr
    assert handler.events == []
