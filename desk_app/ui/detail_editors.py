"""Small editors of the ticket form. Each reports only what the user did (never a value set
by code), and each has `text()`: what it shows, as the read-only labels it replaced had."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, QStringListModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from desk_app.domain.custom_fields import FieldKind, fields_for
from desk_app.ui import detail_labels
from desk_app.ui.qt_compat import emit

# QDateTimeEdit has no empty value: its minimum stands for "not set" and shows as "—".
_UNSET_DATE = QDate(2000, 1, 1)


class ChoiceCombo(QComboBox):
    """(label, value) items; `picked(value)` when the user chooses a different one."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None, object_name: str = "") -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self._values: list[Any] = []
        self._current: Any = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.activated.connect(self._on_activated)

    def set_choices(self, items: Sequence[tuple[str, Any]], current: Any) -> None:
        """Fill and select `current`; a current value missing from `items` is shown as is."""
        self.blockSignals(True)
        self.clear()
        self._values = [value for _, value in items]
        for label, _value in items:
            self.addItem(label)
        if current not in self._values:
            self._values.append(current)
            self.addItem("—" if current is None else str(current))
        self.blockSignals(False)
        self.set_value(current)

    def set_value(self, value: Any) -> None:
        self._current = value
        if value in self._values:
            self.blockSignals(True)
            self.setCurrentIndex(self._values.index(value))
            self.blockSignals(False)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def values(self) -> list[Any]:
        return list(self._values)

    def text(self) -> str:
        return self.currentText()

    def choose(self, value: Any) -> None:
        """Pick `value` as a user would (keyboard tests and shortcuts)."""
        self.setCurrentIndex(self._values.index(value))
        self._on_activated(self.currentIndex())

    def _on_activated(self, index: int) -> None:
        value = self._values[index] if 0 <= index < len(self._values) else None
        if value != self._current:
            self._current = value
            emit(self.picked, value)


class TagsEdit(QLineEdit):
    """Tags as "cfdi, timbrado"; completes the word being typed from the known tags."""

    committed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagsEdit")
        self.setPlaceholderText(self.tr("tag, another tag"))
        self._shown: list[str] = []
        self._known = QStringListModel(self)
        self._completer = QCompleter(self._known, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._complete)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._on_finished)

    def set_tags(self, tags: Sequence[str], known: Sequence[str] = ()) -> None:
        self._shown = sorted(tags)
        self._known.setStringList(list(known))
        self.setText(", ".join(self._shown))

    def tags(self) -> list[str]:
        return sorted({" ".join(t.split()).lower() for t in self.text().split(",") if t.strip()})

    def _on_edited(self, text: str) -> None:
        word = text.rsplit(",", 1)[-1].strip()
        if len(word) >= 1:
            self._completer.setCompletionPrefix(word)
            self._completer.complete()
        elif (popup := self._completer.popup()) is not None:
            popup.hide()

    def _complete(self, tag: str) -> None:
        head = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        self.setText(f"{head}, {tag}, " if head else f"{tag}, ")

    def _on_finished(self) -> None:
        tags = self.tags()
        if tags != self._shown:
            self._shown = tags
            emit(self.committed, tags)


