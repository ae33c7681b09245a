"""The SIP listener against a real SIP stack (sipp) and against hand-written datagrams."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk_app.telephony.sip_listener import SipListener, caller, parse_message

SCENARIO = Path(__file__).with_name("invite_cancel.xml")


class Recorder:
    def __init__(self) -> None:
        self.incoming: list[tuple[str, str | None, str]] = []
        self.ended: list[tuple[str, str]] = []

    def on_incoming(self, number: str, name: str | None, call_id: str) -> None:
        self.incoming.append((number, name, call_id))

    def on_ended(self, call_id: str, reason: str) -> None:
        self.ended.append((call_id, reason))


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def listener(recorder: Recorder) -> Iterator[SipListener]:
    sip = SipListener(recorder.on_incoming, recorder.on_ended, port=0)
    sip.start()
    yield sip
    sip.stop()


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_sipp_invite_then_cancel_raises_and_ends_the_call(
    listener: SipListener, recorder: Recorder, tmp_path: Path
) -> None:
    sipp = shutil.which("sipp")
    if sipp is None:
        if os.environ.get("CI"):
            pytest.fail("sipp is missing (scripts/bootstrap.sh --dev installs sip-tester)")
        pytest.skip("sipp is not installed (apt install sip-tester)")
    result = subprocess.run(
        [sipp, "-sf", str(SCENARIO), "-m", "1", "-timeout", "20", "-recv_timeout", "5000",
         "-i", "127.0.0.1", "-p", str(_free_udp_port()), f"127.0.0.1:{listener.port}"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    # sipp exits 0 only when the scenario completed: 180, then 200 and 487 for the CANCEL.
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert _until(lambda: bool(recorder.ended))
    assert len(recorder.incoming) == 1
    number, name, call_id = recorder.incoming[0]
    assert (number, name) == ("+525512345678", "Juan Pérez")
    assert recorder.ended == [(call_id, "cancelled")]


def _request(method: str, call_id: str, *, from_header: str, compact: bool = False,
             cseq: int = 1) -> bytes:  # fmt: skip
    names = ("v", "f", "t", "i") if compact else ("Via", "From", "To", "Call-ID")
    lines = [
        f"{method} sip:desk@127.0.0.1 SIP/2.0",
        f"{names[0]}: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK{call_id}",
        f"{names[1]}: {from_header};tag=abc",
        f"{names[2]}: <sip:desk@127.0.0.1>",
        f"{names[3]}: {call_id}",
        f"CSeq: {cseq} {method}",
        "Content-Length: 0",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _until(condition: Callable[[], bool]) -> bool:
    """Callbacks run on the listener's thread just after it replies: wait for them."""
    deadline = time.monotonic() + 5
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def _replies(client: socket.socket, count: int) -> list[str]:
    client.settimeout(5)
    return [client.recv(65535).decode().split("\r\n", 1)[0] for _ in range(count)]


@pytest.fixture
def client() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock


def test_retransmitted_invite_rings_again_but_raises_one_call_and_bye_ends_it(
    listener: SipListener, recorder: Recorder, client: socket.socket
) -> None:
    invite = _request("INVITE", "call-1", from_header="<tel:5512345678>", compact=True)
    target = ("127.0.0.1", listener.port)
    client.sendto(invite, target)
    assert _replies(client, 2) == ["SIP/2.0 100 Trying", "SIP/2.0 180 Ringing"]
    client.sendto(invite, target)
    assert _replies(client, 2) == ["SIP/2.0 100 Trying", "SIP/2.0 180 Ringing"]
    client.sendto(_request("BYE", "call-1", from_header="<tel:5512345678>", cseq=2), target)
    assert _replies(client, 1) == ["SIP/2.0 200 OK"]
    assert _until(lambda: bool(recorder.ended))
    assert recorder.incoming == [("5512345678", None, "call-1")]
    assert recorder.ended == [("call-1", "hangup")]


def test_garbage_is_ignored_and_the_listener_keeps_serving(
    listener: SipListener, recorder: Recorder, client: socket.socket
) -> None:
    target = ("127.0.0.1", listener.port)
    client.sendto(b"\xff\xfe not sip at all", target)
    client.sendto(b"INVITE sip:x SIP/2.0\r\nVia: only\r\n\r\n", target)  # no From, Call-ID...
    client.sendto(b"SIP/2.0 200 OK\r\n\r\n", target)  # a response, not a request
    client.sendto(_request("INVITE", "call-2", from_header="Ana <sip:200@pbx>"), target)
    assert _replies(client, 2) == ["SIP/2.0 100 Trying", "SIP/2.0 180 Ringing"]
    assert _until(lambda: bool(recorder.incoming))
    assert recorder.incoming == [("200", "Ana", "call-2")]
    assert recorder.ended == []


def test_ringing_copies_the_dialog_headers_and_adds_a_to_tag(
    listener: SipListener, client: socket.socket
) -> None:
    client.sendto(_request("INVITE", "call-3", from_header='"X" <sip:1@h>'),
                  ("127.0.0.1", listener.port))  # fmt: skip
    client.settimeout(5)
    client.recv(65535)  # 100 Trying
    ringing = parse_response_headers(client.recv(65535).decode())
    assert ringing["call-id"] == "call-3"
    assert ringing["cseq"] == "1 INVITE"
    assert ringing["from"] == '"X" <sip:1@h>;tag=abc'
    assert ringing["to"].startswith("<sip:desk@127.0.0.1>;tag=")
    assert ringing["via"] == "SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bKcall-3"


def parse_response_headers(text: str) -> dict[str, str]:
    lines = text.split("\r\n\r\n")[0].split("\r\n")[1:]
    return {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('"Juan Pérez" <sip:+525512345678@127.0.0.1>;tag=1', ("+525512345678", "Juan Pérez")),
        ("Juan Perez <sip:5512345678@pbx.local;user=phone>", ("5512345678", "Juan Perez")),
        ("<sips:101@pbx>", ("101", None)),
        ("tel:+5715551234;tag=9", ("+5715551234", None)),
        ('"" <sip:7@h>', ("7", None)),
    ],
)
def test_caller_reads_the_number_and_display_name(
    header: str, expected: tuple[str, str | None]
) -> None:
    assert caller(header) == expected


def test_parse_message_expands_compact_headers_and_refuses_non_requests() -> None:
    message = parse_message(_request("INVITE", "c", from_header="<sip:1@h>", compact=True))
    assert message.method == "INVITE"
    assert message.header("call-id") == "c"
    assert message.header("from") == "<sip:1@h>;tag=abc"
    for bad in (b"", b"hello", b"SIP/2.0 180 Ringing\r\n\r\n", b"INVITE sip:x SIP/2.0\r\n\r\n"):
        with pytest.raises(ValueError):
            parse_message(bad)


def test_a_taken_port_is_an_error_at_start(listener: SipListener, recorder: Recorder) -> None:
    second = SipListener(recorder.on_incoming, recorder.on_ended, port=listener.port)
    with pytest.raises(OSError):
        second.start()


def test_the_port_setting_is_off_by_default_and_range_checked(tmp_path: Path) -> None:
    from desk_app.settings import SIP_LISTENER_PORT, Settings, SettingsError

    settings = Settings(tmp_path / "settings.json")
    assert settings.get(SIP_LISTENER_PORT) == 0
    settings.set("sip_listener_port", SIP_LISTENER_PORT.from_text("5062"))
    assert settings.get(SIP_LISTENER_PORT) == 5062
    for bad in ("70000", "-1", "udp"):
        with pytest.raises(SettingsError, match="sip_listener_port"):
            SIP_LISTENER_PORT.from_text(bad)
