"""The reply box under the conversation: a public reply or an internal note, then Send.

The two kinds look different while typing too (an internal note is amber, like the notes in
the conversation), so nobody sends the customer what was meant for the team. Canned responses
(ui.canned_picker) are inserted at the cursor with Ctrl+Shift+R.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.qt_compat import emit
from desk_app.ui.text_views import INTERNAL_EDGE, INTERNAL_FILL, PUBLIC_EDGE

SHORTCUT_GROUP = "Ticket"

# (ticket id, customer name, advisor name) for the canned responses' placeholders.
CannedContext = Callable[[], tuple[int | None, str | None, str | None]]


class ReplyBox(QWidget):
    # The user asked to send `body` (public reply when True, internal note when False).
    sendRequested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyBox")
        self._canned_open: Callable[[], None] | None = None
        self.public_button = QPushButton(self.tr("Public reply"), self)
        self.public_button.setObjectName("replyPublic")
        self.note_button = QPushButton(self.tr("Internal note"), self)
        self.note_button.setObjectName("replyInternal")
        self._kinds = QButtonGroup(self)
        for button in (self.public_button, self.note_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self._kinds.addButton(button)
        self.public_button.setChecked(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("replyHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)  # its width would otherwise be the pane's minimum
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("replyEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(60)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("replySend")

        self.send_action = QAction(self.tr("Send reply or note"), self)
        self.send_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.canned_action = QAction(self.tr("Insert canned response…"), self)
        self.canned_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.canned_action.setEnabled(False)  # until set_canned() gives it a picker
        for action in (self.send_action, self.canned_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setProperty("shortcutGroup", SHORTCUT_GROUP)
            self.addAction(action)
        self.send_action.triggered.connect(self.send)
        self.canned_action.triggered.connect(self.open_canned)
        self.send_button.clicked.connect(self.send)
        self._kinds.buttonToggled.connect(lambda _b, _on: self._restyle())

        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.public_button)
        top.addWidget(self.note_button)
        top.addStretch(1)
        top.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.hint)
        self._restyle()

    @property
    def is_public(self) -> bool:
        return self.public_button.isChecked()

    def start(self, public: bool) -> None:
        """Ctrl+R / Ctrl+Shift+N: choose the kind and put the cursor in the box."""
        (self.public_button if public else self.note_button).setChecked(True)
        self.editor.setFocus()

    def send(self) -> None:
        body = self.editor.toPlainText()
        if body.strip() and self.send_button.isEnabled():
            emit(self.sendRequested, body, self.is_public)

    def sent(self) -> None:
        """The store took it: start the next message empty."""
        self.editor.clear()

    def set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.send_action.setEnabled(not busy)

    def draft(self) -> tuple[str, bool]:
        return self.editor.toPlainText(), self.is_public

    def set_draft(self, text: str, public: bool) -> None:
        self.editor.setPlainText(text)
        (self.public_button if public else self.note_button).setChecked(True)

    def insert_canned_text(self, text: str) -> None:
        """Insert `text` at the cursor (CannedPicker.chosen connects here)."""
        self.editor.insertPlainText(text)
        self.editor.setFocus()

    def set_canned(self, open_picker: Callable[[], None] | None) -> None:
        """`open_picker()` shows the canned responses; their choice comes back through
        insert_canned_text. None disables Ctrl+Shift+R."""
        self._canned_open = open_picker
        self.canned_action.setEnabled(open_picker is not None)
        self._restyle()

    def open_canned(self) -> None:
        if self._canned_open is not None:
            self._canned_open()

    def _restyle(self) -> None:
        # The palette, not a style sheet on the whole box: the buttons keep the app's style.
        edge = PUBLIC_EDGE if self.is_public else INTERNAL_EDGE
        fill = "#ffffff" if self.is_public else INTERNAL_FILL.name()
        self.editor.setStyleSheet(
            f"QPlainTextEdit#replyEditor {{ background: {fill}; border: 2px solid {edge.name()};"
            " border-radius: 3px; }"
        )
        if self.is_public:
            placeholder = self.tr("Reply to the requester…")
            self.hint.setText(self.tr("The requester will see this reply."))
        else:
            placeholder = self.tr("Note for the team…")
            self.hint.setText(self.tr("Only the team sees internal notes."))
        # The keys go in the empty box, which wraps them, rather than in the line below it,
        # which would cut them in a narrow pane.
        keys = [self.tr("Ctrl+Enter: send")]
        if self._canned_open is not None:
            keys.append(self.tr("Ctrl+Shift+R: canned response"))
        self.editor.setPlaceholderText(placeholder + "\n" + " · ".join(keys))
