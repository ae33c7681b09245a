"""The KPI screen (SPEC §7): for the chosen scope (a team, one advisor, the whole desk) and
period (day, week, month or a custom range), the six KPIs as tiles against their targets, a
table of every advisor's, the trend, the staffing checks, and the rows behind any number.

Everything is read on the database worker: the report through one LatestOnly (a burst of ◀
clicks costs one query and the last answer wins), the drill-downs through another. The numbers
on screen always belong to `report()`; the controls may run ahead of them while it loads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.domain.kpi import Kpi
from desk_app.domain.kpi_report import Drill, KpiReport, Scope, ScopeKind
from desk_app.domain.periods import Granularity, Period, period_containing
from desk_app.services.kpis import KpiService
from desk_app.ui.db_worker import DbRunner, LatestOnly, when_alive
from desk_app.ui.formatting import to_qdatetime
from desk_app.ui.kpi_charts import KpiTrendChart
from desk_app.ui.kpi_drill import KpiDrillDialog, drill_context
from desk_app.ui.kpi_format import period_text
from desk_app.ui.kpi_period_bar import KpiPeriodBar
from desk_app.ui.kpi_staffing import phase_text, staffing_text
from desk_app.ui.kpi_table import KpiTable
from desk_app.ui.kpi_tiles import KpiTiles
from desk_app.ui.qt_compat import emit

Clock = Callable[[], datetime]
EXPECTED_ERRORS = (PermissionError, LookupError, ValueError)  # said to the user, not logged


@dataclass(frozen=True, slots=True)
class _Failed:
    message: str


class KpiView(QWidget):
    ticketActivated = Signal(int)
    loaded = Signal()
    drillShown = Signal(object)  # the Drill now in the drill-down window
    exportRequested = Signal(str)  # "csv", "xlsx" or "pdf": the report on screen, to a file

    def __init__(self, runner: DbRunner, kpis: KpiService, clock: Clock,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("kpiView")
        self._runner = runner
        self._kpis = kpis
        self._clock = clock
        self._reports = LatestOnly(runner)
        self._drills = LatestOnly(runner)
        self._started = False
        self._scopes: tuple[Scope, ...] | None = None
        self._scope: Scope | None = None
        self._period = period_containing(self._today(), Granularity.MONTH)
        self._report: KpiReport | None = None
        self._waiters: list[Callable[[], None]] = []
        self._sized = False
        self.drill_dialog: KpiDrillDialog | None = None

        self.scope = QComboBox(self)
        self.scope.setObjectName("kpiScope")
        self.scope.setMinimumContentsLength(18)
        self.period_bar = KpiPeriodBar(self._period, self._today, self)
        # The bar's parts, by the names the tests and the lead's wiring use.
        bar = self.period_bar
        self.granularity, self.from_date, self.to_date = bar.granularity, bar.from_date, bar.to_date
        self.previous_button, self.next_button = bar.previous_button, bar.next_button
        self.period_label = bar.label
        self.export_buttons = {
            "csv": QPushButton(self.tr("CSV…"), self),
            "xlsx": QPushButton(self.tr("Excel…"), self),
            "pdf": QPushButton(self.tr("PDF…"), self),
        }
        for fmt, button in self.export_buttons.items():
            button.setObjectName(f"kpiExport_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, f=fmt: emit(self.exportRequested, f))

        self.tiles = KpiTiles(self)
        self.table = KpiTable(self)
        self.chart = KpiTrendChart(self)
        self.staffing = QLabel(self)
        self.staffing.setObjectName("kpiStaffing")
        self.staffing.setTextFormat(Qt.TextFormat.RichText)
        self.phase = QLabel(self)
        self.phase.setObjectName("kpiPhase")
        self.status = QLabel(self)
        self.status.setObjectName("kpiStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()

        self.scope.currentIndexChanged.connect(self._on_scope_chosen)
        bar.periodChosen.connect(self._on_period_chosen)
        bar.refused.connect(self.status.setText)
        self.tiles.tileClicked.connect(self._on_tile)
        self.table.cellChosen.connect(lambda user, kpi: self.drill(kpi, advisor_id=user))
        self.chart.bucketClicked.connect(lambda bucket, kpi: self.drill(kpi, bucket=bucket))
        self.chart.kpisChanged.connect(self._on_chart_kpis)
        self.tiles.select(Kpi.SERVICE_LEVEL)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), self))
        bar.addWidget(self.scope)
        bar.addSpacing(12)
        bar.addWidget(self.period_bar)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Export"), self))
        for button in self.export_buttons.values():
            bar.addWidget(button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("kpiSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        footer = QHBoxLayout()
        footer.addWidget(self.staffing, 1)
        footer.addWidget(self.phase)
        footer.addSpacing(12)
        footer.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tiles)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

    # -- public ----------------------------------------------------------------------------

    def report(self) -> KpiReport | None:
        """The report whose numbers are on screen."""
        return self._report

    def period(self) -> Period:
        return self._period

    def current_scope(self) -> Scope | None:
        return self._scope

    @property
    def is_loaded(self) -> bool:
        report = self._report
        return (
            self._scopes is not None
            and report is not None
            and report.period == self._period
            and report.scope == self._scope
            and not self._reports.busy
        )

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the report of the current scope and period is on screen."""
        self._start()
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def refresh(self) -> None:
        """Read the numbers again (calls were logged or synced)."""
        self._started = True
        if self._scopes is None:
            self._runner.run(self._kpis.scopes, when_alive(self, self._on_scopes),
                             when_alive(self, self._on_failed))  # fmt: skip
        else:
            self._request()

    def set_period(self, period: Period) -> None:
        self.period_bar.set_period(period)
        self._on_period_chosen(period)

    def set_scope(self, scope: Scope) -> None:
        """Show `scope`; ValueError if it is not one this user may pick."""
        if self._scopes is not None and scope not in self._scopes:
            raise ValueError(f"{scope.label} is not among the KPIs you may see")
        self._scope = scope
        if self._scopes is not None:
            self.scope.setCurrentIndex(self._scopes.index(scope))  # → _on_scope_chosen
        self._request()

    def drill(self, kpi: Kpi, *, advisor_id: int | None = None,
              bucket: Period | None = None) -> None:  # fmt: skip
        """Open the rows behind one number of the report on screen."""
        report = self._report
        if report is None:
            return
        period, scope = report.period, report.scope
        advisor = next((a.full_name for a in report.advisors if a.user_id == advisor_id), None)
        context = drill_context(scope.label, advisor, period_text(bucket or period))
        dialog = self._drill_dialog()
        dialog.panel.show_loading(kpi, context)
        if dialog.isVisible():
            dialog.raise_()  # it may be behind the main window
        else:
            dialog.show()

        def job(session: Session) -> Drill | _Failed:
            try:
                return self._kpis.drill(session, kpi, period, scope, advisor_id=advisor_id,
                                        bucket=bucket)  # fmt: skip
            except EXPECTED_ERRORS as exc:
                return _Failed(str(exc))

        self._drills.request(job, when_alive(self, lambda got: self._on_drill(got, context)))

    def showEvent(self, event: QShowEvent) -> None:
        # Nothing is read until the page is first shown: it costs the start-up nothing.
        self._start()
        super().showEvent(event)

    # -- loading ---------------------------------------------------------------------------

    def _start(self) -> None:
        if not self._started:
            self.refresh()

    def _today(self) -> date:
        today = to_qdatetime(self._clock()).date()
        return date(today.year(), today.month(), today.day())

    def _request(self) -> None:
        if self._scopes is None or self._scope is None:
            return
        period, scope = self._period, self._scope
        self.status.setText(self.tr("Loading…"))

        def job(session: Session) -> KpiReport | _Failed:
            try:
                return self._kpis.report(session, period, scope)
            except EXPECTED_ERRORS as exc:
                return _Failed(str(exc))

        self._reports.request(job, when_alive(self, self._on_report))

    def _on_scopes(self, scopes: tuple[Scope, ...]) -> None:
        self._scopes = scopes
        if self._scope not in scopes:
            self._scope = scopes[0] if scopes else None
        self.scope.blockSignals(True)  # filling the list is no choice of the user's
        for scope in scopes:
            self.scope.addItem(self._scope_label(scope), scope)
        if self._scope is not None:
            self.scope.setCurrentIndex(scopes.index(self._scope))
        self.scope.blockSignals(False)
        self.scope.setEnabled(len(scopes) > 1)
        self._request()

    def _scope_label(self, scope: Scope) -> str:
        if scope.kind is ScopeKind.ALL:
            return self.tr("All teams")
        if scope.kind is ScopeKind.TEAM:
            return self.tr("Team %1").replace("%1", scope.label)
        return scope.label

    def _on_report(self, got: KpiReport | _Failed) -> None:
        if isinstance(got, _Failed):
            self._on_failed(got.message)
            return
        self._report = got
        self.tiles.set_values(got.totals)
        self.table.set_advisors(got.advisors)
        self.table.setVisible(got.scope.kind is not ScopeKind.ADVISOR)
        if not self._sized:
            # The table as wide as its columns need, the chart the rest, once: after that the
            # splitter is where the user left it.
            self._sized = True
            rest = max(self.splitter.width() - self.table.full_width(), self.chart.minimumWidth())
            self.splitter.setSizes([self.table.full_width(), rest])
        self.chart.set_trend(got.trend)
        self.staffing.setText(staffing_text(got.staffing))
        self.phase.setText(phase_text(got.phase))
        self.status.setText("")
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self._check_loaded()

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not load the KPIs: %1").replace("%1", message))

    def _on_drill(self, got: Drill | _Failed, context: str) -> None:
        dialog = self._drill_dialog()
        if isinstance(got, _Failed):
            dialog.panel.show_error(got.message)
            return
        dialog.panel.set_drill(got, context)
        emit(self.drillShown, got)

    def _check_loaded(self) -> None:
        if not self.is_loaded:
            return
        emit(self.loaded)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    def _drill_dialog(self) -> KpiDrillDialog:
        if self.drill_dialog is None:
            self.drill_dialog = KpiDrillDialog(self)
            self.drill_dialog.ticketActivated.connect(lambda t: emit(self.ticketActivated, t))
        return self.drill_dialog

    # -- controls --------------------------------------------------------------------------

    def _on_scope_chosen(self, index: int) -> None:
        scope = self.scope.itemData(index)
        if isinstance(scope, Scope) and scope != self._scope:
            self._scope = scope
            self._request()

    def _on_period_chosen(self, period: Period) -> None:
        self._period = period
        self._request()

    def _on_tile(self, kpi: Kpi) -> None:
        self.chart.set_kpi(kpi)
        self.drill(kpi)

    def _on_chart_kpis(self) -> None:
        kpis = self.chart.kpis()
        self.tiles.select(kpis[0] if len(kpis) == 1 else None)
