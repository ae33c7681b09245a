"""An optional SIP listener: notices INVITEs sent to a UDP port and raises incoming calls.

It is not a phone: it answers an INVITE with 100 Trying and 180 Ringing (so the PBX or a
forking proxy sees a ringing endpoint) and reports the caller; CANCEL and BYE end the call.
It never answers with 200 to an INVITE, so it never takes the audio. Pure Python, one daemon
thread; callbacks run on that thread, so a UI must hand them over to its own thread.
"""

from __future__ import annotations

import logging
import re
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

OnIncoming = Callable[[str, str | None, str], None]  # number, display name, Call-ID
OnEnded = Callable[[str, str], None]  # Call-ID, "cancelled" | "hangup"

# RFC 3261 §7.3.3 compact header names.
_COMPACT = {"f": "from", "t": "to", "i": "call-id", "v": "via", "m": "contact",
            "l": "content-length", "c": "content-type"}  # fmt: skip
_MAX_CALLS = 1024  # Call-IDs remembered for retransmissions; old ones are dropped first
_URI = re.compile(r"(?:sips?|tel):([^@;>?\s]+)", re.IGNORECASE)


@dataclass(frozen=True)
class SipMessage:
    method: str
    uri: str
    headers: tuple[tuple[str, str], ...]  # (lower-case full name, value), in order

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key == name:
                return value
        return None

    def all(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key == name]


def parse_message(data: bytes) -> SipMessage:
    """A SIP request; ValueError for responses, garbage, or requests missing key headers."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    head = text.split("\r\n\r\n", 1)[0].split("\n\n", 1)[0]
    lines = [line.rstrip("\r") for line in head.split("\n")]
    parts = lines[0].split(" ") if lines else []
    if len(parts) != 3 or not parts[2].startswith("SIP/2.0") or not parts[0].isalpha():
        raise ValueError(f"not a SIP request line: {lines[0][:80]!r}" if lines else "empty")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and headers:  # folded continuation line
            key, value = headers[-1]
            headers[-1] = (key, f"{value} {line.strip()}")
            continue
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            raise ValueError(f"bad header line {line[:80]!r}")
        key = name.strip().lower()
        headers.append((_COMPACT.get(key, key), value.strip()))
    message = SipMessage(parts[0].upper(), parts[1], tuple(headers))
    for required in ("via", "from", "to", "call-id", "cseq"):
        if message.header(required) is None:
            raise ValueError(f"{message.method} without a {required} header")
    return message


def caller(from_header: str) -> tuple[str, str | None]:
    """(number, display name) from a From header: the URI's user part and the name, if any."""
    match = _URI.search(from_header)
    if match is None:
        raise ValueError(f"no sip: or tel: URI in From {from_header!r}")
    number = match.group(1)
    before = from_header[: from_header.find("<")] if "<" in from_header else ""
    name = before.strip()
    if name.startswith('"') and name.endswith('"') and len(name) >= 2:
        name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return number, (name.strip() or None)


def response(request: SipMessage, status: int, reason: str, to_tag: str | None = None,
             cseq: str | None = None) -> bytes:  # fmt: skip
    """A response copying Via (all), From, To (+ tag), Call-ID and CSeq from `request`."""
    to = request.header("to") or ""
    if to_tag and ";tag=" not in to.replace(" ", ""):
        to = f"{to};tag={to_tag}"
    lines = [f"SIP/2.0 {status} {reason}"]
    lines += [f"Via: {via}" for via in request.all("via")]
    lines += [
        f"From: {request.header('from')}",
        f"To: {to}",
        f"Call-ID: {request.header('call-id')}",
        f"CSeq: {cseq or request.header('cseq')}",
        "Server: Partner Desk",
        "Content-Length: 0",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")


class SipListener:
    """`start()` binds host:port (port 0 = any free port; see `port`) and serves until `stop()`."""

    def __init__(self, on_incoming: OnIncoming, on_ended: OnEnded, *,
                 host: str = "127.0.0.1", port: int = 5060) -> None:  # fmt: skip
        self._on_incoming = on_incoming
        self._on_ended = on_ended
        self._host = host
        self._port = port
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        # Call-ID -> (the INVITE, our To tag), for CANCEL's 487 and retransmissions.
        self._calls: dict[str, tuple[SipMessage, str]] = {}

    @property
    def port(self) -> int:
        return self._sock.getsockname()[1] if self._sock is not None else self._port

    def start(self) -> None:
        """Bind and start the thread; OSError when the port is taken or not allowed."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            sock.bind((self._host, self._port))
        except OSError:
            sock.close()
            raise
        sock.settimeout(0.2)  # so stop() is noticed without a wake-up datagram
        self._sock = sock
        self._stopping.clear()
        self._thread = threading.Thread(target=self._serve, name="sip-listener", daemon=True)
        self._thread.start()
        log.info("SIP listener on %s:%s", self._host, self.port)

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _serve(self) -> None:
        assert self._sock is not None
        while not self._stopping.is_set():
            try:
                data, peer = self._sock.recvfrom(65535)
            except TimeoutError:
                continue
            except OSError as exc:
                log.warning("SIP listener stopped: %s", exc)
                return
            try:
                self.handle(data, peer)
            except Exception:  # a callback's bug must not kill the listener
                log.exception("SIP datagram from %s:%s failed", *peer)

    def handle(self, data: bytes, peer: tuple[str, int]) -> None:
        if not data.strip():
            return  # keep-alive CRLFs
        try:
            request = parse_message(data)
        except ValueError as exc:
            log.warning("ignored SIP datagram from %s:%s: %s", peer[0], peer[1], exc)
            return
        call_id = request.header("call-id") or ""
        if request.method == "INVITE":
            self._invite(request, call_id, peer)
        elif request.method == "CANCEL":
            self._send(response(request, 200, "OK"), peer)
            known = self._calls.pop(call_id, None)
            if known is not None:
                invite, tag = known
                self._send(response(invite, 487, "Request Terminated", tag), peer)
                self._on_ended(call_id, "cancelled")
        elif request.method == "BYE":
            self._send(response(request, 200, "OK", self._tag(call_id)), peer)
            if self._calls.pop(call_id, None) is not None:
                self._on_ended(call_id, "hangup")
        elif request.method != "ACK":
            log.info("ignored SIP %s from %s:%s", request.method, peer[0], peer[1])

    def _tag(self, call_id: str) -> str | None:
        known = self._calls.get(call_id)
        return known[1] if known else None

    def _invite(self, request: SipMessage, call_id: str, peer: tuple[str, int]) -> None:
        known = self._calls.get(call_id)
        retransmission = known is not None
        try:
            number, name = caller(request.header("from") or "")
        except ValueError as exc:
            log.warning("ignored INVITE from %s:%s: %s", peer[0], peer[1], exc)
            return
        tag = known[1] if known else secrets.token_hex(4)
        self._send(response(request, 100, "Trying"), peer)
        self._send(response(request, 180, "Ringing", tag), peer)
        if retransmission:
            return
        if len(self._calls) >= _MAX_CALLS:
            self._calls.pop(next(iter(self._calls)))
        self._calls[call_id] = (request, tag)
        self._on_incoming(number, name, call_id)

    def _send(self, payload: bytes, peer: tuple[str, int]) -> None:
        if self._sock is not None:
            self._sock.sendto(payload, peer)
