"""Qt start-up pieces the composition root (desk_app.app) puts together: the application
object, the house style, quitting on SIGINT/SIGTERM, and the offscreen screenshot."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from PySide6.QtCore import (
    QMessageLogContext,
    QSocketNotifier,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QApplication, QDialog

import desk_app
from desk_app.resources_path import resource_path
from desk_app.ui.main_window import MainWindow
from desk_app.ui.views import ViewSpec

log = logging.getLogger(__name__)

SCREENSHOT_TIMEOUT_MS = 60_000


# Qt messages that say nothing to a user. The offscreen platform plugin has no
# propagateSizeHints(), so QPlatformWindow's default warns on every shown window.
_QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message in _QUIET_QT_MESSAGES:
        return
    if kind == QtMsgType.QtDebugMsg and not log.isEnabledFor(logging.DEBUG):
        return
    print(f"desk-app: qt: {message}", file=sys.stderr)


def create_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(_qt_message)
    # Our own options were parsed already; Qt gets only the program name.
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Partner Desk")
    app.setOrganizationName("PartnerDesk")
    app.setApplicationVersion(desk_app.__version__)
    apply_house_style(app)
    return app


def apply_house_style(app: QApplication) -> None:
    # Fusion looks the same on every platform and offscreen, so screenshots match the app.
    app.setStyle("Fusion")
    icon = resource_path("icons", "partner-desk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    sheet = resource_path("style", "desk.qss")
    try:
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("style sheet not loaded (%s); using the plain style", exc)


@contextmanager
def quit_on_unix_signals(app: QApplication) -> Iterator[None]:
    """Let Ctrl+C and SIGTERM close the app cleanly while Qt's event loop runs.

    Python runs signal handlers only between bytecodes, and Qt's loop is C++; a wake-up
    socket watched by a QSocketNotifier brings control back to Python when a signal arrives
    (the approach qutebrowser's SignalHandler takes).
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: _drain(reader))
    previous = {
        signum: signal.signal(signum, lambda *_: app.quit())
        for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()


def _drain(reader: socket.socket) -> None:
    with suppress(OSError):
        reader.recv(64)


def take_screenshot(
    app: QApplication,
    window: MainWindow,
    view: ViewSpec,
    path: Path,
    *,
    error: Callable[[str], None],
    timeout_ms: int = SCREENSHOT_TIMEOUT_MS,
) -> int:
    """Open `view`, wait (signal-driven) until it has loaded, save the window as a PNG.

    Returns the exit code: 0 when the file was written, 1 otherwise (`error` got the reason).
    """
    outcome: dict[str, int] = {}

    def fail(message: str) -> None:
        if not outcome:  # report the first failure only
            outcome["code"] = 1
            error(message)
        app.exit(1)

    def grab() -> None:
        pixmap = window.grab()
        # Dialogs are windows of their own: paint the open ones over the main window, centred,
        # as a user sees them.
        painter = QPainter(pixmap)
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                shot = dialog.grab()
                painter.drawPixmap((pixmap.width() - shot.width()) // 2,
                                   (pixmap.height() - shot.height()) // 2, shot)  # fmt: skip
        painter.end()
        if pixmap.isNull() or not pixmap.save(str(path), "PNG"):
            fail(f"cannot write the screenshot to {path}")
            return
        outcome.setdefault("code", 0)
        app.exit(outcome["code"])

    def ready() -> None:
        watchdog.stop()
        # One more turn of the event loop so layouts and repaints queued by the last
        # results are done before the grab.
        QTimer.singleShot(0, grab)

    watchdog = QTimer(app)
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(
        lambda: fail(f"the {view.name!r} view did not finish loading in {timeout_ms / 1000:g} s")
    )
    window.runner.error.connect(lambda message: fail(f"loading failed: {message}"))
    window.show()
    watchdog.start(timeout_ms)
    view.open(window, ready)
    code = app.exec()
    return outcome.get("code", code or 1)
