"""Acceptance (issue 4): a fault-injecting proxy between the app and the real RT.

Ana's workspace talks to RT only through `fault_proxy.FaultProxy`; the test checks RT directly
(`rt_admin`, not through the proxy). For every fault: a sync with the fault on raises a clear,
correctly classified ConnectorError and keeps every change pending; the real SyncScheduler
then backs off (the delay its policy chose, never sooner than a 429's Retry-After) and, once
the fault is switched off, completes with every change on RT exactly once.
"""

from __future__ import annotations

import importlib.util
import random
import sys
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select, text

from desk_app.local_store.engine import Store
from desk_app.local_store.models import Ticket
from desk_app.local_store.sync_store import failed_ops, sync_status
from desk_app.local_store.ticket_writes import (
    NewTicket,
    add_comment,
    change_ticket,
    create_ticket,
    log_time,
)
from desk_app.local_store.visibility import viewer_for
from desk_app.sync.connector import ConnectorError, InvalidRemoteData, ServerUnreachable
from desk_app.sync.engine import SyncEngine, SyncReport
from desk_app.sync.rt import RtConnector
from desk_app.sync.scheduler import BACKOFF, IDLE, OFFLINE, SyncScheduler, backoff_delay

SAFETY = 45.0  # seconds; only a safety net, never reached when the code works
BASE = 0.2  # backoff base and cap (seconds): the retry comes soon after the fault stops


def _load(name: str) -> ModuleType:
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


fx = _load("engine_fixtures")
fp = _load("fault_proxy")


@pytest.fixture
def proxy(rt_server: Any) -> Iterator[Any]:
    server = fp.FaultProxy(rt_server.url)
    yield server
    server.close()


@dataclass
class Desk:
    store: Store
    connector: RtConnector
    subject: str
    ticket_id: int = 0
    pulled_remote_id: str = ""

    def sync(self) -> SyncReport:
        return SyncEngine(self.store, self.connector).run_once()


@pytest.fixture
def desk(rt_server: Any, rt_admin: Any, proxy: Any, tmp_path: Path) -> Iterator[Desk]:
    """Ana's workspace synced once through the proxy, then offline changes: a new ticket
    with a note and 45 minutes logged, and a priority change of a ticket pulled from RT."""
    store = fx.advisor_workspace(tmp_path / "ws", "ana")
    # Timeout below the proxy's 5-second stall, so a stall is a timeout here.
    connector = RtConnector(proxy.url, "ana", rt_server.token, auth="token", timeout=2.0)
    tag = uuid.uuid4().hex[:10]
    pulled = _rt_create(rt_admin, rt_server, f"Portal {tag}")
    found = Desk(store, connector, f"Sin timbrado {tag}")
    found.sync()
    found.pulled_remote_id = pulled
    viewer_now = datetime.now(UTC)
    with store.transaction() as s:
        viewer = viewer_for(s, "ana")
        maria = s.scalar(text("SELECT id FROM people WHERE full_name LIKE 'María%'"))
        draft = NewTicket(subject=found.subject, body="El timbrado falla.", requester_id=maria,
                          ticket_type="problem", channel="phone", priority="urgent",
                          criticality="moderate")  # fmt: skip
        ticket = create_ticket(s, viewer, draft, viewer_now)
        add_comment(s, viewer, ticket.id, "Revisar el certificado", public=False, now=viewer_now)
        log_time(s, viewer, ticket.id, "L2", 45, viewer_now)
        other = s.scalars(select(Ticket).where(Ticket.remote_id == pulled)).one()
        change_ticket(s, viewer, other.id, {"priority": "critical"}, viewer_now)
        found.ticket_id = ticket.id
    yield found
    connector.close()
    store.close()


# -- RT, read directly ---------------------------------------------------------------------


def _rt_create(rt_admin: Any, rt_server: Any, subject: str) -> str:
    answer = rt_admin.post(f"{rt_server.rest}/ticket", timeout=15, json={
        "Queue": "Partner Desk L1", "Subject": subject, "Content": "Desde el portal",
        "Requestor": "maria@ferrenorte.mx",
    })  # fmt: skip
    answer.raise_for_status()
    return str(answer.json()["id"])


