"""Sync → Refused changes…: local changes the server refused for good (a 403, a value it does
not accept). They are not retried on their own, so they are listed here with the server's
reason, and "Send again" puts one back in the queue once the cause is fixed on the server.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.local_store import sync_store
from desk_app.local_store.engine import Store
from desk_app.local_store.sync_store import FailedOp
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.formatting import date_time
from desk_app.ui.qt_compat import emit

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CHANGE = 0
    REASON = 1
    WHEN = 2


def change_text(entity: str, op: str) -> str:
    """ "New ticket", "Ticket change", "Comment or note"... for an outbox operation."""
    if entity == "ticket":
        return {
            "create": QCoreApplication.translate("SyncRefused", "New ticket"),
            "update": QCoreApplication.translate("SyncRefused", "Ticket change"),
            "merge": QCoreApplication.translate("SyncRefused", "Ticket merge"),
        }.get(op, QCoreApplication.translate("SyncRefused", "Ticket change"))
    names = {
        "comment": QCoreApplication.translate("SyncRefused", "Reply or note"),
        "time_entry": QCoreApplication.translate("SyncRefused", "Time entry"),
        "person": QCoreApplication.translate("SyncRefused", "Contact"),
        "company": QCoreApplication.translate("SyncRefused", "Company"),
        "call": QCoreApplication.translate("SyncRefused", "Call"),
        "article": QCoreApplication.translate("SyncRefused", "Article"),
        "follow_up": QCoreApplication.translate("SyncRefused", "Follow-up"),
        "hour_confirmation": QCoreApplication.translate("SyncRefused", "Hour confirmation"),
        "contract": QCoreApplication.translate("SyncRefused", "Contract"),
    }
    return names.get(entity, entity)


class RefusedModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FailedOp] = []

    def set_rows(self, rows: Sequence[FailedOp]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def operation_at(self, row: int) -> FailedOp | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return (self.tr("Change"), self.tr("Why the server refused it"), self.tr("When"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        op = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is Column.CHANGE:
                return change_text(op.entity, op.op)
            if column is Column.REASON:
                return op.error
            return date_time(op.failed_at)
        if role == Qt.ItemDataRole.UserRole:
            return op.id
        return None


def _load(session: Session) -> list[FailedOp]:
    return sync_store.failed_ops(session)


def _retry(store: Store, op_id: int) -> int:
    with store.transaction() as session:
        sync_store.retry_failed_op(session, op_id)
    return op_id


class RefusedDialog(QDialog):
    loaded = Signal()
    # An operation went back into the queue: the window syncs and recounts.
    requeued = Signal(int)

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedDialog")
        self.setWindowTitle(self.tr("Changes the server refused"))
        self._runner = runner
        self._loaded = False
        self._writing = False
        self.model = RefusedModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            Column.REASON, QHeaderView.ResizeMode.Stretch
        )
        intro = QLabel(self.tr(
            "These changes stay on this computer: the server refused them and they are not "
            "sent again by themselves. Fix the cause on the server (a permission, a value), "
            "then send them again."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("The server has accepted every change."), self)
        self.empty.hide()
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.retry_button = QPushButton(self.tr("&Send again"), self)
        self.retry_button.setObjectName("retryRefused")
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self.retry_current)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.empty, self.message, buttons):
            layout.addWidget(widget)
        self.resize(700, 340)
        self._update_buttons()
        self.reload()

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        if self._loaded:
            callback()
        else:
            self.loaded.connect(callback)

    def reload(self) -> None:
        self._loaded = False
        self._runner.run(_load, self._on_loaded, self._on_error)

    def select_row(self, row: int) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        self.table.selectRow(row)
        return True

    def current_operation(self) -> FailedOp | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.operation_at(rows[0].row()) if rows else None

    def retry_current(self) -> bool:
        op = self.current_operation()
        if op is None or self._writing:
            return False
        self._writing = True
        self._update_buttons()
        store, op_id = self._runner.store, op.id
        self._runner.run(lambda _session: _retry(store, op_id), self._on_requeued,
                         self._on_error)  # fmt: skip
        return True

    def _on_loaded(self, rows: list[FailedOp]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(Column.CHANGE)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._loaded = True
        self._update_buttons()
        emit(self.loaded)

    def _on_requeued(self, op_id: int) -> None:
        self._writing = False
        emit(self.requeued, op_id)
        self.reload()

    def _on_error(self, message: str) -> None:
        self._writing = False
        self._loaded = True
        self.message.setText(self.tr("The list could not be updated: %1").replace("%1", message))
        self.message.show()
        self._update_buttons()
        emit(self.loaded)

    def _update_buttons(self) -> None:
        self.retry_button.setEnabled(self.current_operation() is not None and not self._writing)
