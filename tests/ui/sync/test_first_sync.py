"""The first full sync: a progress dialog with counts, and Cancel that stops between pages
and leaves a cache the next sync resumes from.

The helpdesk here is the engine tests' in-memory one: the test must hold the pull between two
pages until Cancel has been clicked, which a real server cannot be made to do. The same
resume is tested against the real RT in tests/sync."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from desk_app.local_store.models import Ticket
from desk_app.ui.sync_bridge import SyncBridge
from desk_app.ui.sync_progress import FirstSyncDialog

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def _cached(desk, remote_ids) -> int:
    with desk.store.session() as session:
        return session.scalar(select(func.count()).select_from(Ticket)
                              .where(Ticket.remote_id.in_(remote_ids)))  # fmt: skip


def test_cancel_stops_between_pages_and_the_next_sync_resumes(
    qtbot, desk, sync_window, configured_settings, engine_fixtures
) -> None:
    server = engine_fixtures.MemoryConnector(page_size=2)
    ids = [server.server_create(subject=f"Remoto {n}") for n in range(6)]
    cancel_clicked = threading.Event()
    # Page 2 waits (on the sync thread) until the user has clicked Cancel.
    server.on_page = lambda number: cancel_clicked.wait(30) if number == 2 else None
    progress: list[tuple[str, int, object]] = []

    def bridge(runner, settings):
        made = SyncBridge(runner, settings, connector_factory=lambda _settings: server,
                          watch_network=False)  # fmt: skip
        made.progress.connect(lambda *args: progress.append(args))
        return made

    try:
        window = sync_window(configured_settings, bridge_factory=bridge)
        controls = window.sync
        qtbot.waitUntil(lambda: controls.first_sync_dialog is not None, timeout=20_000)
        dialog = controls.first_sync_dialog
        assert isinstance(dialog, FirstSyncDialog) and dialog.isVisible()
        assert not dialog.isModal()  # the desk stays usable
        qtbot.waitUntil(lambda: ("pull_tickets", 2, 6) in progress, timeout=20_000)
        assert dialog.count.text() == "2 of 6"
        assert dialog.phase.text() == "Downloading tickets…"
        assert controls.status.state.text() == "Syncing…"
        with qtbot.waitSignal(controls.bridge.finished, timeout=20_000) as finished:
            dialog.cancel_button.click()
            cancel_clicked.set()
        report = finished.args[0]
        assert report.cancelled and report.first_sync
    finally:
        cancel_clicked.set()
    assert dialog.outcome.text().startswith("Cancelled. What was downloaded is kept")
    assert dialog.close_button.isVisible()
    # Every page written before the cancel is there with its cursor; no more.
    assert _cached(desk, ids) == 4
    assert controls.status.last_sync.text() == "Never synced"
    with qtbot.waitSignal(controls.bridge.finished, timeout=20_000) as finished:
        controls.sync_now()
    assert not finished.args[0].cancelled
    assert _cached(desk, ids) == 6
    qtbot.waitUntil(lambda: controls.status.state.text() == "Online")
    assert controls.status.last_sync.text() == "Last sync: just now"
