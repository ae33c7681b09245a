"""The window wires its parts together as a user meets them: menus, pages, dialogs, shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.ui.shortcuts_dialog import ShortcutsDialog, collect_shortcuts

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def _shown(qtbot, window) -> None:
    window.show()
    window.activateWindow()  # window shortcuts reach only the active window
    qtbot.waitUntil(window.isActiveWindow)


def test_every_shortcut_is_listed_once_and_none_collide(window) -> None:
    entries = collect_shortcuts(window)
    keys = [entry.keys for entry in entries]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    texts = {entry.text for entry in entries}
    for expected in ("New ticket", "Board", "Knowledge base", "Customer 360",
                     "Keyboard shortcuts", "Take", "Escalate"):  # fmt: skip
        assert any(expected.lower() in text.lower() for text in texts), expected


def test_f1_shows_the_shortcuts_dialog(qtbot, window) -> None:
    _shown(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(window.findChildren(ShortcutsDialog)))
    dialog = window.findChildren(ShortcutsDialog)[0]
    assert dialog.table.rowCount() == len(collect_shortcuts(window)) > 20
    dialog.close()


def test_pages_switch_with_their_shortcuts(qtbot, window) -> None:
    _shown(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.board
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.knowledge
    assert not window.sidebar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.ticket_list
    assert window.sidebar.isVisible()


def test_ctrl_n_opens_one_new_ticket_dialog(qtbot, window) -> None:
    _shown(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.new_ticket_dialog
    assert dialog is not None and dialog.isVisible()
    assert window.open_new_ticket() is dialog  # a second Ctrl+N brings the same one forward
    dialog.close()
    qtbot.waitUntil(lambda: window.new_ticket_dialog is None)


def test_a_due_follow_up_is_announced_once(qtbot, desk, window) -> None:
    from datetime import timedelta

    from desk_app.local_store.models import FollowUp

    with desk.store.transaction() as s:
        s.add(FollowUp(ticket_id=desk.ids["invoice"], user_id=desk.viewer("ana").user_id,
                       remind_at=desk.now - timedelta(minutes=5),
                       note="Llamar a José"))  # fmt: skip
    announced = []
    window.reminders.reminderDue.connect(announced.append)
    window.reminders.check_now()
    qtbot.waitUntil(lambda: len(announced) == 1)
    assert announced[0].ticket_id == desk.ids["invoice"]
    assert "Llamar a José" in window.statusBar().currentMessage()
    job = window.reminders.job
    assert job is not None
    assert job.run_now() == []  # still due, but already announced this session
    assert len(announced) == 1