class DueEdit(QWidget):
    """A date and time, or none; `committed(datetime | None)` when the user changes it."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName("dueEdit")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(QDateTime(_UNSET_DATE, QTime(0, 0)))
        self.edit.setSpecialValueText("—")
        self.edit.setDisplayFormat(self.edit.displayFormat().replace(":ss", ""))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("No due date"))
        self.clear_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self._shown: datetime | None = None
        self.edit.editingFinished.connect(self._on_finished)
        self.edit.calendarWidget().clicked.connect(lambda _d: self._on_finished())
        self.clear_button.clicked.connect(self.clear_value)

    def set_value(self, value: datetime | None) -> None:
        self._shown = value
        self._show(value)

    def value(self) -> datetime | None:
        moment = self.edit.dateTime()
        if moment <= self.edit.minimumDateTime():
            return None
        return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)

    def set_from_user(self, value: datetime | None) -> None:
        """Set a value as the user would and commit it."""
        self._show(value)
        self._on_finished()

    def _show(self, value: datetime | None) -> None:
        self.edit.blockSignals(True)
        if value is None:
            self.edit.setDateTime(self.edit.minimumDateTime())
        else:
            self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))
        self.edit.blockSignals(False)

    def clear_value(self) -> None:
        self.edit.setDateTime(self.edit.minimumDateTime())
        self._on_finished()

    def text(self) -> str:
        return self.edit.text()

    def _on_finished(self) -> None:
        value = self.value()
        if value != self._shown:
            self._shown = value
            emit(self.committed, value)


class CustomFieldsBox(QObject):
    """The custom fields of the ticket's type (domain.custom_fields), rebuilt when the type
    changes. Values kept from another type are shown read-only: nothing is hidden.

    It makes the widgets; the form that owns it lays out `rows` with its other fields, so
    custom fields line up with them and get the same room.
    """

    committed = Signal(dict)  # {key: value or None}
    changed = Signal()  # `rows` were rebuilt

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.setObjectName("customFields")
        self._owner = owner
        self.rows: list[tuple[QLabel, QWidget, bool]] = []  # caption, editor, whole row
        self.editors: dict[str, QLineEdit | QDateEdit] = {}
        self._shown: dict[str, Any] = {}
        self._editable = True

    def set_fields(self, ticket_type: str, values: Mapping[str, Any]) -> None:
        for caption, widget, _whole in self.rows:
            for old in (caption, widget):
                old.hide()
                old.deleteLater()
        self.rows = []
        self.editors = {}
        self._shown = dict(values)
        schema = fields_for(ticket_type)
        owner = self._owner
        height = QLineEdit().sizeHint().height()
        for spec in schema:
            current = values.get(spec.key)
            if spec.kind is FieldKind.DATE:
                editor: QLineEdit | QDateEdit = self._date_editor(spec.key, current)
            else:
                editor = self._text_editor(spec.key, current, spec.max_length)
            editor.setObjectName(f"custom_{spec.key}")
            editor.setEnabled(self._editable)
            self.editors[spec.key] = editor
            self.rows.append((self._caption(spec.key, height), editor, False))
        keys = {spec.key for spec in schema}
        for key, value in sorted(values.items()):
            if key not in keys:
                kept = QLabel(str(value), owner)
                kept.setTextFormat(Qt.TextFormat.PlainText)
                kept.setEnabled(False)
                kept.setToolTip(self.tr("Kept from another ticket type"))
                self.rows.append((self._caption(key, height), kept, False))
        for caption, widget, _whole in self.rows:
            caption.show()
            widget.show()
        emit(self.changed)

    def _caption(self, key: str, height: int) -> QLabel:
        caption = QLabel(detail_labels.custom_field_name(key), self._owner)
        caption.setObjectName("fieldCaption")
        caption.setMinimumHeight(height)
        return caption

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for editor in self.editors.values():
            editor.setEnabled(editable)

    def _text_editor(self, key: str, value: Any, max_length: int) -> QLineEdit:
        editor = QLineEdit(self._owner)
        editor.setMaxLength(max_length)
        editor.setText("" if value is None else str(value))
        editor.editingFinished.connect(lambda: self._commit(key, editor.text().strip() or None))
        return editor

    def _date_editor(self, key: str, value: Any) -> QDateEdit:
        editor = QDateEdit(self._owner)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(_UNSET_DATE)
        editor.setSpecialValueText("—")
        try:
            current = date.fromisoformat(str(value)) if value else None
        except ValueError:
            current = None
        editor.setDate(QDate(current.year, current.month, current.day) if current else _UNSET_DATE)

        def commit() -> None:
            chosen = editor.date()
            text = chosen.toString(Qt.DateFormat.ISODate)
            self._commit(key, None if chosen <= _UNSET_DATE else text)

        editor.editingFinished.connect(commit)
        editor.calendarWidget().clicked.connect(lambda _d: commit())
        return editor

    def _commit(self, key: str, value: Any) -> None:
        if self._shown.get(key) != value:
            self._shown[key] = value
            emit(self.committed, {key: value})
