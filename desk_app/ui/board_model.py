"""One stage column of the board as an item model: lane headers and ticket cards.

A stage with several statuses (DOING: In progress, Waiting on customer, …) shows a header row
per status, its lane, followed by that status's cards; a one-status stage shows cards only.
Dragging carries the ticket ids as mime data; a drop never edits the model itself: it asks
for the move (`dropRequested`), which runs the validated status change on the database
worker, and the board moves the card, or puts it back when the change is refused.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desk_app.domain import statuses as st
from desk_app.services.queues import BoardColumn, LiveListRow
from desk_app.ui import labels
from desk_app.ui.qt_compat import emit

MIME_TYPE = "application/x-partner-desk-ticket-ids"
TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_ROLE = Qt.ItemDataRole.UserRole + 2  # the LiveListRow of a card
LANE_ROLE = Qt.ItemDataRole.UserRole + 3  # the status key of the row's lane
IS_LANE_ROLE = Qt.ItemDataRole.UserRole + 4
SHOW_STATUS_ROLE = Qt.ItemDataRole.UserRole + 5  # the card shows its status (several lanes)
_Index = QModelIndex | QPersistentModelIndex


def encode_ids(ids: Sequence[int]) -> bytes:
    return json.dumps([int(i) for i in ids]).encode()


def decode_ids(data: bytes | bytearray | memoryview) -> list[int]:
    """Ticket ids from a drag; [] for anything that is not a list of integers."""
    try:
        value = json.loads(bytes(data).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(value, list) or not all(type(v) is int for v in value):
        return []
    return list(value)


@dataclass(frozen=True, slots=True)
class _Item:
    lane: str  # status key
    card: LiveListRow | None = None  # None: the lane's header row


class BoardColumnModel(QAbstractListModel):
    # Ticket ids dropped here, and the status they should move to.
    dropRequested = Signal(object, str)

    def __init__(self, stage: st.Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._column: BoardColumn | None = None
        self._lanes: tuple[st.StatusDef, ...] = ()
        self._items: list[_Item] = []

    # -- content ---------------------------------------------------------------------------

    @property
    def column(self) -> BoardColumn | None:
        return self._column

    @property
    def lanes(self) -> tuple[st.StatusDef, ...]:
        return self._lanes

    @property
    def shows_lanes(self) -> bool:
        return len(self._lanes) > 1

    def first_status(self) -> str | None:
        """Where a card dropped on the stage itself goes: its first status by position."""
        return self._lanes[0].key if self._lanes else None

    def set_column(self, column: BoardColumn) -> None:
        self.beginResetModel()
        self._column = column
        self._lanes = column.statuses
        self._items = self._layout(column.rows)
        self.endResetModel()

    def _layout(self, cards: Sequence[LiveListRow]) -> list[_Item]:
        if not self.shows_lanes:
            only = self.first_status() or ""
            return [_Item(only, card) for card in cards]
        items: list[_Item] = []
        keys = [lane.key for lane in self._lanes]
        for lane in self._lanes:
            items.append(_Item(lane.key))
            items += [_Item(lane.key, c) for c in cards if c.ticket.status == lane.key]
        # A status the catalogue does not place (just added on the server): the first lane.
        items[1:1] = [_Item(keys[0], c) for c in cards if c.ticket.status not in keys]
        return items

    def cards(self) -> list[LiveListRow]:
        return [item.card for item in self._items if item.card is not None]

    def ticket_ids(self) -> list[int]:
        return [card.id for card in self.cards()]

    def row_of(self, ticket_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.card is not None and item.card.id == ticket_id:
                return row
        return None

    def lane_row(self, status: str) -> int | None:
        for row, item in enumerate(self._items):
            if item.card is None and item.lane == status:
                return row
        return None

    def lane_at(self, row: int) -> str | None:
        return self._items[row].lane if 0 <= row < len(self._items) else None

    def take_card(self, ticket_id: int) -> LiveListRow | None:
        """Remove a card (a move the board shows before the store confirms it)."""
        row = self.row_of(ticket_id)
        if row is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self._items.pop(row).card
        self.endRemoveRows()
        return card

    def put_card(self, card: LiveListRow, status: str, name: str) -> int:
        """Show `card` at the top of the `status` lane, as that status; returns its row."""
        ticket = replace(card.ticket, status=status, status_name=name, stage=self.stage.value)
        moved = replace(card, ticket=ticket)
        header = self.lane_row(status)
        row = header + 1 if header is not None else 0
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, _Item(status, moved))
        self.endInsertRows()
        return row

    def lane_name(self, status: str) -> str:
        for lane in self._lanes:
            if lane.key == status:
                return labels.status(lane.key, lane.name)
        return labels.status(status)

    def lane_count(self, status: str) -> int:
        return sum(1 for item in self._items if item.card is not None and item.lane == status)

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == LANE_ROLE:
            return item.lane
        if role == IS_LANE_ROLE:
            return item.card is None
        if item.card is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{self.lane_name(item.lane)} · {self.lane_count(item.lane)}"
            return None
        card = item.card
        if role == TICKET_ID_ROLE:
            return card.id
        if role == CARD_ROLE:
            return card
        if role == SHOW_STATUS_ROLE:
            return self.shows_lanes
        if role == Qt.ItemDataRole.DisplayRole:
            return f"#{card.id} {card.ticket.subject}"
        if role == Qt.ItemDataRole.ToolTipRole:
            who = card.ticket.requester_name or card.ticket.company_name or "—"
            return f"#{card.id} · {card.ticket.subject}\n{who}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"#{card.id} {card.ticket.subject}, {self.lane_name(card.ticket.status)}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # the column's empty space: the stage
        if self._items[index.row()].card is None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        # Move: but there is no removeRows, so Qt never deletes the dragged row itself.
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [i.data(TICKET_ID_ROLE) for i in indexes if i.isValid()]
        data.setData(MIME_TYPE, encode_ids([i for i in ids if isinstance(i, int)]))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: _Index) -> bool:  # fmt: skip
        return data.hasFormat(MIME_TYPE) and bool(self._lanes)

    def drop_status(self, row: int, parent: _Index) -> str | None:
        """The status a drop means: the lane it lands in, or the stage's first status when it
        lands on the column's empty space."""
        if parent.isValid():
            return self.lane_at(parent.row())
        if 0 <= row <= len(self._items) and self._items:
            return self.lane_at(max(row - 1, 0)) if row > 0 else self.lane_at(0)
        return self.first_status()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _Index) -> bool:  # fmt: skip
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = decode_ids(data.data(MIME_TYPE).data())
        status = self.drop_status(row, parent)
        if not ids or status is None:
            return False
        emit(self.dropRequested, ids, status)
        return True
