"""The knowledge base's folder tree as an item model: name and article count per folder.

The top level starts with "All articles", then the root folders, then "No folder" when some
articles sit in none. A new tree with the same shape (the usual case: counts changed after a
sync, or the FAQ filter toggled) only repaints the counts, so the selection and the expanded
folders stay as the user left them; a different shape resets the model.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desk_app.local_store.article_queries import UNCATEGORIZED, CategoryNode, CategoryTree
from desk_app.ui.qt_compat import emit

# The filter value of the "All articles" row; folder rows give their id, "No folder" gives
# article_queries.UNCATEGORIZED.
ALL_ARTICLES = -1
CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: default parent of the item-model methods


class CategoryColumn(IntEnum):
    NAME = 0
    COUNT = 1


class _Node:
    __slots__ = ("children", "count", "key", "name", "parent", "row")

    def __init__(self, key: int, name: str, count: int, parent: _Node | None, row: int) -> None:
        self.key = key
        self.name = name
        self.count = count
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []

    def walk(self) -> Iterator[_Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def shape(self) -> tuple[Any, ...]:
        return (self.key, tuple(child.shape() for child in self.children))


def _build(tree: CategoryTree) -> _Node:
    root = _Node(ALL_ARTICLES - 1, "", 0, None, 0)

    def add(parent: _Node, key: int, name: str, count: int) -> _Node:
        node = _Node(key, name, count, parent, len(parent.children))
        parent.children.append(node)
        return node

    def add_folder(parent: _Node, folder: CategoryNode) -> None:
        node = add(parent, folder.id, folder.name, folder.article_count)
        for child in folder.children:
            add_folder(node, child)

    add(root, ALL_ARTICLES, QCoreApplication.translate("KbCategoryModel", "All articles"),
        tree.total)  # fmt: skip
    for folder in tree.roots:
        add_folder(root, folder)
    if tree.uncategorized:
        add(root, UNCATEGORIZED, QCoreApplication.translate("KbCategoryModel", "No folder"),
            tree.uncategorized)  # fmt: skip
    return root


class KbCategoryModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _build(CategoryTree((), 0, 0))

    def set_tree(self, tree: CategoryTree) -> None:
        new_root = _build(tree)
        if new_root.shape() != self._root.shape():
            self.beginResetModel()
            self._root = new_root
            self.endResetModel()
            return
        # Same folders in the same places: copy the new names and counts over, in place.
        for old, new in zip(self._root.walk(), new_root.walk(), strict=True):
            old.name, old.count = new.name, new.count
        for node in self._root.walk():
            if node.children:
                first = self.createIndex(0, CategoryColumn.NAME, node.children[0])
                last = self.createIndex(len(node.children) - 1, CategoryColumn.COUNT,
                                        node.children[-1])  # fmt: skip
                emit(self.dataChanged, first, last, [])

    def index_of(self, key: int) -> QModelIndex:
        """The name cell of the row whose filter value is `key` (invalid when absent)."""
        for node in self._root.walk():
            if node is not self._root and node.key == key:
                return self.createIndex(node.row, CategoryColumn.NAME, node)
        return QModelIndex()

    def key(self, index: _Index) -> int:
        node = self._node(index)
        return node.key if node is not self._root else ALL_ARTICLES

    # -- QAbstractItemModel ----------------------------------------------------------------

    def _node(self, index: _Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, child: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        node = self._node(child).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, CategoryColumn.NAME, node)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != CategoryColumn.NAME:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return len(CategoryColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CategoryColumn.NAME:
                return node.name
            return QLocale().toString(node.count)
        if role == CATEGORY_ID_ROLE:
            return node.key
        if role == Qt.ItemDataRole.ToolTipRole:
            count = self.tr("%n article(s)", "", node.count)
            return f"{node.name} · {count}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CategoryColumn.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and node.key == ALL_ARTICLES:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            column == CategoryColumn.COUNT or node.count == 0
        ):
            return QColor(Qt.GlobalColor.darkGray)  # counts, and folders with nothing to read
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == CategoryColumn.NAME:
            return QCoreApplication.translate("KbCategoryModel", "Folder")
        if section == CategoryColumn.COUNT:
            return QCoreApplication.translate("KbCategoryModel", "Articles")
        return None
