"""The calls part of the main window (SPEC §4): the phone dock, the call history page, presence
and queue timers in the status bar, and the CTI hooks (local socket and optional SIP listener).

Kept apart from main_window so that the window only asks for it; everything here talks to one
CallService through the window's DbRunner. CTI events arrive on the UI thread (the local
server) or on the SIP listener's thread, which hands them over through a queued signal; either
way the service call runs on the worker and the outcome goes back to the hook that asked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QToolButton

from desk_app.cti_events import CtiEvent
from desk_app.domain.calls import CallState
from desk_app.local_store.call_queries import CallView
from desk_app.services.calls import CallService
from desk_app.services.new_ticket import Prefill
from desk_app.settings import SIP_LISTENER_PORT, Settings
from desk_app.telephony.sip_listener import SipListener
from desk_app.ui.call_history import CallHistoryView
from desk_app.ui.call_panel import CallPanel
from desk_app.ui.cti_server import CtiServer
from desk_app.ui.presence_selector import PresenceSelector
from desk_app.ui.qt_compat import emit
from desk_app.ui.queue_timers import QueueTimers

if TYPE_CHECKING:
    from desk_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

_LIVE = {CallState.RINGING.value, CallState.DIALING.value, CallState.TALKING.value,
         CallState.ON_HOLD.value}  # fmt: skip


def user_message(message: str) -> str:
    """The runner reports "CallEventError: text"; a hook's user only needs the text."""
    kind, sep, text = message.partition(": ")
    return text if sep and kind.isidentifier() else message


class _SipBridge(QObject):
    """Carries the SIP listener's callbacks (on its thread) to the UI thread."""

    incoming = Signal(str, str, str)  # number, display name ("" for none), SIP Call-ID
    ended = Signal(str, str)  # SIP Call-ID, cause

    def on_incoming(self, number: str, name: str | None, call_id: str) -> None:
        emit(self.incoming, number, name or "", call_id)

    def on_ended(self, call_id: str, cause: str) -> None:
        emit(self.ended, call_id, cause)


