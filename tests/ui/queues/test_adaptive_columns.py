"""The Responsible column follows the list's width until the user decides."""

from __future__ import annotations

import pytest

from desk_app.ui.ticket_table_model import Column

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _resize(qtbot, panel, width: int) -> None:
    panel.resize(width, 600)
    qtbot.waitUntil(lambda: panel.table.viewport().width() > width - 60)


def test_responsible_shows_when_there_is_room_and_hides_when_there_is_not(
    qtbot, make_panel
) -> None:
    panel = make_panel()
    table = panel.table
    _resize(qtbot, panel, 700)
    qtbot.waitUntil(lambda: table.isColumnHidden(Column.RESPONSIBLE))
    _resize(qtbot, panel, 1500)
    qtbot.waitUntil(lambda: not table.isColumnHidden(Column.RESPONSIBLE))
    assert table.horizontalHeader().sectionSize(Column.RESPONSIBLE) >= 100
    # The subject keeps its room.
    assert table.horizontalHeader().sectionSize(Column.SUBJECT) >= 260
    _resize(qtbot, panel, 700)
    qtbot.waitUntil(lambda: table.isColumnHidden(Column.RESPONSIBLE))


def test_the_users_choice_stands(qtbot, make_panel) -> None:
    panel = make_panel()
    table = panel.table
    _resize(qtbot, panel, 1500)
    qtbot.waitUntil(lambda: not table.isColumnHidden(Column.RESPONSIBLE))
    # What the header menu's check box does.
    table.horizontalHeader().setSectionHidden(Column.RESPONSIBLE, True)
    _resize(qtbot, panel, 1600)
    _resize(qtbot, panel, 1550)
    assert table.isColumnHidden(Column.RESPONSIBLE)
    assert not panel.responsible_column.managing
