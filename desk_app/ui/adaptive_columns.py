"""A column that shows itself when the table has room for it, until the user decides.

The ticket list sits between the queue sidebar and the ticket pane. On a 1366 or 1400 px
screen the Responsible column would squeeze the subject to a few letters, on 1600 px and up
it fits: so it follows the table's width. Once the user shows or hides it from the header
menu, that choice stands and this stops managing it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class AdaptiveColumn(QObject):
    def __init__(self, table: QTableView, column: int, *, width: int, min_other: int) -> None:
        """`min_other`: the width the stretching column (the subject) must keep."""
        super().__init__(table)
        self._table = table
        self._column = column
        self._min_other = min_other
        self._width = width
        self._managing = True
        self._shown_by_us = not table.isColumnHidden(column)
        # The viewport, not the table: its size is the room the columns share.
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    @property
    def managing(self) -> bool:
        return self._managing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport outlives the table's C++ part while the table is destroyed.
        if (
            watched is self._viewport
            and event.type() == QEvent.Type.Resize
            and shiboken6.isValid(self._table)
        ):
            self.update()
        return False

    def update(self) -> None:
        if not self._managing:
            return
        header = self._table.horizontalHeader()
        if header.isSectionHidden(self._column) == self._shown_by_us:
            self._managing = False  # someone else (the user) changed it: theirs now
            return
        stretch = [
            i for i in range(header.count())
            if header.sectionResizeMode(i) == header.ResizeMode.Stretch
        ]  # fmt: skip
        fixed = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != self._column and i not in stretch and not header.isSectionHidden(i)
        )
        room = self._table.viewport().width() - fixed - self._min_other
        show = room >= self._width
        if show != self._shown_by_us:
            self._shown_by_us = show
            self._table.setColumnHidden(self._column, not show)
            if show:
                header.resizeSection(self._column, self._width)
