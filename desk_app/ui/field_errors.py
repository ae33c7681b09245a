"""Validation messages under their fields: an empty, hidden label per field, shown with the
message the store gave (see ui/store_messages.py for how it is worded)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def error_label(parent: QWidget, key: str) -> QLabel:
    """An empty, hidden, red label for the validation message of field `key`."""
    label = QLabel(parent)
    label.setObjectName(f"error_{key}")
    label.setProperty("fieldError", True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what people typed
    label.setWordWrap(True)
    label.setStyleSheet("color: #b91c1c;")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
