"""The call history page: filters, the table of logged calls, and a CSV export (SPEC §4).

Every query runs on the database worker through `LatestOnly`, so a burst of filter changes
costs one query and the last answer wins; typing in the number field waits for a pause first.
The CSV export writes the rows on screen (no second query) from the worker thread too, so a
slow disk never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QRegularExpression,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.domain.roles import Role
from desk_app.local_store.call_queries import CallFilters, CallView
from desk_app.local_store.export import write_csv
from desk_app.services.calls import CallService
from desk_app.ui.call_history_model import (
    CSV_COLUMNS,
    CallHistoryModel,
    Column,
    csv_rows,
    outcome_labels,
)
from desk_app.ui.db_worker import DbRunner, LatestOnly, when_alive
from desk_app.ui.formatting import to_qdatetime
from desk_app.ui.qt_compat import emit

Clock = Callable[[], datetime]

DEFAULT_DAYS = 7  # the range shown first: this week's calls, today included
NUMBER_DELAY_MS = 300  # wait for a pause in typing before querying
MISSED_ONLY = "__missed__"  # the outcome combo's extra entry (no Outcome has this value)
HISTORY_LIMIT = 500
CONTACT_WIDTH_EMS = 22  # "María Pérez Gómez / Ferretería del Norte", about
ADVISOR_SCAN = 2_000  # recent calls whose advisors fill the advisor filter


def local_midnight(day: QDate) -> datetime:
    """The start of `day` in the machine's zone, as an aware UTC datetime."""
    return datetime.fromtimestamp(QDateTime(day, QTime(0, 0)).toSecsSinceEpoch(), UTC)


def _write(path: str, rows: Sequence[tuple[object, ...]]) -> int:
    # newline="": the csv module writes its own line ends (export.write_csv).
    with Path(path).open("w", encoding="utf-8", newline="") as out:
        return write_csv(out, CSV_COLUMNS, rows)


