"""The dialogs of a ticket's time and billing (SPEC §6, seed 004): a manual time entry with an
optional start, the key user's confirmation of hours over two, and the customer's acceptance
of the terms of attention.

Like the other action dialogs they only collect input (checked here, so a bad duration never
leaves the dialog); the pane runs the write on the database worker once one is accepted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desk_app.domain.billing import MAX_CONFIRMED_MINUTES, MAX_ENTRY_MINUTES, ConfirmationHow
from desk_app.local_store.billing_queries import CustomerContact
from desk_app.ui import formatting
from desk_app.ui.detail_dialogs import LogTimeDialog, _ActionDialog, _wrapped


def how_name(how: str | None) -> str:
    """How the customer said it, as people read it."""
    names = {
        ConfirmationHow.PORTAL.value: QCoreApplication.translate("BillingDialogs", "on the portal"),
        ConfirmationHow.EMAIL.value: QCoreApplication.translate("BillingDialogs", "by email"),
        ConfirmationHow.PHONE.value: QCoreApplication.translate("BillingDialogs", "by phone"),
        ConfirmationHow.IN_PERSON.value: QCoreApplication.translate("BillingDialogs", "in person"),
    }
    return names.get(how or "", how or "—")


def hours_text(minutes: int) -> str:
    return formatting.duration(timedelta(minutes=minutes))


def _error_label(dialog: QWidget) -> QLabel:
    label = _wrapped("", dialog, "dialogError")
    label.setStyleSheet("color: #b91c1c;")
    label.hide()
    return label


def _how_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("billingHow")
    for how in ConfirmationHow:
        combo.addItem(how_name(how).capitalize(), how.value)
    combo.setCurrentIndex(combo.findData(ConfirmationHow.PORTAL.value))
    return combo


def _person_combo(parent: QWidget, people: Sequence[CustomerContact]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("billingPerson")
    for person in people:
        roles = []
        if person.is_key_user:
            roles.append(QCoreApplication.translate("BillingDialogs", "key user"))
        if person.is_backup_user:
            roles.append(QCoreApplication.translate("BillingDialogs", "backup user"))
        if person.is_requester:
            roles.append(QCoreApplication.translate("BillingDialogs", "requester"))
        text = person.full_name + (f" ({', '.join(roles)})" if roles else "")
        combo.addItem(text, person.id)
    return combo


class ManualTimeDialog(LogTimeDialog):
    """Log time by hand: kind, minutes, an optional start (checked against my other time by
    the store) and a note. Zero or more than 24 hours is refused here, with the reason."""

    def __init__(self, ticket_id: int, level: str, now: datetime, parent: QWidget | None) -> None:
        super().__init__(ticket_id, level, parent)
        self._now = now
        # Wider than the store allows, so what was typed stays visible and is refused with
        # its reason instead of being silently cut to the range.
        self.minutes.setRange(0, 99_999)
        self.with_start = QCheckBox(self.tr("Started at"), self)
        self.with_start.setObjectName("logWithStart")
        start = now - timedelta(minutes=self.minutes.value())
        self.start = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(start.timestamp())), self)
        self.start.setObjectName("logStart")
        self.start.setCalendarPopup(True)
        self.start.setEnabled(False)
        item = self.body.itemAt(0)
        form = item.layout() if item is not None else None
        assert isinstance(form, QFormLayout)  # LogTimeDialog's one form
        form.insertRow(2, self.with_start, self.start)
        self.error = _error_label(self)
        self.body.insertWidget(1, self.error)
        self.with_start.toggled.connect(self.start.setEnabled)
        for changed in (self.minutes.valueChanged, self.start.dateTimeChanged,
                        self.with_start.toggled):  # fmt: skip
            changed.connect(self._check)
        self._check()

    def started_at(self) -> datetime | None:
        if not self.with_start.isChecked():
            return None
        return datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch(), UTC)

    def problem(self) -> str:
        """Why the entry cannot be logged ("" when it can)."""
        minutes = self.minutes.value()
        if minutes < 1:
            return self.tr("Log at least one minute.")
        if minutes > MAX_ENTRY_MINUTES:
            return self.tr("At most 24 hours in one entry: split longer work into several.")
        start = self.started_at()
        if start is not None and start > self._now:
            return self.tr("The start must be in the past.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)


class ConfirmationDialog(_ActionDialog):
    """The key user (or the backup) confirmed that work may go on up to a total."""

    def __init__(self, ticket_id: int, people: Sequence[CustomerContact], logged_minutes: int,
                 requested_minutes: int, parent: QWidget | None) -> None:  # fmt: skip
        super().__init__(self.tr("Key user's confirmation on ticket #%1").replace(
            "%1", str(ticket_id)), self.tr("Record confirmation"), parent)  # fmt: skip
        self.setObjectName("confirmationDialog")
        self._logged = logged_minutes
        chosen = [p for p in people if p.is_key_user or p.is_backup_user]
        if not chosen:
            self.body.addWidget(_wrapped(self.tr(
                "The company has no key user or backup user designated: record who confirmed."
            ), self, "noKeyUser"))  # fmt: skip
            chosen = list(people)
        self.person = _person_combo(self, chosen)
        self.how = _how_combo(self)
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("confirmHours")
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setRange(0.5, MAX_CONFIRMED_MINUTES / 60)
        self.hours.setSuffix(self.tr(" h"))
        # What the work amounts to now, to the next whole hour.
        self.hours.setValue(max(1, math.ceil(requested_minutes / 60)))
        self.note = QLineEdit(self)
        self.note.setObjectName("confirmNote")
        form = QFormLayout()
        form.addRow(self.tr("Confirmed by"), self.person)
        form.addRow(self.tr("How"), self.how)
        form.addRow(self.tr("Work may go on up to"), self.hours)
        form.addRow(self.tr("Note"), self.note)
        self.body.addLayout(form)
        self.hint = _wrapped("", self, "confirmHint")
        self.body.addWidget(self.hint)
        self.hours.valueChanged.connect(self._check)
        self.ok_button.setEnabled(self.person.count() > 0)
        self._check()
        self.finish_layout()

    def minutes(self) -> int:
        return round(self.hours.value() * 60)

    def values(self) -> tuple[int, int, str, str]:
        """(minutes, person id, how, note)."""
        return (self.minutes(), int(self.person.currentData()), str(self.how.currentData()),
                self.note.text())  # fmt: skip

    def _check(self) -> None:
        if self.minutes() < self._logged:
            self.hint.setText(self.tr("Less than the %1 already logged: the ticket will still "
                                      "await a confirmation.").replace(
                "%1", hours_text(self._logged)))  # fmt: skip
            self.hint.setStyleSheet("color: #92400e;")
        else:
            self.hint.setText(self.tr("Time logged so far: %1.").replace(
                "%1", hours_text(self._logged)))  # fmt: skip
            self.hint.setStyleSheet("")


class TermsDialog(_ActionDialog):
    """The customer accepted the terms of attention for this ticket."""

    def __init__(self, ticket_id: int, people: Sequence[CustomerContact],
                 parent: QWidget | None) -> None:  # fmt: skip
        super().__init__(self.tr("Terms of attention on ticket #%1").replace(
            "%1", str(ticket_id)), self.tr("Record acceptance"), parent)  # fmt: skip
        self.setObjectName("termsDialog")
        self.body.addWidget(_wrapped(self.tr(
            "The customer read and accepted the terms of attention: work on the ticket may go "
            "on past Open."), self))  # fmt: skip
        self.person = _person_combo(self, people)
        self.how = _how_combo(self)
        form = QFormLayout()
        form.addRow(self.tr("Accepted by"), self.person)
        form.addRow(self.tr("How"), self.how)
        self.body.addLayout(form)
        self.ok_button.setEnabled(self.person.count() > 0)
        self.finish_layout()

    def values(self) -> tuple[int, str]:
        """(person id, how)."""
        return int(self.person.currentData()), str(self.how.currentData())
