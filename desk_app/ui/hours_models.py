"""The two tables of the hours screen: contract periods (bought, used, remaining, state with its
traffic light, renewals) and tickets (time by kind, billing, where it is charged, amount).

Rows are the report's plain values; the text comes from hours_format so the screen and the PDF
agree. Time and money are right-aligned; a state and an undecided billing are coloured like
the KPI lights.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desk_app.services.hours import KINDS, CompanyHours, ContractPeriodHours, HoursReport
from desk_app.services.hours import TicketHours as Ticket
from desk_app.ui.hours_format import (
    STATE_LIGHTS,
    billing_text,
    charged_text,
    hours_text,
    kind_text,
    minutes_cell,
    money_text,
    period_kind_text,
    renewal_text,
    span_text,
    state_text,
    subject_text,
)
from desk_app.ui.kpi_format import Light, tone_of

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ContractColumn(IntEnum):
    COMPANY = 0
    CONTRACT = 1
    KIND = 2
    PERIOD = 3
    RATE = 4
    BOUGHT = 5
    USED = 6
    REMAINING = 7
    OVER = 8
    STATE = 9
    RENEWAL = 10


class TicketColumn(IntEnum):
    TICKET = 0
    COMPANY = 1
    SUBJECT = 2
    BILLING = 3
    L1 = 4
    L2 = 5
    L3 = 6
    QUALITY = 7
    TOTAL = 8
    CHARGED = 9
    AMOUNT = 10


class _Table(QAbstractTableModel):
    """Rows of (company name, line); subclasses say the columns and the cells."""

    _right: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Any]] = []
        self._report: HoursReport | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self._headers()):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self._right:
                return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        company, line = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(company, line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right:
            return RIGHT
        light = self._light(line, column)
        if light is not None and role == Qt.ItemDataRole.BackgroundRole:
            return tone_of(light).fill
        if light is not None and role == Qt.ItemDataRole.ForegroundRole:
            return tone_of(light).text
        return self._other(line, role)

    def set_report(self, report: HoursReport | None) -> None:
        self.beginResetModel()
        self._report = report
        self._rows = [] if report is None else self._lines(report.companies)
        self.endResetModel()

    def _headers(self) -> Sequence[str]:
        raise NotImplementedError

    def _lines(self, companies: Sequence[CompanyHours]) -> list[tuple[str, Any]]:
        raise NotImplementedError

    def _text(self, company: str, line: Any, column: int) -> str:
        raise NotImplementedError

    def _light(self, line: Any, column: int) -> Light | None:
        return None

    def _other(self, line: Any, role: int) -> Any:
        return None


class ContractsModel(_Table):
    _right = frozenset({ContractColumn.RATE, ContractColumn.BOUGHT, ContractColumn.USED,
                        ContractColumn.REMAINING, ContractColumn.OVER})  # fmt: skip

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Company"), self.tr("Contract"), self.tr("Kind"), self.tr("Period"),
            self.tr("Rate"), self.tr("Bought"), self.tr("Used"), self.tr("Remaining"),
            self.tr("Over balance"), self.tr("State"), self.tr("Renewal"),
        )  # fmt: skip

    def _lines(self, companies: Sequence[CompanyHours]) -> list[tuple[str, Any]]:
        return [(c.name, line) for c in companies for line in c.contracts]

    def contract_at(self, row: int) -> ContractPeriodHours | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def _text(self, company: str, line: ContractPeriodHours, column: int) -> str:
        texts = {
            ContractColumn.COMPANY: lambda: company,
            ContractColumn.CONTRACT: lambda: line.name,
            ContractColumn.KIND: lambda: period_kind_text(line.period_kind),
            ContractColumn.PERIOD: lambda: span_text(line.period_start, line.period_end),
            ContractColumn.RATE: lambda: money_text(line.hourly_rate),
            ContractColumn.BOUGHT: lambda: hours_text(line.bought_minutes),
            ContractColumn.USED: lambda: hours_text(line.used_minutes),
            ContractColumn.REMAINING: lambda: hours_text(line.remaining_minutes),
            ContractColumn.OVER: lambda: minutes_cell(line.over_minutes),
            ContractColumn.STATE: lambda: state_text(line.state),
            ContractColumn.RENEWAL: lambda: renewal_text(line),
        }
        return texts[ContractColumn(column)]()

    def _light(self, line: ContractPeriodHours, column: int) -> Light | None:
        return STATE_LIGHTS[line.state] if column == ContractColumn.STATE else None


class TicketsModel(_Table):
    _right = frozenset({TicketColumn.TICKET, TicketColumn.L1, TicketColumn.L2, TicketColumn.L3,
                        TicketColumn.QUALITY, TicketColumn.TOTAL, TicketColumn.AMOUNT})  # fmt: skip

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Ticket"), self.tr("Company"), self.tr("Subject"), self.tr("Billing"),
            *(kind_text(kind) for kind in KINDS), self.tr("Total"), self.tr("Charged to"),
            self.tr("Amount"),
        )  # fmt: skip

    def _lines(self, companies: Sequence[CompanyHours]) -> list[tuple[str, Any]]:
        return [(c.name, line) for c in companies for line in c.tickets]

    def ticket_at(self, row: int) -> Ticket | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def _amount(self, line: Ticket) -> Decimal | None:
        return self._report.ticket_amount(line) if self._report is not None else None

    def _text(self, company: str, line: Ticket, column: int) -> str:
        column = TicketColumn(column)
        if column is TicketColumn.TICKET:
            return f"#{line.ticket_id}"
        if column is TicketColumn.COMPANY:
            return company
        if column is TicketColumn.SUBJECT:
            return subject_text(line)
        if column is TicketColumn.BILLING:
            return billing_text(line.billing)
        if TicketColumn.L1 <= column <= TicketColumn.QUALITY:
            return minutes_cell(line.minutes[KINDS[column - TicketColumn.L1]])
        if column is TicketColumn.TOTAL:
            return hours_text(line.total_minutes)
        if column is TicketColumn.CHARGED:
            return charged_text(line)
        return money_text(self._amount(line))

    def _light(self, line: Ticket, column: int) -> Light | None:
        if column == TicketColumn.BILLING and line.undecided:
            return Light.AMBER  # provisional: customer service has not decided yet
        return None

    def _other(self, line: Ticket, role: int) -> Any:
        return line.ticket_id if role == TICKET_ID_ROLE else None
