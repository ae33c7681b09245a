"""The service leader's live team board (issue 6): each advisor's presence and how long,
current call and talk time, tickets by stage, at risk and breached, the oldest waiting ticket;
the level queues' loads; and reassigning a ticket to another advisor.

Data comes from one `team_board` query on the database worker through `LatestOnly`, every
RELOAD_MS and on `refresh()`. Between loads a one-second timer only moves the model's `now`:
presence, talk and waiting times are recomputed from the stored timestamps and the injected
clock, never counted and never queried. Reassign runs TicketActions.dispatch on the worker,
like the ticket detail's Dispatch; a refusal is shown and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.local_store.team_board import AdvisorStatus, TeamBoard, team_board
from desk_app.services.ticket_actions import Changed, TicketActions
from desk_app.ui.db_worker import DbRunner, LatestOnly, when_alive
from desk_app.ui.detail_actions import Refused, run_action
from desk_app.ui.formatting import to_qdatetime
from desk_app.ui.qt_compat import emit
from desk_app.ui.store_messages import store_messages
from desk_app.ui.team_board_model import Column, TeamBoardModel
from desk_app.ui.team_board_queues import QueueStrip
from desk_app.ui.team_board_reassign import ReassignDialog, ReassignTicket, reassign_choices

Clock = Callable[[], datetime]

RELOAD_MS = 15_000  # data from the database
TICK_MS = 1_000  # live times from the timestamps
_BANNER = "background: #fee2e2; color: #991b1b; border-radius: 4px; padding: 6px;"


class TeamBoardView(QWidget):
    """The board of the team the signed-in leader (or admin) may watch."""

    ticketActivated = Signal(int)  # double click on an oldest waiting ticket
    advisorActivated = Signal(int)  # double click on an advisor's name: their user id
    ticketChanged = Signal(object)  # a reassign was written: the ticket id
    errorOccurred = Signal(str)
    loaded = Signal()

    def __init__(self, runner: DbRunner, actions: TicketActions, clock: Clock,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("teamBoard")
        self._runner = runner
        self._actions = actions
        self._clock = clock
        self._query = LatestOnly(runner)
        self._board: TeamBoard | None = None
        self._loaded = False
        self._started = False
        self._waiters: list[Callable[[], None]] = []
        self.dialog: ReassignDialog | None = None
        self.pending_reassigns = 0

        self.title = QLabel(self)
        self.title.setObjectName("teamBoardTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 2)
        self.title.setFont(font)
        self.updated = QLabel(self)
        self.updated.setObjectName("teamBoardUpdated")
        self.updated.setStyleSheet("color: #6b7280;")
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("teamBoardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.reassign_action = QAction(self.tr("Reassign…"), self)
        self.reassign_action.setObjectName("teamBoardReassign")
        self.reassign_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.reassign_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reassign_action.triggered.connect(self.reassign_selected)
        self.addAction(self.reassign_action)
        self.reassign_button = QPushButton(self.tr("Reassign…"), self)
        self.reassign_button.setObjectName("teamBoardReassignButton")
        self.reassign_button.setToolTip(
            self.tr("Hand one of the selected advisor's tickets to another advisor")
        )
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.error_banner = QLabel(self)
        self.error_banner.setObjectName("teamBoardError")
        self.error_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet(_BANNER)
        self.error_banner.hide()
        self.queues = QueueStrip(self)
        self.model = TeamBoardModel(self)
        self.table = self._make_table()
        self._lay_out()
        self._update_actions()

        self._reload_timer = QTimer(self)
        self._reload_timer.setObjectName("teamBoardReload")
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self._tick_timer = QTimer(self)
        self._tick_timer.setObjectName("teamBoardTick")
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self.update_times)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("teamBoardTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(False)
        table.setShowGrid(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 16)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CALL, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.doubleClicked.connect(self._on_double_click)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.updated, 1)
        top.addWidget(self.reassign_button)
        top.addWidget(self.refresh_button)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e5e7eb;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.queues)
        layout.addWidget(line)
        layout.addWidget(self.table, 1)

    # -- public ----------------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def board(self) -> TeamBoard | None:
        """The board on screen, if any."""
        return self._board

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        if not self._started:
            self.refresh()
        if self._loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def refresh(self) -> None:
        """Load the board again (and keep doing so every RELOAD_MS)."""
        self._started = True
        self._loaded = False
        if not self._reload_timer.isActive():
            self._reload_timer.start()
            self._tick_timer.start()
        viewer, now = self._actions.viewer, self._clock()

        def job(session: Session) -> TeamBoard | str:
            try:
                return team_board(session, viewer, now)
            except (PermissionError, LookupError) as refusal:
                return str(refusal)

        self._query.request(job, when_alive(self, self._on_board))

    def update_times(self) -> None:
        """Move the live times to the clock's now (no query)."""
        now = self._clock()
        self.model.set_now(now)
        self.queues.update_times(now)

    def selected_advisor(self) -> AdvisorStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.advisor_at(rows[0].row()) if rows else None

    def select_advisor(self, user_id: int) -> bool:
        row = self.model.row_of(user_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def reassign_selected(self) -> None:
        """Read the selected advisor's open tickets, then ask which one goes to whom."""
        advisor = self.selected_advisor()
        if advisor is None or self.dialog is not None:
            return
        viewer, now = self._actions.viewer, self._clock()
        self._runner.run(
            lambda session: reassign_choices(session, viewer, advisor.user_id, now),
            when_alive(self, partial(self._open_dialog, advisor)),
            when_alive(self, self._show_error),
        )

    def showEvent(self, event: QShowEvent) -> None:
        # Nothing is queried until the page is first shown: it costs the start-up nothing.
        if not self._started:
            self.refresh()
        super().showEvent(event)

    # -- results ---------------------------------------------------------------------------

    def _on_board(self, board: TeamBoard | str) -> None:
        if isinstance(board, str):
            self._show_error(board)
        else:
            self._show(board)
        self._loaded = True
        emit(self.loaded)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    def _show(self, board: TeamBoard) -> None:
        selected = self.selected_advisor()
        first = self._board is None
        self._board = board
        now = self._clock()
        self.title.setText(self.tr("Team board · %1").replace("%1", board.team_name))
        at = QLocale().toString(to_qdatetime(board.loaded_at).time(), "HH:mm:ss")
        self.updated.setText(self.tr("%n advisor(s), updated at %1", "", len(board.advisors))
                             .replace("%1", at))  # fmt: skip
        self.model.set_rows(board.advisors, now)
        self.queues.set_loads(board.queues, now)
        if first:
            self._fit_columns()
        if selected is not None:
            self.select_advisor(selected.user_id)
        self._update_actions()

    def _fit_columns(self) -> None:
        for column in Column:
            if column is not Column.CALL:
                self.table.resizeColumnToContents(column)
        # Room for the live texts to grow ("Wrap-up · 10 min") without resizing each second.
        for column in (Column.PRESENCE, Column.OLDEST):
            width = self.table.columnWidth(column)
            self.table.setColumnWidth(column, width + self.fontMetrics().horizontalAdvance("0000"))

    def _show_error(self, message: str) -> None:
        self.error_banner.setText(message)
        self.error_banner.show()
        emit(self.errorOccurred, message)

    def _update_actions(self) -> None:
        advisor = self.selected_advisor()
        enabled = advisor is not None and (advisor.to_do + advisor.doing) > 0
        self.reassign_action.setEnabled(enabled)
        self.reassign_button.setEnabled(enabled)

    # -- reassign --------------------------------------------------------------------------

    def _open_dialog(self, advisor: AdvisorStatus, tickets: tuple[ReassignTicket, ...]) -> None:
        targets = self.model.advisors()
        dialog = ReassignDialog(advisor, tickets, targets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def accepted() -> None:
            ticket_id, user_id, note = dialog.ticket_id(), dialog.user_id(), dialog.note_text()
            if ticket_id is not None and user_id is not None:
                self._dispatch(ticket_id, user_id, note)

        def finished(_code: int) -> None:
            if self.dialog is dialog:
                self.dialog = None

        dialog.accepted.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()  # window-modal, no nested event loop

    def _dispatch(self, ticket_id: int, user_id: int, note: str) -> None:
        actions = self._actions
        self.error_banner.hide()
        self.pending_reassigns += 1
        run_action(self._runner, lambda: actions.dispatch(ticket_id, user_id, note),
                   when_alive(self, partial(self._on_dispatched, ticket_id)),
                   when_alive(self, partial(self._on_dispatch_failed, ticket_id)))  # fmt: skip

    def _on_dispatched(self, ticket_id: int, result: Changed | Refused) -> None:
        self.pending_reassigns -= 1
        if isinstance(result, Refused):
            reasons = "; ".join(store_messages(result.errors).values())
            self._show_error(self.tr("#%1 was not reassigned: %2")
                             .replace("%1", str(ticket_id)).replace("%2", reasons))  # fmt: skip
            return
        emit(self.ticketChanged, result.ticket_id)
        self.refresh()

    def _on_dispatch_failed(self, ticket_id: int, message: str) -> None:
        self._on_dispatched(ticket_id, Refused({"": message}))

    # -- mouse -----------------------------------------------------------------------------

    def _on_double_click(self, index: QModelIndex) -> None:
        advisor = self.model.advisor_at(index.row())
        if advisor is None:
            return
        if index.column() == Column.OLDEST and advisor.oldest_ticket_id is not None:
            emit(self.ticketActivated, advisor.oldest_ticket_id)
        elif index.column() == Column.ADVISOR:
            emit(self.advisorActivated, advisor.user_id)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        advisor = self.model.advisor_at(index.row()) if index.isValid() else None
        if advisor is None:
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.reassign_action)
        if advisor.oldest_ticket_id is not None:
            oldest = advisor.oldest_ticket_id
            opened = menu.addAction(self.tr("Open oldest waiting ticket #%1")
                                    .replace("%1", str(oldest)))  # fmt: skip
            opened.triggered.connect(lambda: emit(self.ticketActivated, oldest))
        menu.popup(self.table.viewport().mapToGlobal(position))
