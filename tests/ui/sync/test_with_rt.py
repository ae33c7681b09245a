"""The sync UI against the real Request Tracker of the sync tests: Test connection as the
user sees it, and a real sync whose result reaches the UI thread as a signal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtNetwork import QNetworkInformation

from desk_app.local_store.models import Ticket
from desk_app.local_store.ticket_writes import NewTicket, create_ticket
from desk_app.sync import credentials
from desk_app.sync.engine import SyncReport
from desk_app.ui.connection_dialog import ConnectionDialog
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.qt_compat import emit
from desk_app.ui.sync_bridge import SyncBridge
from desk_app.ui.sync_status import Connection, SyncStatusBar
from desk_app.ui.ticket_table_model import Column

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture
def dialog(qtbot, sync_settings) -> ConnectionDialog:
    widget = ConnectionDialog(sync_settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _fill(dialog: ConnectionDialog, url: str, user: str, secret: str) -> None:
    dialog.url.setText(url)
    dialog.username.setText(user)
    dialog.secret.setText(secret)


def _test(qtbot, dialog: ConnectionDialog) -> None:
    with qtbot.waitSignal(dialog.checked, timeout=60_000):
        assert dialog.test_connection()


def test_a_good_password_shows_the_server_and_the_user(qtbot, dialog, rt_server) -> None:
    _fill(dialog, rt_server.url, "ana", rt_server.users["ana"])
    _test(qtbot, dialog)
    assert dialog.status_line.text() == (
        f"Connected to Request Tracker 5.0.3 at {rt_server.url} as ana.")  # fmt: skip
    assert all(dialog.error_text(key) == "" for key in dialog.errors)


def test_a_token_works_too(qtbot, dialog, rt_server) -> None:
    dialog.token_radio.setChecked(True)
    _fill(dialog, rt_server.url, "ana", rt_server.token)
    _test(qtbot, dialog)
    assert dialog.status_line.text().startswith("Connected to Request Tracker 5.0.3")


def test_a_wrong_password_is_a_401_next_to_the_password(qtbot, dialog, rt_server) -> None:
    _fill(dialog, rt_server.url, "ana", "not-her-password")
    _test(qtbot, dialog)
    assert dialog.error_text("secret") == "Wrong user name or password (401)."
    assert dialog.error_text("url") == "" and dialog.status_line.isHidden()
    assert "not-her-password" not in dialog.errors["secret"].toolTip()


def test_a_bad_token_is_named_a_token(qtbot, dialog, rt_server) -> None:
    dialog.token_radio.setChecked(True)
    _fill(dialog, rt_server.url, "ana", "1-23-0000000000000000000000000000")
    _test(qtbot, dialog)
    assert dialog.error_text("secret").startswith("The server rejected this token (401).")


def test_a_wrong_port_is_offline(qtbot, dialog, servers) -> None:
    _fill(dialog, servers.closed_port_url(), "ana", "whatever")
    _test(qtbot, dialog)
    assert dialog.error_text("url").startswith("Cannot reach the server: you are offline")


# -- a real sync through the bridge and the window ----------------------------------------


def _connect(settings, rt_server, username: str = "ana") -> None:
    settings.set("sync_server_url", rt_server.url)
    settings.set("sync_username", username)
    settings.save()
    # No keyring on the test machine: credentials keep it for this process (the session).
    credentials.save_secret(rt_server.url, username, rt_server.users[username])


def _offline_ticket(desk, subject: str) -> int:
    with desk.store.transaction() as session:
        draft = NewTicket(subject=subject, body="Creado sin red", requester_id=desk.ids["maria"],
                          ticket_type="task", channel="phone")  # fmt: skip
        return create_ticket(session, desk.viewer("ana"), draft, desk.now).id


def _rt_ids_with_subject(rt_server, rt_admin, subject: str) -> list[str]:
    query = {"query": f"Subject = '{subject}'", "fields": "Subject"}
    answer = rt_admin.get(f"{rt_server.rest}/tickets", params=query)
    answer.raise_for_status()
    return [str(item["id"]) for item in answer.json()["items"]]


def test_a_real_sync_is_delivered_on_the_ui_thread(
    qtbot, desk, sync_settings, rt_server, rt_admin, unique
) -> None:
    subject = unique("Sin red en sucursal Monterrey")
    ticket_id = _offline_ticket(desk, subject)
    _connect(sync_settings, rt_server)
    runner = DbRunner(desk.store)
    bridge = SyncBridge(runner, sync_settings, watch_network=False)
    ui_thread = QCoreApplication.instance().thread()
    seen: dict[str, bool] = {}

    def on_ui_thread(name: str) -> None:
        seen.setdefault(name, QThread.currentThread() is ui_thread)

    bridge.started.connect(lambda: on_ui_thread("started"))
    bridge.finished.connect(lambda _report: on_ui_thread("finished"))
    phases: list[str] = []
    bridge.progress.connect(lambda phase, _done, _total: phases.append(phase))
    try:
        with qtbot.waitSignal(bridge.finished, timeout=180_000) as finished:
            bridge.start()
        report = finished.args[0]
        assert seen == {"started": True, "finished": True}
        assert report.first_sync and not report.cancelled and report.pushed >= 1
        assert {"reference", "pull_tickets", "push"} <= set(phases)
        assert bridge.view.connection is Connection.ONLINE and not bridge.syncing
        qtbot.waitUntil(lambda: bridge.view.last_success_at is not None)
        assert bridge.view.pending_ops == 0
    finally:
        bridge.shutdown()
        runner.shutdown()
    [remote_id] = _rt_ids_with_subject(rt_server, rt_admin, subject)
    with desk.store.session() as session:
        assert session.get(Ticket, ticket_id).remote_id == remote_id


def test_a_change_the_server_refuses_is_counted_not_retried(
    qtbot, desk, sync_settings, rt_server, unique
) -> None:
    """Mallory may sign in but not create tickets (403): the change is listed as refused."""
    _offline_ticket(desk, unique("Sin permiso"))
    _connect(sync_settings, rt_server, "mallory")
    runner = DbRunner(desk.store)
    bridge = SyncBridge(runner, sync_settings, watch_network=False)
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bridge.viewChanged.connect(bar.show_view)
    outcome: list[object] = []
    bridge.finished.connect(outcome.append)
    bridge.failed.connect(lambda message, _retryable: outcome.append(message))
    try:
        bridge.start()
        qtbot.waitUntil(lambda: bool(outcome), timeout=120_000)
        qtbot.waitUntil(lambda: bar.view.failed_ops == 1, timeout=20_000)
    finally:
        bridge.shutdown()
        runner.shutdown()
    [report] = outcome
    assert isinstance(report, SyncReport) and report.failed == 1 and report.pushed == 0
    assert bar.refused.text() == "1 change refused" and not bar.refused.isHidden()


def test_the_window_syncs_on_start_and_on_f9(
    qtbot, desk, sync_window, sync_settings, rt_server, rt_admin, unique
) -> None:
    subject = unique("Impresora atascada")
    _offline_ticket(desk, subject)
    _connect(sync_settings, rt_server)
    window = sync_window(sync_settings)
    controls = window.sync
    assert controls.bridge.running
    qtbot.waitUntil(lambda: controls.status.state.text() == "Online", timeout=180_000)
    assert controls.status.last_sync.isVisible()
    [remote_id] = _rt_ids_with_subject(rt_server, rt_admin, subject)
    # A third user changes the subject on the server; F9 brings it into the list.
    renamed = unique("Impresora reparada")
    rt_admin.put(f"{rt_server.rest}/ticket/{remote_id}", json={"Subject": renamed})
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(controls.bridge.finished, timeout=120_000):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    model = window.ticket_list.model

    def subjects() -> list[str]:
        return [model.data(model.index(row, Column.SUBJECT)) for row in range(model.rowCount())]

    qtbot.waitUntil(lambda: renamed in subjects(), timeout=20_000)
    assert subject not in subjects()


def test_connecting_from_the_window_starts_syncing(qtbot, sync_window, rt_server) -> None:
    window = sync_window()
    controls = window.sync
    assert not controls.bridge.running
    dialog = controls.open_connection()
    _fill(dialog, rt_server.url, "ana", rt_server.users["ana"])
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.save_button.click()
    # Saved, but there is no keyring here: the dialog says so before it closes.
    assert "kept for this session only" in dialog.notice.text()
    assert controls.bridge.running
    qtbot.waitUntil(lambda: controls.status.state.text() == "Online", timeout=180_000)
    assert not controls.status.connect_button.isVisible()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: controls.connection_dialog is None)


def test_losing_the_network_shows_offline_and_its_return_syncs_at_once(
    qtbot, desk, sync_settings, rt_server
) -> None:
    _connect(sync_settings, rt_server)
    runner = DbRunner(desk.store)
    bridge = SyncBridge(runner, sync_settings)  # watches QNetworkInformation
    try:
        with qtbot.waitSignal(bridge.finished, timeout=180_000):
            bridge.start()
        info = QNetworkInformation.instance()
        assert info is not None  # a backend is available even offscreen (glib here)
        # What Qt's backend says when the cable is pulled, then plugged back in.
        emit(info.reachabilityChanged, QNetworkInformation.Reachability.Disconnected)
        assert bridge.view.connection is Connection.OFFLINE
        assert bridge.view.last_error == "This computer has no network connection."
        with qtbot.waitSignal(bridge.finished, timeout=120_000):
            emit(info.reachabilityChanged, QNetworkInformation.Reachability.Online)
        assert bridge.view.connection is Connection.ONLINE and bridge.view.last_error is None
    finally:
        bridge.shutdown()
        runner.shutdown()
