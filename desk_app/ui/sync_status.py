"""The sync corner of the status bar: online or offline, last successful sync, pending changes,
conflicts (a click opens the conflicts list) and a busy bar while a sync runs.

It only shows what it is told (`SyncView`); the numbers come from the bridge, which reads
them off the UI thread. A timer re-renders "3 min ago" from the injected clock, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desk_app.services.tickets import utc_now
from desk_app.ui.formatting import date_time
from desk_app.ui.qt_compat import emit

RELATIVE_TIME_REFRESH_MS = 30_000


class Connection(Enum):
    NOT_CONFIGURED = "not_configured"
    UNKNOWN = "unknown"  # configured, no sync has answered yet in this session
    ONLINE = "online"
    OFFLINE = "offline"  # the last attempt could not reach the server (it will retry)
    ERROR = "error"  # the server answered but refused (credentials, rights, bad data)


@dataclass(frozen=True)
class SyncView:
    """Everything the status bar shows, as plain values."""

    connection: Connection = Connection.NOT_CONFIGURED
    syncing: bool = False
    last_success_at: datetime | None = None
    pending_ops: int = 0
    open_conflicts: int = 0
    failed_ops: int = 0  # changes the server refused for good (not retried)
    last_error: str | None = None

    def but(self, **changes: object) -> SyncView:
        return replace(self, **changes)  # type: ignore[arg-type]


def relative_time(moment: datetime, now: datetime) -> str:
    """ "just now", "3 min ago", "2 h ago", "yesterday", "4 days ago", else the date."""
    elapsed = now - moment
    minutes = int(elapsed.total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("SyncStatus", "just now")
    if minutes < 60:
        return QCoreApplication.translate("SyncStatus", "%1 min ago").replace("%1", str(minutes))
    if elapsed < timedelta(hours=24):
        hours = minutes // 60  # (outside the call: lupdate's parser reads "//" as a comment)
        return QCoreApplication.translate("SyncStatus", "%1 h ago").replace("%1", str(hours))
    days = elapsed.days
    if days == 1:
        return QCoreApplication.translate("SyncStatus", "yesterday")
    if days < 7:
        return QCoreApplication.translate("SyncStatus", "%1 days ago").replace("%1", str(days))
    return date_time(moment)


def pending_text(count: int) -> str:
    # English has no numerus forms without a .qm, so the singular is its own string.
    return (
        QCoreApplication.translate("SyncStatus", "1 pending change")
        if count == 1
        else QCoreApplication.translate("SyncStatus", "%1 pending changes").replace(
            "%1", str(count)
        )
    )


def refused_text(count: int) -> str:
    return (
        QCoreApplication.translate("SyncStatus", "1 change refused")
        if count == 1
        else QCoreApplication.translate("SyncStatus", "%1 changes refused").replace(
            "%1", str(count)
        )
    )


def conflicts_text(count: int) -> str:
    return (
        QCoreApplication.translate("SyncStatus", "1 conflict")
        if count == 1
        else QCoreApplication.translate("SyncStatus", "%1 conflicts").replace("%1", str(count))
    )


class SyncStatusBar(QWidget):
    connectRequested = Signal()
    conflictsRequested = Signal()
    refusedRequested = Signal()

    def __init__(
        self, clock: Callable[[], datetime] = utc_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._clock = clock
        self._view = SyncView()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("syncBusy")
        self.busy.setRange(0, 0)  # no end known: the style animates it
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(48, 10)
        self.state = QLabel(self)
        self.state.setObjectName("syncState")
        self.last_sync = QLabel(self)
        self.last_sync.setObjectName("syncLast")
        self.pending = QLabel(self)
        self.pending.setObjectName("syncPending")
        self.refused = QToolButton(self)
        self.refused.setObjectName("syncRefused")
        self.refused.setAutoRaise(True)
        self.refused.setCursor(Qt.CursorShape.PointingHandCursor)
        self.refused.setStyleSheet("color: #b91c1c;")
        self.refused.clicked.connect(lambda: emit(self.refusedRequested))
        self.conflicts = QToolButton(self)
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setAutoRaise(True)
        self.conflicts.setCursor(Qt.CursorShape.PointingHandCursor)
        self.conflicts.setToolTip(self.tr("Show the conflicts between your changes and the "
                                          "server's"))  # fmt: skip
        self.conflicts.clicked.connect(lambda: emit(self.conflictsRequested))
        self.connect_button = QToolButton(self)
        self.connect_button.setObjectName("syncConnect")
        self.connect_button.setAutoRaise(True)
        self.connect_button.setText(self.tr("Connect…"))
        self.connect_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.connect_button.clicked.connect(lambda: emit(self.connectRequested))
        for label in (self.state, self.last_sync, self.pending):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        for widget in (self.busy, self.state, self.last_sync, self.pending, self.refused,
                       self.conflicts, self.connect_button):  # fmt: skip
            layout.addWidget(widget)
        # Only repaints "N min ago"; the numbers themselves arrive from the bridge.
        self.relative_timer = QTimer(self)
        self.relative_timer.setObjectName("syncRelativeTime")
        self.relative_timer.setInterval(RELATIVE_TIME_REFRESH_MS)
        self.relative_timer.timeout.connect(self.refresh_relative_time)
        self.relative_timer.start()
        self._render()

    @property
    def view(self) -> SyncView:
        return self._view

    def show_view(self, view: SyncView) -> None:
        self._view = view
        self._render()

    def refresh_relative_time(self) -> None:
        self._render_last_sync()

    def _render(self) -> None:
        view = self._view
        configured = view.connection is not Connection.NOT_CONFIGURED
        self.busy.setVisible(view.syncing)
        self.connect_button.setVisible(not configured)
        self.last_sync.setVisible(configured)
        self.state.setText(self._state_text(view))
        self.state.setProperty("syncState", view.connection.value)
        colour = {Connection.OFFLINE: "#b45309", Connection.ERROR: "#b91c1c"}.get(view.connection)
        self.state.setStyleSheet(f"color: {colour}; font-weight: 600;" if colour else "")
        tip = view.last_error or ""
        if not configured:
            tip = self.tr("Not connected to a central helpdesk: everything stays on this "
                          "computer. Connect to sync your tickets.")  # fmt: skip
        self.state.setToolTip(tip)
        self.setToolTip(tip)
        self.pending.setText(pending_text(view.pending_ops))
        self.pending.setVisible(configured and view.pending_ops > 0)
        self.pending.setToolTip(self.tr("Changes made here that the server has not received "
                                        "yet"))  # fmt: skip
        self.refused.setText(refused_text(view.failed_ops))
        self.refused.setVisible(configured and view.failed_ops > 0)
        self.refused.setToolTip(self.tr("The server refused these changes for good, so they "
                                        "are not sent again."))  # fmt: skip
        self.conflicts.setText(conflicts_text(view.open_conflicts))
        self.conflicts.setVisible(view.open_conflicts > 0)
        self._render_last_sync()

    def _state_text(self, view: SyncView) -> str:
        if view.syncing:
            return self.tr("Syncing…")
        return {
            Connection.NOT_CONFIGURED: self.tr("Not connected —"),
            Connection.UNKNOWN: self.tr("Connecting…"),
            Connection.ONLINE: self.tr("Online"),
            Connection.OFFLINE: self.tr("Offline"),
            Connection.ERROR: self.tr("Sync error"),
        }[view.connection]

    def _render_last_sync(self) -> None:
        moment = self._view.last_success_at
        if moment is None:
            self.last_sync.setText(self.tr("Never synced"))
            self.last_sync.setToolTip("")
            return
        self.last_sync.setText(
            self.tr("Last sync: %1").replace("%1", relative_time(moment, self._clock()))
        )
        self.last_sync.setToolTip(date_time(moment, long=True))
