"""The ticket list: a search box, the view selector with live counts, and the table.

Every query runs on the database worker, through `LatestOnly`: one list query and one count
query in flight at most, and only the newest filter's answer is shown, so a slow answer for
"fact" can never overwrite the answer for "factura", nor make it wait behind a queue.

The list shows one queue (the sidebar's) or one view (the tabs) at a time, narrowed by the
search text and the column filters. One job answers what the first paint needs: the first
page of ids and its rows; later pages are asked for as the user scrolls to them. The list's
length is one of the counts, which depend only on the text and the column filters: a queue or
view switch already has it, and after new text the counts' job runs after the list's, so the
list never waits for them (until they come the table grows as the user scrolls). The SLA
column repaints once a second for the rows on screen, from what each row keeps of its SLA
clock (no query).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.local_store.ticket_filters import (
    ColumnFilter,
    FilterField,
    SortKey,
    TicketFilter,
    TicketQueue,
    TicketView,
)
from desk_app.local_store.ticket_list_queries import FilterChoices, ListCounts
from desk_app.services.queues import LiveListRow, QueueService
from desk_app.services.tickets import TicketService
from desk_app.ui import labels
from desk_app.ui.adaptive_columns import AdaptiveColumn
from desk_app.ui.badges import BadgeDelegate
from desk_app.ui.column_filters import ColumnFilters
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.qt_compat import emit
from desk_app.ui.sla_ticker import SlaTicker
from desk_app.ui.ticket_table_model import (
    BADGE_COLUMNS,
    Column,
    PageCallback,
    RowsCallback,
    TicketTableModel,
)

SEARCH_DELAY_MS = 150


@dataclass(frozen=True, slots=True)
class FirstPage:
    """The answer of the list's first job: the first page and the list's length."""

    flt: TicketFilter
    ids: list[int]
    more: bool  # the list goes on past `ids`
    rows: dict[int, LiveListRow]
    kept: int | None  # the ticket shown before the refilter, when it is still in the list


_COLUMN_WIDTHS = {
    Column.ID: 50,
    Column.STATUS: 112,
    Column.PRIORITY: 90,
    Column.CRITICALITY: 94,
    Column.SLA: 128,
    Column.REQUESTER: 145,
    Column.RESPONSIBLE: 130,
    Column.UPDATED: 130,
    Column.CHANNEL: 100,
    Column.LEVEL: 60,
    Column.FLAG: 150,
}
# A right click on the header brings any column back. Responsible starts hidden and shows
# itself when the list is wide enough (AdaptiveColumn), until the user chooses.
_HIDDEN_BY_DEFAULT = (Column.PRIORITY, Column.UPDATED, Column.CHANNEL, Column.LEVEL, Column.FLAG,
                      Column.RESPONSIBLE)  # fmt: skip
_SUBJECT_MIN_WIDTH = 260


def first_page(
    queues: QueueService, session: Session, flt: TicketFilter, keep: int | None = None
) -> FirstPage:
    """On the worker: what the list's first paint needs, in one job (`keep`: the ticket shown
    before, to learn whether it is still in the list when it is not on the first page)."""
    page = queues.tickets.first_ids(session, flt, TicketTableModel.PAGE_SIZE)
    rows = queues.rows(session, page.ids)
    if keep is not None and keep not in page.ids:
        keep = keep if queues.tickets.in_list(session, flt, keep) else None
    return FirstPage(flt, page.ids, page.more, rows, keep)


class TicketListPanel(QWidget):
    # The ticket whose detail should show; None when nothing is selected.
    currentTicketChanged = Signal(object)
    # Ids, counts and the first page of rows for the current filter have all arrived.
    loaded = Signal()
    # ListCounts for the current text and column filters: for the queue sidebar.
    countsChanged = Signal(object)
    # The queue shown (TicketQueue), or None when a view tab was chosen instead.
    queueChanged = Signal(object)
    # The whole filter (TicketFilter) changed: for a board that follows the list.
    filterChanged = Signal(object)

    def __init__(
        self, runner: DbRunner, service: TicketService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._queues = QueueService(service)
        self._filter = TicketFilter(view=TicketView.ALL, sort=SortKey.UPDATED, descending=True)
        self._counts: ListCounts | None = None
        self._choices: FilterChoices | None = None
        self._ids_query = LatestOnly(runner)
        self._counts_query = LatestOnly(runner)
        self._ids_loaded = False
        self._waiters: list[Callable[[], None]] = []
        self._current_id: int | None = None
        self.active_menu: QMenu | None = None  # the header menu on screen, if any

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

        self.filter_bar = QWidget(self)
        self.filter_bar.setObjectName("columnFilterBar")
        self.filter_summary = QLabel(self.filter_bar)
        self.filter_summary.setObjectName("columnFilterSummary")
        self.filter_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_summary.setWordWrap(True)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"), self.filter_bar)
        self.clear_filters_button.clicked.connect(self.clear_column_filters)
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_summary, 1)
        bar.addWidget(self.clear_filters_button)
        self.filter_bar.hide()

        self.model = TicketTableModel(self._load_rows, self, load_page=self._load_page)
        self.model.firstPageLoaded.connect(self._check_loaded)
        self.model.sortRequested.connect(self._on_sort_requested)
        self.table = self._make_table()
        self.column_filters = ColumnFilters(self.model, self.table, self)
        self.column_filters.changed.connect(self._on_column_filters)

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
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._stack, 1)

        # One clock for the SLA column, running only while the list is on screen.
        self.sla_ticker = SlaTicker(service.clock, self)
        self.sla_ticker.ticked.connect(self._on_tick)

        self.filter_action = QAction(self.tr("Filter by the current column…"), self)
        self.filter_action.setObjectName("filterColumnAction")
        self.filter_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.filter_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.filter_action.triggered.connect(self.open_filter_menu)
        self.addAction(self.filter_action)

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
        self.responsible_column = AdaptiveColumn(
            table,
            Column.RESPONSIBLE,
            width=_COLUMN_WIDTHS[Column.RESPONSIBLE],
            min_other=_SUBJECT_MIN_WIDTH,
        )
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
        return dict(self._counts.views) if self._counts is not None else None

    @property
    def list_counts(self) -> ListCounts | None:
        return self._counts

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
        """Query ids and counts again for the current filter (the rows reload too)."""
        self._request_ids()
        self._request_counts()
        if self._choices is None:
            self._runner.run(self._queues.choices, self._on_choices)

    def on_ticket_changed(self, _ticket_id: object = None) -> None:
        """A ticket changed somewhere (the detail, the board, a sync): show it as it is now."""
        self._choices = None
        self.refresh()

    def set_view(self, view: TicketView) -> None:
        for index in range(self.views.count()):
            if self.views.tabData(index) == view.value:
                if index == self.views.currentIndex():
                    self._show_view(view)  # the tab is already current: leave the queue
                else:
                    self.views.setCurrentIndex(index)

    def set_queue(self, queue: TicketQueue | None) -> None:
        """Show one queue (None: the view tabs decide again, starting from All)."""
        if queue == self._filter.queue and self._filter.view is TicketView.ALL:
            return
        self._set_filter(replace(self._filter, queue=queue, view=TicketView.ALL), counts=False)
        self.views.blockSignals(True)  # the tab follows; it must not choose a view again
        self.views.setCurrentIndex(0)
        self.views.blockSignals(False)
        emit(self.queueChanged, queue)

    def set_view_tabs_visible(self, visible: bool) -> None:
        """Hide the view tabs when a queue sidebar chooses what the list shows."""
        self.views.setVisible(visible)

    def column_filter(self, field: FilterField) -> frozenset[str] | None:
        return self.column_filters.values(field)

    def set_column_filter(self, field: FilterField, values: Iterable[str] | None) -> None:
        """Keep only the tickets whose `field` is one of `values`; None removes the filter."""
        self.column_filters.set_values(field, values)

    def clear_column_filters(self) -> None:
        self.column_filters.clear()

    def select_row(self, row: int) -> bool:
        """Make `row` current (and so show its detail); False when there is no such row."""
        if not 0 <= row < self.model.rowCount():
            return False
        self.table.selectRow(row)
        return True

    def current_ticket_id(self) -> int | None:
        return self._current_id

    def visible_rows(self) -> range:
        """The rows the table shows on screen now (empty when it is hidden)."""
        if not self.table.isVisible() or self.model.rowCount() == 0:
            return range(0)
        first = self.table.rowAt(0)
        if first < 0:
            return range(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        if last < 0:
            last = self.model.rowCount() - 1
        return range(first, last + 1)

    # -- queries ---------------------------------------------------------------------------

    def _set_filter(self, flt: TicketFilter, *, counts: bool) -> None:
        self._filter = flt
        self._request_ids()
        if counts:
            self._request_counts()
        emit(self.filterChanged, flt)

    def _request_ids(self) -> None:
        self._ids_loaded = False
        job = partial(first_page, self._queues, flt=self._filter, keep=self._current_id)
        self._ids_query.request(job, self._on_ids)

    def _load_page(self, offset: int, limit: int, deliver: PageCallback) -> None:
        flt = self._filter  # the model drops the answer if the list changed meanwhile

        queues = self._queues

        def job(session: Session) -> tuple[list[int], dict[int, LiveListRow]]:
            ids = queues.tickets.page_ids(session, flt, offset, limit)
            return ids, queues.rows(session, ids)

        self._runner.run(job, lambda result: deliver(*result))

    def _request_counts(self) -> None:
        self._counts = None
        self._counts_query.request(partial(self._queues.counts, flt=self._filter),
                                   self._on_counts)  # fmt: skip

    def _load_rows(self, ids: list[int], deliver: RowsCallback) -> None:
        self._runner.run(partial(self._queues.rows, ids=ids), deliver)

    def _on_choices(self, choices: FilterChoices) -> None:
        self.column_filters.choices = choices
        self._choices = choices

    def _on_ids(self, first: FirstPage) -> None:
        previous = self._current_id
        total = self._counts.total(first.flt) if self._counts is not None else None
        if not first.more:
            total = None  # the whole list is here
        self.model.set_ids(first.ids, total, dict(first.rows), more=first.more)
        self._ids_loaded = True
        if not first.ids:
            self.empty.setText(self._empty_text())
        self._stack.setCurrentWidget(self.table if first.ids else self.empty)
        row = self.model.row_of(previous) if previous is not None else None
        if row is not None:
            # Keep the ticket the user is reading selected across a refilter.
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
        elif previous is not None and previous != first.kept:
            self._current_id = None
            emit(self.currentTicketChanged, None)
        # else: still in the list, further down than the first page: its detail stays.
        self._check_loaded()

    def _empty_text(self) -> str:
        if self._filter.text.strip():
            return self.tr("No tickets match “%1”.").replace("%1", self._filter.text.strip())
        if self._filter.columns:
            return self.tr("No tickets match the column filters.")
        if self._filter.queue not in (None, TicketQueue.ALL):
            return self.tr("No tickets in this queue.")
        if self._filter.view is TicketView.ALL:
            return self.tr(
                "There are no tickets here yet.\n\n"
                "They arrive with the first sync, or try the demo: desk-app --demo"
            )
        return self.tr("No tickets in this view.")

    def _on_counts(self, counts: ListCounts) -> None:
        self._counts = counts
        total = counts.total(self._filter)
        if self._ids_loaded and total is not None:
            self.model.set_total(total)  # the list on screen is the current filter's
        for index in range(self.views.count()):
            view = TicketView(self.views.tabData(index))
            label = labels.view(view.value)
            count = QLocale().toString(counts.views.get(view, 0))
            self.views.setTabText(index, f"{label} ({count})")
        emit(self.countsChanged, counts)
        self._check_loaded()

    def _check_loaded(self) -> None:
        if not self.is_loaded:
            return
        emit(self.loaded)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    # -- the SLA column --------------------------------------------------------------------

    def _on_tick(self, now: datetime) -> None:
        self.model.tick(now, self.visible_rows())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sla_ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.sla_ticker.stop()
        super().hideEvent(event)

    # -- user actions ----------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        if text == self._filter.text:
            return
        self._set_filter(replace(self._filter, text=text), counts=True)

    def _on_view_changed(self, index: int) -> None:
        data = self.views.tabData(index)
        if data is not None:
            self._show_view(TicketView(data))

    def _show_view(self, view: TicketView) -> None:
        if view is self._filter.view and self._filter.queue is None:
            return
        had_queue = self._filter.queue is not None
        self._set_filter(replace(self._filter, view=view, queue=None), counts=False)
        if had_queue:
            emit(self.queueChanged, None)

    def _on_sort_requested(self, key: SortKey, descending: bool) -> None:
        if (key, descending) == (self._filter.sort, self._filter.descending):
            return
        self._set_filter(replace(self._filter, sort=key, descending=descending), counts=False)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ticket_id = self.model.ticket_id(current.row()) if current.isValid() else None
        if ticket_id != self._current_id:
            self._current_id = ticket_id
            emit(self.currentTicketChanged, ticket_id)

    # -- column filters --------------------------------------------------------------------

    def _on_column_filters(self, columns: tuple[ColumnFilter, ...]) -> None:
        self.filter_summary.setText(self.column_filters.summary())
        self.filter_bar.setVisible(bool(columns))
        self._set_filter(replace(self._filter, columns=columns), counts=True)

    def _show_menu(self, column: Column, position: QPoint) -> None:
        if self.active_menu is not None:
            self.active_menu.close()
        self.active_menu = self.column_filters.menu(column, self)
        self.active_menu.aboutToHide.connect(self.active_menu.deleteLater)
        self.active_menu.destroyed.connect(lambda: setattr(self, "active_menu", None))
        self.active_menu.popup(position)

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        section = header.logicalIndexAt(position)
        column = Column(section) if 0 <= section < len(Column) else Column.SUBJECT
        self._show_menu(column, header.mapToGlobal(position))

    def open_filter_menu(self) -> None:
        """The keyboard's way to the header menu: the current cell's column."""
        current = self.table.currentIndex()
        column = Column(current.column()) if current.isValid() else Column.STATUS
        header = self.table.horizontalHeader()
        x = header.sectionViewportPosition(column) + 4
        self._show_menu(column, header.mapToGlobal(QPoint(max(x, 0), header.height())))
