"""The widgets of the call panel's idle and live pages (layout only; call_panel.py acts).

Everything stacks vertically and wraps, so the panel stays usable in a ~320 px dock with the
longer Spanish strings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.call_dial_pad import DialPad
from desk_app.ui.call_panel_caller import CallerCard
from desk_app.ui.field_errors import error_label


def wrapped(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _button(parent: QWidget, text: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class IdlePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callIdlePage")
        self.number = QLineEdit(self)
        self.number.setObjectName("numberEdit")
        self.number.setPlaceholderText(self.tr("Number to call"))
        self.number.setClearButtonEnabled(True)
        self.number_error = error_label(self, "number")
        self.pad = DialPad(self)
        self.dial = _button(self, self.tr("Dial"), "dialButton")
        self.dial.setDefault(True)
        self.recent_title = wrapped(self, "recentTitle")
        self.recent_title.setText(self.tr("Recent numbers"))
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentNumbers")
        self.recent.setMaximumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.number, self.number_error, self.pad, self.dial, self.recent_title,
                       self.recent):  # fmt: skip
            layout.addWidget(widget)
        # The keys keep their size; spare height goes below the list, not between the keys.
        layout.addStretch(1)


class LivePage(QWidget):
    """Ringing, dialling, talking and on hold: the same page, the buttons change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callLivePage")
        self.number = wrapped(self, "callNumber")
        big = QFont(self.number.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.number.setFont(big)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pbx_name = wrapped(self, "callPbxName")
        self.ring_timer = wrapped(self, "ringTimer")
        self.talk_timer = wrapped(self, "talkTimer")
        self.hold_timer = wrapped(self, "holdTimer")
        self.caller = CallerCard(self)
        self.answer = _button(self, self.tr("Answer"), "answerButton")
        self.answer.setStyleSheet("QPushButton { background: #15803d; color: white; }")
        self.reject = _button(self, self.tr("Reject"), "rejectButton")
        self.hold = _button(self, self.tr("Hold"), "holdButton")
        self.hang_up = _button(self, self.tr("Hang up"), "hangUpButton")
        self.hang_up.setStyleSheet("QPushButton { background: #b91c1c; color: white; }")
        self.transfer = _button(self, self.tr("Transfer"), "transferButton")
        self.transfer_menu = QMenu(self.transfer)
        self.transfer_menu.setObjectName("transferMenu")
        self.transfer.setMenu(self.transfer_menu)
        self.new_ticket = _button(self, self.tr("New ticket"), "newTicketButton")
        self.link_edit = QLineEdit(self)
        self.link_edit.setObjectName("linkTicketEdit")
        self.link_edit.setPlaceholderText(self.tr("Ticket number"))
        self.link = QPushButton(self.tr("Link"), self)
        self.link.setObjectName("linkTicketButton")
        self.linked = wrapped(self, "linkedTickets")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setPlaceholderText(self.tr("Notes on the call (saved as you type)"))
        self.notes.setMinimumHeight(70)
        self._build_layout()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number)
        layout.addWidget(self.pbx_name)
        timers = QHBoxLayout()
        for label in (self.ring_timer, self.talk_timer, self.hold_timer):
            timers.addWidget(label)
        layout.addLayout(timers)
        layout.addWidget(self.caller)
        buttons = QGridLayout()
        buttons.addWidget(self.answer, 0, 0)
        buttons.addWidget(self.reject, 0, 1)
        buttons.addWidget(self.hold, 1, 0)
        buttons.addWidget(self.hang_up, 1, 1)
        buttons.addWidget(self.transfer, 2, 0)
        buttons.addWidget(self.new_ticket, 2, 1)
        layout.addLayout(buttons)
        link = QHBoxLayout()
        link.addWidget(self.link_edit, 1)
        link.addWidget(self.link)
        layout.addLayout(link)
        layout.addWidget(self.linked)
        layout.addWidget(self.notes, 1)
        # While ringing the notes are hidden: the spare height goes here, not between labels.
        layout.addStretch(0)
