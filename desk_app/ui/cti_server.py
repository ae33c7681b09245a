"""The app's end of the CTI hooks: a per-user local socket that softphone commands talk to.

`desk-app call ...` (and `desk-app open-url deskapp:...`) connect to this server, send one JSON
line and wait for one JSON line back. The server turns the request into a `CtiEvent`, emits
`eventReceived` on the UI thread and writes whatever the handler passes to `event.reply`. Only
one server per name can listen, which is what makes the app a single instance per user.
"""

from __future__ import annotations

import dataclasses
import getpass
import logging
import os

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desk_app.cti_events import MAX_LINE, error_reply, ok_reply, parse_request
from desk_app.ui.qt_compat import emit

log = logging.getLogger(__name__)

NAME_ENV = "DESK_APP_CTI_NAME"
REPLY_TIMEOUT_MS = 10_000
_PROBE_MS = 500
NO_ANSWER = "the app did not answer"


def server_name() -> str:
    """The socket name: DESK_APP_CTI_NAME if set (tests use a unique one), else per user."""
    override = os.environ.get(NAME_ENV, "").strip()
    return override or f"partner-desk-{getpass.getuser()}"


class _Exchange:
    """One client connection: its read buffer and whether it has had its reply."""

    def __init__(self, socket: QLocalSocket) -> None:
        self.socket = socket
        self.buffer = b""
        self.answered = False
        self.timer: QTimer | None = None

    def send(self, payload: bytes) -> None:
        if self.answered:
            return  # a late handler after the timeout, or a second reply: the client has one
        self.answered = True
        if self.timer is not None:
            self.timer.stop()
        if self.socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self.socket.write(payload)
            self.socket.flush()
            self.socket.disconnectFromServer()


class CtiServer(QObject):
    """Listens on `server_name()`; emits `eventReceived(CtiEvent)` for each valid request."""

    eventReceived = Signal(object)

    def __init__(self, parent: QObject | None = None, *, name: str | None = None,
                 reply_timeout_ms: int = REPLY_TIMEOUT_MS) -> None:  # fmt: skip
        super().__init__(parent)
        self.name = name or server_name()
        self.reason = ""
        self._reply_timeout_ms = reply_timeout_ms
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._exchanges: dict[QLocalSocket, _Exchange] = {}

    def start(self) -> bool:
        """Listen; False (with `reason` set) when another instance already holds the name."""
        if self._server.isListening():
            return True
        # Ask first: with access options Qt creates the socket beside its path and renames it
        # into place, so listen() alone would silently take the name from a running instance.
        if self._someone_answers():
            self.reason = f"another Partner Desk is already listening on {self.name!r}"
            log.warning(self.reason)
            return False
        # Nobody answers: any socket file there was left by a crashed instance.
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        self.reason = f"cannot listen on {self.name!r}: {self._server.errorString()}"
        log.warning(self.reason)
        return False

    def stop(self) -> None:
        self._server.close()

    def is_listening(self) -> bool:
        return self._server.isListening()

    def _someone_answers(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = probe.waitForConnected(_PROBE_MS)
        probe.abort()
        return alive

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                continue
            exchange = _Exchange(socket)
            self._exchanges[socket] = exchange
            socket.readyRead.connect(lambda e=exchange: self._read(e))
            socket.disconnected.connect(lambda e=exchange: self._forget(e))

    def _forget(self, exchange: _Exchange) -> None:
        if self._exchanges.pop(exchange.socket, None) is not None:
            exchange.answered = True  # a handler replying later writes nowhere
            if exchange.timer is not None:
                exchange.timer.stop()
            exchange.socket.deleteLater()

    def _read(self, exchange: _Exchange) -> None:
        if exchange.answered or exchange.timer is not None:
            exchange.socket.readAll()  # one request per connection; ignore the rest
            return
        exchange.buffer += bytes(exchange.socket.readAll().data())
        line, newline, _ = exchange.buffer.partition(b"\n")
        if not newline:
            if len(exchange.buffer) > MAX_LINE:
                exchange.send(error_reply(f"request longer than {MAX_LINE} bytes"))
            return
        try:
            parsed = parse_request(line)
        except ValueError as exc:
            exchange.send(error_reply(str(exc)))
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: exchange.send(error_reply(NO_ANSWER)))
        exchange.timer = timer
        timer.start(self._reply_timeout_ms)

        def reply(ok: bool, text: str) -> None:
            exchange.send(ok_reply(text) if ok else error_reply(text))

        emit(self.eventReceived, dataclasses.replace(parsed, reply=reply))
