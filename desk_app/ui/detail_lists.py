"""The History and Follow-ups tabs of the ticket detail.

History: who, when, and "field: old → new" with translated field names and value labels (ids
of categories, queues and tickets shown as what they stand for). Follow-ups: pending first,
with Add… and Mark done.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.local_store.follow_ups import FollowUpView
from desk_app.local_store.ticket_detail_queries import HistoryView
from desk_app.services.ticket_actions import TicketEditState
from desk_app.ui import detail_labels, formatting
from desk_app.ui.qt_compat import emit


def _tree(parent: QWidget, object_name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(object_name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.header().setStretchLastSection(True)
    return tree


class HistoryTree(QTreeWidget):
    """Newest first: When, Who, Change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketHistory")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change")])
        self.header().setStretchLastSection(True)
        self.setColumnWidth(0, 130)
        self.setColumnWidth(1, 150)

    def set_history(self, history: Sequence[HistoryView], edit: TicketEditState | None) -> None:
        names = self._names(edit)
        self.clear()
        items = []
        for entry in reversed(history):
            old = detail_labels.history_value(entry.field, entry.old_value, names)
            new = detail_labels.history_value(entry.field, entry.new_value, names)
            if entry.field in ("escalation_reason", "close_reason"):
                change = f"{detail_labels.field_name(entry.field)}: {new}"
            else:
                change = f"{detail_labels.field_name(entry.field)}: {old} → {new}"
            who = entry.user or self.tr("System")
            item = QTreeWidgetItem([formatting.date_time(entry.at), who, change])
            item.setToolTip(2, change)
            items.append(item)
        self.addTopLevelItems(items)

    def _names(self, edit: TicketEditState | None) -> dict[str, dict[str, str]]:
        if edit is None:
            return {}
        categories = {str(c.id): edit.category_path(c.id) or c.name for c in edit.categories}
        queues = {str(i): name for i, name in edit.queues.items()}
        users = {str(u.id): u.full_name for u in edit.users}
        return {"category": categories, "queue": queues, "closed_by": users}

    def changes(self) -> list[str]:
        """The Change column, newest first (what a person reads)."""
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item.text(2) for item in items if item is not None]


class FollowUpsList(QWidget):
    addRequested = Signal()
    doneRequested = Signal(int)  # follow-up id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = _tree(self, "followUps", [self.tr("Remind at"), self.tr("Note"),
                                              self.tr("For"), self.tr("Done")])  # fmt: skip
        self.tree.setColumnWidth(0, 130)
        self.tree.setColumnWidth(1, 220)
        self.add_button = QPushButton(self.tr("Add follow-up…"), self)
        self.add_button.setObjectName("addFollowUp")
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setObjectName("followUpDone")
        self.done_button.setEnabled(False)
        self.add_button.clicked.connect(lambda: emit(self.addRequested))
        self.done_button.clicked.connect(self._done)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._editable = True

    def set_follow_ups(self, follow_ups: Sequence[FollowUpView], now: datetime) -> None:
        self.tree.clear()
        first_pending: QTreeWidgetItem | None = None
        for follow_up in follow_ups:
            done = formatting.date_time(follow_up.done_at) if follow_up.done_at else ""
            item = QTreeWidgetItem([formatting.date_time(follow_up.remind_at), follow_up.note,
                                    follow_up.user_name or "—", done])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, follow_up.id)
            item.setData(3, Qt.ItemDataRole.UserRole, follow_up.is_done)
            if follow_up.is_done:
                for column in range(4):
                    item.setForeground(column, self.palette().placeholderText())
            elif follow_up.remind_at <= now:
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(0, font)  # due: stands out
            self.tree.addTopLevelItem(item)
            if first_pending is None and not follow_up.is_done:
                first_pending = item
        if first_pending is not None:
            self.tree.setCurrentItem(first_pending)
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.add_button.setEnabled(editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        pending = item is not None and not item.data(3, Qt.ItemDataRole.UserRole)
        self.done_button.setEnabled(self._editable and pending)

    def _done(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            emit(self.doneRequested, int(item.data(0, Qt.ItemDataRole.UserRole)))
