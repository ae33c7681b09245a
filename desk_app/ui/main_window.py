"""The main window: queues on the left, a page in the middle (ticket list, board, knowledge
base or call history), the selected ticket (and its customer) on the right, the phone dock
beside them.

It only wires its parts together; queries live in the services, threads in the DbRunner it
is given. Closing the window stops that runner's thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QTabWidget,
    QWidget,
)

from desk_app.local_store.ticket_filters import TicketQueue
from desk_app.services.knowledge import KnowledgeService
from desk_app.services.new_ticket import NewTicketService, Prefill
from desk_app.services.people import PeopleService
from desk_app.services.ticket_actions import TicketActions
from desk_app.services.tickets import TicketService
from desk_app.settings import Settings
from desk_app.ui import labels
from desk_app.ui.board_view import BoardView
from desk_app.ui.call_wiring import CallDesk
from desk_app.ui.customer_panel import CustomerPanel
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.hours_wiring import HoursDesk
from desk_app.ui.knowledge_panel import KnowledgePanel
from desk_app.ui.leader_wiring import LeaderDesk
from desk_app.ui.new_ticket_dialog import NewTicketDialog
from desk_app.ui.queue_sidebar import QueueSidebar
from desk_app.ui.reminders import ReminderBridge, ReminderButton, group_message, reminder_text
from desk_app.ui.shortcuts_dialog import ShortcutsDialog
from desk_app.ui.sync_bridge import SyncBridge
from desk_app.ui.sync_controls import SyncControls
from desk_app.ui.ticket_detail_pane import TicketDetailPane
from desk_app.ui.ticket_list_panel import TicketListPanel
from desk_app.ui.window_size import first_size, pane_widths

PHONE_DOCK_MIN_WINDOW = 1800  # room for the dock beside list, detail and queues
SIDEBAR_MIN_WIDTH = 150  # the queue names stay readable when the dock takes its width

if TYPE_CHECKING:  # APScheduler is imported off the UI thread: see ui/reminders.py
    from desk_app.services.reminders import Reminder


class MainWindow(QMainWindow):
    def __init__(
        self,
        runner: DbRunner,
        service: TicketService,
        *,
        actions: TicketActions | None = None,
        knowledge: KnowledgeService | None = None,
        workspace_label: str = "",
        settings: Settings | None = None,
        sync: SyncBridge | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.service = service
        self.ticket_actions = actions or TicketActions(runner.store, service.viewer, service.clock)
        knowledge = knowledge or KnowledgeService()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Partner Desk"))
        if workspace_label:
            self.setWindowTitle(self.tr("Partner Desk — %1").replace("%1", workspace_label))

        self.sidebar = QueueSidebar(service.viewer.role, self)
        self.sidebar.setMinimumWidth(SIDEBAR_MIN_WIDTH)
        self.ticket_list = TicketListPanel(runner, service, self)
        self.ticket_list.set_view_tabs_visible(False)  # the sidebar chooses the queue
        self.board = BoardView(runner, service, self.ticket_actions, self)
        self.knowledge = KnowledgePanel(runner, knowledge, self)
        self.pages = QStackedWidget(self)
        for page in (self.ticket_list, self.board, self.knowledge):
            self.pages.addWidget(page)
        self.detail_pane = TicketDetailPane(
            runner, service, self, actions=self.ticket_actions, knowledge=knowledge
        )
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.detail_pane, self.tr("Ticket"))
        region = service.default_region
        self.people = PeopleService(runner.store, service.viewer, default_region=region,
                                    clock=service.clock)  # fmt: skip
        self.new_tickets = NewTicketService(runner.store, service.viewer, default_region=region,
                                            clock=service.clock)  # fmt: skip
        self.customer_panel = CustomerPanel(runner, self.people, self)
        self.side_tabs.addTab(self.customer_panel, self.tr("Customer 360"))
        self.new_ticket_dialog: NewTicketDialog | None = None
        self._tray: QSystemTrayIcon | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for index, widget in enumerate((self.sidebar, self.pages, self.side_tabs)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, (0, 3, 2)[index])
        self.splitter.setContentsMargins(8, 8, 8, 0)
        self.setCentralWidget(self.splitter)

        viewer = service.viewer
        who = self.tr("%1 (%2)").replace("%1", viewer.full_name)
        self.viewer_label = QLabel(who.replace("%2", labels.role(viewer.role.value)))
        self.viewer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.count_label.setObjectName("ticketCount")
        if workspace_label:
            workspace = QLabel(workspace_label)
            workspace.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addWidget(workspace)

        # Sync with the central helpdesk; with no server configured it only offers to connect.
        sync = sync or SyncBridge(runner, settings or Settings.load(), parent=self)
        self.sync = SyncControls(self, sync, service.viewer, service.clock,
                                 on_tickets_changed=self._on_synced)  # fmt: skip
        self.reminders = ReminderBridge(runner.store, service.viewer, service.clock, self)
        self.reminder_button = ReminderButton(self)
        self.reminders.reminderDue.connect(self.reminder_button.add)
        self.reminders.reminderDue.connect(self._announce_reminder)
        self.reminders.remindersDue.connect(self._tray_reminders)
        self.calls = CallDesk(self, settings)
        self.pages.addWidget(self.calls.history)
        self.leader = LeaderDesk(self, settings)
        for leader_page in self.leader.pages():
            self.pages.addWidget(leader_page)
        self.hours = HoursDesk(self)
        self.pages.addWidget(self.hours.view)
        for widget in (self.calls.queue_timers, self.calls.phone_button, self.calls.presence,
                       self.reminder_button,
                       self.count_label, self.viewer_label):  # fmt: skip
            self.statusBar().addPermanentWidget(widget)
        self._connect_parts()
        # Everything the viewer may see, as before the sidebar existed; without this the list
        # view would make its first row (My tickets) current when it first takes focus.
        self.sidebar.set_current(TicketQueue.ALL)
        self._build_menus()
        self.resize(*first_size())
        # The phone dock takes ~300 px: on a window too narrow for it beside the three panes
        # it starts closed and opens when a call rings (or with Ctrl+Shift+P).
        if self.width() < PHONE_DOCK_MIN_WINDOW:
            self.calls.dock.hide()
        self._spread_panes()
        # Once the dock has taken (or given back) its width, the layout has settled.
        self.calls.dock.visibilityChanged.connect(
            lambda _shown: QTimer.singleShot(0, self._spread_measured_panes)
        )
        self.ticket_list.refresh()
        self.reminders.start()
        self.sync.start()

    def _connect_parts(self) -> None:
        tickets, board, detail = self.ticket_list, self.board, self.detail_pane
        self.sidebar.queueChosen.connect(tickets.set_queue)
        self.sidebar.queueChosen.connect(lambda _queue: self.show_page(tickets))
        tickets.countsChanged.connect(self.sidebar.set_counts)
        tickets.queueChanged.connect(self.sidebar.set_current)
        tickets.currentTicketChanged.connect(detail.show_ticket)
        tickets.loaded.connect(self._update_count)
        tickets.filterChanged.connect(board.set_filter)
        board.ticketActivated.connect(self.open_ticket)
        board.ticketChanged.connect(tickets.on_ticket_changed)
        board.errorOccurred.connect(self._show_error)
        detail.ticketChanged.connect(tickets.on_ticket_changed)
        detail.ticketChanged.connect(board.on_ticket_changed)
        detail.openTicketRequested.connect(self.open_ticket)
        self.knowledge.insertText.connect(detail.reply_box.insert_canned_text)
        self.customer_panel.ticketActivated.connect(self.open_ticket)
        tickets.currentTicketChanged.connect(self._follow_customer)
        board.ticketActivated.connect(self._follow_customer)
        self._runner.error.connect(self._show_error)
        self.reminder_button.ticketActivated.connect(self.open_ticket)
        for changed in (detail.ticketChanged, board.ticketChanged):
            changed.connect(self.sync.local_change)  # the pending count in the status bar
        detail.ticketChanged.connect(self.hours.changed)  # time logged, warranty decided…
        detail.ticketChanged.connect(self._refresh_customer)  # balances follow logged time

    def _action(self, menu: QMenu, text: str,
                keys: QKeySequence | QKeySequence.StandardKey | str, slot: object,
                group: str) -> QAction:  # fmt: skip
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setProperty("shortcutGroup", group)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        desk = bar.addMenu(self.tr("&Desk"))
        group = self.tr("Window")
        self._action(desk, self.tr("&New ticket…"), QKeySequence.StandardKey.New,
                     self.open_new_ticket, group)  # fmt: skip
        self._action(desk, self.tr("&Refresh"), QKeySequence(Qt.Key.Key_F5), self.refresh, group)
        desk.addSeparator()
        self._action(desk, self.tr("&Quit"), "Ctrl+Q", self.close, group)
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Ticket list"), "Ctrl+1",
                     lambda: self.show_page(self.ticket_list), group)  # fmt: skip
        self._action(view, self.tr("&Board"), "Ctrl+B", lambda: self.show_page(self.board), group)
        self._action(view, self.tr("&Knowledge base"), "Ctrl+K", self.show_knowledge, group)
        self._action(view, self.tr("&Customer 360"), "Ctrl+I", self.show_customer, group)
        self._action(view, self.tr("Call &history"), "Ctrl+H", self.show_calls, group)
        if self.leader.team_board is not None:
            self._action(view, self.tr("T&eam board"), "Ctrl+2", self.show_team_board, group)
        self._action(view, self.tr("K&PIs"), "Ctrl+3", self.show_kpis, group)
        self._action(view, self.tr("Contract &hours"), "Ctrl+4", self.show_hours, group)
        phone = self.calls.dock.toggleViewAction()
        phone.setText(self.tr("&Phone panel"))
        phone.setShortcut(QKeySequence("Ctrl+Shift+P"))
        phone.setProperty("shortcutGroup", group)
        view.addAction(phone)
        self.addAction(phone)
        self.calls.panel.new_ticket_action.setProperty("shortcutGroup", group)
        self._action(view, self.tr("&Search tickets"), QKeySequence.StandardKey.Find,
                     self.focus_search, group)  # fmt: skip
        self.sync.add_menu(bar, self._action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Keyboard &shortcuts"), QKeySequence(Qt.Key.Key_F1),
                     self.show_shortcuts, group)  # fmt: skip

    def _spread_panes(self) -> None:
        # Sizes given before the layout settles are re-spread by the stretch factors, which
        # would squeeze the queues: give each pane its share of what is left beside the dock.
        dock = self.calls.dock
        width = self.width() - (dock.sizeHint().width() if dock.isVisibleTo(self) else 0)
        self.splitter.setSizes(pane_widths(width))

    def _spread_measured_panes(self) -> None:
        margins = self.splitter.contentsMargins()
        self.splitter.setSizes(pane_widths(self.splitter.width() - margins.left()
                                           - margins.right()))  # fmt: skip

    @property
    def runner(self) -> DbRunner:
        return self._runner

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        # Queues mean nothing to the knowledge base (which needs the width for its reader) or
        # to the call history (which has its own filters).
        wide = (self.calls.history, self.leader.team_board, self.leader.kpi_view,
                self.hours.view)  # fmt: skip
        self.sidebar.setVisible(page is not self.knowledge and page not in wide)
        # These pages need the width; opening a ticket from one brings the pane back.
        self.side_tabs.setVisible(page not in wide)
        if page is self.board:
            self.board.refresh()
        elif page is self.calls.history:
            self.calls.history.refresh()
        elif page is self.leader.team_board:
            self.leader.team_board.refresh()

    def show_knowledge(self) -> None:
        self.show_page(self.knowledge)
        self.knowledge.focus_search()

    def show_calls(self) -> None:
        self.show_page(self.calls.history)

    def show_team_board(self) -> None:
        if self.leader.team_board is not None:
            self.show_page(self.leader.team_board)

    def show_kpis(self) -> None:
        self.show_page(self.leader.kpi_view)

    def show_hours(self) -> None:
        self.show_page(self.hours.view)

    def open_ticket(self, ticket_id: int) -> None:
        self.side_tabs.show()
        self.side_tabs.setCurrentWidget(self.detail_pane)
        self.detail_pane.show_ticket(ticket_id)

    def show_customer(self) -> None:
        self.side_tabs.setCurrentWidget(self.customer_panel)
        ticket_id = self.detail_pane.current_ticket_id()
        if ticket_id is not None:
            self.customer_panel.show_for_ticket(ticket_id)

    def _refresh_customer(self, _ticket_id: object) -> None:
        if self.customer_panel.isVisible():  # the tab reloads anyway when it is shown
            self.customer_panel.refresh()

    def _follow_customer(self, ticket_id: object) -> None:
        # Loaded only while the tab is shown: the panel queries contracts, tickets and calls.
        if isinstance(ticket_id, int) and self.side_tabs.currentWidget() is self.customer_panel:
            self.customer_panel.show_for_ticket(ticket_id)

    def open_new_ticket(self, prefill: Prefill | None = None) -> NewTicketDialog:
        """The New ticket dialog, following the standard process (SPEC §2); one at a time."""
        if self.new_ticket_dialog is not None:
            self.new_ticket_dialog.raise_()
            self.new_ticket_dialog.activateWindow()
            return self.new_ticket_dialog
        dialog = NewTicketDialog(self._runner, self.new_tickets, self.people,
                                 prefill=prefill if isinstance(prefill, Prefill) else None,
                                 parent=self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ticketCreated.connect(self._on_ticket_created)
        dialog.destroyed.connect(self._forget_new_ticket_dialog)
        self.new_ticket_dialog = dialog
        dialog.show()
        return dialog

    def _forget_new_ticket_dialog(self) -> None:
        self.new_ticket_dialog = None

    def _on_ticket_created(self, ticket_id: int) -> None:
        self.ticket_list.refresh()
        self.sync.local_change(ticket_id)
        self.open_ticket(ticket_id)

    def refresh(self) -> None:
        self.ticket_list.refresh()
        if self.pages.currentWidget() is self.board:
            self.board.refresh()

    def focus_search(self) -> None:
        self.show_page(self.ticket_list)
        self.ticket_list.search.setFocus()
        self.ticket_list.search.selectAll()

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _update_count(self) -> None:
        count = self.ticket_list.model.rowCount()
        # English has no numerus forms without a .qm, so the singular is its own string.
        text = self.tr("1 ticket") if count == 1 else self.tr("%n tickets", "", count)
        self.count_label.setText(text)

    def _announce_reminder(self, reminder: Reminder) -> None:
        self.statusBar().showMessage(reminder_text(reminder), 60_000)

    def _tray_reminders(self, group: list[Reminder]) -> None:
        # One tray message per check: a leader's morning must not pop up hundreds.
        if group and QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.windowIcon(), self)
                self._tray.show()
            self._tray.showMessage(*group_message(group))

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Error: %1").replace("%1", message), 15_000)

    _show_error = show_error

    def _on_synced(self, ticket_id: int | None) -> None:
        """A sync or a re-applied conflict changed tickets: show them as they are now."""
        self.ticket_list.on_ticket_changed(ticket_id)
        if self.pages.currentWidget() is self.board:
            self.board.refresh()
        # Only for that ticket: a periodic sync must not reload a detail someone is editing.
        if ticket_id is not None and ticket_id == self.detail_pane.current_ticket_id():
            self.detail_pane.show_ticket(ticket_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.calls.stop_listening()
        self.reminders.stop(wait=False)
        self.sync.shutdown()  # before the runner: a running sync stops at its next page
        self._runner.shutdown()
        super().closeEvent(event)
