"""Merge into…: find the ticket to keep, by its number or by words, as you type.

The search runs on the database worker (LatestOnly: only the newest text's answer shows); the
pane runs the merge once the dialog is accepted.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.local_store.ticket_list_queries import TicketRow
from desk_app.services.tickets import EmptySearchError, TicketService
from desk_app.ui import labels
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.qt_compat import emit

SEARCH_DELAY_MS = 200
RESULTS = 20


def find_targets(service: TicketService, exclude: int, text: str,
                 session: Session) -> list[TicketRow]:  # fmt: skip
    """Tickets a duplicate could merge into: the one numbered `text`, then word matches."""
    found: dict[int, TicketRow] = {}
    number = text.strip().lstrip("#")
    if number.isdigit():
        for row in service.rows(session, [int(number)]).values():
            found[row.id] = row.ticket
    try:
        for match in service.search(session, text, limit=RESULTS):
            found.setdefault(match.id, match)
    except EmptySearchError:
        pass
    return [row for row in found.values() if row.id != exclude and row.stage != "done"]


class MergeDialog(QDialog):
    # Search results are listed (tests wait for this instead of sleeping).
    searched = Signal()

    def __init__(self, runner: DbRunner, service: TicketService, ticket_id: int, subject: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge ticket #%1 into…").replace("%1", str(ticket_id)))
        self._service = service
        self._ticket_id = ticket_id
        self._query = LatestOnly(runner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)

        explanation = QLabel(self)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        explanation.setText(
            self.tr("#%1 “%2” will be closed as a duplicate of the ticket you choose. Its "
                    "conversation and time stay on it, linked from the other ticket.")
            .replace("%1", str(ticket_id)).replace("%2", subject)
        )  # fmt: skip
        self.search = QLineEdit(self)
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("Ticket number or words of its subject"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("mergeResults")
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._choose_first)
        self.results.currentRowChanged.connect(lambda row: self.merge_button.setEnabled(row >= 0))
        self.results.itemActivated.connect(lambda _item: self.accept())

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def target_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _search(self) -> None:
        text = self.search.text()
        self._query.request(partial(find_targets, self._service, self._ticket_id, text),
                            self._show)  # fmt: skip

    def _show(self, rows: list[TicketRow]) -> None:
        self.results.clear()
        for row in rows:
            who = row.requester_name or "—"
            status = labels.status(row.status, row.status_name)
            item = QListWidgetItem(f"#{row.id} · {row.subject} · {who} · {status}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        emit(self.searched)

    def _choose_first(self) -> None:
        if self.results.count():
            self.accept()