class CallDesk(QObject):
    """Builds the call widgets into `window` and handles CTI events."""

    ctiHandled = Signal(object, bool, str)  # CtiEvent, accepted, message (for tests and logs)

    def __init__(self, window: MainWindow, settings: Settings | None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        runner, tickets = window.runner, window.service
        self._runner = runner
        self.service = CallService(runner.store, tickets.viewer,
                                   default_region=tickets.default_region,
                                   clock=tickets.clock)  # fmt: skip
        self.panel = CallPanel(runner, self.service, tickets.clock, window)
        self.dock = QDockWidget(self.tr("Phone"), window)
        self.dock.setObjectName("callDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)  # fmt: skip
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # The dock's show/hide action, also in the status bar: the panel is one click away.
        self.phone_button = QToolButton(window)
        self.phone_button.setObjectName("phoneButton")
        self.phone_button.setAutoRaise(True)
        self.phone_button.setDefaultAction(self.dock.toggleViewAction())
        self.history = CallHistoryView(runner, self.service, tickets.clock, window)
        self.presence = PresenceSelector(runner, self.service, window, clock=tickets.clock)
        self.queue_timers = QueueTimers(runner, self.service, tickets.clock, window)
        self.cti: CtiServer | None = None
        self.sip: SipListener | None = None
        self._sip_bridge = _SipBridge(self)
        self._sip_bridge.incoming.connect(self._sip_incoming, Qt.ConnectionType.QueuedConnection)
        self._sip_bridge.ended.connect(self._sip_ended, Qt.ConnectionType.QueuedConnection)
        self._linking_call: int | None = None  # the call whose New ticket dialog is open
        self._connect()

    def _connect(self) -> None:
        window, panel = self._window, self.panel
        panel.callChanged.connect(self._on_call_changed)
        panel.newTicketRequested.connect(self._new_ticket_for_call)
        panel.openTicketRequested.connect(window.open_ticket)
        panel.createPersonRequested.connect(
            lambda number: window.open_new_ticket(Prefill(channel="phone", phone=number))
        )
        self.history.ticketActivated.connect(window.open_ticket)
        self.history.exported.connect(self._exported)
        self.queue_timers.ticketActivated.connect(window.open_ticket)
        self.presence.failed.connect(window.show_error)
        window.addAction(panel.new_ticket_action)  # Ctrl+Shift+T wherever the focus is

    # -- the panel's calls -----------------------------------------------------------------

    def _on_call_changed(self, view: CallView | None) -> None:
        self.presence.set_call_state("" if view is None else view.state)
        if view is not None and view.state in _LIVE:
            self.show_panel()
        if self.history.isVisible():
            self.history.refresh()

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def _new_ticket_for_call(self, prefill: Prefill) -> None:
        call_id = self.panel.current_call_id()
        dialog = self._window.open_new_ticket(prefill)
        if call_id is not None and self._linking_call is None:
            self._linking_call = call_id
            dialog.ticketCreated.connect(lambda ticket_id: self._link(call_id, ticket_id))
            dialog.destroyed.connect(self._forget_linking)

    def _forget_linking(self) -> None:
        self._linking_call = None

    def _link(self, call_id: int, ticket_id: int) -> None:
        """The ticket made from the call belongs to it (and to its wrap-up form)."""
        self._runner.run(lambda _s: self.service.link_ticket(call_id, ticket_id),
                         self._linked, self._window.show_error)  # fmt: skip

    def _linked(self, view: CallView) -> None:
        if self.panel.current_call_id() == view.id:
            self.panel.show_call(view)

    def _exported(self, path: str, count: int) -> None:
        text = self.tr("%1 calls exported to %2").replace("%1", str(count)).replace("%2", path)
        self._window.statusBar().showMessage(text, 10_000)

    # -- CTI: softphone hooks and the SIP listener -----------------------------------------

    def start_listening(self, name: str | None = None) -> bool:
        """Answer `desk-app call …` on the per-user local socket (or `name`), and start the
        SIP listener when the setting asks for it. False when another instance holds the
        socket: this window still works, the hooks reach the other one."""
        self.cti = CtiServer(self, name=name)
        self.cti.eventReceived.connect(self.handle_event)
        listening = self.cti.start()
        if not listening:
            self._window.statusBar().showMessage(
                self.tr("Call hooks go to another Partner Desk window already open."), 15_000
            )
        port = self._settings.get(SIP_LISTENER_PORT) if self._settings is not None else 0
        if port:
            self.start_sip(port)
        return listening

    def start_sip(self, port: int) -> bool:
        bridge = self._sip_bridge
        listener = SipListener(bridge.on_incoming, bridge.on_ended, port=port)
        try:
            listener.start()
        except OSError as exc:
            text = self.tr("The SIP listener cannot use port %1: %2")
            self._window.show_error(text.replace("%1", str(port)).replace("%2", str(exc)))
            return False
        self.sip = listener
        return True

    def stop_listening(self) -> None:
        if self.cti is not None:
            self.cti.stop()
        if self.sip is not None:
            self.sip.stop()
            self.sip = None

    def handle_event(self, event: CtiEvent) -> None:
        """One hook event: run it on the worker, show the call, tell the hook how it went."""
        service = self.service
        job: Callable[[], CallView]
        if event.event == "incoming":
            number, name, call_id = event.number, event.name, event.call_id
            job = lambda: service.incoming(number, name=name, external_id=call_id)  # noqa: E731
        elif event.event == "answered":
            answered_id = event.call_id or ""
            job = lambda: service.answered_external(answered_id)  # noqa: E731
        else:
            ended_id, cause = event.call_id or "", event.cause
            job = lambda: service.ended_external(ended_id, cause)  # noqa: E731

        def done(view: CallView) -> None:
            self.panel.show_call(view)
            text = self.tr("Call %1: %2").replace("%1", view.number_e164 or view.number_raw)
            self._reply(event, True, text.replace("%2", view.state))

        def failed(message: str) -> None:
            self._reply(event, False, user_message(message))

        self._runner.run(lambda _session: job(), done, failed)

    def _reply(self, event: CtiEvent, ok: bool, text: str) -> None:
        event.reply(ok, text)
        if not ok:
            log.info("call event %s refused: %s", event.event, text)
            self._window.show_error(text)
        emit(self.ctiHandled, event, ok, text)

    def _sip_incoming(self, number: str, name: str, call_id: str) -> None:
        self.handle_event(CtiEvent("incoming", number, name or None, call_id))

    def _sip_ended(self, call_id: str, cause: str) -> None:
        self.handle_event(CtiEvent("ended", call_id=call_id, cause=cause))
