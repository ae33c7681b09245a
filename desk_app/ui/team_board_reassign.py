"""Reassigning from the team board: which of an advisor's open tickets, to whom (issue 6).

The choices are read on the database worker (`reassign_choices`): the advisor's open tickets
falling due first, with the SLA badge the ticket list shows, breached and at risk on top. The
dialog only collects the choice; the board runs TicketActions.dispatch, the validated action
of the ticket detail, so the same rules apply whichever way a ticket is handed over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.local_store.team_board import AdvisorStatus, open_tickets_of
from desk_app.local_store.visibility import Viewer
from desk_app.services.ticket_rows import BadgeState, SlaBadge, list_rows
from desk_app.ui import labels
from desk_app.ui.badges import sla_tone
from desk_app.ui.ticket_table_model import sla_text

_URGENCY = {BadgeState.BREACHED: 0, BadgeState.AT_RISK: 1}


@dataclass(frozen=True, slots=True)
class ReassignTicket:
    id: int
    subject: str
    sla: SlaBadge


def reassign_choices(session: Session, viewer: Viewer, advisor_id: int, now: datetime
                     ) -> tuple[ReassignTicket, ...]:  # fmt: skip
    """The advisor's open tickets as the dialog lists them: breached, then at risk, then the
    rest, each group by due time."""
    ids = open_tickets_of(session, viewer, advisor_id)
    rows = list_rows(session, viewer, ids, now)
    tickets = [ReassignTicket(r.id, r.ticket.subject, r.sla) for r in rows.values()]
    order = {ticket_id: position for position, ticket_id in enumerate(ids)}
    tickets.sort(key=lambda t: (_URGENCY.get(t.sla.state, 2), order.get(t.id, 0)))
    return tuple(tickets)


class ReassignDialog(QDialog):
    """Pick one of `advisor`'s tickets and the advisor to hand it to."""

    def __init__(self, advisor: AdvisorStatus, tickets: Sequence[ReassignTicket],
                 targets: Sequence[AdvisorStatus], parent: QWidget | None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Reassign a ticket of %1").replace("%1", advisor.full_name))
        self.tickets = QListWidget(self)
        self.tickets.setObjectName("reassignTickets")
        for ticket in tickets:
            item = QListWidgetItem(f"#{ticket.id}  {ticket.subject}")
            if ticket.sla.state is not BadgeState.NONE:
                item.setText(f"{item.text()}  ·  {sla_text(ticket.sla)}")
            if ticket.sla.state in _URGENCY:
                item.setForeground(sla_tone(ticket.sla.state).text)
            item.setData(Qt.ItemDataRole.UserRole, ticket.id)
            self.tickets.addItem(item)
        if tickets:
            self.tickets.setCurrentRow(0)
        self.target = QComboBox(self)
        self.target.setObjectName("reassignTarget")
        for other in targets:
            if other.user_id != advisor.user_id:
                self.target.addItem(f"{other.full_name} · {labels.level(other.level)}",
                                    other.user_id)  # fmt: skip
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("reassignNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Optional: what the new responsible should know"))
        self.note.setMaximumHeight(90)
        empty = QLabel(self.tr("%1 has no open tickets.").replace("%1", advisor.full_name), self)
        empty.setVisible(not tickets)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Reassign"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(bool(tickets) and self.target.count() > 0)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Hand over to"), self.target)
        form.addRow(self.tr("Internal note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ticket (breached and at risk first)"), self))
        layout.addWidget(self.tickets, 1)
        layout.addWidget(empty)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumSize(520, 380)

    def ticket_id(self) -> int | None:
        item = self.tickets.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_ticket(self, ticket_id: int) -> bool:
        for row in range(self.tickets.count()):
            if self.tickets.item(row).data(Qt.ItemDataRole.UserRole) == ticket_id:
                self.tickets.setCurrentRow(row)
                return True
        return False

    def select_target(self, user_id: int) -> bool:
        position = self.target.findData(user_id)
        if position >= 0:
            self.target.setCurrentIndex(position)
        return position >= 0

    def user_id(self) -> int | None:
        data = self.target.currentData()
        return int(data) if data is not None else None

    def note_text(self) -> str:
        return self.note.toPlainText()
