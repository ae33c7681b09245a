"""The call history table: one row per logged call, as CallView values (SPEC §4).

The rows are immutable CallViews from one history query (at most a few hundred), so the model
keeps them whole rather than ids plus a lazy cache. Durations are computed from each call's
timestamps at the moment the rows arrived (`now`), never counted. Missed calls carry a red
fill and bold text through the item roles, so every style (Fusion included) shows them; a
scheduled callback carries a blue fill on its outcome cell.
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

from desk_app.domain.calls import Outcome
from desk_app.local_store.call_queries import CallView
from desk_app.ui.badges import Tone
from desk_app.ui.formatting import date_time

# Custom roles: tests and the view read these instead of parsing the texts.
CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MISSED_ROLE = Qt.ItemDataRole.UserRole + 2
CALLBACK_ROLE = Qt.ItemDataRole.UserRole + 3
TICKETS_ROLE = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    STARTED = 0
    DIRECTION = 1
    NUMBER = 2
    CONTACT = 3
    ADVISOR = 4
    RING = 5
    TALK = 6
    HOLD = 7
    WRAP_UP = 8
    OUTCOME = 9
    TICKETS = 10
    SURVEY = 11
    NOTES = 12


_DURATIONS = frozenset({Column.RING, Column.TALK, Column.HOLD, Column.WRAP_UP})


def _headers() -> dict[Column, str]:
    return {
        Column.STARTED: QCoreApplication.translate("CallHistory", "Started"),
        Column.DIRECTION: QCoreApplication.translate("CallHistory", "Direction"),
        Column.NUMBER: QCoreApplication.translate("CallHistory", "Number"),
        Column.CONTACT: QCoreApplication.translate("CallHistory", "Contact / company"),
        Column.ADVISOR: QCoreApplication.translate("CallHistory", "Advisor"),
        Column.RING: QCoreApplication.translate("CallHistory", "Ring"),
        Column.TALK: QCoreApplication.translate("CallHistory", "Talk"),
        Column.HOLD: QCoreApplication.translate("CallHistory", "Hold"),
        Column.WRAP_UP: QCoreApplication.translate("CallHistory", "Wrap-up"),
        Column.OUTCOME: QCoreApplication.translate("CallHistory", "Outcome"),
        Column.TICKETS: QCoreApplication.translate("CallHistory", "Tickets"),
        Column.SURVEY: QCoreApplication.translate("CallHistory", "Survey"),
        Column.NOTES: QCoreApplication.translate("CallHistory", "Notes"),
    }


def outcome_labels() -> dict[str, str]:
    """Every Outcome value with its label, in the wrap-up form's order."""
    labels = {
        Outcome.RESOLVED_FIRST_CONTACT: QCoreApplication.translate(
            "CallOutcome", "Resolved on first contact"
        ),
        Outcome.TICKET_CREATED: QCoreApplication.translate("CallOutcome", "Ticket created"),
        Outcome.TICKET_UPDATED: QCoreApplication.translate("CallOutcome", "Ticket updated"),
        Outcome.TRANSFERRED: QCoreApplication.translate("CallOutcome", "Transferred"),
        Outcome.CALLBACK: QCoreApplication.translate("CallOutcome", "Callback scheduled"),
        Outcome.MISSED: QCoreApplication.translate("CallOutcome", "Missed / abandoned"),
    }
    return {outcome.value: labels[outcome] for outcome in Outcome}


