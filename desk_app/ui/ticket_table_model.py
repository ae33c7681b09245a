"""The ticket list's item model: a windowed id list plus a lazy cache of display rows.

Like Anki's browser table, it asks for display rows only for the pages the view actually
paints; unlike it, it does not hold every matching id either. The list arrives as its first
page (ids and rows, from one job). While its length is unknown, the view's fetchMore asks
for the next page as the user scrolls to the end; once the length is known (it comes with the
sidebar's counts, which the list does not wait for), the table takes its full height and the
ids of a later page are asked for, with its rows, when that page is first painted. Requests
made during one paint pass are merged, run on the database worker, and only the cells of the
rows that arrive are repainted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from desk_app.services.queues import LiveListRow
from desk_app.services.ticket_rows import BadgeState, TicketListRow
from desk_app.ui import formatting, labels
from desk_app.ui.badges import (
    BADGE_ROLE,
    Badge,
    Tone,
    criticality_tone,
    priority_tone,
    sla_tone,
    status_tone,
)
from desk_app.ui.qt_compat import emit
from desk_app.ui.ticket_columns import (
    BADGE_COLUMNS,
    FILTER_FIELDS,
    NEWEST_OR_WORST_FIRST,
    SLA_ROLES,
    SORT_KEYS,
    Column,
    sla_text,
    sla_tooltip,
)

__all__ = ["BADGE_COLUMNS", "FILTER_FIELDS", "SORT_KEYS", "TICKET_ID_ROLE", "Column",
           "TicketTableModel", "sla_text", "sla_tooltip"]  # fmt: skip

RowsCallback = Callable[[dict[int, TicketListRow]], None]
RowLoader = Callable[[list[int], RowsCallback], None]
"""`loader(ids, deliver)`: fetch display rows for `ids` off the UI thread, then call
`deliver(rows)` on the UI thread. Ids missing from `rows` are no longer visible."""
PageCallback = Callable[[list[int], dict[int, TicketListRow]], None]
PageLoader = Callable[[int, int, PageCallback], None]
"""`load_page(offset, limit, deliver)`: fetch the ids at positions offset… of the current
list and their display rows off the UI thread, then call `deliver(ids, rows)` on it."""

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


_MISSING = None  # cache value for an id the store no longer shows to this viewer


class TicketTableModel(QAbstractTableModel):
    PAGE_SIZE = 100

    # Page 0 of the current id list has its rows (or the list is empty).
    firstPageLoaded = Signal()
    # The user clicked a header: the owner re-queries the ids in that order.
    sortRequested = Signal(object, bool)  # SortKey, descending

    def __init__(
        self,
        load_rows: RowLoader,
        parent: QObject | None = None,
        *,
        load_page: PageLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._load_page = load_page
        self._ids: list[int | None] = []  # None: a position whose id is not loaded yet
        self._end = 0  # positions from here on hold no ticket (the list shrank)
        self._more = False  # the list goes on past _ids; its length is not known yet
        self._fetching = False  # a fetchMore page is on its way
        self._cache: dict[int, TicketListRow | None] = {}
        self._wanted: set[int] = set()  # pages to request at the next flush
        self._requested: set[int] = set()  # pages asked for and not yet delivered
        self._epoch = 0  # bumped by set_ids; deliveries for an older list are dropped
        self._first_page_loaded = False
        self._filtered: dict[Column, str] = {}  # column → what its filter keeps, for the header
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)

    # -- the id list -----------------------------------------------------------------------

    def set_ids(
        self,
        ids: list[int],
        total: int | None = None,
        rows: dict[int, TicketListRow] | None = None,
        *,
        more: bool = False,
    ) -> None:
        """Show these tickets, in this order; rows are loaded as they come into view.

        `ids` may be only the start of a list of `total` tickets: the rest are asked for
        from the page loader as they come into view. With `more` and no total, the list goes
        on for an unknown length: fetchMore asks for it page by page (or `set_total` tells).
        `rows`, when given, are the rows of `ids`, loaded with them (nothing more to ask for
        before the first paint)."""
        length = len(ids) if total is None else max(total, len(ids))
        more = more and total is None
        if (length > len(ids) or more) and self._load_page is None:
            raise ValueError("a partial id list needs a page loader")
        self._reset([*ids, *([None] * (length - len(ids)))], more=more)
        if rows is not None:
            for ticket_id in ids:
                self._cache[ticket_id] = rows.get(ticket_id, _MISSING)
            self._first_page_loaded = True
            emit(self.firstPageLoaded)
        elif self._ids:
            self._want(0)  # the first page is always needed; do not wait for a paint
        else:
            self._first_page_loaded = True
            emit(self.firstPageLoaded)

    def set_total(self, total: int) -> None:
        """The list's length, learnt after its first page: the table takes its full height
        (a list whose length was already known keeps it)."""
        if not self._more:
            return
        self._more = False
        if total > len(self._ids):
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, total - 1)
            self._ids.extend([None] * (total - first))
            self._end = total
            self.endInsertRows()

    @property
    def has_more(self) -> bool:
        """Whether the list goes on past its rows, its length not known yet."""
        return self._more

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._load_page is None:
            return
        self._fetching = True
        offset = len(self._ids)
        self._load_page(offset, self.PAGE_SIZE, partial(self._deliver_more, self._epoch, offset))

    def _deliver_more(
        self, epoch: int, offset: int, ids: list[int], rows: dict[int, TicketListRow]
    ) -> None:
        if epoch != self._epoch:
            return
        if not self._more:  # the length came meanwhile: these fill its placeholders
            self._fetching = False
            if offset >= len(self._ids):
                return
            last = min(offset + len(ids), len(self._ids)) - 1
            pages = list(range(offset // self.PAGE_SIZE, last // self.PAGE_SIZE + 1))
            self._requested.update(pages)
            self._deliver_page(epoch, pages, offset, self.PAGE_SIZE, ids, rows)
            return
        if ids and offset == len(self._ids):
            self.beginInsertRows(QModelIndex(), offset, offset + len(ids) - 1)
            self._ids.extend(ids)
            self._end = len(self._ids)
            for ticket_id in ids:
                self._cache[ticket_id] = rows.get(ticket_id, _MISSING)
            self.endInsertRows()
        # Only now: a view reacting to the inserted rows must not ask for the same page again.
        self._fetching = False
        if len(ids) < self.PAGE_SIZE:
            self._more = False

    def _reset(self, ids: list[int | None], *, more: bool = False) -> None:
        self.beginResetModel()
        self._ids = ids
        self._more = more
        self._fetching = False
        self._end = len(ids)
        self._cache.clear()
        self._wanted.clear()
        self._requested.clear()
        self._epoch += 1
        self._first_page_loaded = False
        self.endResetModel()

    def reload(self) -> None:
        """Forget cached rows (the data changed); visible rows load again."""
        self._reset(self._ids, more=self._more)
        if self._ids:
            self._want(0)
        else:
            self._first_page_loaded = True
            emit(self.firstPageLoaded)

    def ids(self) -> list[int]:
        """The ids loaded so far, in list order (all of them once every page was seen)."""
        return [i for i in self._ids if i is not None]

    def ticket_id(self, row: int) -> int | None:
        """The id at `row`; None past the end or while its page has not been loaded."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, ticket_id: int) -> int | None:
        try:
            return self._ids.index(ticket_id)
        except ValueError:
            return None

    def cached_row(self, row: int) -> TicketListRow | None:
        ticket_id = self.ticket_id(row)
        return None if ticket_id is None else self._cache.get(ticket_id)

    @property
    def first_page_loaded(self) -> bool:
        return self._first_page_loaded

    @property
    def cached_count(self) -> int:
        return len(self._cache)

    def set_filtered_columns(self, filtered: dict[Column, str]) -> None:
        """Mark the columns that have a value filter (bold header, the values as tooltip)."""
        if filtered == self._filtered:
            return
        self._filtered = dict(filtered)
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(Column) - 1)

    # -- live SLA --------------------------------------------------------------------------

    def tick(self, now: datetime, rows: Iterable[int]) -> list[tuple[int, int]]:
        """Recompute the SLA badges of `rows` (the visible ones) for `now`, from each row's
        cached clock inputs; repaint only the SLA cells whose text or colour changed.
        Returns the (first, last) row ranges repainted."""
        changed: list[int] = []
        for row in sorted(set(rows)):
            item = self.cached_row(row)
            if not isinstance(item, LiveListRow):
                continue  # not loaded yet: it arrives computed for a fresh `now`
            moved = item.at(now)
            if moved is item:
                continue
            self._cache[item.id] = moved
            if (moved.sla.state, sla_text(moved.sla)) != (item.sla.state, sla_text(item.sla)):
                changed.append(row)
        ranges: list[tuple[int, int]] = []
        for row in changed:
            if ranges and ranges[-1][1] == row - 1:
                ranges[-1] = (ranges[-1][0], row)
            else:
                ranges.append((row, row))
        for first, last in ranges:
            top, bottom = self.index(first, Column.SLA), self.index(last, Column.SLA)
            emit(self.dataChanged, top, bottom, [*SLA_ROLES, BADGE_ROLE])
        return ranges

    # -- lazy loading ----------------------------------------------------------------------

    def _want(self, page: int) -> None:
        if page in self._requested or page in self._wanted:
            return
        self._wanted.add(page)
        self._flush_timer.start()

    def _flush(self) -> None:
        pages = sorted(self._wanted - self._requested)
        self._wanted.clear()
        if not pages:
            return
        self._requested.update(pages)
        epoch = self._epoch
        known = [p for p in pages if self._ids[p * self.PAGE_SIZE] is not None]
        if known:
            ids = [i for p in known for i in self._page(p) if i is not None]
            self._load_rows(ids, lambda rows: self._deliver(epoch, known, ids, rows))
        unknown = [p for p in pages if p not in known]
        # Consecutive pages of unknown ids are asked for in one job.
        runs: list[list[int]] = []
        for page in unknown:
            if runs and runs[-1][-1] == page - 1:
                runs[-1].append(page)
            else:
                runs.append([page])
        load_page = self._load_page
        assert not runs or load_page is not None
        for run in runs:
            assert load_page is not None
            offset = run[0] * self.PAGE_SIZE
            limit = min(len(run) * self.PAGE_SIZE, len(self._ids) - offset)
            load_page(offset, limit, partial(self._deliver_page, epoch, run, offset, limit))

    def _page(self, page: int) -> list[int | None]:
        return self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE]

    def _deliver_page(
        self,
        epoch: int,
        pages: list[int],
        offset: int,
        limit: int,
        ids: list[int],
        rows: dict[int, TicketListRow],
    ) -> None:
        if epoch != self._epoch:
            return
        end = min(offset + len(ids), len(self._ids))
        self._ids[offset:end] = ids[: end - offset]
        if end < min(offset + limit, len(self._ids)):
            # The list shrank since it was counted: the positions past its end stay empty.
            self._end = min(self._end, end)
        self._deliver(epoch, pages, ids[: end - offset], rows)

    def _deliver(
        self, epoch: int, pages: list[int], ids: list[int], rows: dict[int, TicketListRow]
    ) -> None:
        if epoch != self._epoch:
            return
        for ticket_id in ids:
            self._cache[ticket_id] = rows.get(ticket_id, _MISSING)
        last_column = self.columnCount() - 1
        for page in pages:
            self._requested.discard(page)
            first = page * self.PAGE_SIZE
            last = min(first + self.PAGE_SIZE, len(self._ids)) - 1
            if last >= first:
                emit(self.dataChanged, self.index(first, 0), self.index(last, last_column))
        if 0 in pages and not self._first_page_loaded:
            self._first_page_loaded = True
            emit(self.firstPageLoaded)

    def _row(self, row: int) -> tuple[int | None, TicketListRow | None, bool]:
        """(id, cached row or None, whether the row is known) — asks for its page if not."""
        ticket_id = self._ids[row]
        if ticket_id is not None and ticket_id in self._cache:
            return ticket_id, self._cache[ticket_id], True
        if ticket_id is None and row >= self._end:
            return None, None, True  # past the end of a list that shrank since it was counted
        self._want(row // self.PAGE_SIZE)
        return ticket_id, None, False

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[Column(section)]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # The first click shows what matters first: the newest, the most severe.
            if Column(section) in NEWEST_OR_WORST_FIRST:
                return Qt.SortOrder.DescendingOrder
            return Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.FontRole and Column(section) in self._filtered:
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and Column(section) in self._filtered:
            return self.tr("Filtered: %1").replace("%1", self._filtered[Column(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _headers(self) -> dict[Column, str]:
        return {
            Column.ID: self.tr("#"),
            Column.SUBJECT: self.tr("Subject"),
            Column.STATUS: self.tr("Status"),
            Column.PRIORITY: self.tr("Priority"),
            Column.CRITICALITY: self.tr("Criticality"),
            Column.SLA: self.tr("SLA"),
            Column.REQUESTER: self.tr("Requester"),
            Column.RESPONSIBLE: self.tr("Responsible"),
            Column.UPDATED: self.tr("Updated"),
            Column.CHANNEL: self.tr("Channel"),
            Column.LEVEL: self.tr("Level"),
            Column.FLAG: self.tr("Flag"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = Column(index.column())
        if role == TICKET_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            BADGE_ROLE,
        ):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == Column.ID:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        ticket_id, item, known = self._row(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            return Tone.MUTED.text if item is None else None
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole:
                if column == Column.ID:
                    return "" if ticket_id is None else str(ticket_id)
                if column == Column.SUBJECT:
                    return self.tr("Loading…") if not known else self.tr("(no longer visible)")
            return None
        if role == BADGE_ROLE:
            return self._badge(column, item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, item)
        return self._text(column, item)

    def _text(self, column: Column, item: TicketListRow) -> str:
        t = item.ticket
        match column:
            case Column.ID:
                return str(t.id)
            case Column.SUBJECT:
                return t.subject
            case Column.STATUS:
                return labels.status_short(t.status, t.status_name)
            case Column.PRIORITY:
                return labels.priority(t.priority)
            case Column.CRITICALITY:
                return labels.criticality(t.criticality)
            case Column.SLA:
                return sla_text(item.sla)
            case Column.REQUESTER:
                return t.requester_name or t.company_name or "—"
            case Column.RESPONSIBLE:
                return t.responsible_name or self.tr("Unassigned")
            case Column.UPDATED:
                return formatting.date_time(t.updated_at)
            case Column.CHANNEL:
                return labels.channel(t.channel)
            case Column.LEVEL:
                return t.level
            case Column.FLAG:
                return labels.flag(t.flag)

    def _badge(self, column: Column, item: TicketListRow) -> Badge | None:
        t = item.ticket
        if column not in BADGE_COLUMNS:
            return None
        text = self._text(column, item)
        match column:
            case Column.STATUS:
                return Badge(text, status_tone(t.status, t.stage))
            case Column.PRIORITY:
                return Badge(text, priority_tone(t.priority))
            case Column.CRITICALITY:
                return Badge(text, criticality_tone(t.criticality))
            case _:
                if item.sla.state is BadgeState.NONE:
                    return None
                return Badge(text, sla_tone(item.sla.state))

    def _tooltip(self, column: Column, item: TicketListRow) -> str | None:
        t = item.ticket
        match column:
            case Column.SUBJECT:
                return t.subject
            case Column.SLA:
                return sla_tooltip(item.sla)
            case Column.STATUS:
                return labels.status(t.status, t.status_name)
            case Column.REQUESTER:
                return " · ".join(v for v in (t.requester_name, t.company_name) if v) or None
            case Column.UPDATED:
                return formatting.date_time(t.updated_at, long=True)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(Column):
            descending = order == Qt.SortOrder.DescendingOrder
            emit(self.sortRequested, SORT_KEYS[Column(column)], descending)
