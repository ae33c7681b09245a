"""The team board's table: one row per advisor, as AdvisorStatus values (issue 6).

The rows come from one `team_board` query (about ten advisors), so the model keeps them whole.
The live columns - presence time, talk time, oldest wait - are computed from the stored
timestamps and `now`, which the view moves every second (`set_now`); nothing is counted, so a
slow tick or a reload never makes them drift. Colours travel through the item roles, so every
style shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desk_app.local_store.team_board import AdvisorStatus
from desk_app.ui import labels
from desk_app.ui.badges import Tone
from desk_app.ui.call_timers import span_text
from desk_app.ui.formatting import duration
from desk_app.ui.qt_compat import emit

# Custom roles: the view and the tests read these instead of parsing the texts.
USER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the oldest waiting ticket (its column)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's AdvisorStatus
TONE_ROLE = Qt.ItemDataRole.UserRole + 4  # the cell's Tone, or None

_Index = QModelIndex | QPersistentModelIndex
ZERO = timedelta(0)


class Column(IntEnum):
    ADVISOR = 0
    PRESENCE = 1
    CALL = 2
    TO_DO = 3
    DOING = 4
    AT_RISK = 5
    BREACHED = 6
    OLDEST = 7


LIVE = (Column.PRESENCE, Column.CALL, Column.OLDEST)  # recomputed every second
_COUNTS = (Column.TO_DO, Column.DOING, Column.AT_RISK, Column.BREACHED)
_PRESENCE_TONE = {
    "available": Tone.GOOD,
    "on_call": Tone.INFO,
    "wrap_up": Tone.WARN,
    "break": Tone.NEUTRAL,
    "offline": Tone.MUTED,
}


def _headers() -> dict[Column, str]:
    return {
        Column.ADVISOR: QCoreApplication.translate("TeamBoard", "Advisor"),
        Column.PRESENCE: QCoreApplication.translate("TeamBoard", "Presence"),
        Column.CALL: QCoreApplication.translate("TeamBoard", "Current call"),
        Column.TO_DO: QCoreApplication.translate("TeamBoard", "To do"),
        Column.DOING: QCoreApplication.translate("TeamBoard", "Doing"),
        Column.AT_RISK: QCoreApplication.translate("TeamBoard", "At risk"),
        Column.BREACHED: QCoreApplication.translate("TeamBoard", "Breached"),
        Column.OLDEST: QCoreApplication.translate("TeamBoard", "Oldest waiting"),
    }


def presence_label(state: str) -> str:
    names = {
        "available": QCoreApplication.translate("TeamBoard", "Available"),
        "on_call": QCoreApplication.translate("TeamBoard", "On a call"),
        "wrap_up": QCoreApplication.translate("TeamBoard", "Wrap-up"),
        "break": QCoreApplication.translate("TeamBoard", "Break"),
        "offline": QCoreApplication.translate("TeamBoard", "Offline"),
    }
    return names.get(state, state)


def call_text(status: AdvisorStatus, now: datetime) -> str:
    """ "4:05 · María Pérez · Ferretería", "Ringing · +52 55…", "" without a call."""
    if status.call_id is None:
        return ""
    who = status.call_contact or status.call_number or ""
    talk = status.talk_time(now)
    match status.call_state:
        case "ringing":
            head = QCoreApplication.translate("TeamBoard", "Ringing")
        case "dialing":
            head = QCoreApplication.translate("TeamBoard", "Dialling")
        case "on_hold":
            head = QCoreApplication.translate("TeamBoard", "On hold %1").replace(
                "%1", span_text(talk or ZERO)
            )
        case "wrap_up":
            head = QCoreApplication.translate("TeamBoard", "Wrap-up")
        case _:
            head = span_text(talk or ZERO)
    return f"{head} · {who}" if who else head


def _since(moment: datetime | None, now: datetime) -> str:
    return duration(max(now - moment, ZERO)) if moment is not None else ""


class TeamBoardModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AdvisorStatus] = []
        self._now: datetime | None = None
        self._headers = _headers()

    # -- data in ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[AdvisorStatus], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        """Move the live times to `now`: a repaint of their columns, no query."""
        self._now = now
        if self._rows:
            for column in LIVE:
                top, bottom = self.index(0, column), self.index(len(self._rows) - 1, column)
                emit(self.dataChanged, top, bottom, [Qt.ItemDataRole.DisplayRole])

    def advisors(self) -> tuple[AdvisorStatus, ...]:
        return tuple(self._rows)

    def advisor_at(self, row: int) -> AdvisorStatus | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, user_id: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.user_id == user_id), None)

    # -- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole and Column(section) in _COUNTS:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        status = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(status, column)
        if role == USER_ID_ROLE:
            return status.user_id
        if role == STATUS_ROLE:
            return status
        if role == TICKET_ID_ROLE:
            return status.oldest_ticket_id if column is Column.OLDEST else None
        tone = self._tone(status, column)
        if role == TONE_ROLE:
            return tone
        if role == Qt.ItemDataRole.BackgroundRole and tone is not None:
            return tone.fill
        if role == Qt.ItemDataRole.ForegroundRole and tone is not None:
            return tone.text
        if role == Qt.ItemDataRole.FontRole and (
            column is Column.ADVISOR or (column is Column.BREACHED and status.breached)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _COUNTS:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(status, column)
        return None

    def _text(self, status: AdvisorStatus, column: Column) -> str:
        now = self._now
        match column:
            case Column.ADVISOR:
                return f"{status.full_name} ({labels.level(status.level)})"
            case Column.PRESENCE:
                since = _since(status.presence_since, now) if now is not None else ""
                name = presence_label(status.presence)
                return f"{name} · {since}" if since else name
            case Column.CALL:
                return call_text(status, now) if now is not None else ""
            case Column.TO_DO:
                return str(status.to_do)
            case Column.DOING:
                return str(status.doing)
            case Column.AT_RISK:
                return str(status.at_risk)
            case Column.BREACHED:
                return str(status.breached)
            case Column.OLDEST:
                if status.oldest_ticket_id is None:
                    return "—"
                wait = _since(status.oldest_waiting_since, now) if now is not None else ""
                number = f"#{status.oldest_ticket_id}"
                return f"{number} · {wait}" if wait else number

    @staticmethod
    def _tone(status: AdvisorStatus, column: Column) -> Tone | None:
        match column:
            case Column.PRESENCE:
                return _PRESENCE_TONE.get(status.presence, Tone.NEUTRAL)
            case Column.CALL if status.call_id is not None:
                return Tone.WARN if status.call_state == "on_hold" else Tone.INFO
            case Column.AT_RISK if status.at_risk:
                return Tone.WARN
            case Column.BREACHED if status.breached:
                return Tone.BAD
            case _:
                return None

    def _tip(self, status: AdvisorStatus, column: Column) -> str | None:
        match column:
            case Column.ADVISOR:
                return QCoreApplication.translate(
                    "TeamBoard", "Double-click to see %1's tickets"
                ).replace("%1", status.full_name)
            case Column.OLDEST if status.oldest_ticket_id is not None:
                return QCoreApplication.translate(
                    "TeamBoard", "Waiting longest, leaving out those waiting on the customer"
                )
            case Column.AT_RISK:
                return QCoreApplication.translate(
                    "TeamBoard", "Open tickets with 75 % or more of their SLA time used"
                )
            case Column.BREACHED:
                return QCoreApplication.translate("TeamBoard", "Open tickets past an SLA due time")
            case _:
                return None
