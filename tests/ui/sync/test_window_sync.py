"""The window's sync parts as a user meets them without a server: the status bar offers to
connect, the Sync menu and its shortcut, the conflicts list one click away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.sync import credentials
from desk_app.ui import views
from desk_app.ui.conflicts_panel import ConflictsDialog
from desk_app.ui.connection_dialog import ConnectionDialog
from desk_app.ui.shortcuts_dialog import collect_shortcuts

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def _activate(qtbot, window) -> None:
    window.activateWindow()  # window shortcuts reach only the active window
    qtbot.waitUntil(window.isActiveWindow)


def test_without_a_server_the_desk_works_and_offers_to_connect(qtbot, sync_window) -> None:
    window = sync_window()
    status = window.sync.status
    assert status.isVisible()
    assert status.state.text() == "Not connected —"
    assert status.connect_button.isVisible()
    assert not window.sync.bridge.running  # nothing scheduled, nothing sent
    assert window.ticket_list.model.rowCount() == 3  # the desk itself is all there
    qtbot.mouseClick(status.connect_button, Qt.MouseButton.LeftButton)
    dialog = window.sync.connection_dialog
    assert isinstance(dialog, ConnectionDialog) and dialog.isVisible()
    assert window.sync.open_connection() is dialog  # one at a time
    dialog.close()
    qtbot.waitUntil(lambda: window.sync.connection_dialog is None)


def test_sync_now_is_f9_and_listed_with_the_other_shortcuts(qtbot, sync_window) -> None:
    window = sync_window()
    entries = collect_shortcuts(window)
    keys = [entry.keys for entry in entries]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    sync = [entry for entry in entries if entry.text == "Sync now"]
    assert [(entry.group, entry.keys) for entry in sync] == [("Sync", "F9")]
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    texts = [action.text() for action in menus["&Sync"].actions() if action.text()]
    assert texts == ["Sync &now", "&Connection…", "C&onflicts…", "&Refused changes…"]
    # With no server, Sync now asks where to connect.
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.sync.connection_dialog is not None)
    window.sync.connection_dialog.close()


def test_conflicts_are_counted_and_one_click_away(qtbot, sync_window, make_conflict) -> None:
    made = make_conflict()
    window = sync_window()
    status = window.sync.status
    qtbot.waitUntil(lambda: status.conflicts.isVisible())
    assert status.conflicts.text() == "1 conflict"
    qtbot.mouseClick(status.conflicts, Qt.MouseButton.LeftButton)
    dialog = window.sync.conflicts_dialog
    assert isinstance(dialog, ConflictsDialog)
    qtbot.waitUntil(lambda: dialog.is_loaded and dialog.model.rowCount() == 1)
    window.open_ticket(made.ticket_id)
    qtbot.waitUntil(lambda: window.detail_pane.is_loaded)
    assert window.detail_pane.priority_badge.text() == "Priority: Critical"  # the server's
    assert dialog.select_row(0)
    with qtbot.waitSignal(window.detail_pane.loaded, timeout=10_000):
        dialog.reapply_button.click()  # the open ticket shows the re-applied value
    assert window.detail_pane.priority_badge.text() == "Priority: Urgent"
    qtbot.waitUntil(lambda: not status.conflicts.isVisible())
    assert status.view.open_conflicts == 0


@pytest.mark.parametrize("name", ["connection", "conflicts"])
def test_the_sync_views_open_their_dialog_for_screenshots(qtbot, sync_window, name) -> None:
    window = sync_window()
    ready: list[bool] = []
    views.get_view(name).open(window, lambda: ready.append(True))
    qtbot.waitUntil(lambda: bool(ready))
    dialog = window.sync.connection_dialog if name == "connection" else window.sync.conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_an_unreachable_server_shows_offline_and_disconnect_returns_to_local(
    qtbot, sync_window, sync_settings, servers
) -> None:
    url = servers.closed_port_url()
    sync_settings.set("sync_server_url", url)
    sync_settings.set("sync_username", "ana")
    credentials.save_secret(url, "ana", "s3cret")
    window = sync_window(sync_settings)
    controls = window.sync
    assert controls.bridge.running
    qtbot.waitUntil(lambda: controls.status.state.text() == "Offline", timeout=30_000)
    assert controls.status.state.toolTip().startswith("Cannot reach the server")
    assert controls.status.last_sync.text() == "Never synced"
    dialog = controls.open_connection()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.disconnect_button.click()
    assert not controls.bridge.running
    assert controls.status.state.text() == "Not connected —"
    assert controls.status.connect_button.isVisible()


def test_a_change_made_here_is_counted_as_pending(qtbot, sync_window, sync_settings, desk) -> None:
    sync_settings.set("sync_server_url", "https://rt.pending.example.com")
    sync_settings.set("sync_username", "ana")  # no secret: every sync stops, nothing is sent
    window = sync_window(sync_settings)
    status = window.sync.status
    qtbot.waitUntil(lambda: status.state.text() == "Sync error", timeout=20_000)
    assert not status.pending.isVisible()
    pane = window.detail_pane
    window.open_ticket(desk.ids["printer"])
    qtbot.waitUntil(lambda: pane.is_loaded)
    with qtbot.waitSignal(pane.ticketChanged, timeout=20_000):
        pane.detail_actions.take.trigger()
    qtbot.waitUntil(lambda: status.pending.isVisible())
    assert status.pending.text() == "1 pending change"
