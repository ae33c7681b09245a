"""The status bar's sync corner: what it says offline, online, with pending changes and
conflicts, and when no server is configured."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QThread

from desk_app.services.ticket_actions import TicketActions
from desk_app.sync import credentials
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.sync_bridge import SyncBridge
from desk_app.ui.sync_status import Connection, SyncStatusBar, SyncView, relative_time

NOW = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)


@pytest.fixture
def bar(qtbot) -> SyncStatusBar:
    widget = SyncStatusBar(lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def _shown(widget) -> bool:
    return widget.isVisibleTo(widget.parentWidget())


@pytest.mark.parametrize(
    ("ago", "text"),
    [
        (timedelta(seconds=20), "just now"),
        (timedelta(minutes=3), "3 min ago"),
        (timedelta(minutes=59, seconds=59), "59 min ago"),
        (timedelta(hours=2, minutes=30), "2 h ago"),
        (timedelta(days=1, hours=2), "yesterday"),
        (timedelta(days=4), "4 days ago"),
    ],
)
def test_relative_times(ago: timedelta, text: str) -> None:
    assert relative_time(NOW - ago, NOW) == text


def test_without_a_server_it_offers_to_connect(qtbot, bar) -> None:
    assert bar.state.text() == "Not connected —"
    assert _shown(bar.connect_button) and bar.connect_button.text() == "Connect…"
    assert not _shown(bar.last_sync) and not _shown(bar.pending) and not _shown(bar.busy)
    assert "everything stays on this computer" in bar.state.toolTip()
    with qtbot.waitSignal(bar.connectRequested, timeout=1000):
        bar.connect_button.click()


def test_online_with_last_sync_pending_changes_and_conflicts(qtbot, bar) -> None:
    bar.show_view(SyncView(Connection.ONLINE, last_success_at=NOW - timedelta(minutes=3),
                           pending_ops=1, open_conflicts=2))  # fmt: skip
    assert bar.state.text() == "Online"
    assert bar.last_sync.text() == "Last sync: 3 min ago"
    assert bar.pending.text() == "1 pending change" and _shown(bar.pending)
    assert bar.conflicts.text() == "2 conflicts" and _shown(bar.conflicts)
    assert not _shown(bar.connect_button)
    with qtbot.waitSignal(bar.conflictsRequested, timeout=1000):
        bar.conflicts.click()
    bar.show_view(bar.view.but(pending_ops=5, open_conflicts=0))
    assert bar.pending.text() == "5 pending changes"
    assert not _shown(bar.conflicts)


def test_offline_shows_why_in_the_tooltip_and_keeps_the_last_success(bar) -> None:
    bar.show_view(SyncView(Connection.OFFLINE, last_success_at=NOW - timedelta(hours=2),
                           last_error="Cannot reach the server"))  # fmt: skip
    assert bar.state.text() == "Offline"
    assert bar.state.toolTip() == "Cannot reach the server"
    assert bar.last_sync.text() == "Last sync: 2 h ago"
    bar.show_view(bar.view.but(connection=Connection.UNKNOWN, last_success_at=None))
    assert bar.last_sync.text() == "Never synced"


def test_while_syncing_a_busy_bar_and_syncing_text(bar) -> None:
    bar.show_view(SyncView(Connection.ONLINE, syncing=True))
    assert bar.state.text() == "Syncing…"
    assert _shown(bar.busy)
    bar.show_view(bar.view.but(syncing=False))
    assert not _shown(bar.busy) and bar.state.text() == "Online"


def test_the_relative_time_follows_the_clock(qtbot) -> None:
    now = [NOW]
    widget = SyncStatusBar(lambda: now[0])
    qtbot.addWidget(widget)
    widget.show_view(SyncView(Connection.ONLINE, last_success_at=NOW))
    assert widget.last_sync.text() == "Last sync: just now"
    now[0] = NOW + timedelta(minutes=7)
    widget.refresh_relative_time()  # what its timer does every 30 s
    assert widget.last_sync.text() == "Last sync: 7 min ago"


def test_the_bridge_reads_pending_changes_and_conflicts_from_the_store(
    qtbot, desk, sync_settings, make_conflict, fixed_clock
) -> None:
    make_conflict()
    TicketActions(desk.store, desk.viewer("ana"), fixed_clock).update(
        desk.ids["invoice"], {"priority": "critical"})  # fmt: skip
    runner = DbRunner(desk.store)
    bridge = SyncBridge(runner, sync_settings, watch_network=False)
    bar = SyncStatusBar(fixed_clock)
    qtbot.addWidget(bar)
    bridge.viewChanged.connect(bar.show_view)
    try:
        with qtbot.waitSignal(bridge.viewChanged, timeout=10_000):
            bridge.start()  # not configured: no scheduler, only the numbers
        qtbot.waitUntil(lambda: bar.view.open_conflicts == 1)
        assert not bridge.running
        # Ana's edit waits in the outbox (the one the server overruled does not).
        assert bar.view.pending_ops == 1
        assert bar.conflicts.text() == "1 conflict" and _shown(bar.conflicts)
        assert bar.state.text() == "Not connected —"
        assert not _shown(bar.pending)  # nothing will send them: not worth a warning
    finally:
        runner.shutdown()


def test_a_configured_account_without_its_secret_reports_it(qtbot, desk, sync_settings) -> None:
    """A session-only secret is gone after a restart: the first sync says what to do."""
    sync_settings.set("sync_server_url", "http://127.0.0.1:9")
    sync_settings.set("sync_username", "nobody-has-this-secret")
    assert credentials.load_secret("http://127.0.0.1:9", "nobody-has-this-secret") is None
    runner = DbRunner(desk.store)
    bridge = SyncBridge(runner, sync_settings, watch_network=False)
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bridge.viewChanged.connect(bar.show_view)
    threads: list[bool] = []
    bridge.failed.connect(lambda *_: threads.append(QThread.currentThread() is bar.thread()))
    try:
        with qtbot.waitSignal(bridge.failed, timeout=20_000) as failed:
            bridge.start()
        message, retryable = failed.args
        assert message.startswith("No password or token is stored for this account")
        assert retryable is False
        assert threads == [True]  # delivered on the UI thread
        assert bar.state.text() == "Sync error"
        assert "Sync → Connection…" in bar.state.toolTip()
    finally:
        bridge.shutdown()
        runner.shutdown()


def test_refused_changes_are_counted_and_clickable(qtbot, bar) -> None:
    bar.show_view(SyncView(Connection.ONLINE, failed_ops=2))
    assert bar.refused.text() == "2 changes refused" and _shown(bar.refused)
    with qtbot.waitSignal(bar.refusedRequested, timeout=1000):
        bar.refused.click()
    bar.show_view(bar.view.but(failed_ops=1))
    assert bar.refused.text() == "1 change refused"
    bar.show_view(bar.view.but(failed_ops=0))
    assert not _shown(bar.refused)
