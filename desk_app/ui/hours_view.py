"""The hours screen (SPEC §6, issue 7): for a company (or every company the user may see) and a
period, the contract periods with what was bought, used and is left, their state and renewals,
and the tickets with their L1/L2/L3/quality time, billing, where it is charged and the amount,
with the totals. Double-click a ticket to open it; CSV and PDF export the report on screen.

Everything is read on the database worker through one LatestOnly: a burst of ◀ clicks costs
one query and the last answer wins. The numbers on screen always belong to `report()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.domain.periods import Granularity, Period, period_containing
from desk_app.services.hours import CompanyChoice, HoursReport, HoursService
from desk_app.ui.db_worker import DbRunner, LatestOnly, when_alive
from desk_app.ui.formatting import to_qdatetime
from desk_app.ui.hours_format import hours_text, money_text
from desk_app.ui.hours_models import (
    ContractColumn,
    ContractsModel,
    TicketColumn,
    TicketsModel,
)
from desk_app.ui.kpi_period_bar import KpiPeriodBar
from desk_app.ui.qt_compat import emit

Clock = Callable[[], datetime]
EXPECTED_ERRORS = (PermissionError, LookupError, ValueError)  # said to the user, not logged


@dataclass(frozen=True, slots=True)
class _Failed:
    message: str


def _table(name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class HoursView(QWidget):
    ticketActivated = Signal(int)
    loaded = Signal()
    exportRequested = Signal(str)  # "csv" or "pdf": the report on screen, to a file

    def __init__(self, runner: DbRunner, hours: HoursService, clock: Clock,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("hoursView")
        self._runner = runner
        self._hours = hours
        self._clock = clock
        self._reports = LatestOnly(runner)
        self._started = False
        self._companies: tuple[CompanyChoice, ...] | None = None
        self._company_id: int | None = None
        self._period = period_containing(self._today(), Granularity.MONTH)
        self._report: HoursReport | None = None
        self._waiters: list[Callable[[], None]] = []

        self.company = QComboBox(self)
        self.company.setObjectName("hoursCompany")
        self.company.setMinimumContentsLength(22)
        self.company.addItem(self.tr("All companies"), None)
        self.period_bar = KpiPeriodBar(self._period, self._today, self)
        bar = self.period_bar
        self.period_label, self.previous_button, self.next_button = (
            bar.label, bar.previous_button, bar.next_button)  # fmt: skip
        self.export_buttons = {
            "csv": QPushButton(self.tr("CSV…"), self),
            "pdf": QPushButton(self.tr("PDF…"), self),
        }
        for fmt, button in self.export_buttons.items():
            button.setObjectName(f"hoursExport_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, f=fmt: emit(self.exportRequested, f))
        self.contracts_model = ContractsModel(self)
        self.contracts = _table("hoursContracts", self)
        self.contracts.setModel(self.contracts_model)
        self.tickets_model = TicketsModel(self)
        self.tickets = _table("hoursTickets", self)
        self.tickets.setModel(self.tickets_model)
        self.tickets.doubleClicked.connect(self._on_double_click)
        self.totals = QLabel(self)
        self.totals.setObjectName("hoursTotals")
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("hoursStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()

        self.company.currentIndexChanged.connect(self._on_company_chosen)
        self.period_bar.periodChosen.connect(self._on_period_chosen)
        self.period_bar.refused.connect(self.status.setText)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Company"), self))
        bar.addWidget(self.company)
        bar.addSpacing(12)
        bar.addWidget(self.period_bar)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Export"), self))
        for button in self.export_buttons.values():
            bar.addWidget(button)
        contracts = QWidget(self)
        top = QVBoxLayout(contracts)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._heading(self.tr("Contracts")))
        top.addWidget(self.contracts)
        tickets = QWidget(self)
        bottom = QVBoxLayout(tickets)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self._heading(self.tr("Tickets")))
        bottom.addWidget(self.tickets)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("hoursSplitter")
        self.splitter.addWidget(contracts)
        self.splitter.addWidget(tickets)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.status)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # -- public ----------------------------------------------------------------------------

    def report(self) -> HoursReport | None:
        """The report whose numbers are on screen."""
        return self._report

    def period(self) -> Period:
        return self._period

    def company_id(self) -> int | None:
        """The company chosen (None: all)."""
        return self._company_id

    @property
    def is_loaded(self) -> bool:
        report = self._report
        return (
            self._companies is not None
            and report is not None
            and report.period == self._period
            and (report.company.id if report.company else None) == self._company_id
            and not self._reports.busy
        )

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the report of the current company and period is on screen."""
        self._start()
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def refresh(self) -> None:
        """Read the numbers again (time was logged, a decision taken, or a sync came in)."""
        self._started = True
        if self._companies is None:
            self._runner.run(self._hours.companies, when_alive(self, self._on_companies),
                             when_alive(self, self._on_failed))  # fmt: skip
        else:
            self._request()

    def set_period(self, period: Period) -> None:
        self.period_bar.set_period(period)
        self._on_period_chosen(period)

    def set_company(self, company_id: int | None) -> None:
        """Show one company (None: all); ValueError if it is not one this user may see."""
        if self._companies is not None:
            index = self.company.findData(company_id)
            if index < 0:
                raise ValueError("that company is not among those you may see")
            self.company.setCurrentIndex(index)  # → _on_company_chosen
        self._company_id = company_id
        self._request()

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
        if self._companies is None:
            return
        period, company_id = self._period, self._company_id
        self.status.setText(self.tr("Loading…"))

        def job(session: Session) -> HoursReport | _Failed:
            try:
                return self._hours.report(session, period, company_id)
            except EXPECTED_ERRORS as exc:
                return _Failed(str(exc))

        self._reports.request(job, when_alive(self, self._on_report))

    def _on_companies(self, companies: tuple[CompanyChoice, ...]) -> None:
        self._companies = companies
        self.company.blockSignals(True)  # filling the list is no choice of the user's
        for choice in companies:
            self.company.addItem(choice.name, choice.id)
        if self._company_id is not None and self.company.findData(self._company_id) < 0:
            self._company_id = None
        self.company.setCurrentIndex(self.company.findData(self._company_id))
        self.company.blockSignals(False)
        self._request()

    def _on_report(self, got: HoursReport | _Failed) -> None:
        if isinstance(got, _Failed):
            self._on_failed(got.message)
            return
        first = self._report is None
        self._report = got
        self.contracts_model.set_report(got)
        self.tickets_model.set_report(got)
        one = got.company is not None
        self.contracts.setColumnHidden(ContractColumn.COMPANY, one)
        self.tickets.setColumnHidden(TicketColumn.COMPANY, one)
        if first or got.companies:
            self._fit_columns()
        self.totals.setText(self._totals_text(got))
        self.status.setText(self._status_text(got))
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self._check_loaded()

    def _totals_text(self, report: HoursReport) -> str:
        totals = report.totals()
        template = self.tr(
            "Total %1: contract %2 (%3) · flat rate %4 (%5) · warranty %6 · undecided %7 · %8"
        )
        amount = self.tr("amount %1").replace("%1", money_text(totals.amount))
        return (
            template.replace("%1", hours_text(totals.total_minutes))
            .replace("%2", hours_text(totals.contract_minutes))
            .replace("%3", money_text(totals.contract_amount))
            .replace("%4", hours_text(totals.flat_minutes))
            .replace("%5", money_text(totals.flat_amount))
            .replace("%6", hours_text(totals.warranty_minutes))
            .replace("%7", hours_text(totals.undecided_minutes))
            .replace("%8", amount)
        )

    def _status_text(self, report: HoursReport) -> str:
        if report.flat_rate is None:
            text = self.tr("No flat rate is set: amounts out of contract are unknown (—).")
        else:
            text = self.tr("Flat rate %1 an hour").replace("%1", money_text(report.flat_rate))
        if not any(company.tickets for company in report.companies):
            text = self.tr("No time logged in this period.") + " " + text
        return text

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Could not load the hours: %1").replace("%1", message))

    def _check_loaded(self) -> None:
        if not self.is_loaded:
            return
        emit(self.loaded)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    def _fit_columns(self) -> None:
        for table, stretch in ((self.contracts, ContractColumn.RENEWAL),
                               (self.tickets, TicketColumn.SUBJECT)):  # fmt: skip
            table.resizeColumnsToContents()
            pad = table.fontMetrics().horizontalAdvance("MM")  # air between the numbers
            for column in range(table.model().columnCount()):
                table.setColumnWidth(column, table.columnWidth(column) + pad)
            header = table.horizontalHeader()
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # -- controls --------------------------------------------------------------------------

    def _on_company_chosen(self, index: int) -> None:
        company_id = self.company.itemData(index)
        if company_id != self._company_id:
            self._company_id = company_id
            self._request()

    def _on_period_chosen(self, period: Period) -> None:
        self._period = period
        self._request()

    def _on_double_click(self, index: QModelIndex) -> None:
        line = self.tickets_model.ticket_at(index.row())
        if line is not None and line.subject is not None:  # not one the user may not see
            emit(self.ticketActivated, line.ticket_id)
