"""The drill-down behind a KPI number: the calls, survey answers or closed tickets it counted,
newest first, each marked ✓ (in the numerator) or ✗ with the reason, under a header that says
the number in words ("83 of 90 calls answered"). Double-clicking a row with a ticket opens it.

The service writes each reason in a fixed English vocabulary (local_store/kpi_drill.py);
`detail_text` looks every phrase up among the translations here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.kpi import Kpi
from desk_app.domain.kpi_report import Drill, DrillRow
from desk_app.ui.badges import Tone
from desk_app.ui.call_history_model import outcome_labels
from desk_app.ui.formatting import date_time
from desk_app.ui.kpi_format import (
    kpi_name,
    light_of,
    target_text,
    tone_of,
    too_few_text,
    value_text,
)
from desk_app.ui.qt_compat import emit

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the DrillRow
GAP_SEPARATOR = ", "  # between a ticket's gaps (local_store.kpi_drill.SEPARATOR)
DIALOG_SIZE_EMS = (70, 36)
COUNTS_MARKS = ("✗", "✓")

AnyIndex = QModelIndex | QPersistentModelIndex


class DrillColumn:
    WHEN = 0
    ADVISOR = 1
    TITLE = 2
    COUNTS = 3
    DETAIL = 4
    COUNT = 5


def _phrases() -> dict[str, str]:
    return {
        "missed": QCoreApplication.translate("KpiDrill", "missed"),
        "no outcome": QCoreApplication.translate("KpiDrill", "no outcome"),
        "promoter": QCoreApplication.translate("KpiDrill", "promoter"),
        "passive": QCoreApplication.translate("KpiDrill", "passive"),
        "detractor": QCoreApplication.translate("KpiDrill", "detractor"),
        "not satisfied": QCoreApplication.translate("KpiDrill", "not satisfied"),
        "not easy": QCoreApplication.translate("KpiDrill", "not easy"),
        "no subject": QCoreApplication.translate("KpiDrill", "no subject"),
        "no requester": QCoreApplication.translate("KpiDrill", "no requester"),
        "no responsible": QCoreApplication.translate("KpiDrill", "no responsible"),
        "no type": QCoreApplication.translate("KpiDrill", "no type"),
        "no priority": QCoreApplication.translate("KpiDrill", "no priority"),
        "no tags": QCoreApplication.translate("KpiDrill", "no tags"),
        "no description": QCoreApplication.translate("KpiDrill", "no description"),
        "no time logged": QCoreApplication.translate("KpiDrill", "no time logged"),
        "never in progress": QCoreApplication.translate("KpiDrill", "never in progress"),
        "not closed by the responsible": QCoreApplication.translate(
            "KpiDrill", "not closed by the responsible"
        ),
    }


def detail_text(detail: str) -> str:
    """A row's reason in the user's language: a known phrase, an outcome key, "missed (busy)"
    (the PBX's cause is shown as given), or a list of a ticket's gaps."""
    if not detail:
        return ""
    phrases = _phrases()
    outcomes = outcome_labels()
    if detail.startswith("missed (") and detail.endswith(")"):
        return QCoreApplication.translate("KpiDrill", "missed (%1)").replace("%1", detail[8:-1])
    parts = detail.split(GAP_SEPARATOR)
    return GAP_SEPARATOR.join(phrases.get(p, outcomes.get(p, p)) for p in parts)


def explanation(drill: Drill) -> str:
    """The number in words: "83 of 90 calls answered"."""
    value = drill.value
    locale = QLocale()
    done, total = locale.toString(value.numerator), locale.toString(value.denominator)
    if drill.kpi is Kpi.NPS:
        promoters = sum(1 for row in drill.rows if row.detail == "promoter")
        detractors = sum(1 for row in drill.rows if row.detail == "detractor")
        return (
            QCoreApplication.translate(
                "KpiDrill", "%1 promoters, %2 passives and %3 detractors of %4 answers"
            )
            .replace("%1", locale.toString(promoters))
            .replace("%2", locale.toString(len(drill.rows) - promoters - detractors))
            .replace("%3", locale.toString(detractors))
            .replace("%4", total)
        )
    texts = {
        Kpi.SERVICE_LEVEL: QCoreApplication.translate("KpiDrill", "%1 of %2 calls answered"),
        Kpi.FIRST_CONTACT_RESOLUTION: QCoreApplication.translate(
            "KpiDrill", "%1 of %2 answered calls resolved at the first contact"
        ),
        Kpi.CSAT: QCoreApplication.translate("KpiDrill", "%1 of %2 answers satisfied (4–5 of 5)"),
        Kpi.CES: QCoreApplication.translate("KpiDrill", "%1 of %2 answers easy (5–7 of 7)"),
        Kpi.PROCESS_ADHERENCE: QCoreApplication.translate(
            "KpiDrill", "%1 of %2 closed tickets followed the process"
        ),
    }
    return texts[drill.kpi].replace("%1", done).replace("%2", total)


class DrillModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DrillRow, ...] = ()

    def set_rows(self, rows: tuple[DrillRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> tuple[DrillRow, ...]:
        return self._rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DrillColumn.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            DrillColumn.WHEN: self.tr("When"),
            DrillColumn.ADVISOR: self.tr("Advisor"),
            DrillColumn.TITLE: self.tr("Call, ticket or answer"),
            DrillColumn.COUNTS: self.tr("Counts"),
            DrillColumn.DETAIL: self.tr("Why not"),
        }
        return headers.get(section)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (DrillColumn.DETAIL, DrillColumn.TITLE):
                return self._text(row, column) or None  # it may be elided
            if row.ticket_id is None:
                return self.tr("No ticket linked")
            return self.tr("Double-click to open ticket #%1").replace("%1", str(row.ticket_id))
        if column == DrillColumn.COUNTS:
            tone = Tone.GOOD if row.counts else Tone.BAD
            if role == Qt.ItemDataRole.ForegroundRole:
                return tone.text
            if role == Qt.ItemDataRole.BackgroundRole:
                return tone.fill
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, row: DrillRow, column: int) -> str | None:
        if column == DrillColumn.WHEN:
            return date_time(row.when)
        if column == DrillColumn.ADVISOR:
            return row.advisor
        if column == DrillColumn.TITLE:
            return row.title
        if column == DrillColumn.COUNTS:
            return COUNTS_MARKS[row.counts]
        if column == DrillColumn.DETAIL:
            return detail_text(row.detail)
        return None


class _NotCountedFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only_not_counted = False

    def set_only_not_counted(self, only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 on; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self.only_not_counted = only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_not_counted = only
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.only_not_counted:
            return True
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and not row.counts


class KpiDrillPanel(QWidget):
    """The header, a "only those that do not count" switch and the rows."""

    ticketActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiDrill")
        self.drill: Drill | None = None
        self.title = QLabel(self)
        self.title.setObjectName("kpiDrillTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.header = QLabel(self)
        self.header.setObjectName("kpiDrillHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.only_not_counted = QCheckBox(self.tr("Only those that do not count"), self)
        self.only_not_counted.setObjectName("kpiDrillOnlyMissing")
        self.model = DrillModel(self)
        self.proxy = _NotCountedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.only_not_counted.toggled.connect(self.proxy.set_only_not_counted)

        switches = QHBoxLayout()
        switches.addWidget(self.header, 1)
        switches.addWidget(self.only_not_counted)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(switches)
        layout.addWidget(self.table, 1)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("kpiDrillTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title (number and caller, ticket subject) takes what the others leave.
        header.setSectionResizeMode(DrillColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        widths = {
            DrillColumn.WHEN: metrics.horizontalAdvance("00/00/0000 00:00 p. m.__"),
            DrillColumn.ADVISOR: metrics.horizontalAdvance("M" * 12),
            DrillColumn.COUNTS: metrics.horizontalAdvance("Counts____"),
            DrillColumn.DETAIL: metrics.horizontalAdvance("M" * 16),
        }
        for column, width in widths.items():
            table.setColumnWidth(column, width)
        # Double-click, or Return on the current row (where the platform activates on a single
        # click, that opens it too, as everywhere else there).
        table.activated.connect(self._on_activated)
        return table

    def show_loading(self, kpi: Kpi, context: str) -> None:
        """Say what is coming while the rows load; the old rows go."""
        self.drill = None
        self.title.setText(self._title(kpi, context))
        self.header.setText(self.tr("Loading…"))
        self.model.set_rows(())

    def show_error(self, message: str) -> None:
        self.header.setText(self.tr("The rows could not be loaded: %1").replace("%1", message))

    def set_drill(self, drill: Drill, context: str) -> None:
        self.drill = drill
        self.title.setText(self._title(drill.kpi, context))
        value = drill.value
        result = too_few_text(value) if value.too_few else value_text(value)
        self.header.setText(
            self.tr("%1 → %2 (%3)")
            .replace("%1", explanation(drill))
            .replace("%2", result)
            .replace("%3", target_text(value))
        )
        tone = tone_of(light_of(value))
        self.header.setStyleSheet(
            f"background: {tone.fill.name()}; color: {tone.text.name()}; padding: 4px 6px;"
        )
        self.model.set_rows(drill.rows)

    def _title(self, kpi: Kpi, context: str) -> str:
        return self.tr("%1 · %2").replace("%1", kpi_name(kpi)).replace("%2", context)

    def visible_rows(self) -> list[DrillRow]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and row.ticket_id is not None:
            emit(self.ticketActivated, row.ticket_id)


class KpiDrillDialog(QDialog):
    """The panel in a window of its own, kept open beside the KPI screen (not modal)."""

    ticketActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiDrillDialog")
        self.setWindowTitle(self.tr("Behind the number"))
        self.setModal(False)
        self.panel = KpiDrillPanel(self)
        self.panel.ticketActivated.connect(lambda ticket: emit(self.ticketActivated, ticket))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.panel)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * DIALOG_SIZE_EMS[0], self.fontMetrics().lineSpacing() * DIALOG_SIZE_EMS[1])


def drill_context(scope_label: str, advisor: str | None, period_label: str) -> str:
    """ "Equipo Norte · November 2026", or the advisor's name in place of the team."""
    return (
        QCoreApplication.translate("KpiDrill", "%1 · %2")
        .replace("%1", advisor or scope_label)
        .replace("%2", period_label)
    )