class CallHistoryView(QWidget):
    """Logged calls with date, advisor, outcome and number filters."""

    ticketActivated = Signal(int)  # a linked ticket of the double-clicked call
    exported = Signal(str, int)  # path, number of calls written
    loaded = Signal()

    def __init__(self, runner: DbRunner, calls: CallService, clock: Clock,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("callHistory")
        self._runner = runner
        self._calls = calls
        self._clock = clock
        self._query = LatestOnly(runner)
        self._started = False
        self._advisors_loaded = False
        self._shown: CallFilters | None = None  # the filters of the rows on screen
        self._waiters: list[Callable[[], None]] = []

        today = to_qdatetime(clock()).date()
        self.from_date = self._date_edit("callsFrom", today.addDays(1 - DEFAULT_DAYS))
        self.to_date = self._date_edit("callsTo", today)
        self.advisor = QComboBox(self)
        self.advisor.setObjectName("callsAdvisor")
        self.advisor.addItem(self.tr("All advisors"), None)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("callsOutcome")
        self.outcome.addItem(self.tr("All outcomes"), None)
        for key, label in outcome_labels().items():
            self.outcome.addItem(label, key)
        self.outcome.addItem(self.tr("Missed only"), MISSED_ONLY)
        self.number = QLineEdit(self)
        self.number.setObjectName("callsNumber")
        self.number.setPlaceholderText(self.tr("Number"))
        self.number.setClearButtonEnabled(True)
        # Digits, plus the separators people paste with a number; the query keeps the digits.
        pattern = QRegularExpression(r"[0-9 +()./-]*")
        self.number.setValidator(QRegularExpressionValidator(pattern, self.number))
        self._number_timer = QTimer(self)
        self._number_timer.setSingleShot(True)
        self._number_timer.setInterval(NUMBER_DELAY_MS)
        self._number_timer.timeout.connect(self._request)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("callsExport")
        self.export_button.clicked.connect(self._choose_export_file)

        self.model = CallHistoryModel(self)
        self.table = self._make_table()
        self.status = QLabel(self)
        self.status.setObjectName("callsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a file path
        self._lay_out()

        self.from_date.dateChanged.connect(self._on_from_changed)
        self.to_date.dateChanged.connect(self._on_to_changed)
        self.advisor.currentIndexChanged.connect(lambda _index: self._request())
        self.outcome.currentIndexChanged.connect(lambda _index: self._request())
        self.number.textChanged.connect(lambda _text: self._number_timer.start())

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        return edit

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("callsTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)  # one line of text
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the notes take what is left
        table.doubleClicked.connect(self._on_double_click)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.from_date)
        filters.addWidget(QLabel(self.tr("To"), self))
        filters.addWidget(self.to_date)
        filters.addWidget(self.advisor)
        filters.addWidget(self.outcome)
        filters.addWidget(self.number, 1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    # -- public ----------------------------------------------------------------------------

    def filters(self) -> CallFilters:
        """The filters the controls say now."""
        data = self.outcome.currentData()
        advisor = self.advisor.currentData()
        return CallFilters(
            since=local_midnight(self.from_date.date()),
            until=local_midnight(self.to_date.date().addDays(1)),
            advisor_id=int(advisor) if advisor is not None else None,
            outcome=data if data not in (None, MISSED_ONLY) else None,
            number="".join(ch for ch in self.number.text() if ch.isdigit()) or None,
            missed_only=data == MISSED_ONLY,
            limit=HISTORY_LIMIT,
        )

    @property
    def is_loaded(self) -> bool:
        return (
            self._advisors_loaded
            and self._shown is not None
            and self._shown == self.filters()
            and not self._number_timer.isActive()
        )

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the rows of the current filters are on screen."""
        self._start()
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def refresh(self) -> None:
        """Query again (a call was logged or synced)."""
        self._started = True
        if not self._advisors_loaded:
            self._runner.run(self._advisor_choices, when_alive(self, self._on_advisors),
                             when_alive(self, self._on_advisors_failed))  # fmt: skip
        self._request()

    def export_csv(self, path: str) -> None:
        """Write the rows on screen to `path` as CSV, on the database worker."""
        rows = csv_rows(self.model.calls(), self._clock())
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def write(_session: Session) -> int:
            return _write(path, rows)

        self._runner.run(write, when_alive(self, lambda count: self._on_exported(path, count)),
                         when_alive(self, self._on_export_failed))  # fmt: skip

    def showEvent(self, event: QShowEvent) -> None:
        # Nothing is queried until the page is first shown: it costs the start-up nothing.
        self._start()
        super().showEvent(event)

    # -- queries ---------------------------------------------------------------------------

    def _start(self) -> None:
        if not self._started:
            self.refresh()

    def _advisor_choices(self, session: Session) -> tuple[tuple[int, str], ...]:
        viewer = self._calls.viewer
        if viewer.role is Role.ADVISOR:
            return ((viewer.user_id, viewer.full_name),)
        # The service has no list of the team's users; the advisors of the visible calls are
        # the ones a filter can find anything for.
        recent = self._calls.history(session, CallFilters(limit=ADVISOR_SCAN))
        names = {view.advisor_id: view.advisor_name or "" for view in recent
                 if view.advisor_id is not None}  # fmt: skip
        return tuple(sorted(names.items(), key=lambda item: (item[1].casefold(), item[0])))

    def _request(self) -> None:
        self._number_timer.stop()
        filters = self.filters()
        self._shown = None  # until the answer arrives, the rows on screen are stale

        def job(session: Session) -> tuple[CallFilters, tuple[CallView, ...]]:
            return filters, self._calls.history(session, filters)

        self._query.request(job, when_alive(self, self._on_rows))

    def _on_advisors(self, advisors: tuple[tuple[int, str], ...]) -> None:
        self.advisor.blockSignals(True)  # filling the list is no filter change
        for user_id, name in advisors:
            self.advisor.addItem(name, user_id)
        self.advisor.blockSignals(False)
        self._advisors_loaded = True
        self._check_loaded()

    def _on_advisors_failed(self, message: str) -> None:
        # The list stays at "All advisors"; the calls themselves still load.
        emit(self._runner.error, message)
        self._on_advisors(())

    def _on_rows(self, answer: tuple[CallFilters, tuple[CallView, ...]]) -> None:
        filters, rows = answer
        first = not self.model.calls()
        self.model.set_rows(rows, self._clock())
        if first and rows:
            self._fit_columns()
        self._shown = filters
        if len(rows) >= filters.limit:
            text = self.tr("Showing the newest %n calls: narrow the filters to see older ones.",
                           "", len(rows))  # fmt: skip
        else:
            text = self.tr("%n call(s)", "", len(rows))
        self.status.setText(text)
        self._check_loaded()

    def _check_loaded(self) -> None:
        if not self.is_loaded:
            return
        emit(self.loaded)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    # -- user actions ----------------------------------------------------------------------

    def _on_from_changed(self, day: QDate) -> None:
        if day > self.to_date.date():
            self.to_date.setDate(day)  # a range never ends before it starts
        self._request()

    def _on_to_changed(self, day: QDate) -> None:
        if day < self.from_date.date():
            self.from_date.setDate(day)
        self._request()

    def _on_double_click(self, index: QModelIndex) -> None:
        view = self.model.call_at(index.row())
        if view is not None and view.ticket_ids:
            emit(self.ticketActivated, view.ticket_ids[0])

    def _choose_export_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export calls"), "calls.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            if not Path(path).suffix:
                path += ".csv"
            self.export_csv(path)

    def _on_exported(self, path: str, count: int) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("%n call(s) exported to %1", "", count).replace("%1", path))
        emit(self.exported, path, count)

    def _on_export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("The export failed: %1").replace("%1", message))

    def _fit_columns(self) -> None:
        # The short columns fit their contents; contact and notes share what is left.
        for column in Column:
            if column not in (Column.NOTES, Column.CONTACT):
                self.table.resizeColumnToContents(column)
        width = self.table.fontMetrics().horizontalAdvance("M" * CONTACT_WIDTH_EMS)
        self.table.setColumnWidth(Column.CONTACT, width)
