"""The period controls of the KPI screen: day / week / month / custom, the day (or the two days
of a custom range) in date pickers, ◀ ▶ for the period before and after, and the period in
words. ▶ stops at the period that holds today: the future has no KPIs yet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from desk_app.domain.periods import Granularity, Period, period_containing
from desk_app.ui.kpi_format import period_text
from desk_app.ui.qt_compat import emit


def following(period: Period) -> Period:
    """The period of the same kind just after `period` (the ▶ button)."""
    after = period.end + timedelta(days=1)
    if period.granularity is Granularity.CUSTOM:
        return Period(after, after + timedelta(days=period.days - 1), Granularity.CUSTOM)
    return period_containing(after, period.granularity)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class KpiPeriodBar(QWidget):
    periodChosen = Signal(object)  # the Period the user picked
    refused = Signal(str)  # a range the controls cannot take, in words for the status line

    def __init__(self, period: Period, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("kpiPeriodBar")
        self._period = period
        self._today = today
        self.granularity = QComboBox(self)
        self.granularity.setObjectName("kpiGranularity")
        for granularity, label in (
            (Granularity.DAY, self.tr("Day")),
            (Granularity.WEEK, self.tr("Week")),
            (Granularity.MONTH, self.tr("Month")),
            (Granularity.CUSTOM, self.tr("Custom")),
        ):
            self.granularity.addItem(label, granularity.value)
        self.from_date = self._date_edit("kpiFrom")
        self.to_date = self._date_edit("kpiTo")
        self.dash = QLabel("–", self)
        self.previous_button = self._arrow("kpiPrevious", "◀", self.tr("Previous period"))
        self.next_button = self._arrow("kpiNext", "▶", self.tr("Next period"))
        self.label = QLabel(self)
        self.label.setObjectName("kpiPeriodLabel")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.granularity, self.from_date, self.dash, self.to_date,
                       self.previous_button, self.next_button, self.label):  # fmt: skip
            layout.addWidget(widget)
        self.set_period(period)

        self.granularity.currentIndexChanged.connect(self._on_granularity)
        self.from_date.dateChanged.connect(self._on_dates)
        self.to_date.dateChanged.connect(self._on_dates)
        self.previous_button.clicked.connect(lambda: self._choose(self._period.previous()))
        self.next_button.clicked.connect(lambda: self._choose(following(self._period)))

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        return edit

    def _arrow(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        """Show `period` (no periodChosen: the caller chose it)."""
        self._period = period
        custom = period.granularity is Granularity.CUSTOM
        for widget in (self.granularity, self.from_date, self.to_date):
            widget.blockSignals(True)
        self.granularity.setCurrentIndex(self.granularity.findData(period.granularity.value))
        self.from_date.setDate(_qdate(period.start))
        self.to_date.setDate(_qdate(period.end))
        for widget in (self.granularity, self.from_date, self.to_date):
            widget.blockSignals(False)
        self.to_date.setVisible(custom)
        self.dash.setVisible(custom)
        self.from_date.setToolTip("" if custom else self.tr("Any day of the period"))
        self.label.setText(period_text(period))
        self.next_button.setEnabled(following(period).start <= self._today())

    def _choose(self, period: Period) -> None:
        self.set_period(period)
        emit(self.periodChosen, period)

    def _on_granularity(self, _index: int) -> None:
        granularity = Granularity(self.granularity.currentData())
        if granularity is Granularity.CUSTOM:
            self._choose(Period(self._period.start, self._period.end, granularity))
        else:
            self._choose(period_containing(_day(self.from_date.date()), granularity))

    def _on_dates(self, _changed: QDate) -> None:
        first, last = _day(self.from_date.date()), _day(self.to_date.date())
        granularity = self._period.granularity
        if granularity is not Granularity.CUSTOM:
            self._choose(period_containing(first, granularity))
            return
        if last < first:  # a range never ends before it starts: the other end follows
            first, last = (last, last) if self.sender() is self.to_date else (first, first)
        try:
            period = Period(first, last, granularity)
        except ValueError:  # longer than periods.MAX_DAYS
            self.set_period(self._period)  # back to the period on screen
            emit(self.refused, self.tr("A custom period is at most two years long."))
            return
        self._choose(period)
