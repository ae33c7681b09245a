"""The window's sync parts, wired together: the bridge, the status bar corner, the Sync menu,
and the connection, conflicts and first-sync dialogs (one of each at a time).

Kept out of main_window.py so the window only places them. Without a configured server nothing
runs: the status bar offers "Connect…" and the desk works as before (SPEC §9).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QWidget

from desk_app.local_store.visibility import Viewer
from desk_app.services.tickets import Clock
from desk_app.ui.conflicts_panel import ConflictsDialog
from desk_app.ui.connection_dialog import ConnectionDialog
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.sync_bridge import SyncBridge
from desk_app.ui.sync_connection_check import ConnectorMaker, rt_connector
from desk_app.ui.sync_progress import FirstSyncDialog
from desk_app.ui.sync_refused import RefusedDialog
from desk_app.ui.sync_status import SyncStatusBar

# F5 is Refresh and Ctrl+R is Reply; F9 is "Send/Receive" in mail clients people know.
SYNC_NOW_KEYS = QKeySequence(Qt.Key.Key_F9)

ActionMaker = Callable[[QMenu, str, Any, Any, str], QAction]


class SyncControls(QObject):
    def __init__(
        self,
        window: QMainWindow,
        bridge: SyncBridge,
        viewer: Viewer,
        clock: Clock,
        *,
        on_tickets_changed: Callable[[int | None], None],
        make_connector: ConnectorMaker = rt_connector,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner: DbRunner = bridge.runner
        self._viewer = viewer
        self._tickets_changed = on_tickets_changed
        self._make_connector = make_connector
        self.bridge = bridge
        self.status = SyncStatusBar(clock, window)
        self.connection_dialog: ConnectionDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.first_sync_dialog: FirstSyncDialog | None = None
        self.refused_dialog: RefusedDialog | None = None
        self.sync_action: QAction | None = None
        # The first-sync dialog opens by itself once; retries after a failure (offline at the
        # first start) stay in the status bar unless the user asks for a sync.
        self._offer_first_sync = True
        # A failure the user asked for (Sync now) is also announced in the status bar's
        # message area; scheduled retries only update the sync corner.
        self._user_asked = False
        window.statusBar().addPermanentWidget(self.status)
        self.status.connectRequested.connect(self.open_connection)
        self.status.conflictsRequested.connect(self.open_conflicts)
        self.status.refusedRequested.connect(self.open_refused)
        bridge.viewChanged.connect(self.status.show_view)
        bridge.firstSyncStarted.connect(self._on_first_sync)
        bridge.finished.connect(self._on_finished)
        bridge.failed.connect(self._on_failed)

    def add_menu(self, bar: QMenuBar, action: ActionMaker) -> QMenu:
        menu = bar.addMenu(self.tr("&Sync"))
        group = self.tr("Sync")
        self.sync_action = action(menu, self.tr("Sync &now"), SYNC_NOW_KEYS, self.sync_now, group)
        self.sync_action.setObjectName("syncNow")
        menu.addSeparator()
        action(menu, self.tr("&Connection…"), QKeySequence(), self.open_connection, group)
        action(menu, self.tr("C&onflicts…"), QKeySequence(), self.open_conflicts, group)
        action(menu, self.tr("&Refused changes…"), QKeySequence(), self.open_refused, group)
        return menu

    def start(self) -> None:
        self.status.show_view(self.bridge.view)
        self.bridge.start()

    def shutdown(self) -> None:
        self.bridge.shutdown()

    def sync_now(self) -> None:
        """Sync at once; with no server configured, offer to connect instead."""
        if not self.bridge.configured:
            self.open_connection()
            return
        self._offer_first_sync = True
        self._user_asked = True
        self.bridge.sync_now()
        self._window.statusBar().showMessage(self.tr("Syncing with the helpdesk…"), 5_000)

    def open_connection(self) -> ConnectionDialog:
        dialog = self.connection_dialog
        if dialog is None:
            dialog = ConnectionDialog(self.bridge.settings, make_connector=self._make_connector,
                                      parent=self._window)  # fmt: skip
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.saved.connect(self._on_connection_saved)
            dialog.destroyed.connect(self._forget_connection_dialog)
            self.connection_dialog = dialog
        _show(dialog)
        return dialog

    def open_conflicts(self) -> ConflictsDialog:
        dialog = self.conflicts_dialog
        if dialog is None:
            dialog = ConflictsDialog(self._runner, self._viewer, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.resolved.connect(self._on_conflict_resolved)
            dialog.destroyed.connect(self._forget_conflicts_dialog)
            self.conflicts_dialog = dialog
        else:
            dialog.reload()
        _show(dialog)
        return dialog

    def open_refused(self) -> RefusedDialog:
        dialog = self.refused_dialog
        if dialog is None:
            dialog = RefusedDialog(self._runner, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.requeued.connect(self._on_requeued)
            dialog.destroyed.connect(self._forget_refused_dialog)
            self.refused_dialog = dialog
        else:
            dialog.reload()
        _show(dialog)
        return dialog

    def show_first_sync(self) -> FirstSyncDialog:
        dialog = self.first_sync_dialog
        if dialog is None or dialog.has_ended:
            dialog = FirstSyncDialog(self.bridge, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._forget_first_sync_dialog)
            self.first_sync_dialog = dialog
        _show(dialog)
        return dialog

    def _on_connection_saved(self) -> None:
        self._offer_first_sync = True
        self._user_asked = True
        self.bridge.reconfigure()

    def _on_first_sync(self) -> None:
        if self._offer_first_sync:
            self._offer_first_sync = False
            self.show_first_sync()

    def _forget_connection_dialog(self) -> None:
        self.connection_dialog = None

    def _forget_conflicts_dialog(self) -> None:
        self.conflicts_dialog = None

    def _forget_first_sync_dialog(self) -> None:
        self.first_sync_dialog = None

    def _forget_refused_dialog(self) -> None:
        self.refused_dialog = None

    def _on_requeued(self, _op_id: int) -> None:
        self.bridge.refresh_status()
        self.bridge.sync_now()

    def _on_finished(self, report: Any) -> None:
        self._user_asked = False
        if getattr(report, "pulled", 0) or getattr(report, "conflicts", 0):
            self._tickets_changed(None)
        for dialog in (self.conflicts_dialog, self.refused_dialog):
            if dialog is not None:
                dialog.reload()

    def _on_failed(self, message: str, _retryable: bool) -> None:
        if not self._user_asked:
            return
        self._user_asked = False
        first_line = message.splitlines()[0] if message else ""
        self._window.statusBar().showMessage(
            self.tr("Sync failed: %1").replace("%1", first_line), 15_000
        )

    def local_change(self, _ticket_id: object = None) -> None:
        """Something was written here (and queued in the outbox): recount what is pending."""
        self.bridge.refresh_status()

    def _on_conflict_resolved(self, ticket_id: int) -> None:
        self._tickets_changed(ticket_id)
        self.bridge.refresh_status()


def _show(dialog: QWidget) -> None:
    if dialog.isVisible():  # asked for again: bring the open one forward
        dialog.raise_()
        dialog.activateWindow()
    else:
        dialog.show()
