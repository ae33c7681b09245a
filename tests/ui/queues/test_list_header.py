"""Sorting and filtering the ticket list from its header, as a user does: clicks on the
header, Ctrl+Shift+L on a cell, the header's context menu, the search box, Clear filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from desk_app.local_store.ticket_filters import FilterField, SortKey
from desk_app.ui.ticket_table_model import Column

# The offscreen platform cannot size, raise or grab for a popup menu; it still works.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", r"does not support raise\(\)",
    "does not support grabbing the keyboard",
)  # fmt: skip


@pytest.fixture
def severities(desk) -> dict[str, int]:
    """Two more of Ana's tickets, so every criticality is there once (printer: not set)."""
    return {
        "critical": desk.add_ticket("Servidor sin respuesta", criticality="critical"),
        "moderate": desk.add_ticket("Reporte lento", criticality="moderate"),
        "severe": desk.ids["invoice"],
        "minor": desk.ids["closing"],
        "unset": desk.ids["printer"],
    }


def _click_header(qtbot, panel, column: Column) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))  # fmt: skip


def _menu_click(qtbot, panel, text: str) -> None:
    menu = panel.active_menu
    assert menu is not None and menu.isVisible()
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _loaded(qtbot, panel, condition) -> None:
    qtbot.waitUntil(lambda: panel.is_loaded and condition())


def test_header_clicks_sort_by_severity_and_due_time(qtbot, make_panel, severities) -> None:
    panel = make_panel()
    s = severities
    _click_header(qtbot, panel, Column.CRITICALITY)  # the most severe first, unset last
    expected = [s["critical"], s["severe"], s["moderate"], s["minor"], s["unset"]]
    _loaded(qtbot, panel, lambda: panel.model.ids() == expected)
    assert panel.current_filter.sort is SortKey.CRITICALITY and panel.current_filter.descending
    _click_header(qtbot, panel, Column.CRITICALITY)  # again: the other way, unset still last
    expected = [s["minor"], s["moderate"], s["severe"], s["critical"], s["unset"]]
    _loaded(qtbot, panel, lambda: panel.model.ids() == expected)
    _click_header(qtbot, panel, Column.SLA)  # what falls due first
    _loaded(qtbot, panel, lambda: panel.current_filter.sort is SortKey.DUE)
    assert not panel.current_filter.descending
    model = panel.model
    dues = [model.cached_row(r).ticket.resolution_due_at for r in range(model.rowCount())]
    known = [d for d in dues if d is not None]
    assert known == sorted(known) and dues[: len(known)] == known
    _click_header(qtbot, panel, Column.STATUS)  # Open, In progress, …, Closed: their order
    _loaded(qtbot, panel, lambda: panel.current_filter.sort is SortKey.STATUS)
    statuses = [model.cached_row(r).ticket.status for r in range(model.rowCount())]
    assert statuses == ["open", "in_progress", "in_progress", "in_progress", "closed"]


def test_filter_by_column_values_with_the_keyboard_and_the_header_menu(
    qtbot, make_panel, desk, severities
) -> None:
    panel = make_panel()
    table, model = panel.table, panel.model
    assert not panel.filter_bar.isVisible()
    # A click on a Status cell, then Ctrl+Shift+L: that column's filter menu.
    cell = table.visualRect(model.index(0, Column.STATUS)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.keyClick(
        table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: panel.active_menu is not None and panel.active_menu.isVisible())
    _menu_click(qtbot, panel, "In progress")
    in_progress = {severities[k] for k in ("critical", "moderate", "severe")}
    _loaded(qtbot, panel, lambda: set(model.ids()) == in_progress)
    assert panel.filter_bar.isVisible()
    assert panel.filter_summary.text() == "Filtered by Status: In progress"
    assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.FontRole).bold()  # fmt: skip
    assert panel.counts is not None and panel.counts[next(iter(panel.counts))] == 3
    # Right click on the Criticality header: two values, OR'ed, AND'ed with the status.
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(Column.CRITICALITY) + 10
    QApplication.sendEvent(header.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(x, 5), header.viewport().mapToGlobal(QPoint(x, 5))
    ))  # fmt: skip
    qtbot.waitUntil(lambda: panel.active_menu is not None and panel.active_menu.isVisible())
    _menu_click(qtbot, panel, "Critical")
    _loaded(qtbot, panel, lambda: model.ids() == [severities["critical"]])
    panel.open_filter_menu()  # the menu reopens on the current cell's column: Status
    qtbot.waitUntil(lambda: panel.active_menu is not None and panel.active_menu.isVisible())
    _menu_click(qtbot, panel, "Open")  # Open or In progress now
    _loaded(
        qtbot, panel, lambda: panel.column_filter(FilterField.STATUS) == {"open", "in_progress"}
    )
    assert model.ids() == [severities["critical"]]
    panel.set_column_filter(FilterField.CRITICALITY, {"critical", ""})  # unset too: the printer
    _loaded(qtbot, panel, lambda: set(model.ids()) == {severities["critical"],
                                                        severities["unset"]})  # fmt: skip
    # The search text narrows the filtered list further.
    qtbot.keyClicks(panel.search, "impresora")
    _loaded(qtbot, panel, lambda: model.ids() == [severities["unset"]])
    panel.search.clear()
    _loaded(qtbot, panel, lambda: panel.current_filter.text == "")
    # Clear filters: every ticket again, and the header looks plain.
    qtbot.mouseClick(panel.clear_filters_button, Qt.MouseButton.LeftButton)
    _loaded(qtbot, panel, lambda: model.rowCount() == 5)
    assert not panel.filter_bar.isVisible()
    assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.FontRole) is None  # fmt: skip


def test_a_filter_that_keeps_nothing_says_so(qtbot, make_panel, desk) -> None:
    panel = make_panel()
    panel.set_column_filter(FilterField.LEVEL, {"L3"})
    qtbot.waitUntil(lambda: panel.is_loaded and panel.model.rowCount() == 0)
    assert panel.empty.text() == "No tickets match the column filters."
    assert panel.filter_action.shortcut().toString() == "Ctrl+Shift+L"