def _rt_get(rt_admin: Any, rt_server: Any, path: str, **params: Any) -> Any:
    answer = rt_admin.get(f"{rt_server.rest}{path}", params=params, timeout=15)
    answer.raise_for_status()
    return answer.json()


def _on_rt_exactly_once(desk: Desk, rt_admin: Any, rt_server: Any) -> None:
    found = _rt_get(rt_admin, rt_server, "/tickets", query=f"Subject = '{desk.subject}'")
    assert found["total"] == 1, found
    remote_id = str(found["items"][0]["id"])
    with desk.store.session() as s:
        ticket = s.get(Ticket, desk.ticket_id)
        assert ticket is not None and ticket.remote_id == remote_id
    history = _rt_get(rt_admin, rt_server, f"/ticket/{remote_id}/history",
                      fields="Type,TimeTaken", per_page=100)["items"]  # fmt: skip
    comments = [item for item in history if item.get("Type") == "Comment"]
    # The note and the time entry are one Comment transaction each; only one carries time.
    assert len(comments) == 2, comments
    assert sorted(int(item.get("TimeTaken") or 0) for item in comments) == [0, 45]
    ticket_body = _rt_get(rt_admin, rt_server, f"/ticket/{remote_id}", fields="TimeWorked")
    assert int(ticket_body["TimeWorked"]) == 45
    pulled = _rt_get(rt_admin, rt_server, f"/ticket/{desk.pulled_remote_id}")
    assert int(pulled["Priority"]) == _rt_priority(desk, "critical")
    with desk.store.session() as s:
        status = sync_status(s)
        assert (status.pending_ops, status.failed_ops) == (0, 0)
        assert failed_ops(s) == []
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def _rt_priority(desk: Desk, value: str) -> int:
    return int(desk.connector.mapping.rt_priority(value))


def _pending(desk: Desk) -> int:
    with desk.store.session() as s:
        assert failed_ops(s) == []  # a fault never parks an operation as failed
        return sync_status(s).pending_ops


# -- the scheduler, recorded ---------------------------------------------------------------


@dataclass
class Recorder:
    proxy: Any
    states: list[str] = field(default_factory=list)
    errors: list[tuple[Exception, str, float | None]] = field(default_factory=list)
    results: list[SyncReport] = field(default_factory=list)
    cond: threading.Condition = field(default_factory=threading.Condition)
    scheduler: SyncScheduler[SyncReport] | None = None
    expected_first: float = 0.0  # the backoff policy's first delay for this rng seed

    def on_state(self, state: str) -> None:
        with self.cond:
            self.states.append(state)
            self.cond.notify_all()

    def on_error(self, error: Exception) -> None:
        assert self.scheduler is not None
        status = self.scheduler.status()
        with self.cond:
            self.errors.append((error, status.state, status.retry_delay))
            self.cond.notify_all()
        self.proxy.clear()  # the fault stops after the scheduler saw it once

    def on_result(self, report: SyncReport) -> None:
        with self.cond:
            self.results.append(report)
            self.cond.notify_all()


def _schedule_until_done(desk: Desk, proxy: Any) -> Recorder:
    seed = 4
    recorder = Recorder(proxy)
    scheduler: SyncScheduler[SyncReport] = SyncScheduler(
        desk.sync, interval_minutes=60, on_result=recorder.on_result,
        on_error=recorder.on_error, on_state=recorder.on_state, rng=random.Random(seed),
        backoff_base=BASE, backoff_cap=BASE,
    )  # fmt: skip
    recorder.scheduler = scheduler
    scheduler.start()
    try:
        with recorder.cond:
            assert recorder.cond.wait_for(lambda: recorder.results, SAFETY), recorder.errors
    finally:
        scheduler.shutdown()
    assert recorder.states[-1] == IDLE
    # The first failure's delay is what the policy draws first from the same seeded rng.
    recorder.expected_first = backoff_delay(1, base=BASE, cap=BASE, rng=random.Random(seed))
    return recorder


# -- the faults ----------------------------------------------------------------------------

