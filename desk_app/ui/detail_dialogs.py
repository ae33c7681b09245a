"""The dialogs of the ticket actions: dispatch, escalate, close (the adherence checklist), log
time and follow-up. Merge, which searches tickets, lives in detail_merge.py.

They only collect input; the pane runs the action on the database worker once one is
accepted. They open window-modal without a nested event loop (`open()`, not `exec()`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.ticket_actions import CloseCheck, UserChoice
from desk_app.ui import detail_labels, labels

TIME_KINDS = ("L1", "L2", "L3", "quality")
GOOD = QColor("#166534")
BAD = QColor("#b91c1c")


def _note_editor(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    editor = QPlainTextEdit(parent)
    editor.setTabChangesFocus(True)
    editor.setPlaceholderText(placeholder)
    editor.setMaximumHeight(110)
    return editor


def _wrapped(text: str, parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class _ActionDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(420)


class DispatchDialog(_ActionDialog):
    def __init__(self, ticket_id: int, users: Sequence[UserChoice], parent: QWidget | None) -> None:
        super().__init__(self.tr("Dispatch ticket #%1").replace("%1", str(ticket_id)),
                         self.tr("Dispatch"), parent)  # fmt: skip
        self.setObjectName("dispatchDialog")
        self.user = QComboBox(self)
        self.user.setObjectName("dispatchUser")
        for user in users:
            self.user.addItem(f"{user.full_name} · {labels.level(user.level)}", user.id)
        self.note = _note_editor(self, self.tr("Optional: what the new responsible should know"))
        form = QFormLayout()
        form.addRow(self.tr("Hand over to"), self.user)
        form.addRow(self.tr("Internal note"), self.note)
        self.body.addLayout(form)
        self.ok_button.setEnabled(self.user.count() > 0)
        self.finish_layout()

    def user_id(self) -> int:
        return int(self.user.currentData())

    def note_text(self) -> str:
        return self.note.toPlainText()


class EscalateDialog(_ActionDialog):
    def __init__(self, ticket_id: int, level: str, next_level: str, parent: QWidget | None) -> None:
        super().__init__(self.tr("Escalate ticket #%1").replace("%1", str(ticket_id)),
                         self.tr("Escalate"), parent)  # fmt: skip
        self.setObjectName("escalateDialog")
        self.body.addWidget(
            _wrapped(
                self.tr("From %1 to %2. The ticket goes to that level's queue, unassigned.")
                .replace("%1", labels.level(level))
                .replace("%2", labels.level(next_level)),
                self,
            )
        )
        self.reason = _note_editor(self, self.tr("Why does it need the next level?"))
        self.reason.setObjectName("escalateReason")
        self.body.addWidget(QLabel(self.tr("Reason (saved as an internal note)"), self))
        self.body.addWidget(self.reason)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.finish_layout()

    def reason_text(self) -> str:
        return self.reason.toPlainText()


class CloseDialog(_ActionDialog):
    """The process-adherence checklist (SPEC §7) before closing: gaps shown, not hidden."""

    def __init__(self, ticket_id: int, check: CloseCheck, parent: QWidget | None) -> None:
        super().__init__(self.tr("Close ticket #%1").replace("%1", str(ticket_id)),
                         self.tr("Close ticket"), parent)  # fmt: skip
        self.setObjectName("closeDialog")
        self.check = check
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("adherenceChecklist")
        for gap, ok in check.items:
            mark = "✓" if ok else "✗"
            item = QListWidgetItem(f"{mark}  {detail_labels.gap(gap)}")
            item.setForeground(GOOD if ok else BAD)
            item.setData(Qt.ItemDataRole.UserRole, gap.value)
            self.checklist.addItem(item)
        self.checklist.setMinimumHeight(self.checklist.sizeHintForRow(0) * len(check.items) + 8)
        gaps = len(check.gaps)
        if gaps:
            summary = self.tr("%n step(s) of the standard process missing: this ticket will not "
                              "count as following the process.", "", gaps)  # fmt: skip
            self.ok_button.setText(self.tr("Close anyway"))
        else:
            summary = self.tr("Every step of the standard process is done.")
        self.summary = _wrapped(summary, self, "adherenceSummary")
        self.cancel_button.setText(self.tr("Go back"))
        self.body.addWidget(self.summary)
        self.body.addWidget(self.checklist)
        self.reason: QPlainTextEdit | None = None
        if not check.may_close:
            who = check.responsible_name or self.tr("nobody yet")
            self.body.addWidget(
                _wrapped(
                    self.tr(
                        "Only the responsible (%1) can close this ticket. Take it first, or ask "
                        "your service leader."
                    ).replace("%1", who),
                    self,
                    "closeRefusal",
                )
            )
            self.ok_button.setEnabled(False)
        elif check.may_override:
            self.body.addWidget(
                _wrapped(
                    self.tr("You are not the responsible (%1): say why you close it.").replace(
                        "%1", check.responsible_name or self.tr("nobody")
                    ),
                    self,
                )
            )
            self.reason = _note_editor(self, self.tr("Reason (saved as an internal note)"))
            self.body.addWidget(self.reason)
            self.ok_button.setEnabled(False)
            reason = self.reason
            reason.textChanged.connect(
                lambda: self.ok_button.setEnabled(bool(reason.toPlainText().strip()))
            )
        self.finish_layout()

    def gap_texts(self) -> list[str]:
        return [self.checklist.item(i).text() for i in range(self.checklist.count())]

    def reason_text(self) -> str | None:
        return self.reason.toPlainText() if self.reason is not None else None


class LogTimeDialog(_ActionDialog):
    def __init__(self, ticket_id: int, level: str, parent: QWidget | None) -> None:
        super().__init__(self.tr("Log time on ticket #%1").replace("%1", str(ticket_id)),
                         self.tr("Log time"), parent)  # fmt: skip
        self.setObjectName("logTimeDialog")
        self.kind = QComboBox(self)
        for kind in TIME_KINDS:
            self.kind.addItem(labels.level(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(level)))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("logMinutes")
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Kind of time"), self.kind)
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("Note"), self.note)
        self.body.addLayout(form)
        self.finish_layout()

    def values(self) -> tuple[str, int, str]:
        return str(self.kind.currentData()), self.minutes.value(), self.note.text()


class FollowUpDialog(_ActionDialog):
    def __init__(self, ticket_id: int, now: datetime, parent: QWidget | None) -> None:
        super().__init__(self.tr("Follow-up on ticket #%1").replace("%1", str(ticket_id)),
                         self.tr("Add follow-up"), parent)  # fmt: skip
        self.setObjectName("followUpDialog")
        # An hour from now, on the next quarter hour.
        start = now + timedelta(hours=1)
        start -= timedelta(minutes=start.minute % 15, seconds=start.second,
                           microseconds=start.microsecond)  # fmt: skip
        self.when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(start.timestamp())), self)
        self.when.setObjectName("followUpWhen")
        self.when.setCalendarPopup(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("followUpNote")
        self.note.setPlaceholderText(self.tr("e.g. call the customer to confirm"))
        form = QFormLayout()
        form.addRow(self.tr("Remind me at"), self.when)
        form.addRow(self.tr("Note"), self.note)
        self.body.addLayout(form)
        self.finish_layout()

    def values(self) -> tuple[datetime, str]:
        moment = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        return moment, self.note.text()
