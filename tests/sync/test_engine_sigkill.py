"""Acceptance (issue 4): the sync process SIGKILLed at random points, 30 times, against RT.

A real `SyncEngine.run_once` runs in a child process (tests/sync/engine_fixtures.py as a
script) on Ana's workspace while she keeps working offline and a third user keeps changing
the server; the test kills it with SIGKILL after a random delay. Afterwards the workspace
passes `PRAGMA integrity_check`, every local change is on RT exactly once, and nothing is
duplicated on either side. The delays are seeded, so a failure replays.
"""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desk_app.local_store.models import Comment, OutboxOp, Ticket, TimeEntry
from desk_app.local_store.ticket_writes import (
    NewTicket,
    add_comment,
    change_ticket,
    create_ticket,
    log_time,
)
from desk_app.local_store.visibility import viewer_for
from desk_app.sync.engine import SyncEngine
from desk_app.sync.rt import RtConnector

KILLS = 30
FIXTURES = Path(__file__).with_name("engine_fixtures.py")


def _load_fixtures() -> ModuleType:
    name = "engine_fixtures"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, FIXTURES)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


fx = _load_fixtures()


def _work_offline(store: Any, tag: str, step: int, tickets: list[int]) -> None:
    """One burst of an advisor's offline work: a new ticket with a note and time, and an
    edit plus a note on an older one."""
    now = datetime.now(UTC)
    with store.transaction() as s:
        viewer = viewer_for(s, "ana")
        maria = s.scalar(text("SELECT id FROM people WHERE full_name LIKE 'María%'"))
        draft = NewTicket(subject=f"{tag} ticket {step}", body=f"Paso {step}",
                          requester_id=maria, ticket_type="task", channel="chat")  # fmt: skip
        ticket = create_ticket(s, viewer, draft, now)
        add_comment(s, viewer, ticket.id, f"{tag} nota {step}", public=False, now=now)
        log_time(s, viewer, ticket.id, "L1", 5 + step, now)
        tickets.append(ticket.id)
        if len(tickets) > 1:
            older = tickets[step % (len(tickets) - 1)]
            change_ticket(s, viewer, older, {"subject": f"{tag} ticket editado {step}"}, now)
            add_comment(s, viewer, older, f"{tag} seguimiento {step}", public=True, now=now)


def _run_and_kill(workspace: Path, rt_server: Any, *, delay: float, die_at: int) -> bool:
    """Run one sync in a child process; kill it after `delay` seconds (SIGKILL from here) or
    let it kill itself at its `die_at`-th risky point. True when it died mid-way."""
    child = subprocess.Popen(
        [sys.executable, str(FIXTURES), str(workspace), rt_server.url, "ana", "4", str(die_at)],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    assert child.stdin is not None
    child.stdin.write(f"{rt_server.users['ana']}\n".encode())
    child.stdin.close()
    try:
        code = child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        return True
    return code == -signal.SIGKILL


def _rt_json(rt_admin: Any, rt_server: Any, path: str, **params: Any) -> Any:
    answer = rt_admin.get(f"{rt_server.rest}{path}", params=params, timeout=30)
    answer.raise_for_status()
    return answer.json()


def _count(session: Any, model: Any, ticket_id: int) -> int:
    query = select(func.count()).select_from(model).where(model.ticket_id == ticket_id)
    return int(session.scalar(query) or 0)


def _minutes(session: Any, ticket_id: int) -> int:
    query = select(func.sum(TimeEntry.minutes)).where(TimeEntry.ticket_id == ticket_id)
    return int(session.scalar(query) or 0)


def test_sync_killed_30_times_loses_and_duplicates_nothing(
    rt_server: Any, rt_admin: Any, tmp_path: Path
) -> None:
    rng = random.Random(20251112)
    tag = f"K{uuid.uuid4().hex[:8]}"
    workspace = tmp_path / "ana"
    fx.advisor_workspace(workspace, "ana").close()
    from desk_app.local_store.engine import open_store

    tickets: list[int] = []
    chosen_points = 0
    for step in range(KILLS):
        store = open_store(workspace)
        try:
            if step % 3 == 0:
                _work_offline(store, tag, step, tickets)
        finally:
            store.close()
        if step % 4 == 0:  # a third user adds to the server, so pulls have work too
            rt_admin.post(f"{rt_server.rest}/ticket", timeout=30, json={
                "Queue": "Partner Desk L1", "Subject": f"{tag} portal {step}",
                "Content": "Desde el portal", "Requestor": "maria@ferrenorte.mx"})  # fmt: skip
        # Even runs die at a chosen risky point (before/after a push, mid-page); odd ones get
        # SIGKILL from outside after a random delay, wherever they happen to be.
        if step % 2 == 0:
            died = _run_and_kill(workspace, rt_server, delay=120, die_at=rng.randint(1, 12))
            chosen_points += died
        else:
            _run_and_kill(workspace, rt_server, delay=rng.uniform(0.3, 2.5), die_at=0)
    assert chosen_points >= KILLS // 4  # the chosen points were reached, not skipped

    store = open_store(workspace)
    connector = RtConnector(rt_server.url, "ana", rt_server.users["ana"])
    try:
        SyncEngine(store, connector).run_once()
        SyncEngine(store, connector).run_once()
        with store.session() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert s.scalar(select(func.count()).select_from(OutboxOp)
                            .where(OutboxOp.sent_at.is_(None))) == 0  # fmt: skip
            ours = s.scalars(select(Ticket).where(Ticket.subject.like(f"{tag}%"))).all()
            doubled = s.execute(text(
                "SELECT remote_id FROM tickets WHERE remote_id IS NOT NULL "
                "GROUP BY remote_id HAVING count(*) > 1")).first()  # fmt: skip
            assert doubled is None
            for model in (Comment, TimeEntry):
                assert s.scalar(select(func.count()).select_from(model)
                                .where(model.remote_id.is_(None))) == 0  # fmt: skip
                twice = s.execute(
                    select(model.remote_id).group_by(model.remote_id).having(func.count() > 1)
                ).first()
                assert twice is None
            local = {t.remote_id: t for t in ours}
            notes = {t.remote_id: _count(s, Comment, t.id) for t in ours}
            minutes = {t.remote_id: _minutes(s, t.id) for t in ours}
    finally:
        connector.close()
        store.close()
    # Every ticket made offline is on RT exactly once, with its last subject ...
    made = set(tickets)
    assert {t.id for t in local.values() if t.id in made} == made
    on_rt = _rt_json(rt_admin, rt_server, "/tickets", query=f"Subject LIKE '{tag} ticket'",
                     per_page=100, fields="Subject")  # fmt: skip
    assert on_rt["total"] == len(made)
    for item in on_rt["items"]:
        assert local[str(item["id"])].subject == item["Subject"]
    # ... and every note, reply and time entry exactly once.
    for remote_id, ticket in local.items():
        if ticket.id not in made:
            continue
        history = _rt_json(rt_admin, rt_server, f"/ticket/{remote_id}/history",
                           per_page=100, fields="Type,TimeTaken")  # fmt: skip
        kinds = [item["Type"] for item in history["items"]]
        # Comment transactions carry the notes and the time entries; Correspond the replies.
        assert kinds.count("Comment") + kinds.count("Correspond") == notes[remote_id] + 1
        rt_minutes = sum(int(item.get("TimeTaken") or 0) for item in history["items"])
        assert rt_minutes == minutes[remote_id]


@pytest.fixture(autouse=True)
def _rt(rt_server: Any) -> None:
    """Start RT before the test body (its startup is not part of any kill window)."""
