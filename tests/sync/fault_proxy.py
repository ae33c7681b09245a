"""A reverse proxy on 127.0.0.1 in front of the test RT that breaks requests on demand.

`FaultProxy(upstream).fault(mode, methods=..., path=regex, skip=n)` turns a fault on for the
requests of those methods whose path (without the query) matches: the first `skip` of them
pass (so a sync can fail half-way, after some pushes were applied), every later one gets the
fault; `clear()` makes it a plain pass-through again; `sent()` counts what was sent.

Modes, and what the app sees:
- "reset": the socket is closed with SO_LINGER 0 (a TCP RST) before anything is answered;
- "drop": the request reaches RT (applied there) and then the connection is reset: a lost
  answer;
- "stall": nothing for `stall_seconds`, then the socket is closed unanswered (the request is
  never forwarded, so a slow stalled request cannot land after a retry and race it);
- "truncate": RT's answer with its real Content-Length but only half the body, then close;
- "truncate_eof": RT's answer without Content-Length, half the body, then close (the client
  reads to EOF and gets half a JSON document);
- "500", "502", "503": that status with a short text body, not forwarded;
- "429": Too Many Requests with `Retry-After: 1`, not forwarded;
- "html": 200 with an HTML page (a captive portal, a proxy's error page), not forwarded.

Imported by path from the tests (they run with --import-mode=importlib).
"""

from __future__ import annotations

import contextlib
import http.client
import http.server
import re
import socket
import struct
import threading
import time
from collections.abc import Iterable
from urllib.parse import urlsplit

MODES = ("reset", "drop", "stall", "truncate", "truncate_eof", "500", "502", "503", "429", "html")
_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection"}
)
_HTML = b"<!DOCTYPE html><html><body><h1>Hotel Wi-Fi</h1><p>Accept the terms.</p></body></html>"


class FaultProxy:
    def __init__(self, upstream: str, *, stall_seconds: float = 5.0) -> None:
        parts = urlsplit(upstream)
        assert parts.hostname is not None
        self._upstream = (parts.hostname, parts.port or 80)
        self.stall_seconds = stall_seconds
        self._lock = threading.Lock()
        self._mode: str | None = None
        self._methods: frozenset[str] | None = None
        self._path: re.Pattern[str] | None = None
        self._skip = 0
        self.requests = 0  # every request seen
        self.faulted = 0  # requests that got the fault
        self.log: list[tuple[str, str]] = []  # (method, path without the query) of each request
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _handle(self) -> None:
                proxy._serve(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

            def log_message(self, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def fault(
        self,
        mode: str,
        *,
        methods: Iterable[str] | None = None,
        path: str | None = None,
        skip: int = 0,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown fault mode {mode!r}")
        with self._lock:
            self._mode = mode
            self._methods = frozenset(m.upper() for m in methods) if methods else None
            self._path = re.compile(path) if path else None
            self._skip = skip
            self.faulted = 0

    def sent(self, method: str, path: str) -> int:
        """How many requests of `method` had a path matching the regex `path`."""
        with self._lock:
            return sum(1 for m, p in self.log if m == method and re.search(path, p))

    def clear(self) -> None:
        with self._lock:
            self._mode = None

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    # --- serving -----------------------------------------------------------------------------

    def _choose(self, method: str, target: str) -> str | None:
        with self._lock:
            self.requests += 1
            self.log.append((method, urlsplit(target).path))
            if self._mode is None or (self._methods and method not in self._methods):
                return None
            if self._path is not None and not self._path.search(self.log[-1][1]):
                return None
            if self._skip > 0:
                self._skip -= 1
                return None
            self.faulted += 1
            return self._mode

    def _serve(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        mode = self._choose(handler.command, handler.path)
        if mode == "reset":
            _reset(handler)
            return
        if mode == "stall":
            time.sleep(self.stall_seconds)
            _reset(handler)
            return
        if mode in ("500", "502", "503", "429", "html"):
            _canned(handler, mode)
            return
        status, reason, headers, answer = self._forward(handler, body)
        if mode == "drop":
            _reset(handler)
            return
        handler.send_response(status, reason)
        for name, value in headers:
            handler.send_header(name, value)
        if mode == "truncate_eof":
            handler.send_header("Connection", "close")
            handler.end_headers()
            handler.wfile.write(answer[: len(answer) // 2])
            handler.wfile.flush()
            handler.close_connection = True
            return
        handler.send_header("Content-Length", str(len(answer)))
        handler.end_headers()
        if mode == "truncate":
            handler.wfile.write(answer[: len(answer) // 2])
            handler.wfile.flush()
            _reset(handler)
            return
        handler.wfile.write(answer)

    def _forward(
        self, handler: http.server.BaseHTTPRequestHandler, body: bytes
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection(*self._upstream, timeout=60)
        try:
            headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP_BY_HOP}
            headers["Content-Length"] = str(len(body))
            connection.request(handler.command, handler.path, body=body, headers=headers)
            answer = connection.getresponse()
            data = answer.read()
            kept = [(k, v) for k, v in answer.getheaders() if k.lower() not in _HOP_BY_HOP]
            return answer.status, answer.reason, kept, data
        finally:
            connection.close()


def _reset(handler: http.server.BaseHTTPRequestHandler) -> None:
    """Close with a TCP RST instead of a FIN: the client sees "connection reset by peer"."""
    sock = handler.connection
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.close_connection = True
    sock.close()


def _canned(handler: http.server.BaseHTTPRequestHandler, mode: str) -> None:
    if mode == "html":
        status, ctype, body = 200, "text/html; charset=utf-8", _HTML
    else:
        status, ctype = int(mode), "text/plain"
        body = f"{status} from the proxy".encode()
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    if mode == "429":
        handler.send_header("Retry-After", "1")
    handler.end_headers()
    handler.wfile.write(body)
