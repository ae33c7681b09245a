"""Keyboard travel between a search box, its result list and a reader (headset work).

In the search box: ↓ moves into the results, Enter opens, Escape clears the text.
In the results: Enter opens, ↑ on the first row or Escape goes back to the search, and
typing a character goes on with the search. In the reader: Escape goes back to the results.
What "open" means is the owner's business: it passes a callback for each Enter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def unmodified(event: QKeyEvent) -> bool:
    return event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                 Qt.KeyboardModifier.KeypadModifier)  # fmt: skip


def is_typing(event: QKeyEvent) -> bool:
    """A key that writes a visible character (Shift allowed: capitals), not a shortcut."""
    text = event.text()
    shifted = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    return (
        bool(text)
        and text.isprintable()
        and not text.isspace()
        and not (event.modifiers() & ~shifted)
    )


class SearchListKeys(QObject):
    """An event filter on the three widgets; install it once with `attach()`."""

    def __init__(
        self,
        search: QLineEdit,
        results: QAbstractItemView,
        reader: QWidget,
        *,
        enter_in_search: Callable[[], None],
        enter_in_results: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._results = results
        self._reader = reader
        self._enter_in_search = enter_in_search
        self._enter_in_results = enter_in_results
        for widget in (search, results, reader):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self._search:
                return self._search_key(event)
            if watched is self._results:
                return self._results_key(event)
            if watched is self._reader and event.key() == Qt.Key.Key_Escape:
                self._results.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        model = self._results.model()
        if key == Qt.Key.Key_Down and model is not None and model.rowCount():
            if not self._results.currentIndex().isValid():
                self._results.setCurrentIndex(model.index(0, 0))
            self._results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in _ENTER_KEYS and unmodified(event):
            self._enter_in_search()
            return True
        if key == Qt.Key.Key_Escape and self._search.text():
            self._search.clear()
            return True
        return False

    def _results_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ENTER_KEYS and unmodified(event):
            self._enter_in_results()
            return True
        if key == Qt.Key.Key_Escape or (
            key == Qt.Key.Key_Up and self._results.currentIndex().row() <= 0
        ):
            self._search.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if is_typing(event):
            self._search.setFocus(Qt.FocusReason.OtherFocusReason)
            self._search.insert(event.text())
            return True
        return False
