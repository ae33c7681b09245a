"""The dial pad of the idle call panel: twelve keys, "+" and backspace, compact enough for a
320 px dock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QWidget

from desk_app.ui.qt_compat import emit

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")


class DialPad(QWidget):
    keyPressed = Signal(str)  # one of KEYS or "+"
    backspacePressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialPad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for index, key in enumerate(KEYS):
            grid.addWidget(self._key(key, key), index // 3, index % 3)
        grid.addWidget(self._key("+", "+"), 4, 0)
        back = self._button("⌫", "dialBackspace")
        back.setToolTip(self.tr("Delete the last digit"))
        back.setAccessibleName(self.tr("Backspace"))
        back.clicked.connect(lambda: emit(self.backspacePressed))
        grid.addWidget(back, 4, 1, 1, 2)

    def _key(self, text: str, key: str) -> QToolButton:
        button = self._button(
            text, "dialKey_" + {"*": "star", "#": "hash", "+": "plus"}.get(key, key)
        )
        button.clicked.connect(lambda: emit(self.keyPressed, key))
        return button

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes on in the number field
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(30)
        return button
