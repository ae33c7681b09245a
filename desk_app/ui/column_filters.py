"""Per-column value filters of the ticket list, chosen from the header's menu.

A column filter keeps the tickets whose value is one of the checked ones (OR); filters on
several columns combine with AND, and with the search text; all of it becomes SQL in
local_store.ticket_filters. Nothing checked means no filter on that column.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from desk_app.domain.ticket_fields import Channel, Criticality, Flag, Level, Priority
from desk_app.local_store.ticket_filters import NO_VALUE, ColumnFilter, FilterField
from desk_app.local_store.ticket_list_queries import FilterChoices
from desk_app.ui import labels
from desk_app.ui.qt_compat import emit
from desk_app.ui.ticket_table_model import FILTER_FIELDS, Column, TicketTableModel

_DEFAULT_STATUSES = ("open", "in_progress", "waiting_customer", "closed")


def filter_values(field: FilterField, choices: FilterChoices | None) -> list[tuple[str, str]]:
    """(value, label) pairs a column filter offers, in the order people expect them."""
    match field:
        case FilterField.STATUS:
            if choices is None:
                return [(key, labels.status(key)) for key in _DEFAULT_STATUSES]
            return [(key, labels.status(key, name)) for key, name, _stage in choices.statuses]
        case FilterField.PRIORITY:
            return [(p.value, labels.priority(p.value)) for p in Priority]
        case FilterField.CRITICALITY:
            unset = [(NO_VALUE, labels.criticality(None))]
            return unset + [(c.value, labels.criticality(c.value)) for c in Criticality]
        case FilterField.CHANNEL:
            return [(c.value, labels.channel(c.value)) for c in Channel]
        case FilterField.LEVEL:
            return [(v.value, labels.level(v.value)) for v in Level]
        case FilterField.FLAG:
            return [(f.value, labels.flag(f.value)) for f in Flag]
        case FilterField.RESPONSIBLE:
            owners = choices.responsibles if choices is not None else ()
            unassigned = QCoreApplication.translate("ColumnFilters", "Unassigned")
            return [(NO_VALUE, unassigned)] + [(str(i), name) for i, name in owners]


class ColumnFilters(QObject):
    """The list's column filters: their state, the header menu and the summary line."""

    changed = Signal(object)  # tuple[ColumnFilter, ...], in FilterField order

    def __init__(self, model: TicketTableModel, table: QTableView, parent: QObject) -> None:
        super().__init__(parent)
        self._model = model
        self._table = table
        self._filters: tuple[ColumnFilter, ...] = ()
        self.choices: FilterChoices | None = None  # statuses and owners, from the store

    @property
    def filters(self) -> tuple[ColumnFilter, ...]:
        return self._filters

    def values(self, field: FilterField) -> frozenset[str] | None:
        return next((f.values for f in self._filters if f.field is field), None)

    def set_values(self, field: FilterField, values: Iterable[str] | None) -> None:
        """Keep only the tickets whose `field` is one of `values`; None (or none) clears."""
        kept = [f for f in self._filters if f.field is not field]
        chosen = frozenset(values or ())
        if chosen:
            kept.append(ColumnFilter(field, chosen))
        ordered = tuple(sorted(kept, key=lambda f: list(FilterField).index(f.field)))
        if ordered != self._filters:
            self._filters = ordered
            self._model.set_filtered_columns(self.marked())
            emit(self.changed, ordered)

    def clear(self) -> None:
        if self._filters:
            self._filters = ()
            self._model.set_filtered_columns({})
            emit(self.changed, ())

    def _title(self, column: Column) -> str:
        return str(self._model.headerData(column, Qt.Orientation.Horizontal))

    def marked(self) -> dict[Column, str]:
        """Filtered columns → the labels of the values they keep."""
        result = {}
        for column, field in FILTER_FIELDS.items():
            values = self.values(field)
            if values is not None:
                names = [name for value, name in filter_values(field, self.choices)
                         if value in values]  # fmt: skip
                result[column] = ", ".join(names) or ", ".join(sorted(values))
        return result

    def summary(self) -> str:
        """One line for the filter bar; empty without filters."""
        parts = [f"{self._title(c)}: {shown}" for c, shown in self.marked().items()]
        if not parts:
            return ""
        text = QCoreApplication.translate("ColumnFilters", "Filtered by %1")
        return text.replace("%1", " · ".join(parts))

    def menu(self, column: Column, parent: QWidget) -> QMenu:
        """The header menu of `column`: its value filter (if it has one), then the columns."""
        menu = QMenu(parent)
        menu.setObjectName("columnMenu")
        field = FILTER_FIELDS.get(column)
        if field is not None:
            title = self._title(column)
            menu.addSection(
                QCoreApplication.translate("ColumnFilters", "Show only: %1").replace("%1", title)
            )
            chosen = self.values(field) or frozenset()
            for value, name in filter_values(field, self.choices):
                action = menu.addAction(name)
                action.setCheckable(True)
                action.setChecked(value in chosen)
                action.setData(value)
                action.toggled.connect(partial(self._toggle, field, value))
            menu.addSeparator()
            show_all = menu.addAction(
                QCoreApplication.translate("ColumnFilters", "Show all (no filter on %1)").replace(
                    "%1", title
                )
            )
            show_all.setEnabled(bool(chosen))
            show_all.triggered.connect(lambda: self.set_values(field, None))
        clear_all = menu.addAction(
            QCoreApplication.translate("ColumnFilters", "Clear all column filters")
        )
        clear_all.setEnabled(bool(self._filters))
        clear_all.triggered.connect(self.clear)
        columns = menu.addMenu(QCoreApplication.translate("ColumnFilters", "Columns"))
        header = self._table.horizontalHeader()
        for other in Column:
            if other in (Column.ID, Column.SUBJECT):
                continue
            action = columns.addAction(self._title(other))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(other))
            action.toggled.connect(lambda on, c=other: header.setSectionHidden(c, not on))
        return menu

    def _toggle(self, field: FilterField, value: str, on: bool) -> None:
        values = set(self.values(field) or ())
        if on:
            values.add(value)
        else:
            values.discard(value)
        self.set_values(field, values)
