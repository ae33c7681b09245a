"""The queue sidebar: the advisor's work queues with a live count each (SPEC §1–2).

A plain list the keyboard can walk (arrows, Home/End) or jump in with Alt+1…Alt+8; choosing a
queue emits `queueChosen`, and the ticket list shows it. The counts are pushed in by the list
(`set_counts`), which computes every queue's count in the same query as its tabs, whenever
its search text or column filters change or a ticket changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Role
from desk_app.local_store.ticket_filters import DUE_SOON_WINDOW, TicketQueue
from desk_app.local_store.ticket_list_queries import ListCounts
from desk_app.services.queues import QUEUES
from desk_app.ui.badges import Badge, Tone, badge_size, paint_badge
from desk_app.ui.qt_compat import emit

QUEUE_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class QueueListModel(QAbstractListModel):
    """The queues in sidebar order; each row's count is None until the first counts arrive."""

    def __init__(self, role: Role, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = role
        self._counts: dict[TicketQueue, int] = {}

    def queue(self, row: int) -> TicketQueue | None:
        return QUEUES[row] if 0 <= row < len(QUEUES) else None

    def row_of(self, queue: TicketQueue) -> int:
        return QUEUES.index(queue)

    def set_counts(self, counts: Mapping[TicketQueue, int]) -> None:
        changed = [q for q in QUEUES if counts.get(q) != self._counts.get(q)]
        self._counts = dict(counts)
        if changed:
            first = min(self.row_of(q) for q in changed)
            last = max(self.row_of(q) for q in changed)
            emit(self.dataChanged, self.index(first), self.index(last))

    def count(self, queue: TicketQueue) -> int | None:
        return self._counts.get(queue)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QUEUES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        queue = self.queue(index.row()) if index.isValid() else None
        if queue is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(queue)
        if role == Qt.ItemDataRole.ToolTipRole:
            shortcut = QKeySequence(f"Alt+{self.row_of(queue) + 1}")
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            return f"{self.description(queue)} ({keys})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = self._counts.get(queue)
            if count is None:
                return self.label(queue)
            return self.tr("%1: %n ticket(s)", "", count).replace("%1", self.label(queue))
        if role == QUEUE_ROLE:
            return queue.value
        if role == COUNT_ROLE:
            return self._counts.get(queue)
        return None

    def label(self, queue: TicketQueue) -> str:
        match queue:
            case TicketQueue.MINE:
                return self.tr("My tickets")
            case TicketQueue.UNASSIGNED_L1:
                return self.tr("Unassigned · L1")
            case TicketQueue.UNASSIGNED_L2:
                return self.tr("Unassigned · L2")
            case TicketQueue.UNASSIGNED_L3:
                return self.tr("Unassigned · L3")
            case TicketQueue.NETWORK:
                if self._role is Role.LEADER:
                    return self.tr("Team's network")
                return self.tr("My network")
            case TicketQueue.WAITING:
                return self.tr("Waiting on customer")
            case TicketQueue.DUE_SOON:
                return self.tr("Due soon / breaching")
            case TicketQueue.ALL:
                if self._role is Role.ADMIN:
                    return self.tr("All tickets")
                if self._role is Role.LEADER:
                    return self.tr("All of the team")
                return self.tr("All I can see")

    def description(self, queue: TicketQueue) -> str:
        hours = int(DUE_SOON_WINDOW.total_seconds() // 3600)
        match queue:
            case TicketQueue.MINE:
                return self.tr("Tickets assigned to you")
            case TicketQueue.UNASSIGNED_L1 | TicketQueue.UNASSIGNED_L2 | TicketQueue.UNASSIGNED_L3:
                level = queue.value.rsplit("_", 1)[1].upper()
                return self.tr("Not done and nobody has taken them yet, at level %1").replace(
                    "%1", level
                )
            case TicketQueue.NETWORK:
                return self.tr("Tickets from the partners served")
            case TicketQueue.WAITING:
                return self.tr("Waiting on the customer: the SLA clock is paused")
            case TicketQueue.DUE_SOON:
                return self.tr("Not done, and due within %n hour(s) or already overdue", "", hours)
            case TicketQueue.ALL:
                return self.tr("Every ticket you may see")


class QueueDelegate(QStyledItemDelegate):
    """The queue's name on the left, its count as a pill on the right (red when due soon)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        count = index.data(COUNT_ROLE)
        badge = None
        if isinstance(count, int):
            urgent = index.data(QUEUE_ROLE) == TicketQueue.DUE_SOON.value and count > 0
            badge = Badge(QLocale().toString(count), Tone.BAD if urgent else Tone.NEUTRAL)
        reserved = badge_size(badge, opt.font).width() + 12 if badge is not None else 0
        # The name is elided before the pill, so a long translation never runs under it.
        room = opt.rect.width() - reserved - 12
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if badge is not None:
            rect = option.rect.adjusted(option.rect.width() - reserved + 6, 0, -6, 0)
            paint_badge(painter, rect, badge, option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 48, max(size.height() + 10, 28))


class QueueSidebar(QWidget):
    """The left column: queues with counts. `queueChosen(TicketQueue)` when one is chosen."""

    queueChosen = Signal(object)

    def __init__(self, role: Role = Role.ADVISOR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueSidebar")
        self.model = QueueListModel(role, self)
        self.title = QLabel(self.tr("Queues"), self)
        self.title.setObjectName("queueSidebarTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListView(self)
        self.list.setObjectName("queueList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(QueueDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

        self.queue_actions: dict[TicketQueue, QAction] = {}
        for row, queue in enumerate(QUEUES, 1):
            action = QAction(self.tr("Queue: %1").replace("%1", self.model.label(queue)), self)
            action.setObjectName(f"queueAction_{queue.value}")
            action.setShortcut(QKeySequence(f"Alt+{row}"))
            # Anywhere in the window: the advisor jumps queues while typing in a reply.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, q=queue: self.choose(q))
            self.addAction(action)
            self.queue_actions[queue] = action
        self._silent = False

    def sizeHint(self) -> QSize:
        return QSize(220, 320)

    def current_queue(self) -> TicketQueue | None:
        index = self.list.currentIndex()
        return self.model.queue(index.row()) if index.isValid() else None

    def choose(self, queue: TicketQueue) -> None:
        """Make `queue` current (as a click would) and focus the list; emits queueChosen."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.current_queue() is queue:
            emit(self.queueChosen, queue)  # chosen again: show it again (the list may differ)
            return
        self.list.setCurrentIndex(self.model.index(self.model.row_of(queue)))

    def set_current(self, queue: TicketQueue | None) -> None:
        """Show `queue` as current without emitting (the list chose it); None: no queue."""
        self._silent = True
        try:
            selection = self.list.selectionModel()
            if queue is None:
                selection.clear()
            else:
                index = self.model.index(self.model.row_of(queue))
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._silent = False

    def set_counts(self, counts: ListCounts | Mapping[TicketQueue, int]) -> None:
        self.model.set_counts(counts.queues if isinstance(counts, ListCounts) else counts)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        queue = self.model.queue(current.row()) if current.isValid() else None
        if queue is not None and not self._silent:
            emit(self.queueChosen, queue)
