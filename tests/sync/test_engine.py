"""The engine's ordering and crash-resume rules, on a real workspace and an in-memory server.

These pin exact failure points (a refusal of one operation, a drop after page k, a crash in
the commit step); test_two_workspaces.py runs the same behaviours against a real RT.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.local_store.article_queries import article_ids
from desk_app.local_store.models import (
    Article,
    Comment,
    KbCategory,
    OutboxOp,
    SyncConflict,
    SyncState,
    Ticket,
    TicketHistory,
    TicketSync,
    TimeEntry,
    User,
)
from desk_app.local_store.sync_store import (
    failed_ops,
    open_conflicts,
    reapply_conflict,
    retry_failed_op,
    sync_status,
)
from desk_app.local_store.ticket_writes import (
    NewTicket,
    add_comment,
    change_ticket,
    create_ticket,
    log_time,
)
from desk_app.sync import push as push_module
from desk_app.sync.connector import InvalidRemoteData, PushOp, RemoteArticle, ServerUnreachable
from desk_app.sync.engine import SyncEngine, SyncProgress
from desk_app.sync.workspace_lock import SyncBusy, sync_lock


def _load_fixtures() -> ModuleType:
    name = "engine_fixtures"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while being built
        spec.loader.exec_module(module)
    return sys.modules[name]


fx = _load_fixtures()


@pytest.fixture
def server() -> Any:
    return fx.MemoryConnector(page_size=2)


def _offline_ticket(desk: Any, subject: str = "VPN caída", *, note: bool = True) -> int:
    viewer = desk.viewer()
    with desk.store.transaction() as s:
        draft = NewTicket(subject=subject, body="No conecta", requester_id=desk.ids["maria"],
                          ticket_type="task", channel="phone")  # fmt: skip
        ticket = create_ticket(s, viewer, draft, desk.now)
        if note:
            add_comment(s, viewer, ticket.id, "Nota interna", public=False, now=desk.now)
            log_time(s, viewer, ticket.id, "L2", 30, desk.now)
        return ticket.id


def _count(desk: Any, model: Any, *where: Any) -> int:
    with desk.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_the_outbox_is_pushed_in_order_and_remote_ids_are_recorded(desk: Any, server: Any) -> None:
    ticket_id = _offline_ticket(desk)
    seen: list[SyncProgress] = []
    report = SyncEngine(desk.store, server).run_once(progress=seen.append)
    assert [(p.entity, p.op) for p in server.pushes] == [
        ("ticket", "create"), ("comment", "create"), ("time_entry", "create")]  # fmt: skip
    create = server.pushes[0]
    assert create.fields["requester_email"] == "maria@ferrenorte.mx"
    assert create.fields["responsible_username"] is None
    assert server.pushes[2].fields == {"kind": "L2", "minutes": 30, "note": "",
                                       "username": "ana"}  # fmt: skip
    assert report.pushed == 3 and report.pending == 0 and report.first_sync
    assert {p.phase for p in seen} == {"reference", "pull_tickets", "push", "pull_articles"}
    with desk.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None and ticket.remote_id is not None
        state = s.get(TicketSync, ticket_id)
        assert state is not None and state.base["subject"] == "VPN caída"
        assert s.scalars(select(Comment.remote_id).where(Comment.ticket_id == ticket_id)).one()
        assert s.scalars(select(TimeEntry.remote_id).where(TimeEntry.ticket_id == ticket_id)).one()
        # Reference data arrived: a colleague the workspace did not know.
        assert s.scalars(select(User).where(User.username == "bruno")).one().remote_id == "1"
    # Pulling our own ticket back (the next run) duplicates nothing.
    SyncEngine(desk.store, server).run_once()
    assert _count(desk, Ticket, Ticket.remote_id == ticket.remote_id) == 1
    assert _count(desk, Comment, Comment.ticket_id == ticket_id) == 1
    assert _count(desk, TimeEntry, TimeEntry.ticket_id == ticket_id) == 1


def test_a_second_sync_of_the_same_workspace_waits_its_turn(desk: Any, server: Any) -> None:
    """`desk-app sync --once` while the app syncs the same workspace must not push twice."""
    _offline_ticket(desk)
    with sync_lock(desk.store.db_path), pytest.raises(SyncBusy, match="Another sync"):
        SyncEngine(desk.store, server).run_once()
    assert server.pushes == []
    with desk.store.session() as s:
        assert sync_status(s).pending_ops == 3
    assert SyncEngine(desk.store, server).run_once().pushed == 3  # the lock was released


def test_a_lost_response_is_retried_without_a_second_ticket(
    desk: Any, server: Any, monkeypatch: Any
) -> None:
    _offline_ticket(desk)
    monkeypatch.setattr(server, "push", fx.lost_response(server))
    with pytest.raises(ServerUnreachable):
        SyncEngine(desk.store, server).run_once()
    monkeypatch.undo()
    with desk.store.session() as s:
        first = s.scalars(select(OutboxOp).order_by(OutboxOp.id)).first()
        assert first is not None and first.sent_at is None and first.attempts == 1
        assert sync_status(s).last_error
    SyncEngine(desk.store, server).run_once()
    assert len(server.records) == 1
    record = next(iter(server.records.values()))
    assert len(record.comments) == 1 and len(record.time_entries) == 1
    assert _count(desk, Ticket, Ticket.remote_id == record.remote_id) == 1
    with desk.store.session() as s:
        assert sync_status(s).pending_ops == 0 and sync_status(s).last_error is None


def test_a_crash_in_the_commit_step_is_retried_without_duplicates(
    desk: Any, server: Any, monkeypatch: Any
) -> None:
    _offline_ticket(desk)
    original = push_module.record_pushed
    calls = {"n": 0}

    def crash_on_second(*args: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the comment reached the server; we die before recording it
            raise RuntimeError("power cut")
        original(*args)

    monkeypatch.setattr(push_module, "record_pushed", crash_on_second)
    with pytest.raises(RuntimeError):
        SyncEngine(desk.store, server).run_once()
    monkeypatch.undo()
    SyncEngine(desk.store, server).run_once()
    record = next(iter(server.records.values()))
    assert len(server.records) == 1 and len(record.comments) == 1
    assert _count(desk, Comment, Comment.remote_id == record.comments[0].remote_id) == 1
    assert _count(desk, OutboxOp, OutboxOp.sent_at.is_(None)) == 0


def test_a_refused_operation_fails_alone_and_holds_back_only_its_ticket(
    desk: Any, server: Any
) -> None:
    def refuse(op: PushOp) -> Exception | None:
        if op.op == "create" and op.fields.get("subject") == "Malo":
            return InvalidRemoteData("'raro' isn't a valid status")
        return None

    server.refuse = refuse
    bad = _offline_ticket(desk, "Malo")
    good = _offline_ticket(desk, "Bueno", note=False)
    report = SyncEngine(desk.store, server).run_once()
    assert report.failed == 1 and report.pushed == 1
    with desk.store.session() as s:
        failed = failed_ops(s)
        assert [(f.entity, f.error) for f in failed] == [("ticket", "'raro' isn't a valid status")]
        assert s.get(Ticket, good) is not None and s.get(Ticket, good).remote_id  # type: ignore[union-attr]
        waiting = s.scalars(select(OutboxOp).where(OutboxOp.entity == "comment")).one()
        assert waiting.sent_at is None and waiting.failed_at is None
        assert (waiting.last_error or "").startswith("waiting")
        assert sync_status(s).failed_ops == 1 and sync_status(s).pending_ops == 2
    server.refuse = lambda _op: None
    with desk.store.transaction() as s:
        retry_failed_op(s, failed[0].id)
    SyncEngine(desk.store, server).run_once()
    with desk.store.session() as s:
        assert s.get(Ticket, bad).remote_id is not None  # type: ignore[union-attr]
        assert sync_status(s).pending_ops == 0 and sync_status(s).failed_ops == 0


def test_an_unreachable_server_stops_the_push_and_keeps_everything_pending(
    desk: Any, server: Any
) -> None:
    _offline_ticket(desk)
    server.refuse = lambda _op: ServerUnreachable("connection refused")
    with pytest.raises(ServerUnreachable):
        SyncEngine(desk.store, server).run_once()
    with desk.store.session() as s:
        ops = list(s.scalars(select(OutboxOp).order_by(OutboxOp.id)))
        assert [op.attempts for op in ops] == [1, 0, 0]
        assert all(op.sent_at is None and op.failed_at is None for op in ops)
        assert sync_status(s).last_error == "connection refused"


def test_a_pull_broken_after_a_page_resumes_without_gaps_or_duplicates(
    desk: Any, server: Any
) -> None:
    ids = [server.server_create(subject=f"Remoto {n}", requester_email="nuevo@cliente.mx",
                                requester_name="Nuevo Cliente") for n in range(5)]  # fmt: skip
    server.fail_after_pages = 1
    with pytest.raises(ConnectionResetError):
        SyncEngine(desk.store, server).run_once()
    assert _count(desk, Ticket, Ticket.remote_id.in_(ids)) == 2
    with desk.store.session() as s:
        assert s.get(SyncState, "mem:tickets") is not None
    server.fail_after_pages = None
    SyncEngine(desk.store, server).run_once()
    with desk.store.session() as s:
        remote_ids = list(s.scalars(select(Ticket.remote_id).where(Ticket.remote_id.in_(ids))))
        assert sorted(remote_ids) == sorted(ids)
        # One requester created for all five, from the server's natural key.
        requesters = set(s.scalars(select(Ticket.requester_id).where(Ticket.remote_id.in_(ids))))
        assert len(requesters) == 1


def test_cancel_between_pages_leaves_a_cache_that_resumes(desk: Any, server: Any) -> None:
    ids = [server.server_create(subject=f"Remoto {n}") for n in range(5)]
    cancel = threading.Event()
    server.on_page = lambda number: cancel.set() if number == 2 else None
    report = SyncEngine(desk.store, server).run_once(cancel=cancel)
    assert report.cancelled and report.first_sync
    cached = _count(desk, Ticket, Ticket.remote_id.in_(ids))
    assert 0 < cached < 5
    report = SyncEngine(desk.store, server).run_once()
    assert not report.cancelled and report.first_sync  # the first full sync, completed now
    assert _count(desk, Ticket, Ticket.remote_id.in_(ids)) == 5
    assert not SyncEngine(desk.store, server).run_once().first_sync


def test_server_changes_merge_with_local_edits_and_conflicts_can_be_reapplied(
    desk: Any, server: Any
) -> None:
    ticket_id = _offline_ticket(desk, note=False)
    engine = SyncEngine(desk.store, server)
    engine.run_once()
    remote_id = next(iter(server.records))
    viewer = desk.viewer()
    later = desk.now + timedelta(minutes=5)
    with desk.store.transaction() as s:
        change_ticket(s, viewer, ticket_id, {"priority": "urgent", "flag": "orange"}, later)
    server.server_edit(remote_id, subject="VPN caída en sucursal", flag="green")
    report = engine.run_once()
    assert report.conflicts == 1
    with desk.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        assert (ticket.subject, ticket.priority, ticket.flag) == (
            "VPN caída en sucursal", "urgent", "green")  # fmt: skip
        [conflict] = open_conflicts(s)
        assert (conflict.field, conflict.local_value, conflict.remote_value) == (
            "flag", "orange", "green")  # fmt: skip
        synced = s.scalars(select(TicketHistory).where(TicketHistory.ticket_id == ticket_id,
                                                       TicketHistory.from_sync)).all()  # fmt: skip
        assert {h.field for h in synced} == {"subject", "flag"}
    # The server kept its flag, got our priority, and its subject was not pushed back.
    assert server.records[remote_id].fields["flag"] == "green"
    assert server.records[remote_id].fields["priority"] == "urgent"
    pushed_fields = [set(p.fields) for p in server.pushes if p.op == "update"]
    assert pushed_fields == [{"priority"}]
    with desk.store.transaction() as s:
        reapply_conflict(s, viewer, conflict.id, later)
    engine.run_once()
    assert server.records[remote_id].fields["flag"] == "orange"
    with desk.store.session() as s:
        assert open_conflicts(s) == []
        assert s.get(Ticket, ticket_id).flag == "orange"  # type: ignore[union-attr]
        assert _count(desk, SyncConflict) == 1


def test_server_deletions_and_merges_reach_the_cache(desk: Any, server: Any) -> None:
    keep = server.server_create(subject="Superviviente")
    gone = server.server_create(subject="Borrado")
    dup = server.server_create(subject="Duplicado")
    engine = SyncEngine(desk.store, server)
    engine.run_once()
    server.records[gone].deleted = True
    server.server_edit(gone)
    server.records[dup].merged_into = keep
    server.server_edit(dup)
    outbox_before = _count(desk, OutboxOp)
    engine.run_once()
    with desk.store.session() as s:
        assert s.scalars(select(Ticket).where(Ticket.remote_id == gone)).first() is None
        merged = s.scalars(select(Ticket).where(Ticket.remote_id == dup)).one()
        survivor = s.scalars(select(Ticket).where(Ticket.remote_id == keep)).one()
        assert merged.merged_into_id == survivor.id and merged.status == "closed"
        assert merged.resolved_at is not None
    assert _count(desk, OutboxOp) == outbox_before  # nothing from the server is pushed back


def test_articles_land_in_their_categories_once_and_are_searchable(desk: Any, server: Any) -> None:
    def article(remote_id: str, title: str, body: str) -> Any:
        return RemoteArticle(remote_id, ("Facturación", "CFDI"), title, "Resumen", body,
                             "timbrado", False, server.tick())  # fmt: skip

    server.articles = [article("7", "Error 301 al timbrar", "Renovar el certificado"),
                       article("8", "Cancelar una factura", "Pedir aceptación")]  # fmt: skip
    engine = SyncEngine(desk.store, server)
    engine.run_once()
    server.articles[0] = article("7", "Error 301 al timbrar", "Renovar el CSD del emisor")
    report = engine.run_once()
    assert report.pulled >= 1
    with desk.store.session() as s:
        rows = s.scalars(select(Article).where(Article.remote_id.in_(["7", "8"]))).all()
        assert sorted(a.remote_id or "" for a in rows) == ["7", "8"]
        folder = s.get(KbCategory, rows[0].category_id)
        assert folder is not None and folder.name == "CFDI"
        assert s.get(KbCategory, folder.parent_id).name == "Facturación"  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(KbCategory)
                        .where(KbCategory.name == "CFDI")) == 1  # fmt: skip
        [found] = article_ids(s, "emisor")
        assert s.get(Article, found).remote_id == "7"  # type: ignore[union-attr]
        assert article_ids(s, "certificado") == []  # the old text left the index
