"""Painting the board and the ticking list many times must not wear down the interpreter's
count on None (PySide6 6.12 on CPython 3.11; see qt_compat._void_calls_drop_none). Before
the workaround, fifty repaints of the board aborted the process with "none_dealloc"."""

from __future__ import annotations

import sys

import pytest

from desk_app.ui import qt_compat

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_repainting_cards_and_badges_keeps_none_alive(qtbot, make_board, make_panel) -> None:
    board = make_board()
    panel = make_panel()
    before = sys.getrefcount(None)
    for _ in range(100):
        for column in board.columns.values():
            column.view.viewport().repaint()
        panel.table.viewport().repaint()
    if qt_compat.VOID_CALLS_DROP_NONE:
        # The binding still drops references on every call; None just cannot run out.
        assert sys.getrefcount(None) > 1 << 39
    else:
        assert abs(sys.getrefcount(None) - before) < 10_000