FAULTS = [
    # mode, error class, scheduler state after it, words the message holds
    ("reset", ServerUnreachable, OFFLINE, "Could not connect"),
    ("stall", ServerUnreachable, OFFLINE, "did not answer within 2 s"),
    ("truncate", ServerUnreachable, OFFLINE, "connection"),
    ("truncate_eof", InvalidRemoteData, BACKOFF, "instead of JSON"),
    ("500", ServerUnreachable, OFFLINE, "HTTP 500"),
    ("502", ServerUnreachable, OFFLINE, "HTTP 502"),
    ("503", ServerUnreachable, OFFLINE, "HTTP 503"),
    ("429", ServerUnreachable, OFFLINE, "HTTP 429"),
    ("html", InvalidRemoteData, BACKOFF, "text/html"),
]


@pytest.mark.parametrize(("mode", "error", "state", "words"), FAULTS, ids=[f[0] for f in FAULTS])
def test_a_fault_is_reported_backed_off_and_the_sync_completes_when_it_stops(
    desk: Desk, proxy: Any, rt_admin: Any, rt_server: Any,
    mode: str, error: type[ConnectorError], state: str, words: str,
) -> None:  # fmt: skip
    before = _pending(desk)
    assert before == 4  # ticket, note, time entry, the pulled ticket's update
    proxy.fault(mode)
    with pytest.raises(error) as raised:
        desk.sync()
    assert raised.value.retryable
    assert words in str(raised.value)
    assert rt_server.token not in str(raised.value)
    if mode == "429":
        assert raised.value.retry_after == 1.0
    assert _pending(desk) == before
    with desk.store.session() as s:
        assert sync_status(s).last_error == str(raised.value)
    assert proxy.faulted > 0

    recorder = _schedule_until_done(desk, proxy)
    [(seen, state_then, delay)] = recorder.errors
    assert isinstance(seen, error)
    assert state_then == state
    expected = recorder.expected_first
    assert delay == (max(expected, 1.0) if mode == "429" else expected)
    assert recorder.states[:3] == ["syncing", state, "syncing"]
    [report] = recorder.results
    assert report.pushed == 4 and report.pending == 0
    _on_rt_exactly_once(desk, rt_admin, rt_server)


MIDWAY = [
    # mode, the POSTs it hits, how many of them pass first, operations recorded before it
    # the ticket's create reaches RT, its answer is lost (cut off or reset)
    ("truncate", r"/ticket$", 0, 0),
    ("truncate_eof", r"/ticket$", 0, 0),
    ("drop", r"/ticket$", 0, 0),
    # the ticket is created and answered; the note reaches RT and its answer is lost
    ("drop", r"/comment$", 0, 1),
    # the note is answered too; the time entry (also a comment) loses its answer
    ("truncate", r"/comment$", 1, 2),
]


@pytest.mark.parametrize(
    ("mode", "path", "skip", "done"), MIDWAY, ids=[f"{m}-{n}" for m, _, _, n in MIDWAY]
)
def test_a_lost_answer_in_the_middle_of_a_push_is_not_duplicated_by_the_retry(
    desk: Desk, proxy: Any, rt_admin: Any, rt_server: Any,
    mode: str, path: str, skip: int, done: int,
) -> None:  # fmt: skip
    proxy.fault(mode, methods=["POST"], path=path, skip=skip)
    with pytest.raises(ConnectorError) as raised:
        desk.sync()
    assert raised.value.retryable
    assert proxy.faulted == 1  # the push stopped at the first lost answer
    # The operations answered before the fault are recorded; the lost one stays pending.
    assert _pending(desk) == 4 - done
    proxy.clear()
    recorder = _schedule_until_done(desk, proxy)
    assert recorder.errors == []
    [report] = recorder.results
    assert report.pushed == 4 - done and report.pending == 0
    _on_rt_exactly_once(desk, rt_admin, rt_server)
    # The retry found what had reached RT by its key and did not send it again.
    assert proxy.sent("POST", r"/ticket$") == 1
    assert proxy.sent("POST", r"/ticket/\d+/comment$") == 2
