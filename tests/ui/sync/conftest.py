"""Fixtures for the sync UI: settings files of their own, and conflict records made by the
engine's real pull code (a server version merged over a local edit of the same field)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import select

from desk_app.local_store.models import Ticket
from desk_app.services.ticket_actions import TicketActions
from desk_app.settings import Settings
from desk_app.sync.connector import RemoteTicket
from desk_app.sync.pull import PullOutcome, apply_ticket


@pytest.fixture
def sync_settings(tmp_path) -> Settings:
    """Settings in a file of this test's own; no server configured."""
    return Settings(tmp_path / "settings.json")


@dataclass(frozen=True)
class MadeConflict:
    ticket_id: int
    subject: str
    local: str  # the priority Ana set offline
    remote: str  # the priority someone set on the server meanwhile


@pytest.fixture
def make_conflict(desk, fixed_clock):
    """`make_conflict()` → a ticket pulled from the server, its priority changed by Ana
    locally and by someone else on the server: the pull records one open conflict."""
    counter = iter(range(900, 999))

    def make(subject: str = "Impresora sin tóner en sucursal") -> MadeConflict:
        remote_id = str(next(counter))
        fields = {"subject": subject, "status": "in_progress", "priority": "normal",
                  "ticket_type": "task", "channel": "email", "flag": "blue", "level": "L1",
                  "responsible_username": "ana"}  # fmt: skip
        first = RemoteTicket(remote_id, desk.now - timedelta(hours=3), fields, None)
        with desk.store.transaction() as session:
            apply_ticket(session, first, desk.now, PullOutcome())
        with desk.store.session() as session:
            ticket_id = session.scalars(
                select(Ticket.id).where(Ticket.remote_id == remote_id)
            ).one()
        TicketActions(desk.store, desk.viewer("ana"), fixed_clock).update(
            ticket_id, {"priority": "urgent"}
        )
        second = RemoteTicket(remote_id, desk.now - timedelta(hours=1),
                              {**fields, "priority": "critical"}, None)  # fmt: skip
        outcome = PullOutcome()
        with desk.store.transaction() as session:
            apply_ticket(session, second, desk.now, outcome)
        assert outcome.conflicts == 1
        return MadeConflict(ticket_id, subject, "urgent", "critical")

    return make


@pytest.fixture
def sync_window(qtbot, desk, fixed_clock, sync_settings):
    """`sync_window(settings=None, bridge=None)` → a shown MainWindow over the desk whose sync
    settings live in this test's own file; closed (scheduler and worker stopped) at the end."""
    from desk_app.services.tickets import TicketService
    from desk_app.ui.db_worker import DbRunner
    from desk_app.ui.main_window import MainWindow

    windows = []

    def make(settings=None, *, bridge_factory=None):
        runner = DbRunner(desk.store)
        service = TicketService(desk.viewer("ana"), clock=fixed_clock)
        settings = settings or sync_settings
        bridge = bridge_factory(runner, settings) if bridge_factory else None
        window = MainWindow(runner, service, workspace_label=str(desk.path), settings=settings,
                            sync=bridge)  # fmt: skip
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitUntil(lambda: window.ticket_list.is_loaded)
        return window

    yield make
    for window in windows:
        window.close()


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_HERE = Path(__file__).resolve().parent
local_servers = _load("desk_tests_ui_sync_local_servers", _HERE / "local_servers.py")


@pytest.fixture
def servers() -> ModuleType:
    """tests/ui/sync/local_servers.py: refused, silent, TLS and non-helpdesk servers."""
    return local_servers


@pytest.fixture
def engine_fixtures() -> ModuleType:
    """tests/sync/engine_fixtures.py: the in-memory helpdesk the engine tests use where a
    real server cannot be stopped at an exact point (between two pages)."""
    return _load("desk_tests_engine_fixtures", _HERE.parent.parent / "sync" / "engine_fixtures.py")


@pytest.fixture
def configured_settings(sync_settings) -> Settings:
    sync_settings.set("sync_server_url", "https://helpdesk.example.com")
    sync_settings.set("sync_username", "ana")
    return sync_settings


@pytest.fixture(autouse=True)
def _no_system_keyring() -> Iterator[None]:
    """The sync UI tests run the no-keyring path (session-only secrets, and the dialog saying
    so) whatever the machine has; the real keyring is covered by tests/sync/test_credentials.py
    and the `desk-app connect` tests."""
    import keyring
    import keyring.backends.fail

    from desk_app.sync import credentials

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        with credentials._lock:
            credentials._session_secrets.clear()
