"""The command's end of the CTI hooks: send one event to the running app and wait for its reply.

Uses QLocalSocket's blocking calls, so it needs no QApplication and no event loop: the
`desk-app call` command stays a short-lived process.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtNetwork import QLocalSocket

from desk_app.cti_events import CtiEvent, parse_reply
from desk_app.ui.cti_server import REPLY_TIMEOUT_MS, server_name


class NotRunning(ConnectionError):
    """No instance listens on the socket."""


def is_running(name: str | None = None, timeout_ms: int = 500) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    alive = socket.waitForConnected(timeout_ms)
    socket.abort()
    return alive


def send(event: CtiEvent, timeout_ms: int = REPLY_TIMEOUT_MS + 2_000,
         name: str | None = None) -> dict[str, Any]:  # fmt: skip
    """The app's reply {"ok": bool, "message"|"error": str}.

    NotRunning when nobody listens; TimeoutError when the app accepted but did not answer
    in `timeout_ms`; ValueError when the reply is garbled.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(1_000):
        socket.abort()
        raise NotRunning("Partner Desk is not running")
    socket.write(event.encode())
    socket.waitForBytesWritten(1_000)
    deadline = time.monotonic() + timeout_ms / 1000
    buffer = b""
    while b"\n" not in buffer:
        left = int((deadline - time.monotonic()) * 1000)
        if left <= 0:
            socket.abort()
            raise TimeoutError("the app did not answer in time")
        if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(min(left, 250)):
            if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                buffer += bytes(socket.readAll().data())
                if b"\n" not in buffer:
                    raise ConnectionError("the app closed the connection without a reply")
                break
            continue
        buffer += bytes(socket.readAll().data())
    socket.abort()
    return parse_reply(buffer.partition(b"\n")[0])