def minutes_seconds(span: timedelta) -> str:
    """m:ss, whole seconds rounded down ("75:03" past an hour: the table compares minutes)."""
    seconds = max(int(span.total_seconds()), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


def is_missed(view: CallView) -> bool:
    """As the history's "missed only" filter reads it (call_views.missed_clause)."""
    unanswered = view.direction == "inbound" and view.answered_at is None
    return view.outcome == Outcome.MISSED.value or (unanswered and view.ended_at is not None)


def survey_text(view: CallView) -> str:
    parts = []
    if view.csat is not None:
        parts.append(f"CSAT {view.csat}")
    if view.ces is not None:
        parts.append(f"CES {view.ces}")
    if view.nps is not None:
        parts.append(f"NPS {view.nps}")
    return " · ".join(parts)


def contact_text(view: CallView) -> str:
    name = view.person_name or view.caller_name or ""
    if name and view.company_name:
        return f"{name} / {view.company_name}"
    return name or view.company_name or ""


class CallHistoryModel(QAbstractTableModel):
    """The calls of the current filters, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CallView, ...] = ()
        self._texts: list[list[str]] = []
        self._headers = _headers()
        self._outcomes = outcome_labels()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- contents -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[CallView], now: datetime) -> None:
        """Show `rows`; durations of calls still open run up to `now`."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self._texts = [self._row_texts(view, now) for view in self._rows]
        self.endResetModel()

    def calls(self) -> tuple[CallView, ...]:
        return self._rows

    def call_at(self, row: int) -> CallView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _row_texts(self, view: CallView, now: datetime) -> list[str]:
        spans = view.durations(now)
        answered = view.answered_at is not None
        ended = view.ended_at is not None
        if view.direction == "inbound":
            direction = QCoreApplication.translate("CallHistory", "↘ In")
        else:
            direction = QCoreApplication.translate("CallHistory", "↗ Out")
        outcome = self._outcomes.get(view.outcome or "", view.outcome or "")
        texts = {
            Column.STARTED: date_time(view.started_at),
            Column.DIRECTION: direction,
            Column.NUMBER: view.number_raw or view.number_e164 or "",
            Column.CONTACT: contact_text(view),
            Column.ADVISOR: view.advisor_name or "",
            Column.RING: minutes_seconds(spans.ring),
            Column.TALK: minutes_seconds(spans.talk) if answered else "—",
            Column.HOLD: minutes_seconds(spans.hold) if answered else "—",
            Column.WRAP_UP: minutes_seconds(spans.wrap_up) if answered and ended else "—",
            Column.OUTCOME: outcome,
            Column.TICKETS: ", ".join(f"#{ticket}" for ticket in view.ticket_ids),
            Column.SURVEY: survey_text(view),
            # One line in the table; the tooltip has the whole note.
            Column.NOTES: " ".join(view.notes.split()),
        }
        return [texts[column] for column in Column]

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self._headers[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view, column)
        if role == CALL_ID_ROLE:
            return view.id
        if role == MISSED_ROLE:
            return is_missed(view)
        if role == CALLBACK_ROLE:
            return view.outcome == Outcome.CALLBACK.value
        if role == TICKETS_ROLE:
            return list(view.ticket_ids)
        return self._style(view, column, role)

    def _style(self, view: CallView, column: Column, role: int) -> Any:
        missed = is_missed(view)
        callback = view.outcome == Outcome.CALLBACK.value and column == Column.OUTCOME
        if role == Qt.ItemDataRole.BackgroundRole:
            if missed:
                return Tone.BAD.fill
            if callback:
                return Tone.INFO.fill
        elif role == Qt.ItemDataRole.ForegroundRole:
            # The dark text of the same hue: readable on the light fill in any style.
            if missed:
                return Tone.BAD.text
            if callback:
                return Tone.INFO.text
        elif role == Qt.ItemDataRole.FontRole:
            if missed or callback:
                return self._bold
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in _DURATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, view: CallView, column: Column) -> str | None:
        if column == Column.NOTES and view.notes:
            return view.notes
        if column == Column.STARTED:
            return date_time(view.started_at, long=True)
        if column == Column.NUMBER and view.number_e164:
            return view.number_e164
        if column == Column.TICKETS and view.ticket_ids:
            return QCoreApplication.translate("CallHistory", "Double-click to open the ticket")
        if column == Column.OUTCOME and view.end_cause:
            cause = QCoreApplication.translate("CallHistory", "Ended by: %1")
            return cause.replace("%1", view.end_cause)
        return None


# --- CSV ------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "id", "started_at", "direction", "number", "number_e164", "contact", "company", "advisor",
    "ring_seconds", "talk_seconds", "hold_seconds", "wrap_up_seconds", "outcome",
    "linked_tickets", "csat", "ces", "nps", "notes",
)  # fmt: skip


def csv_rows(rows: Sequence[CallView], now: datetime) -> list[tuple[object, ...]]:
    """The shown calls as export rows (raw values; export.csv_cell formats and defuses them),
    with the same column names as `desk-app export calls` where they mean the same."""
    result: list[tuple[object, ...]] = []
    for view in rows:
        spans = view.durations(now)
        answered = view.answered_at is not None
        result.append((
            view.id, view.started_at, view.direction, view.number_raw, view.number_e164,
            view.person_name or view.caller_name, view.company_name, view.advisor_name,
            int(spans.ring.total_seconds()),
            int(spans.talk.total_seconds()) if answered else None,
            int(spans.hold.total_seconds()) if answered else None,
            int(spans.wrap_up.total_seconds()) if view.ended_at is not None and answered
            else None,
            view.outcome, list(view.ticket_ids), view.csat, view.ces, view.nps, view.notes,
        ))  # fmt: skip
    return result
