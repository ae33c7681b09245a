"""The per-advisor KPI table: one row per advisor of the scope, one column per KPI, each cell
coloured by the same traffic light as the tiles. A cell with too few cases shows "—" and says
why in its tooltip; clicking a KPI cell asks for that advisor's drill-down of that KPI.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk_app.domain.kpi import Kpi, KpiValue
from desk_app.domain.kpi_report import KPI_ORDER, AdvisorKpis
from desk_app.ui.kpi_format import light_of, short_name, summary, tone_of, too_few_text, value_text
from desk_app.ui.qt_compat import emit

ADVISOR_COLUMN = 0
KPI_ROLE = Qt.ItemDataRole.UserRole + 1  # the Kpi of a column, as its value (None: the name)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's KpiValue
ADVISOR_ID_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # a number, too-few cells last
LIGHT_ROLE = Qt.ItemDataRole.UserRole + 5
NAME_EMS = 12  # "Mariana García" before the name is elided
CELL_PADDING = 20

AnyIndex = QModelIndex | QPersistentModelIndex


def column_kpi(column: int) -> Kpi | None:
    if 1 <= column <= len(KPI_ORDER):
        return KPI_ORDER[column - 1]
    return None


class KpiTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[AdvisorKpis, ...] = ()

    def set_advisors(self, advisors: tuple[AdvisorKpis, ...]) -> None:
        self.beginResetModel()
        self._rows = advisors
        self.endResetModel()

    def advisor_at(self, row: int) -> AdvisorKpis | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(KPI_ORDER)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        kpi = column_kpi(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Advisor") if kpi is None else short_name(kpi)
        if role == KPI_ROLE:
            return None if kpi is None else kpi.value
        if role == Qt.ItemDataRole.TextAlignmentRole and kpi is not None:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        advisor = self.advisor_at(index.row())
        if advisor is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == ADVISOR_ID_ROLE:
            return advisor.user_id
        kpi = column_kpi(index.column())
        if kpi is None:
            return self._name_data(advisor, role)
        return self._value_data(kpi, advisor.kpis[kpi], role)

    def _name_data(self, advisor: AdvisorKpis, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return advisor.full_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{advisor.full_name} ({advisor.username}, {advisor.level})"
        return None

    def _value_data(self, kpi: Kpi, value: KpiValue, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return value_text(value)
        if role == KPI_ROLE:
            return kpi.value
        if role == VALUE_ROLE:
            return value
        if role == LIGHT_ROLE:
            return light_of(value)
        if role == SORT_ROLE:
            return -math.inf if value.value is None else value.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return too_few_text(value) if value.too_few else summary(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return tone_of(light_of(value)).fill
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone_of(light_of(value)).text
        if role == Qt.ItemDataRole.FontRole and not value.too_few:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        return bool(a < b)


class KpiTable(QTableView):
    """The table over a KpiTableModel, sortable by any column."""

    cellChosen = Signal(int, object)  # advisor user id, Kpi

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTable")
        self.source = KpiTableModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(ADVISOR_COLUMN, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)  # the traffic lights are the colours here
        self.setShowGrid(True)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        self._fit_columns()
        self.clicked.connect(self._on_clicked)

    def set_advisors(self, advisors: tuple[AdvisorKpis, ...]) -> None:
        self.source.set_advisors(advisors)
        self._fit_columns()  # a model reset forgets the header's sizes and resize modes

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(ADVISOR_COLUMN, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column in range(1, 1 + len(KPI_ORDER)):
            title = str(self.source.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance("100.0 %"))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, width + CELL_PADDING)

    def full_width(self) -> int:
        """The width that shows every column without a scroll bar: names at their minimum."""
        header = self.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(1, header.count()))
        scroll = self.verticalScrollBar().sizeHint().width()
        names = self.fontMetrics().horizontalAdvance("M") * NAME_EMS
        return names + columns + 2 * self.frameWidth() + scroll

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return drills like a click does; `activated` would also fire on a double-click,
        # after the click already asked for the same rows.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_clicked(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        kpi = index.data(KPI_ROLE)  # a plain str by now: Qt keeps no str subclass
        advisor_id = index.data(ADVISOR_ID_ROLE)
        if kpi is not None and advisor_id is not None:
            emit(self.cellChosen, int(advisor_id), Kpi(kpi))
