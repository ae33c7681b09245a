"""The softphone panel (SPEC §4): idle with a dial pad, a live call, then the wrap-up form.

The panel never counts: every label comes from the CallView the service last returned and
the injected clock. Every write goes through the DbRunner to one CallService method (which
opens its own transaction) and the returned CallView redraws the panel, so what is shown is
what is stored. Errors are shown in the panel, beside the field they concern when there is one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.calls import CallState
from desk_app.domain.roles import Role
from desk_app.domain.ticket_fields import Level
from desk_app.local_store.call_queries import CallerLookup, CallView
from desk_app.local_store.models import User
from desk_app.services.calls import CallService
from desk_app.services.new_ticket import Prefill
from desk_app.ui.call_panel_pages import IdlePage, LivePage, wrapped
from desk_app.ui.call_timers import CallTicker, span_text
from desk_app.ui.call_wrap_up import WrapUpForm, WrapUpValues
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.field_errors import show_error
from desk_app.ui.qt_compat import emit

Clock = Callable[[], datetime]
NOTES_DEBOUNCE_MS = 800
_RINGING = {CallState.RINGING.value, CallState.DIALING.value}
_TALKING = {CallState.TALKING.value, CallState.ON_HOLD.value}


def _user_message(message: str) -> str:
    """The runner reports "CallEventError: text"; the user only needs the text."""
    kind, sep, text = message.partition(": ")
    return (
        text if sep and kind.endswith(("CallEventError", "ValueError", "LookupError")) else message
    )


def _advisors(session: Session, viewer_id: int) -> list[tuple[str, str]]:
    """(user name, full name) of the active advisors and leaders a call can go to."""
    users = session.scalars(
        select(User)
        .where(User.is_active.is_(True), User.id != viewer_id,
               User.role.in_((Role.ADVISOR.value, Role.LEADER.value)))
        .order_by(User.full_name)
    )  # fmt: skip
    return [(u.username, u.full_name) for u in users]


class CallPanel(QWidget):
    newTicketRequested = Signal(object)  # Prefill
    openTicketRequested = Signal(int)
    callChanged = Signal(object)  # CallView, or None when the panel went back to idle
    createPersonRequested = Signal(str)  # the number as the caller's phone showed it

    def __init__(self, runner: DbRunner, calls: CallService, clock: Clock,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("callPanel")
        self._runner = runner
        self._calls = calls
        self._clock = clock
        self._view: CallView | None = None
        self._lookup: CallerLookup | None = None
        self._advisors_loaded = False
        self.state_label = wrapped(self, "callState")
        font = self.state_label.font()
        font.setBold(True)
        self.state_label.setFont(font)
        self.message = wrapped(self, "callMessage")
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.hide()
        self.idle = IdlePage(self)
        self.live = LivePage(self)
        self.wrap_up = WrapUpForm(self)
        self.pages = QStackedWidget(self)
        for page in (self.idle, self.live, self.wrap_up):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.ticker = CallTicker(self._repaint_timers, self)
        self._notes_timer = QTimer(self)
        self._notes_timer.setObjectName("notesDebounce")
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DEBOUNCE_MS)
        self._notes_timer.timeout.connect(self._save_notes)
        self.new_ticket_action = QAction(self.tr("New ticket from the call"), self)
        self.new_ticket_action.setObjectName("newTicketFromCallAction")
        self.new_ticket_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.new_ticket_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_ticket_action.triggered.connect(self._new_ticket)
        self.addAction(self.new_ticket_action)
        self._connect()
        self._show_idle()
        self._runner.run(lambda session: self._calls.active(session), self._resume_active,
                         self._show_message)  # fmt: skip

    def _connect(self) -> None:
        idle, live = self.idle, self.live
        idle.pad.keyPressed.connect(idle.number.insert)
        idle.pad.backspacePressed.connect(idle.number.backspace)
        idle.dial.clicked.connect(self._dial)
        idle.number.returnPressed.connect(self._dial)
        idle.number.textEdited.connect(lambda _text: show_error(idle.number_error, ""))
        idle.recent.itemClicked.connect(self._recent_clicked)
        live.answer.clicked.connect(self.answer)
        live.reject.clicked.connect(self.hang_up)
        live.hold.clicked.connect(self.hold)
        live.hang_up.clicked.connect(self.hang_up)
        live.new_ticket.clicked.connect(self._new_ticket)
        live.link.clicked.connect(self._link_ticket)
        live.link_edit.returnPressed.connect(self._link_ticket)
        live.notes.textChanged.connect(self._notes_changed)
        live.transfer_menu.aboutToShow.connect(self._load_advisors)
        live.caller.openTicketRequested.connect(lambda i: emit(self.openTicketRequested, i))
        live.caller.createPersonRequested.connect(lambda n: emit(self.createPersonRequested, n))
        live.caller.candidateChosen.connect(self._choose_caller)
        self.wrap_up.saveRequested.connect(self._save_wrap_up)

    # -- public API ------------------------------------------------------------------------

    def current_call_id(self) -> int | None:
        return None if self._view is None else self._view.id

    def show_call(self, view: CallView | None) -> None:
        """Show the call as the service returned it (DONE or None: back to idle)."""
        previous = self._view
        show_error(self.message, "")
        if view is None or view.state == CallState.DONE.value:
            self._view = None
            self._lookup = None
            self._show_idle()
            # A call that rang during another's wrap-up took the panel; that wrap-up is still
            # open and comes back now instead of being forgotten.
            self._runner.run(lambda session: self._calls.active(session), self._resume_active,
                             self._show_message)  # fmt: skip
        else:
            self._view = view
            same_call = previous is not None and previous.id == view.id
            if view.state == CallState.WRAP_UP.value:
                was_wrap_up = same_call and previous is not None and previous.state == view.state
                self._show_wrap_up(view, restart=not was_wrap_up)
            else:
                self._show_live(view, new_call=not same_call)
        self.new_ticket_action.setEnabled(
            self._view is not None and self._view.state in _TALKING | {CallState.WRAP_UP.value}
        )
        emit(self.callChanged, self._view)

    def show_lookup(self, lookup: CallerLookup) -> None:
        self._lookup = lookup
        person_id = None if self._view is None else self._view.person_id
        self.live.caller.show_lookup(lookup, person_id)

    def answer(self) -> None:
        view = self._view
        if view is not None and view.state in _RINGING:
            self._write(lambda: self._calls.answer(view.id))

    def hang_up(self) -> None:
        view = self._view
        if view is not None and view.state in _RINGING | _TALKING:
            self._flush_notes()  # queued first: the wrap-up form opens with the latest notes
            self._write(lambda: self._calls.hang_up(view.id))

    def hold(self) -> None:
        """Hold, or resume a call on hold."""
        view = self._view
        if view is None:
            return
        if view.state == CallState.TALKING.value:
            self._write(lambda: self._calls.hold(view.id))
        elif view.state == CallState.ON_HOLD.value:
            self._write(lambda: self._calls.resume(view.id))

    # -- pages -----------------------------------------------------------------------------

    def _show_idle(self) -> None:
        self.ticker.stop()
        self._notes_timer.stop()
        self.state_label.setText(self.tr("No call"))
        self.pages.setCurrentWidget(self.idle)
        self._runner.run(lambda session: self._calls.recent_numbers(session),
                         self._fill_recent, self._show_message)  # fmt: skip

    def _show_live(self, view: CallView, *, new_call: bool) -> None:
        live = self.live
        state = view.state
        self.state_label.setText(
            {
                CallState.RINGING.value: self.tr("Incoming call"),
                CallState.DIALING.value: self.tr("Dialling…"),
                CallState.TALKING.value: self.tr("On the phone"),
                CallState.ON_HOLD.value: self.tr("On hold"),
            }[state]
        )
        live.number.setText(view.number_raw)
        live.pbx_name.setText(view.caller_name or "")
        live.pbx_name.setVisible(bool(view.caller_name))
        ringing = state in _RINGING
        live.answer.setText(self.tr("Answer") if state == "ringing" else self.tr("Connected"))
        live.reject.setText(self.tr("Reject") if state == "ringing" else self.tr("Cancel"))
        live.hold.setText(
            self.tr("Resume") if state == CallState.ON_HOLD.value else self.tr("Hold")
        )
        ringing_only: tuple[QWidget, ...] = (live.answer, live.reject, live.ring_timer)
        talking_only: tuple[QWidget, ...] = (
            live.hold, live.hang_up, live.transfer, live.new_ticket, live.link_edit, live.link,
            live.notes, live.talk_timer,
        )  # fmt: skip
        for widget in ringing_only:
            widget.setVisible(ringing)
        for widget in talking_only:
            widget.setVisible(not ringing)
        live.hold_timer.setVisible(state == CallState.ON_HOLD.value or bool(view.hold_seconds))
        live.linked.setText(
            self.tr("Linked tickets: %1").replace("%1", ", ".join(f"#{i}" for i in view.ticket_ids))
            if view.ticket_ids
            else ""
        )
        live.linked.setVisible(bool(view.ticket_ids))
        if new_call:
            self._lookup = None
            self._advisors_loaded = False
            live.caller.clear()
            live.link_edit.clear()
            live.notes.blockSignals(True)  # the stored notes are not a new edit to save
            live.notes.setPlainText(view.notes)
            live.notes.blockSignals(False)
            number = view.number_raw
            self._runner.run(lambda session: self._calls.lookup(session, number),
                             lambda lookup: self._looked_up(view.id, lookup),
                             self._show_message)  # fmt: skip
        elif self._lookup is not None:
            live.caller.show_lookup(self._lookup, view.person_id)
        self.pages.setCurrentWidget(live)
        self.ticker.start()

    def _show_wrap_up(self, view: CallView, *, restart: bool) -> None:
        self._notes_timer.stop()
        self.state_label.setText(self.tr("Wrap-up"))
        if restart:
            self.wrap_up.start(view)
        else:
            self.wrap_up.merge_tickets(view.ticket_ids)
        self.pages.setCurrentWidget(self.wrap_up)
        self.ticker.start()

    def _repaint_timers(self) -> None:
        view = self._view
        if view is None:
            return
        spans = view.durations(self._clock())
        live = self.live
        live.ring_timer.setText(self.tr("Ringing %1").replace("%1", span_text(spans.ring)))
        live.talk_timer.setText(self.tr("Talk %1").replace("%1", span_text(spans.talk)))
        live.hold_timer.setText(self.tr("Hold %1").replace("%1", span_text(spans.hold)))
        self.wrap_up.timer.setText(span_text(spans.wrap_up))

    # -- actions ---------------------------------------------------------------------------

    def _write(self, job: Callable[[], CallView],
               on_error: Callable[[str], None] | None = None) -> None:  # fmt: skip
        """A service write on the worker (it opens its own transaction); redraw with its result."""
        self._runner.run(lambda _session: job(), self.show_call, on_error or self._show_message)

    def _dial(self) -> None:
        number = self.idle.number.text().strip()
        if not number:
            show_error(self.idle.number_error, self.tr("Type the number to call."))
            return
        show_error(self.idle.number_error, "")
        error = self.idle.number_error
        self._write(
            lambda: self._calls.dial(number),
            lambda message: show_error(error, _user_message(message)),
        )

    def _recent_clicked(self, item: QListWidgetItem) -> None:
        self.idle.number.setText(item.text())
        show_error(self.idle.number_error, "")

    def _fill_recent(self, numbers: tuple[str, ...]) -> None:
        self.idle.recent.clear()
        self.idle.recent.addItems(list(numbers))
        self.idle.recent_title.setVisible(bool(numbers))
        self.idle.recent.setVisible(bool(numbers))

    def _resume_active(self, view: CallView | None) -> None:
        # A call left open by a crash or a restart comes back where it was.
        if view is not None and self._view is None:
            self.show_call(view)

    def _looked_up(self, call_id: int, lookup: CallerLookup) -> None:
        if self.current_call_id() == call_id:
            self.show_lookup(lookup)

    def _choose_caller(self, person_id: int) -> None:
        view = self._view
        if view is not None:
            self._write(lambda: self._calls.set_caller(view.id, person_id))

    def _new_ticket(self) -> None:
        view = self._view
        if view is None or not self.new_ticket_action.isEnabled():
            return
        caller = view.person_name or view.caller_name or view.number_raw
        prefill = Prefill(requester_id=view.person_id, channel="phone", phone=view.number_raw,
                          subject=self.tr("Phone call from %1").replace("%1", caller),
                          body=self.live.notes.toPlainText().strip())  # fmt: skip
        emit(self.newTicketRequested, prefill)

    def _link_ticket(self) -> None:
        view = self._view
        text = self.live.link_edit.text().strip().lstrip("#")
        if view is None:
            return
        if not text.isdigit() or int(text) <= 0:
            self._show_message(self.tr("Type a ticket number, e.g. 1234."))
            return
        self.live.link_edit.clear()
        self._write(lambda: self._calls.link_ticket(view.id, int(text)))

    def _load_advisors(self) -> None:
        if self._advisors_loaded:
            return
        self._advisors_loaded = True
        viewer_id = self._calls.viewer.user_id
        self._fill_transfer_menu([])
        self._runner.run(lambda session: _advisors(session, viewer_id), self._fill_transfer_menu,
                         self._show_message)  # fmt: skip

    def _fill_transfer_menu(self, advisors: list[tuple[str, str]]) -> None:
        menu = self.live.transfer_menu
        menu.clear()
        for username, full_name in advisors:
            menu.addAction(full_name).triggered.connect(
                lambda _checked=False, u=username: self._transfer("user:" + u)
            )
        menu.addSeparator()
        for level in Level:
            menu.addAction(self.tr("Queue %1").replace("%1", level.value)).triggered.connect(
                lambda _checked=False, v=level.value: self._transfer("level:" + v)
            )

    def _transfer(self, target: str) -> None:
        view = self._view
        if view is not None:
            self._flush_notes()
            self._write(lambda: self._calls.transfer(view.id, target))

    def _notes_changed(self) -> None:
        if self._view is not None and self._view.state in _TALKING:
            self._notes_timer.start()

    def _flush_notes(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._save_notes()

    def _save_notes(self) -> None:
        view = self._view
        if view is None:
            return
        notes = self.live.notes.toPlainText()
        # Only errors matter here: redrawing would fight the advisor's typing.
        self._runner.run(lambda _s: self._calls.save_notes(view.id, notes), self._notes_saved,
                         self._show_message)  # fmt: skip

    def _notes_saved(self, view: CallView) -> None:
        if self._view is not None and self._view.id == view.id and self._view.state == view.state:
            self._view = view

    def _save_wrap_up(self, values: WrapUpValues) -> None:
        view = self._view
        if view is None:
            return
        self._write(
            lambda: self._calls.wrap_up(view.id, values.outcome, ticket_ids=values.ticket_ids,
                                        notes=values.notes, survey=values.survey,
                                        callback_at=values.callback_at),
            lambda message: self.wrap_up.show_error(_user_message(message)),
        )  # fmt: skip

    def _show_message(self, message: str) -> None:
        show_error(self.message, _user_message(message))
