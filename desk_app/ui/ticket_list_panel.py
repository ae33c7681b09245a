"""The ticket list: a search box, the view selector with live counts, and the table.

Every query runs on the database worker, through `LatestOnly`: one list query and one count
query in flight at most, and only the newest filter's answer is shown, so a slow answer for
"fact" can never overwrite the answer for "factura", nor make it wait behind a queue.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.local_store.ticket_queries import SortKey, TicketFilter, TicketView
from desk_app.services.tickets import TicketService
from desk_app.ui import labels
from desk_app.ui.badges import BadgeDelegate
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.qt_compat import emit
from desk_app.ui.ticket_table_model import BADGE_COLUMNS, Column, RowsCallback, TicketTableModel

SEARCH_DELAY_MS = 150
_COLUMN_WIDTHS = {
    Column.ID: 50,
    Column.STATUS: 112,
    Column.PRIORITY: 90,
    Column.CRITICALITY: 94,
    Column.SLA: 128,
    Column.REQUESTER: 145,
    Column.RESPONSIBLE: 130,
    Column.UPDATED: 130,
}
_HIDDEN_BY_DEFAULT = (Column.PRIORITY, Column.UPDATED)


class TicketListPanel(QWidget):
    # The ticket whose detail should show; None when nothing is selected.
    currentTicketChanged = Signal(object)
    # Ids, counts and the first page of rows for the current filter have all arrived.
    loaded = Signal()

    def __init__(
        self, runner: DbRunner, service: TicketService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._filter = TicketFilter(view=TicketView.ALL, sort=SortKey.UPDATED, descending=True)
        self._counts: dict[TicketView, int] | None = None
        self._ids_query = LatestOnly(runner)
        self._counts_query = LatestOnly(runner)
        self._ids_loaded = False
        self._waiters: list[Callable[[], None]] = []
        self._current_id: int | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("ticketSearch")
        self.search.setPlaceholderText(self.tr("Search tickets: subject, text, requester, company"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)

        self.views = QTabBar(self)
        self.views.setObjectName("ticketViews")
        self.views.setExpanding(False)
        self.views.setDrawBase(False)
        for view in TicketView:
            index = self.views.addTab(labels.view(view.value))
            self.views.setTabData(index, view.value)
        self.views.currentChanged.connect(self._on_view_changed)

        self.model = TicketTableModel(self._load_rows, self)
        self.model.firstPageLoaded.connect(self._check_loaded)
        self.model.sortRequested.connect(self._on_sort_requested)
        self.table = self._make_table()

        self.empty = QLabel(self)
        self.empty.setObjectName("emptyList")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the search text
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.views)
        layout.addWidget(self._stack, 1)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("ticketTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 14)
        delegate = BadgeDelegate(table)
        for column in BADGE_COLUMNS:
            table.setItemDelegateForColumn(column, delegate)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column in _HIDDEN_BY_DEFAULT:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        # The indicator first, so that enabling sorting asks for the order we already use.
        header.setSortIndicator(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        return table

    # -- public ----------------------------------------------------------------------------

    @property
    def current_filter(self) -> TicketFilter:
        return self._filter

    @property
    def counts(self) -> dict[TicketView, int] | None:
        return dict(self._counts) if self._counts is not None else None

    @property
    def is_loaded(self) -> bool:
        return self._ids_loaded and self._counts is not None and self.model.first_page_loaded

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the current filter's list has loaded (now, if it has)."""
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def refresh(self) -> None:
        """Query ids and counts again for the current filter."""
        self._request_ids()
        self._request_counts()

    def set_view(self, view: TicketView) -> None:
        for index in range(self.views.count()):
            if self.views.tabData(index) == view.value:
                self.views.setCurrentIndex(index)

    def select_row(self, row: int) -> bool:
        """Make `row` current (and so show its detail); False when there is no such row."""
        if not 0 <= row < self.model.rowCount():
            return False
        self.table.selectRow(row)
        return True

    def current_ticket_id(self) -> int | None:
        return self._current_id

    # -- queries ---------------------------------------------------------------------------

    def _request_ids(self) -> None:
        self._ids_loaded = False
        self._ids_query.request(partial(self._service.ids, flt=self._filter), self._on_ids)

    def _request_counts(self) -> None:
        self._counts = None
        text = self._filter.text
        self._counts_query.request(partial(self._service.counts, text=text), self._on_counts)

    def _load_rows(self, ids: list[int], deliver: RowsCallback) -> None:
        self._runner.run(partial(self._service.rows, ids=ids), deliver)

    def _on_ids(self, ids: list[int]) -> None:
        previous = self._current_id
        self.model.set_ids(ids)
        self._ids_loaded = True
        if not ids:
            self.empty.setText(self._empty_text())
        self._stack.setCurrentWidget(self.table if ids else self.empty)
        row = self.model.row_of(previous) if previous is not None else None
        if row is not None:
            # Keep the ticket the user is reading selected across a refilter.
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
        elif previous is not None:
            self._current_id = None
            emit(self.currentTicketChanged, None)
        self._check_loaded()

    def _empty_text(self) -> str:
        if self._filter.text.strip():
            return self.tr("No tickets match “%1”.").replace("%1", self._filter.text.strip())
        if self._filter.view is TicketView.ALL:
            return self.tr(
                "There are no tickets here yet.\n\n"
                "They arrive with the first sync, or try the demo: desk-app --demo"
            )
        return self.tr("No tickets in this view.")

    def _on_counts(self, counts: dict[TicketView, int]) -> None:
        self._counts = counts
        for index in range(self.views.count()):
            view = TicketView(self.views.tabData(index))
            label = labels.view(view.value)
            count = QLocale().toString(counts.get(view, 0))
            self.views.setTabText(index, f"{label} ({count})")
        self._check_loaded()

    def _check_loaded(self) -> None:
        if not self.is_loaded:
            return
        emit(self.loaded)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    # -- user actions ----------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        if text == self._filter.text:
            return
        self._filter = TicketFilter(self._filter.view, text, self._filter.sort,
                                    self._filter.descending)  # fmt: skip
        self.refresh()

    def _on_view_changed(self, index: int) -> None:
        data = self.views.tabData(index)
        if data is None or data == self._filter.view.value:
            return
        self._filter = TicketFilter(TicketView(data), self._filter.text, self._filter.sort,
                                    self._filter.descending)  # fmt: skip
        self._request_ids()

    def _on_sort_requested(self, key: SortKey, descending: bool) -> None:
        if (key, descending) == (self._filter.sort, self._filter.descending):
            return
        self._filter = TicketFilter(self._filter.view, self._filter.text, key, descending)
        self._request_ids()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ticket_id = self.model.ticket_id(current.row()) if current.isValid() else None
        if ticket_id != self._current_id:
            self._current_id = ticket_id
            emit(self.currentTicketChanged, ticket_id)

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            if column in (Column.ID, Column.SUBJECT):
                continue
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))
