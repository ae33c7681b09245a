"""The caller card of the call panel: who is calling, as the caller lookup found them.

One match shows the person, the company, its key user, the hours left and the open tickets
(clickable); no match offers "Create person…"; several matches list the candidates so the
advisor picks the right one (the panel then stores it with CallService.set_caller).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.local_store.call_queries import CallerCandidate, CallerLookup
from desk_app.ui.qt_compat import emit

ID_ROLE = Qt.ItemDataRole.UserRole


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names come from people's records
    return label


class CallerCard(QWidget):
    openTicketRequested = Signal(int)
    createPersonRequested = Signal(str)
    candidateChosen = Signal(int)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callerCard")
        self._lookup: CallerLookup | None = None
        # As tall as its content: the panel's spare height belongs below it, not between lines.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.person = _label(self, "callerPerson")
        font = self.person.font()
        font.setBold(True)
        self.person.setFont(font)
        self.company = _label(self, "callerCompany")
        self.key_user = _label(self, "callerKeyUser")
        self.hours = _label(self, "callerHours")
        self.tickets_title = _label(self, "callerTicketsTitle")
        self.tickets = QListWidget(self)
        self.tickets.setObjectName("callerTickets")
        self.tickets.setMaximumHeight(110)
        self.tickets.itemClicked.connect(self._open_ticket)
        self.choose_title = _label(self, "callerChooseTitle")
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("callerCandidates")
        self.candidates.setMaximumHeight(110)
        self.candidates.itemClicked.connect(self._choose)
        self.create_person = QPushButton(self.tr("Create person…"), self)
        self.create_person.setObjectName("createPersonButton")
        self.create_person.clicked.connect(self._create_person)
        parts: tuple[QWidget, ...] = (
            self.person, self.company, self.key_user, self.hours, self.choose_title,
            self.candidates, self.tickets_title, self.tickets, self.create_person,
        )  # fmt: skip
        for widget in parts:
            layout.addWidget(widget)
        self.clear()

    def clear(self) -> None:
        self._lookup = None
        for widget in (self.company, self.key_user, self.hours, self.tickets_title, self.tickets,
                       self.choose_title, self.candidates, self.create_person):  # fmt: skip
            widget.hide()
        self.person.setText("")

    def show_lookup(self, lookup: CallerLookup, person_id: int | None = None) -> None:
        """`person_id`: the caller already chosen for the call (shown even when ambiguous)."""
        self.clear()
        self._lookup = lookup
        chosen = next((c for c in lookup.candidates if c.person_id == person_id), None)
        if chosen is None and len(lookup.candidates) == 1:
            chosen = lookup.candidates[0]
        if lookup.unknown:
            self.person.setText(self.tr("Unknown caller"))
            self.create_person.show()
            return
        if chosen is None:
            self.person.setText(
                self.tr("%1 people have this number: who is calling?").replace(
                    "%1", str(len(lookup.candidates))
                )
            )
        else:
            self._show_candidate(chosen)
        if lookup.ambiguous:
            self.choose_title.setText(
                self.tr("Choose the caller:") if chosen is None else self.tr("Or another person:")
            )
            self.choose_title.show()
            self.candidates.clear()
            for candidate in lookup.candidates:
                text = candidate.full_name
                if candidate.company_name:
                    text += " — " + candidate.company_name
                item = QListWidgetItem(text, self.candidates)
                item.setData(ID_ROLE, candidate.person_id)
                if chosen is not None and candidate.person_id == chosen.person_id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.candidates.show()

    def _show_candidate(self, candidate: CallerCandidate) -> None:
        name = candidate.full_name
        if candidate.position:
            name += " · " + candidate.position
        self.person.setText(name)
        self.company.setText(candidate.company_name or self.tr("No company"))
        self.company.show()
        if candidate.is_key_user:
            self.key_user.setText(self.tr("Key user of the company"))
        elif candidate.key_user_name:
            self.key_user.setText(self.tr("Key user: %1").replace("%1", candidate.key_user_name))
        else:
            self.key_user.setText(self.tr("No key user"))
        self.key_user.show()
        if candidate.hours_left is None:
            self.hours.setText(self.tr("No active contract"))
        else:
            self.hours.setText(
                self.tr("Hours left: %1").replace("%1", f"{candidate.hours_left:.1f}")
            )
        self.hours.show()
        self.tickets_title.setText(
            self.tr("Open tickets: %1").replace("%1", str(candidate.open_count))
        )
        self.tickets_title.show()
        self.tickets.clear()
        for ticket_id, subject, status in candidate.open_tickets:
            item = QListWidgetItem(f"#{ticket_id} {subject} ({status})", self.tickets)
            item.setData(ID_ROLE, ticket_id)
            item.setToolTip(subject)
        self.tickets.setVisible(bool(candidate.open_tickets))

    def _open_ticket(self, item: QListWidgetItem) -> None:
        emit(self.openTicketRequested, int(item.data(ID_ROLE)))

    def _choose(self, item: QListWidgetItem) -> None:
        emit(self.candidateChosen, int(item.data(ID_ROLE)))

    def _create_person(self) -> None:
        if self._lookup is not None:
            emit(self.createPersonRequested, self._lookup.number_raw)
