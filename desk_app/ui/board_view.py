"""The board: three stage columns (to do / doing / done) of ticket cards (issue 3, item 1).

Each column is a QListView over a BoardColumnModel; a stage with several statuses shows them as
lanes. Dragging a card to another column, or to a lane, changes the ticket's status through
TicketActions.change_status, the validated action the detail pane uses, on the database
worker. The card moves at once; if the store refuses the change it snaps back and the reason
is shown. Keyboard: Ctrl+Shift+Right / Left move the selected card one stage on or back.

Columns load lazily: the BOARD_CAP most urgent tickets of each stage, then "+N more".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import statuses as st
from desk_app.local_store.ticket_filters import TicketFilter, TicketQueue
from desk_app.services.queues import BoardColumn, LiveListRow, MoveOutcome, QueueService
from desk_app.services.queues import move_ticket as run_move
from desk_app.services.ticket_actions import TicketActions
from desk_app.services.tickets import TicketService
from desk_app.ui import labels
from desk_app.ui.badges import Badge, Tone, badge_size, criticality_tone, paint_badge, sla_tone
from desk_app.ui.board_model import (
    CARD_ROLE,
    IS_LANE_ROLE,
    SHOW_STATUS_ROLE,
    BoardColumnModel,
)
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.qt_compat import emit
from desk_app.ui.store_messages import store_messages
from desk_app.ui.ticket_table_model import sla_text

STAGES = (st.Stage.TODO, st.Stage.DOING, st.Stage.DONE)
_Index = QModelIndex | QPersistentModelIndex
_PAD = 8


class CardDelegate(QStyledItemDelegate):
    """Paints a card (#id, subject, requester, criticality and SLA badges) or a lane header."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = QFontMetrics(option.font).height()
        if index.data(IS_LANE_ROLE):
            return QSize(200, height + 14)
        return QSize(200, 3 * height + 2 * _PAD + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(IS_LANE_ROLE):
            self._paint_lane(painter, option, str(index.data()))
        else:
            card = index.data(CARD_ROLE)
            if isinstance(card, LiveListRow):
                self._paint_card(painter, option, card, bool(index.data(SHOW_STATUS_ROLE)))
        painter.restore()

    def _paint_lane(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(Tone.MUTED.text)
        rect = option.rect.adjusted(_PAD, 4, -_PAD, -2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(QColor("#d1d5db")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, card: LiveListRow,
                    show_status: bool) -> None:  # fmt: skip
        t = card.ticket
        box = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        highlight = option.palette.highlight().color()
        painter.setPen(QPen(highlight if selected else QColor("#d1d5db"), 2 if selected else 1))
        painter.setBrush(QColor("#eff6ff") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(box, 6, 6)
        inner = box.adjusted(_PAD, _PAD - 2, -_PAD, -_PAD + 2)
        metrics = QFontMetrics(option.font)
        line = metrics.height() + 2
        # Line 1: the number (and the status, in a stage with lanes); the SLA badge right.
        sla = None
        if card.sla.state.value != "none":
            sla = Badge(sla_text(card.sla), sla_tone(card.sla.state))
        head = f"#{t.id}"
        if show_status:
            head += f" · {labels.status_short(t.status, t.status_name)}"
        top = QRect(inner.left(), inner.top(), inner.width(), line)
        self._badge_right(painter, top, sla, option.font, head, muted=True)
        # Line 2: the subject.
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.text().color())
        subject = QFontMetrics(bold).elidedText(t.subject, Qt.TextElideMode.ElideRight,
                                                inner.width())  # fmt: skip
        middle = QRect(inner.left(), inner.top() + line, inner.width(), line)
        painter.drawText(middle, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         subject)  # fmt: skip
        # Line 3: who asked; the criticality badge right.
        who = " · ".join(v for v in (t.requester_name, t.company_name) if v) or "—"
        crit = Badge(labels.criticality(t.criticality), criticality_tone(t.criticality))
        bottom = QRect(inner.left(), inner.top() + 2 * line, inner.width(), line + 4)
        self._badge_right(painter, bottom, crit, option.font, who, muted=True)

    def _badge_right(self, painter: QPainter, rect: QRect, badge: Badge | None, font: QFont,
                     text: str, *, muted: bool) -> None:  # fmt: skip
        width = badge_size(badge, font).width() if badge is not None else 0
        if badge is not None:
            paint_badge(painter, QRect(rect.right() - width, rect.top(), width, rect.height()),
                        badge, font)  # fmt: skip
        painter.setFont(font)
        painter.setPen(Tone.MUTED.text if muted else QColor("#111827"))
        room = rect.width() - width - (6 if width else 0)
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(rect.left(), rect.top(), room, rect.height()), left, shown)


class StageColumn(QFrame):
    """A stage's title with its count, the list of cards, and "+N more"."""

    def __init__(self, stage: st.Stage, parent: QWidget) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"boardColumn_{stage.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = BoardColumnModel(stage, self)
        self.title = QLabel(self)
        self.title.setObjectName("boardColumnTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.title.setFont(font)
        self.view = QListView(self)
        self.view.setObjectName(f"boardList_{stage.value}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Static first: setMovement(Static) turns dragging and the viewport's drops off.
        self.view.setMovement(QListView.Movement.Static)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.more = QLabel(self)
        self.more.setObjectName("boardColumnMore")
        self.more.setStyleSheet("color: #6b7280;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.more)

    def stage_name(self) -> str:
        match self.stage:
            case st.Stage.TODO:
                return self.tr("To do")
            case st.Stage.DOING:
                return self.tr("Doing")
            case st.Stage.DONE:
                return self.tr("Done")

    def show_column(self, column: BoardColumn) -> None:
        self.model.set_column(column)
        self.update_counts()

    def update_counts(self) -> None:
        column = self.model.column
        more = column.more if column is not None else 0
        count = QLocale().toString(len(self.model.cards()) + more)
        self.title.setText(f"{self.stage_name()} · {count}")
        self.more.setText(self.tr("+%n more, the most urgent are shown", "", more))
        self.more.setVisible(more > 0)

    def selected_ticket_id(self) -> int | None:
        index = self.view.currentIndex()
        selected = self.view.selectionModel().isSelected(index) if index.isValid() else False
        card = index.data(CARD_ROLE) if selected else None
        return card.id if isinstance(card, LiveListRow) else None

    def select(self, ticket_id: int) -> bool:
        row = self.model.row_of(ticket_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True


class BoardView(QWidget):
    """The board for one viewer. Wire `ticketChanged` to the list's `on_ticket_changed`."""

    ticketActivated = Signal(int)  # Enter or double click on a card: open its detail
    ticketChanged = Signal(int)  # a move was written (status, history and outbox)
    moveFinished = Signal(object)  # MoveOutcome, refused or not
    errorOccurred = Signal(str)
    loaded = Signal()

    def __init__(self, runner: DbRunner, service: TicketService, actions: TicketActions,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("boardView")
        self._runner = runner
        self._queues = QueueService(service)
        self._actions = actions
        self._filter = TicketFilter()
        self._query = LatestOnly(runner)
        self._loaded = False
        self._waiters: list[Callable[[], None]] = []
        self._reselect: int | None = None
        self.pending_moves = 0

        self.error_banner = QLabel(self)
        self.error_banner.setObjectName("boardError")
        self.error_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.error_banner.setWordWrap(True)
        self.error_banner.setStyleSheet(
            "background: #fee2e2; color: #991b1b; border-radius: 4px; padding: 6px;"
        )
        self.error_banner.hide()
        self.columns = {stage: StageColumn(stage, self) for stage in STAGES}
        row = QHBoxLayout()
        row.setSpacing(8)
        for column in self.columns.values():
            row.addWidget(column, 1)
            column.model.dropRequested.connect(self._on_drop)
            column.view.activated.connect(self._on_activated)
            column.view.doubleClicked.connect(self._on_activated)
            column.view.selectionModel().currentChanged.connect(
                partial(self._on_current_changed, column)
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.error_banner)
        layout.addLayout(row, 1)

        self.move_next_action = self._action(
            "boardMoveNext", self.tr("Move card to the next stage"), "Ctrl+Shift+Right", 1
        )
        self.move_previous_action = self._action(
            "boardMovePrevious", self.tr("Move card to the previous stage"), "Ctrl+Shift+Left", -1
        )

    def _action(self, name: str, text: str, keys: str, step: int) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.move_selected(step))
        self.addAction(action)
        return action

    # -- public ----------------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    @property
    def current_filter(self) -> TicketFilter:
        return self._filter

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        if self._loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def refresh(self) -> None:
        self._loaded = False
        self._query.request(partial(self._queues.board, flt=self._filter), self._on_board)

    def set_filter(self, flt: TicketFilter) -> None:
        """Follow the list: its queue, search text and column filters (not its sort)."""
        if (flt.queue, flt.text, flt.columns) != (
            self._filter.queue, self._filter.text, self._filter.columns
        ):  # fmt: skip
            self._filter = replace(self._filter, queue=flt.queue, text=flt.text,
                                   columns=flt.columns)  # fmt: skip
            self.refresh()

    def set_queue(self, queue: TicketQueue | None) -> None:
        self.set_filter(replace(self._filter, queue=queue))

    def on_ticket_changed(self, _ticket_id: object = None) -> None:
        self.refresh()

    def column_of(self, ticket_id: int) -> StageColumn | None:
        return next((c for c in self.columns.values() if c.model.row_of(ticket_id) is not None),
                    None)  # fmt: skip

    def selected_ticket_id(self) -> int | None:
        for column in self.columns.values():
            ticket_id = column.selected_ticket_id()
            if ticket_id is not None:
                return ticket_id
        return None

    def select_ticket(self, ticket_id: int) -> bool:
        column = self.column_of(ticket_id)
        if column is None:
            return False
        column.view.setFocus()
        return column.select(ticket_id)

    def move_selected(self, step: int) -> None:
        """Move the selected card to the first status of the next (+1) or previous (-1) stage."""
        ticket_id = self.selected_ticket_id()
        column = self.column_of(ticket_id) if ticket_id is not None else None
        if ticket_id is None or column is None:
            return
        position = STAGES.index(column.stage) + step
        if not 0 <= position < len(STAGES):
            return
        status = self.columns[STAGES[position]].model.first_status()
        if status is not None:
            self.move_ticket(ticket_id, status)

    def move_ticket(self, ticket_id: int, status: str) -> None:
        """Show the card in `status` now and write the change on the worker; a refusal puts
        the card back and says why."""
        source = self.column_of(ticket_id)
        target = next((c for c in self.columns.values()
                       if any(lane.key == status for lane in c.model.lanes)), None)  # fmt: skip
        card = None
        if source is not None:
            card = next((c for c in source.model.cards() if c.id == ticket_id), None)
        if source is None or target is None or card is None or card.ticket.status == status:
            return
        before = {stage: c.model.column for stage, c in self.columns.items()}
        source.model.take_card(ticket_id)
        row = target.model.put_card(card, status, target.model.lane_name(status))
        for column in {source, target}:
            column.update_counts()
        target.view.setFocus()
        target.view.setCurrentIndex(target.model.index(row))
        self.error_banner.hide()
        self.pending_moves += 1
        actions = self._actions
        self._runner.run(
            lambda _session: run_move(actions, ticket_id, status),
            partial(self._on_moved, before),
            partial(self._on_move_failed, before, ticket_id, status),
        )

    # -- results ---------------------------------------------------------------------------

    def _on_board(self, columns: tuple[BoardColumn, ...]) -> None:
        selected = self._reselect or self.selected_ticket_id()
        self._reselect = None
        for column in columns:
            self.columns[column.stage].show_column(column)
        if selected is not None:
            owner = self.column_of(selected)
            if owner is not None:
                owner.select(selected)
        self._loaded = True
        emit(self.loaded)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    def _restore(self, before: dict[st.Stage, BoardColumn | None], ticket_id: int) -> None:
        for stage, column in before.items():
            if column is not None:
                self.columns[stage].show_column(column)
        owner = self.column_of(ticket_id)
        if owner is not None:
            owner.select(ticket_id)

    def _on_moved(self, before: dict[st.Stage, BoardColumn | None], outcome: MoveOutcome) -> None:
        self.pending_moves -= 1
        if outcome.ok:
            self._reselect = outcome.ticket_id
            emit(self.ticketChanged, outcome.ticket_id)
            self.refresh()
        else:
            self._restore(before, outcome.ticket_id)
            reasons = "; ".join(store_messages(outcome.errors).values())
            self._show_error(
                self.tr("#%1 was not moved: %2").replace("%1", str(outcome.ticket_id))
                .replace("%2", reasons)
            )  # fmt: skip
        emit(self.moveFinished, outcome)

    def _on_move_failed(self, before: dict[st.Stage, BoardColumn | None], ticket_id: int,
                        status: str, message: str) -> None:  # fmt: skip
        self._on_moved(before, MoveOutcome(ticket_id, status, None, {"error": message}))

    def _show_error(self, message: str) -> None:
        self.error_banner.setText(message)
        self.error_banner.show()
        emit(self.errorOccurred, message)

    def _on_drop(self, ticket_ids: list[int], status: str) -> None:
        for ticket_id in ticket_ids:
            self.move_ticket(ticket_id, status)

    def _on_activated(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if isinstance(card, LiveListRow):
            emit(self.ticketActivated, card.id)

    def _on_current_changed(self, owner: StageColumn, current: QModelIndex,
                            _previous: QModelIndex) -> None:  # fmt: skip
        if not current.isValid():
            return
        for column in self.columns.values():  # one selected card on the whole board
            if column is not owner:
                column.view.selectionModel().clearSelection()
