"""The detail of one ticket, where the advisor works it: header and action buttons, the SLA
panel, the fields form, and the Conversation (with the reply box), History and Follow-ups tabs.

Everything a person typed is shown as plain text. Every action runs on the database worker
as one TicketActions call (change + history + outbox in one transaction); on success the pane
emits `ticketChanged(id)` for the list and reloads itself, on refusal it shows the store's
message next to the field (or in the message line) and nothing has changed. Without a
TicketActions the pane is read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.domain.ticket_fields import Level
from desk_app.services.billing import BillingService, TicketBilling
from desk_app.services.knowledge import KnowledgeService
from desk_app.services.ticket_actions import Changed, TicketActions, TicketEditState
from desk_app.services.tickets import TicketDetailView, TicketService
from desk_app.ui import detail_labels
from desk_app.ui.canned_picker import CannedPicker
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.detail_actions import Refused, make_actions, run_action
from desk_app.ui.detail_billing import BillingSection
from desk_app.ui.detail_billing_banners import BillingBanners
from desk_app.ui.detail_billing_flows import BillingFlows
from desk_app.ui.detail_flows import DetailFlows
from desk_app.ui.detail_form import TicketFieldsForm
from desk_app.ui.detail_header import DetailHeader
from desk_app.ui.detail_lists import FollowUpsList, HistoryTree
from desk_app.ui.detail_reply import ReplyBox
from desk_app.ui.detail_sla import SlaPanel
from desk_app.ui.qt_compat import emit
from desk_app.ui.text_views import BodyView, ConversationView

Loaded = tuple[TicketDetailView | None, TicketEditState | None, TicketBilling | None]
Write = Callable[[int], Changed]  # one TicketActions call on the given ticket id


class TicketDetailPane(QWidget):
    # The detail of this ticket id is on screen.
    loaded = Signal(int)
    # An action changed this ticket: the list refreshes its row.
    ticketChanged = Signal(int)
    # The user asked to see another ticket (a merge's survivor, a merged ticket).
    openTicketRequested = Signal(int)
    # The store refused an action: {field: message}.
    actionFailed = Signal(object)

    def __init__(self, runner: DbRunner, service: TicketService, parent: QWidget | None = None,
                 *, actions: TicketActions | None = None,
                 knowledge: KnowledgeService | None = None,
                 billing: BillingService | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        # Holding ↓ through the list asks for many details; only the last one is loaded.
        self._query = LatestOnly(runner)
        self._service = service
        self._actions = actions
        # Time and billing (SPEC §6): reads always, writes only with the actions.
        self.billing = billing or BillingService(
            runner.store, service.viewer, actions.clock if actions else service.clock
        )
        self._wanted: int | None = None
        self._shown: TicketDetailView | None = None
        self._edit: TicketEditState | None = None
        self._busy = 0  # writes in flight; the action buttons wait for them
        self._drafts: dict[int, tuple[str, bool]] = {}
        self._waiters: list[Callable[[], None]] = []
        self._sized = False

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setText(self._hint())
        self.detail_actions = make_actions(self)
        self.flows = DetailFlows(self, runner, service, actions)
        content = QWidget(self)
        self._build_content(content)
        self.billing_flows = BillingFlows(
            self,
            self.billing,
            self.billing_section,
            self.billing_banners,
            editable=actions is not None,
        )
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.canned = CannedPicker(runner, knowledge or KnowledgeService(), self)
        self.canned.chosen.connect(self.reply_box.insert_canned_text)
        self.reply_box.set_canned(self._open_canned if actions is not None else None)
        self._connect()

    # -- layout ----------------------------------------------------------------------------

    def _build_content(self, content: QWidget) -> None:
        self.header = DetailHeader(self.detail_actions, content)
        # The names the window, the views and the tests have always used.
        for name in ("subject", "summary", "status_badge", "priority_badge",
                     "criticality_badge", "sla_badge", "banner", "message"):  # fmt: skip
            setattr(self, name, getattr(self.header, name))
        self.sla = SlaPanel(content)
        for name in ("first_response_badge", "resolution_badge", "first_response_due",
                     "resolution_due", "queue_wait", "legal_deadline"):  # fmt: skip
            setattr(self, name, getattr(self.sla, name))
        self.form = TicketFieldsForm(content)
        self.fields = self.form.fields
        self.billing_banners = BillingBanners(content)
        self.billing_section = BillingSection(self.billing.clock, content)
        self._upper = QWidget(content)
        upper_layout = QVBoxLayout(self._upper)
        upper_layout.setContentsMargins(0, 0, 6, 0)
        upper_layout.addWidget(self.form)
        upper_layout.addWidget(self.billing_section)
        upper_layout.addStretch(1)
        scroll = QScrollArea(content)
        scroll.setObjectName("detailFieldsScroll")
        scroll.setWidget(self._upper)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.body = BodyView(content)
        self.conversation = ConversationView(content)
        self.reply_box = ReplyBox(content)
        # Small minimums: on a 768-pixel screen the tabs' minimum height left the fields
        # above them three rows.
        self.body.setMinimumHeight(40)
        self.conversation.setMinimumHeight(48)
        self.reply_box.editor.setMinimumHeight(44)
        thread = QSplitter(Qt.Orientation.Vertical, content)
        thread.setChildrenCollapsible(False)
        for index, (widget, stretch) in enumerate(
            ((self.body, 2), (self.conversation, 3), (self.reply_box, 1))
        ):
            thread.addWidget(widget)
            thread.setStretchFactor(index, stretch)
        self.history = HistoryTree(content)
        self.follow_ups = FollowUpsList(content)
        self.tabs = QTabWidget(content)
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(thread, self.tr("Conversation"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self._split = QSplitter(Qt.Orientation.Vertical, content)
        self._split.setChildrenCollapsible(False)
        self._split.addWidget(scroll)
        self._split.addWidget(self.tabs)
        self._split.setStretchFactor(0, 0)
        self._split.setStretchFactor(1, 1)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.billing_banners)
        layout.addWidget(self.sla)
        layout.addWidget(self._split, 1)

    def _connect(self) -> None:
        a, flows = self.detail_actions, self.flows
        a.status.triggered.connect(self._focus_status)
        a.reply.triggered.connect(lambda: self._start_reply(public=True))
        a.note.triggered.connect(lambda: self._start_reply(public=False))
        self.header.openLinked.connect(self.open_ticket)
        ops = self._actions
        if ops is None:
            return  # read-only: nothing below can run
        # The jobs run on the worker: they hold `ops` and plain values, never a widget.
        a.take.triggered.connect(lambda: self.act(ops.take))
        a.dispatch.triggered.connect(flows.dispatch)
        a.escalate.triggered.connect(flows.escalate)
        a.merge.triggered.connect(flows.merge)
        a.close.triggered.connect(lambda: flows.close())
        a.log_time.triggered.connect(self.billing_flows.log_time)
        a.follow_up.triggered.connect(flows.add_follow_up)
        self.reply_box.sendRequested.connect(
            lambda body, public: self.act(lambda t: ops.reply(t, body, public=public),
                                          lambda _changed: self.reply_box.sent()))  # fmt: skip
        # Field edits queue behind each other on the worker: none is dropped while busy.
        self.form.edited.connect(
            lambda changes: self.act(lambda t: ops.update(t, changes), queue=True)
        )
        self.form.responsiblePicked.connect(
            lambda user: self.act(lambda t: ops.assign(t, user), queue=True)
        )
        self.form.statusPicked.connect(flows.status_picked)
        self.follow_ups.addRequested.connect(flows.add_follow_up)
        self.follow_ups.doneRequested.connect(
            lambda fid: self.act(lambda _t: ops.complete_follow_up(fid))
        )

    def _hint(self) -> str:
        return "\n\n".join([
            self.tr("Select a ticket to see its details."),
            self.tr("Ctrl+F: search · ↑ ↓: move through the list · F5: refresh"),
        ])  # fmt: skip

    @property
    def dialog(self) -> QDialog | None:
        """The action dialog open now, if any."""
        return self.flows.dialog or self.billing_flows.dialog

    # -- loading ---------------------------------------------------------------------------

    def current_ticket_id(self) -> int | None:
        """The ticket shown (or being loaded); None when the pane is empty."""
        return self._wanted

    def show_ticket(self, ticket_id: int | None) -> None:
        """Load and show `ticket_id` (None: show the placeholder)."""
        if self._shown is not None and ticket_id != self._shown.id:
            self._drafts[self._shown.id] = self.reply_box.draft()
        self._wanted = ticket_id
        if ticket_id is None:
            self._shown = self._edit = None
            self.placeholder.setText(self._hint())
            self._stack.setCurrentWidget(self.placeholder)
            self._update_actions()
            return
        self._query.request(partial(self._load, ticket_id), partial(self._on_detail, ticket_id))

    def _load(self, ticket_id: int, session: Session) -> Loaded:
        view = self._service.detail(session, ticket_id)
        if view is None:
            return None, None, None
        billing = self.billing.ticket_billing(session, ticket_id)
        if self._actions is None:
            return view, None, billing
        return view, self._actions.edit_state(session, ticket_id), billing

    @property
    def shown(self) -> TicketDetailView | None:
        return self._shown

    @property
    def edit_state(self) -> TicketEditState | None:
        return self._edit

    @property
    def is_loaded(self) -> bool:
        return self._wanted is not None and self._shown is not None and (
            self._shown.id == self._wanted)  # fmt: skip

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def _on_detail(self, ticket_id: int, loaded: Loaded) -> None:
        if ticket_id != self._wanted:
            return
        view, edit, billing = loaded
        if view is None:
            if self._shown is not None and self._shown.id == ticket_id:
                # An escalation or dispatch gave it to someone outside my visibility.
                text = self.tr(
                    "Ticket #%1 is no longer in your tickets: it is now with "
                    "another level or advisor."
                ).replace("%1", str(ticket_id))
            else:
                text = self.tr("This ticket is not visible to you.")
            self._shown = self._edit = None
            self.placeholder.setText(text)
            self._stack.setCurrentIndex(0)
            self._update_actions()
            return
        # Visible first: size hints of hidden widgets are not propagated to their layout.
        self._stack.setCurrentIndex(1)
        if self._shown is None or self._shown.id != ticket_id:
            self.reply_box.set_draft(*self._drafts.pop(ticket_id, ("", True)))
            self.header.message.hide()
        self._shown, self._edit = view, edit
        self._populate(view, edit)
        self.billing_flows.show(billing, view.detail.row.level)
        if not self._sized:
            # Once the page just shown has its real height (it had none while hidden).
            QTimer.singleShot(0, self._size_split)
        self._update_actions()
        emit(self.loaded, ticket_id)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    # -- filling in ------------------------------------------------------------------------

    def _populate(self, view: TicketDetailView, edit: TicketEditState | None) -> None:
        detail = view.detail
        self.header.set_view(view, edit)
        self.sla.set_view(view)
        self.form.set_ticket(view, edit)
        self.body.set_text(detail.body)
        self.conversation.set_comments(detail.comments)
        self.history.set_history(detail.history, edit)
        follow_ups = edit.follow_ups if edit else ()
        self.follow_ups.set_follow_ups(follow_ups, self._service.clock())
        pending = sum(1 for f in follow_ups if not f.is_done)
        for index, (text, count) in enumerate((
            (self.tr("Conversation (%1)"), len(detail.comments)),
            (self.tr("History (%1)"), len(detail.history)),
            (self.tr("Follow-ups (%1)"), pending),
        )):  # fmt: skip
            self.tabs.setTabText(index, text.replace("%1", str(count)))

    def _size_split(self) -> None:
        """The fields whole on first show (up to 55 % of the height); the tabs get the rest.
        After that the splitter is the user's."""
        total = sum(self._split.sizes())
        if total <= 0 or self._sized:
            return
        upper = min(self._upper.sizeHint().height() + 4, int(total * 0.55))
        self._split.setSizes([upper, total - upper])
        self._sized = True

    def _update_actions(self) -> None:
        edit, a = self._edit, self.detail_actions
        ready = self._actions is not None and edit is not None and not self._busy
        working = ready and edit is not None and not edit.is_done
        viewer_id = self._actions.viewer.user_id if self._actions else None
        a.take.setEnabled(working and edit is not None and edit.responsible_id != viewer_id)
        a.dispatch.setEnabled(working)
        a.escalate.setEnabled(working and edit is not None and edit.level != Level.L3)
        a.merge.setEnabled(working)
        a.close.setEnabled(working)
        a.status.setEnabled(ready and edit is not None and edit.merged_into is None)
        for action in (a.reply, a.note, a.log_time, a.follow_up):
            action.setEnabled(ready)
        self.form.set_editable(self._actions is not None)
        self.follow_ups.set_editable(ready)
        self.reply_box.setEnabled(self._actions is not None and edit is not None)
        self.reply_box.set_busy(self._busy > 0)
        self.billing_flows.set_ready(ready)

    # -- running actions -------------------------------------------------------------------

    def act(self, write: Write, on_success: Callable[[Changed], None] | None = None, *,
            queue: bool = False) -> None:  # fmt: skip
        """Run one action on the shown ticket, on the database worker. An action (not a
        queued field edit) asked for while a write is in flight is ignored: a double Ctrl+T
        takes once."""
        if self._actions is None or self._shown is None or (self._busy and not queue):
            return
        ticket_id = self._shown.id
        self._busy += 1
        self._update_actions()
        run_action(self._runner, lambda: write(ticket_id),
                   partial(self._after_action, ticket_id, on_success, queue),
                   self._action_error)  # fmt: skip

    def _after_action(self, ticket_id: int, on_success: Callable[[Changed], None] | None,
                      field_edit: bool, result: Changed | Refused) -> None:  # fmt: skip
        self._busy -= 1
        if isinstance(result, Refused):
            self.revert()
            placed = self.form.show_errors(result.errors)
            # A field edit is answered under its field; an action (Take, Close...) also in
            # the message line, where the person who pressed it looks.
            elsewhere = {k: v for k, v in result.errors.items()
                         if not field_edit or k not in placed}  # fmt: skip
            if elsewhere:
                self.header.show_message(detail_labels.error_lines(elsewhere))
            self._update_actions()
            emit(self.actionFailed, result.errors)
            return
        self.header.message.hide()
        if on_success is not None:
            on_success(result)
        for changed_id in (result.ticket_id, *result.related):
            emit(self.ticketChanged, changed_id)
        self._update_actions()
        if self._wanted in (ticket_id, *result.related):
            self.show_ticket(self._wanted)

    def _action_error(self, message: str) -> None:
        self._busy -= 1
        self.revert()
        self.header.show_message(self.tr("Could not save the change: %1").replace("%1", message))
        self._update_actions()
        emit(self.actionFailed, {"": message})

    def revert(self) -> None:
        """Nothing changed in the store: show the stored values again."""
        if self._shown is not None:
            self.form.set_ticket(self._shown, self._edit)

    # -- replies, status, links ------------------------------------------------------------

    def _start_reply(self, *, public: bool) -> None:
        self.tabs.setCurrentIndex(0)
        self.reply_box.start(public)

    def _focus_status(self) -> None:
        self.form.status.setFocus()
        self.form.status.showPopup()

    def _open_canned(self) -> None:
        if self._shown is None or self._actions is None:
            return
        row = self._shown.detail.row
        self.canned.open_for(row.id, row.requester_name, self._actions.viewer.full_name)

    def show_follow_ups(self) -> None:
        self.tabs.setCurrentWidget(self.follow_ups)

    def open_ticket(self, ticket_id: int) -> None:
        """Show another ticket and tell the window (the list may select it)."""
        emit(self.openTicketRequested, ticket_id)
        self.show_ticket(ticket_id)
