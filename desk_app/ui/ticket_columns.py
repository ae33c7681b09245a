"""The ticket list's columns (what each shows, sorts by and filters on) and the SLA badge's
text, shared by the list, the board and the detail."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt

from desk_app.local_store.ticket_filters import FilterField, SortKey
from desk_app.services.ticket_rows import BadgeState, SlaBadge, SlaClockKind
from desk_app.ui import formatting, labels


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
NEWEST_OR_WORST_FIRST = frozenset({Column.ID, Column.PRIORITY, Column.CRITICALITY,
                                    Column.UPDATED})  # fmt: skip
BADGE_COLUMNS = frozenset({Column.STATUS, Column.PRIORITY, Column.CRITICALITY, Column.SLA})


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
