"""Canned responses as an item model, and the proxy that filters them as the user types.

A desk has a few dozen templates, so they are all loaded once per opening of the picker and
filtered here, on the UI thread, without a database round trip per keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desk_app.local_store.article_queries import CannedView
from desk_app.services.knowledge import canned_matches

CANNED_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CANNED_BODY_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: default parent of the item-model methods


class CannedListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[CannedView] = []

    def set_items(self, items: Sequence[CannedView]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> CannedView | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.body
        if role == CANNED_ID_ROLE:
            return item.id
        if role == CANNED_BODY_ROLE:
            return item.body
        return None


class CannedFilterModel(QSortFilterProxyModel):
    """Keeps the templates whose title or body holds every typed word, accents ignored."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, query: str) -> None:
        if query == self._query:
            return
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, CannedListModel):
            return True
        item = source.item(source_row)
        return item is not None and canned_matches(item, self._query)
