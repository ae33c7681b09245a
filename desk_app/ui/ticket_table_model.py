"""The ticket list's item model: the id list plus a lazy cache of display rows.

Like Anki's browser table: the model holds every matching id (cheap even for 100,000) and
asks for display rows only for the pages the view actually paints. Requests made during one
paint pass are merged into one load, which runs on the database worker; the rows arrive
later and only their cells are repainted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from desk_app.local_store.ticket_queries import FilterField, SortKey
from desk_app.services.queues import LiveListRow
from desk_app.services.ticket_rows import BadgeState, SlaBadge, SlaClockKind, TicketListRow
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

RowsCallback = Callable[[dict[int, TicketListRow]], None]
RowLoader = Callable[[list[int], RowsCallback], None]
"""`loader(ids, deliver)`: fetch display rows for `ids` off the UI thread, then call
`deliver(rows)` on the UI thread. Ids missing from `rows` are no longer visible."""

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    ID = 0
    SUBJECT = 1
    STATUS = 2
    PRIORITY = 3
    CRITICALITY = 4
    SLA = 5
    REQUESTER = 6
    RESPONSIBLE = 7
    UPDATED = 8
    CHANNEL = 9
    LEVEL = 10
    FLAG = 11


SORT_KEYS: dict[Column, SortKey] = {
    Column.ID: SortKey.ID,
    Column.SUBJECT: SortKey.SUBJECT,
    Column.STATUS: SortKey.STATUS,
    Column.PRIORITY: SortKey.PRIORITY,
    Column.CRITICALITY: SortKey.CRITICALITY,
    Column.SLA: SortKey.DUE,
    Column.REQUESTER: SortKey.REQUESTER,
    Column.RESPONSIBLE: SortKey.RESPONSIBLE,
    Column.UPDATED: SortKey.UPDATED,
    Column.CHANNEL: SortKey.CHANNEL,
    Column.LEVEL: SortKey.LEVEL,
    Column.FLAG: SortKey.FLAG,
}
# Columns with a value filter (the header's context menu); the others are found by searching.
FILTER_FIELDS: dict[Column, FilterField] = {
    Column.STATUS: FilterField.STATUS,
    Column.PRIORITY: FilterField.PRIORITY,
    Column.CRITICALITY: FilterField.CRITICALITY,
    Column.RESPONSIBLE: FilterField.RESPONSIBLE,
    Column.CHANNEL: FilterField.CHANNEL,
    Column.LEVEL: FilterField.LEVEL,
    Column.FLAG: FilterField.FLAG,
}
SLA_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
_NEWEST_OR_WORST_FIRST = frozenset({Column.ID, Column.PRIORITY, Column.CRITICALITY,
                                    Column.UPDATED})  # fmt: skip
BADGE_COLUMNS = frozenset({Column.STATUS, Column.PRIORITY, Column.CRITICALITY, Column.SLA})
_MISSING = None  # cache value for an id the store no longer shows to this viewer


def sla_text(badge: SlaBadge, *, compact: bool = True) -> str:
    """What the SLA badge says: time left, time overdue, or the outcome."""
    if badge.remaining is not None and badge.state in (BadgeState.OK, BadgeState.AT_RISK):
        left = formatting.duration(badge.remaining, compact=compact)
        if badge.paused:
            # Waiting on the customer: the time left is frozen, not running out.
            text = QCoreApplication.translate("TicketTableModel", "paused: %1")
            return text.replace("%1", left)
        return QCoreApplication.translate("TicketTableModel", "%1 left").replace("%1", left)
    if badge.remaining is not None and badge.state is BadgeState.BREACHED and not badge.completed:
        over = formatting.duration(badge.remaining, compact=compact)
        return QCoreApplication.translate("TicketTableModel", "%1 overdue").replace("%1", over)
    if badge.state is BadgeState.NONE:
        return "—"
    return labels.sla_state(badge.state.value)


def sla_tooltip(badge: SlaBadge) -> str:
    text = labels.sla_state(badge.state.value)
    if badge.state is BadgeState.NONE or badge.due_at is None:
        return text
    if badge.clock is SlaClockKind.FIRST_RESPONSE:
        due = QCoreApplication.translate("TicketTableModel", "first response due %1")
    else:
        due = QCoreApplication.translate("TicketTableModel", "resolution due %1")
    text += " · " + due.replace("%1", formatting.date_time(badge.due_at))
    if badge.fraction is not None:
        text += f" ({round(badge.fraction * 100)} %)"
    if badge.paused:
        text += " · " + QCoreApplication.translate("TicketTableModel", "clock paused")
    return text


class TicketTableModel(QAbstractTableModel):
    PAGE_SIZE = 100

    # Page 0 of the current id list has its rows (or the list is empty).
    firstPageLoaded = Signal()
    # The user clicked a header: the owner re-queries the ids in that order.
    sortRequested = Signal(object, bool)  # SortKey, descending

    def __init__(self, load_rows: RowLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._ids: list[int] = []
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

    def set_ids(self, ids: list[int]) -> None:
        """Show these tickets, in this order; rows are loaded as they come into view."""
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self._wanted.clear()
        self._requested.clear()
        self._epoch += 1
        self._first_page_loaded = False
        self.endResetModel()
        if self._ids:
            self._want(0)  # the first page is always needed; do not wait for a paint
        else:
            self._first_page_loaded = True
            emit(self.firstPageLoaded)

    def reload(self) -> None:
        """Forget cached rows (the data changed); visible rows load again."""
        self.set_ids(self._ids)

    def ids(self) -> list[int]:
        return list(self._ids)

    def ticket_id(self, row: int) -> int | None:
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
        ids = [i for p in pages for i in self._ids[p * self.PAGE_SIZE : (p + 1) * self.PAGE_SIZE]]
        epoch = self._epoch
        self._load_rows(ids, lambda rows: self._deliver(epoch, pages, ids, rows))

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

    def _row(self, row: int) -> tuple[int, TicketListRow | None, bool]:
        """(id, cached row or None, whether the row is known) — asks for its page if not."""
        ticket_id = self._ids[row]
        if ticket_id in self._cache:
            return ticket_id, self._cache[ticket_id], True
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
            if Column(section) in _NEWEST_OR_WORST_FIRST:
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
                    return str(ticket_id)
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
