"""Help → Shortcuts: every action of the window that has a keyboard shortcut, in one table.

The list is read from the live QActions (and QShortcuts) of the window, so it can never
disagree with what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, order=True)
class ShortcutEntry:
    group: str
    text: str
    keys: str


def _clean(text: str) -> str:
    # Menu texts carry mnemonics ("&Take") and ellipses; the table shows the plain words.
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def collect_shortcuts(root: QWidget) -> list[ShortcutEntry]:
    entries: set[ShortcutEntry] = set()
    for action in root.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not action.text():
            continue
        group = action.property("shortcutGroup") or ""
        native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        entries.add(ShortcutEntry(str(group), _clean(action.text()), native))
    for shortcut in root.findChildren(QShortcut):
        description = shortcut.property("description")
        if not description or shortcut.key().isEmpty():
            continue
        group = shortcut.property("shortcutGroup") or ""
        native = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        entries.add(ShortcutEntry(str(group), str(description), native))
    return sorted(entries)


class ShortcutsDialog(QDialog):
    def __init__(self, root: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or root)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        entries = collect_shortcuts(root)
        self.table = QTableWidget(len(entries), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Area"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, entry in enumerate(entries):
            for column, value in enumerate((entry.group, entry.text, entry.keys)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
