"""The detail pane fits beside the ticket list: its fields go one per row when it is narrow and
two per row when it is wide, custom fields line up with the others, and its actions fold into
the tool bar's » menu instead of setting a minimum width."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGridLayout

from tests.ui.detail.conftest import open_ticket

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _places(form) -> dict[str, tuple[int, int]]:
    """Caption text → (row, column) of the caption in the form's grid."""
    grid: QGridLayout = form.layout()
    places = {}
    for index in range(grid.count()):
        widget = grid.itemAt(index).widget()
        if widget is not None and widget.objectName() == "fieldCaption":
            row, column, _rows, _columns = grid.getItemPosition(index)
            places[widget.text()] = (row, column)
    return places


def test_fields_one_per_row_when_narrow_two_when_wide(qtbot, pane, desk) -> None:
    open_ticket(qtbot, pane, desk.ids["invoice"])  # a Task: custom field "Requested by (date)"
    pane.resize(440, 900)
    qtbot.waitUntil(lambda: pane.form.width() < 600)
    narrow = _places(pane.form)
    assert {column for _row, column in narrow.values()} == {0}
    # The custom field is a row of the same grid, under the same caption column.
    assert narrow["Requested by (date)"][1] == 0
    assert narrow["Requested by (date)"][0] > narrow["Tags"][0]
    pane.resize(900, 900)
    qtbot.waitUntil(lambda: pane.form.width() >= 600)
    wide = _places(pane.form)
    assert wide["Status"][0] == wide["Responsible"][0]
    assert (wide["Status"][1], wide["Responsible"][1]) == (0, 2)
    assert wide["Requester"][1] == 0 and wide["Tags"][1] == 0  # these span the row


def test_the_pane_can_be_narrower_than_its_action_buttons(qtbot, pane, desk) -> None:
    open_ticket(qtbot, pane, desk.ids["invoice"])
    buttons = sum(b.sizeHint().width() for b in pane.header.buttons.values())
    assert pane.minimumSizeHint().width() < min(460, buttons)
    pane.resize(pane.minimumSizeHint().width(), 900)
    qtbot.waitUntil(lambda: not pane.header.buttons["follow_up"].isVisible())
    # The hidden actions are still actions: their shortcuts work from anywhere in the window.
    assert pane.detail_actions.follow_up.shortcut().toString() == "Ctrl+U"
