"""Sync → Conflicts…: the fields both you and the server changed since the last sync.

The server's value won in the cache; your value waits here until you re-apply it (it is written
again as a normal change, with history and an outbox operation, and wins on the next push) or
keep the server's. Reads and writes run on the database worker.
"""

from __future__ import annotations

import json
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
from desk_app.local_store.sync_store import ConflictRow
from desk_app.local_store.visibility import Viewer
from desk_app.ui import detail_labels
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.formatting import date_time
from desk_app.ui.qt_compat import emit

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TICKET = 0
    FIELD = 1
    MINE = 2
    SERVER = 3
    WHEN = 4


# Conflicts name fields in the sync vocabulary (people and users by natural key).
_SYNC_NAMES = {"responsible_username": "responsible", "requester_email": "requester"}


def field_label(field: str) -> str:
    if field == "requester_email":
        return QCoreApplication.translate("ConflictsPanel", "Requester")
    return detail_labels.field_name(_SYNC_NAMES.get(field, field))


def show_value(field: str, value: Any) -> str:
    """A conflict value (the sync vocabulary: natural keys, ISO datetimes) as the user reads it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return detail_labels.history_value(field, str(value), {})


class ConflictsModel(QAbstractTableModel):
    """One row per open conflict; holds the rows the store returned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRow] = []

    def set_rows(self, rows: Sequence[ConflictRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def conflict_at(self, row: int) -> ConflictRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def ids(self) -> list[int]:
        return [row.id for row in self._rows]

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
        return (self.tr("Ticket"), self.tr("Field"), self.tr("Your value"),
                self.tr("Server value"), self.tr("When"))[section]  # fmt: skip

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.MINE, Column.SERVER):
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: ConflictRow, column: Column) -> str:
        field = row.field
        if column is Column.TICKET:
            return f"#{row.ticket_id} {row.ticket_subject}".rstrip()
        if column is Column.FIELD:
            return field_label(field)
        if column is Column.MINE:
            return show_value(field, row.local_value)
        if column is Column.SERVER:
            return show_value(field, row.remote_value)
        return date_time(row.created_at)


def _load(session: Session) -> list[ConflictRow]:
    return sync_store.open_conflicts(session)


def _resolve(store: Store, viewer: Viewer, conflict_id: int, reapply: bool) -> int:
    """Re-apply or dismiss one conflict in its own transaction; returns the conflict id."""
    with store.transaction() as session:
        if reapply:
            sync_store.reapply_conflict(session, viewer, conflict_id)
        else:
            sync_store.dismiss_conflict(session, viewer, conflict_id)
    return conflict_id


class ConflictsDialog(QDialog):
    loaded = Signal()
    # A conflict was resolved: the ticket (id) may show another value now.
    resolved = Signal(int)

    def __init__(self, runner: DbRunner, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self._runner = runner
        self._viewer = viewer
        self._loaded = False
        self._writing = False
        self.model = ConflictsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("conflictsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TICKET, QHeaderView.ResizeMode.Stretch)
        self.intro = QLabel(self.tr(
            "You and someone on the server changed the same field. The server's value is shown "
            "in the desk now; your value is kept here."), self)  # fmt: skip
        self.intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No conflicts: your changes and the server's agree."), self)
        self.empty.setObjectName("conflictsEmpty")
        self.empty.hide()
        self.message = QLabel(self)
        self.message.setObjectName("conflictsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.reapply_button = QPushButton(self.tr("&Re-apply mine"), self)
        self.reapply_button.setObjectName("reapplyConflict")
        self.reapply_button.setToolTip(self.tr("Write your value again; it is sent to the "
                                               "server on the next sync"))  # fmt: skip
        self.keep_button = QPushButton(self.tr("&Keep server value"), self)
        self.keep_button.setObjectName("keepServerValue")
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.reapply_button.clicked.connect(lambda: self.resolve_current(reapply=True))
        self.keep_button.clicked.connect(lambda: self.resolve_current(reapply=False))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        # The list (or, when there is none, the "no conflicts" line) takes the spare height;
        # the explanation keeps to its lines at the top.
        for widget in (self.intro, self.table, self.empty, self.message, buttons):
            layout.addWidget(widget, 1 if widget in (self.table, self.empty) else 0)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resize(760, 380)
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

    def current_conflict(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict_at(rows[0].row()) if rows else None

    def resolve_current(self, *, reapply: bool) -> bool:
        conflict = self.current_conflict()
        if conflict is None or self._writing:
            return False
        self._writing = True
        self._update_buttons()
        store, viewer, conflict_id = self._runner.store, self._viewer, conflict.id
        ticket_id = conflict.ticket_id
        self._runner.run(lambda _session: _resolve(store, viewer, conflict_id, reapply),
                         lambda _id: self._on_resolved(ticket_id), self._on_error)  # fmt: skip
        return True

    def _on_loaded(self, rows: list[ConflictRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._loaded = True
        self._update_buttons()
        emit(self.loaded)

    def _on_resolved(self, ticket_id: int) -> None:
        self._writing = False
        self.message.hide()
        emit(self.resolved, ticket_id)
        self.reload()

    def _on_error(self, message: str) -> None:
        self._writing = False
        self._loaded = True
        self.message.setText(self.tr("The conflicts could not be updated: %1").replace(
            "%1", message))  # fmt: skip
        self.message.show()
        self._update_buttons()
        emit(self.loaded)

    def _update_buttons(self) -> None:
        enabled = self.current_conflict() is not None and not self._writing
        self.reapply_button.setEnabled(enabled)
        self.keep_button.setEnabled(enabled)
