"""The wrap-up page of the call panel: after-call work, then Save → CallService.wrap_up.

The survey scores are optional: each spin box's lowest position reads "Not asked" (None),
and the callback time likewise starts "not set", so a callback saved without a time gets the
service's message beside the field instead of a silently invented time.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.calls import CallEventError, Outcome, Survey
from desk_app.local_store.call_queries import CallView
from desk_app.ui.call_history_model import outcome_labels
from desk_app.ui.field_errors import error_label, show_error
from desk_app.ui.qt_compat import emit

ID_ROLE = Qt.ItemDataRole.UserRole
# The "not set" position of the callback editor: far in the past, shown as a dash.
_UNSET = QDateTime.fromSecsSinceEpoch(0)
# Which field a service message belongs beside (first word found wins).
_FIELD_WORDS = (
    ("callback", "callback"),
    ("CSAT", "survey"),
    ("CES", "survey"),
    ("NPS", "survey"),
    ("survey", "survey"),
    ("ticket", "tickets"),
    ("notes", "notes"),
    ("outcome", "outcome"),
)


class WrapUpValues:
    """What Save sends to CallService.wrap_up."""

    def __init__(self, outcome: str, ticket_ids: tuple[int, ...], notes: str,
                 survey: Survey | None, callback_at: datetime | None) -> None:  # fmt: skip
        self.outcome = outcome
        self.ticket_ids = ticket_ids
        self.notes = notes
        self.survey = survey
        self.callback_at = callback_at


def _score_spin(parent: QWidget, name: str, low: int, high: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(low - 1, high)  # low - 1 is "not asked"
    spin.setSpecialValueText(QCoreApplication.translate("WrapUpForm", "Not asked"))
    spin.setValue(low - 1)
    return spin


class WrapUpForm(QWidget):
    saveRequested = Signal(object)  # WrapUpValues

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpForm")
        self.title = QLabel(self.tr("After-call work"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.timer = QLabel(self)
        self.timer.setObjectName("wrapUpTimer")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("wrapUpOutcome")
        for value, label in outcome_labels().items():
            self.outcome.addItem(label, value)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.tickets = QListWidget(self)
        self.tickets.setObjectName("wrapUpTickets")
        self.tickets.setMaximumHeight(80)
        self.ticket_edit = QLineEdit(self)
        self.ticket_edit.setObjectName("wrapUpTicketEdit")
        self.ticket_edit.setPlaceholderText(self.tr("Ticket number"))
        self.ticket_edit.returnPressed.connect(self._add_ticket)
        add = QPushButton(self.tr("Add"), self)
        add.setObjectName("wrapUpAddTicket")
        add.clicked.connect(self._add_ticket)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName("wrapUpRemoveTicket")
        remove.clicked.connect(self._remove_ticket)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("wrapUpNotes")
        self.notes.setMaximumHeight(90)
        self.csat = _score_spin(self, "csatSpin", 1, 5)
        self.ces = _score_spin(self, "cesSpin", 1, 7)
        self.nps = _score_spin(self, "npsSpin", 0, 10)
        self.callback = QDateTimeEdit(self)
        self.callback.setObjectName("wrapUpCallback")
        self.callback.setCalendarPopup(True)
        self.callback.setMinimumDateTime(_UNSET)
        self.callback.setSpecialValueText(self.tr("Not set"))
        self.callback.setDateTime(_UNSET)
        self.save = QPushButton(self.tr("Save wrap-up"), self)
        self.save.setObjectName("wrapUpSave")
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        self.message = QLabel(self)
        self.message.setObjectName("wrapUpMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.hide()
        fields = ("outcome", "tickets", "notes", "survey", "callback")
        self.errors = {key: error_label(self, "wrapUp_" + key) for key in fields}
        self._build_layout(add, remove)
        self._outcome_changed()

    def _build_layout(self, add: QPushButton, remove: QPushButton) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.timer)
        layout.addLayout(head)
        form = QFormLayout()
        # Spanish labels are long and lists need the width: fields go under their labels.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.errors["outcome"])
        form.addRow(self.tr("Call back at"), self.callback)
        form.addRow(self.errors["callback"])
        ticket_row = QHBoxLayout()
        ticket_row.addWidget(self.ticket_edit, 1)
        ticket_row.addWidget(add)
        ticket_row.addWidget(remove)
        form.addRow(self.tr("Linked tickets"), self.tickets)
        form.addRow(ticket_row)
        form.addRow(self.errors["tickets"])
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.errors["notes"])
        layout.addLayout(form)
        # Short fields: beside their labels when the dock is wide enough.
        survey = QFormLayout()
        survey.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        survey.addRow(self.tr("Satisfaction (CSAT 1–5)"), self.csat)
        survey.addRow(self.tr("Effort (CES 1–7)"), self.ces)
        survey.addRow(self.tr("Recommendation (NPS 0–10)"), self.nps)
        survey.addRow(self.errors["survey"])
        layout.addLayout(survey)
        layout.addWidget(self.message)
        layout.addWidget(self.save)
        layout.addStretch(1)

    # -- filling -------------------------------------------------------------------------------

    def start(self, view: CallView) -> None:
        """A new wrap-up: the outcome the call suggests, its tickets and notes, no survey."""
        self.clear_errors()
        suggested = view.outcome or (
            Outcome.TICKET_CREATED.value
            if view.ticket_ids
            else Outcome.RESOLVED_FIRST_CONTACT.value
        )
        index = self.outcome.findData(suggested)
        self.outcome.setCurrentIndex(max(index, 0))
        self.tickets.clear()
        for ticket_id in view.ticket_ids:
            self._add_ticket_item(ticket_id)
        self.notes.setPlainText(view.notes)
        for spin in (self.csat, self.ces, self.nps):
            spin.setValue(spin.minimum())
        self.callback.setDateTime(_UNSET)
        self.save.setEnabled(True)
        self._outcome_changed()

    def merge_tickets(self, ticket_ids: tuple[int, ...]) -> None:
        """Tickets linked since the form opened (e.g. a ticket created from the call)."""
        for ticket_id in ticket_ids:
            if ticket_id not in self.ticket_ids():
                self._add_ticket_item(ticket_id)

    def ticket_ids(self) -> tuple[int, ...]:
        return tuple(int(self.tickets.item(i).data(ID_ROLE)) for i in range(self.tickets.count()))

    def values(self) -> WrapUpValues:
        scores = [None if s.value() == s.minimum() else s.value()
                  for s in (self.csat, self.ces, self.nps)]  # fmt: skip
        survey = None
        if any(score is not None for score in scores):
            survey = Survey(csat=scores[0], ces=scores[1], nps=scores[2])
        callback_at = None
        if self.callback.isEnabled() and self.callback.dateTime() != _UNSET:
            callback_at = datetime.fromtimestamp(self.callback.dateTime().toSecsSinceEpoch(), UTC)
        return WrapUpValues(str(self.outcome.currentData()), self.ticket_ids(),
                            self.notes.toPlainText(), survey, callback_at)  # fmt: skip

    # -- errors ----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, "")
        show_error(self.message, "")

    def show_error(self, message: str) -> None:
        """The service's message, beside the field it names (or above Save)."""
        self.clear_errors()
        self.save.setEnabled(True)
        for word, key in _FIELD_WORDS:
            if word in message:
                show_error(self.errors[key], message)
                return
        show_error(self.message, message)

    # -- internals -----------------------------------------------------------------------

    def _outcome_changed(self) -> None:
        is_callback = self.outcome.currentData() == Outcome.CALLBACK.value
        self.callback.setEnabled(is_callback)

    def _add_ticket(self) -> None:
        text = self.ticket_edit.text().strip().lstrip("#")
        if not text.isdigit() or int(text) <= 0:
            show_error(self.errors["tickets"], self.tr("Type a ticket number, e.g. 1234."))
            return
        show_error(self.errors["tickets"], "")
        if int(text) not in self.ticket_ids():
            self._add_ticket_item(int(text))
        self.ticket_edit.clear()

    def _add_ticket_item(self, ticket_id: int) -> None:
        item = QListWidgetItem("#" + str(ticket_id), self.tickets)
        item.setData(ID_ROLE, ticket_id)

    def _remove_ticket(self) -> None:
        for item in self.tickets.selectedItems():
            self.tickets.takeItem(self.tickets.row(item))

    def _save(self) -> None:
        self.clear_errors()
        try:
            values = self.values()
        except CallEventError as exc:
            self.show_error(str(exc))
            return
        self.save.setEnabled(False)  # until the service answers: no double wrap-up
        emit(self.saveRequested, values)
