"""Acceptance (issue 4): two advisors' workspaces and one real Request Tracker 5.

Ana (workspace A) and Bruno (workspace B) sync with the RT the `rt_server` fixture runs on
127.0.0.1; `rt_admin` (root over REST) is the third user who changes tickets on the server.
The server is shared by the whole session, so each test names its tickets uniquely and
looks them up by remote id or subject.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desk_app.local_store.article_queries import article_ids
from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.engine import Store
from desk_app.local_store.models import (
    Article,
    Call,
    Comment,
    KbCategory,
    OutboxOp,
    Queue,
    StatusDefinition,
    SurveyAnswer,
    SyncState,
    Ticket,
    TicketHistory,
    TicketSync,
    TimeEntry,
    User,
    call_tickets,
)
from desk_app.local_store.sync_store import (
    discard_failed_op,
    failed_ops,
    open_conflicts,
    reapply_conflict,
    sync_status,
)
from desk_app.local_store.ticket_writes import (
    NewTicket,
    add_comment,
    change_ticket,
    create_ticket,
    log_time,
    visible_ticket,
)
from desk_app.local_store.visibility import Viewer, viewer_for
from desk_app.sync import push as push_module
from desk_app.sync.connector import PullPage, PushOp, PushResult, ServerUnreachable
from desk_app.sync.engine import SyncEngine, SyncProgress, SyncReport
from desk_app.sync.resolve import local_values
from desk_app.sync.rt import RtConnector, wire


def _load_fixtures() -> ModuleType:
    name = "engine_fixtures"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


fx = _load_fixtures()


@dataclass
class Side:
    """One advisor's workspace and its connection to the shared RT."""

    username: str
    store: Store
    connector: RtConnector

    def sync(self, **kwargs: Any) -> SyncReport:
        return SyncEngine(self.store, self.connector).run_once(**kwargs)

    def viewer(self) -> Viewer:
        with self.store.session() as s:
            return viewer_for(s, self.username)

    def ticket(self, remote_id: str) -> Ticket | None:
        with self.store.session() as s:
            return s.scalars(select(Ticket).where(Ticket.remote_id == remote_id)).first()

    def values(self, remote_id: str) -> dict[str, Any]:
        with self.store.session() as s:
            ticket = s.scalars(select(Ticket).where(Ticket.remote_id == remote_id)).one()
            return local_values(s, ticket)

    def count(self, model: Any, *where: Any) -> int:
        with self.store.session() as s:
            return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    def close(self) -> None:
        self.connector.close()
        self.store.close()


def _side(rt_server: Any, folder: Path, username: str) -> Side:
    store = fx.advisor_workspace(folder, username)
    connector = RtConnector(rt_server.url, username, rt_server.users[username])
    return Side(username, store, connector)


@pytest.fixture
def ana(rt_server: Any, tmp_path: Path) -> Iterator[Side]:
    side = _side(rt_server, tmp_path / "a", "ana")
    yield side
    side.close()


@pytest.fixture
def bruno(rt_server: Any, tmp_path: Path) -> Iterator[Side]:
    side = _side(rt_server, tmp_path / "b", "bruno")
    yield side
    side.close()


def _unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:10]}"


def _offline_ticket(
    side: Side, subject: str, *, note: str | None = "Revisar el certificado", minutes: int = 30
) -> int:
    viewer = side.viewer()
    now = datetime.now(UTC)
    with side.store.transaction() as s:
        maria = s.scalar(text("SELECT id FROM people WHERE full_name LIKE 'María%'"))
        draft = NewTicket(subject=subject, body="El timbrado falla con el error 301.",
                          requester_id=maria, ticket_type="problem", channel="phone",
                          priority="urgent", criticality="moderate")  # fmt: skip
        ticket = create_ticket(s, viewer, draft, now)
        if note is not None:
            add_comment(s, viewer, ticket.id, note, public=False, now=now)
        if minutes:
            log_time(s, viewer, ticket.id, "L2", minutes, now)
        return ticket.id


def _remote_id(side: Side, ticket_id: int) -> str:
    with side.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None and ticket.remote_id is not None
        return ticket.remote_id


def _rt_ticket(rt_admin: Any, rt_server: Any, remote_id: str) -> dict[str, Any]:
    answer = rt_admin.get(f"{rt_server.rest}/ticket/{remote_id}", timeout=15)
    answer.raise_for_status()
    body: dict[str, Any] = answer.json()
    return body


def _rt_put(rt_admin: Any, rt_server: Any, remote_id: str, body: dict[str, Any]) -> None:
    answer = rt_admin.put(f"{rt_server.rest}/ticket/{remote_id}", json=body, timeout=15)
    answer.raise_for_status()


def _rt_transactions(rt_admin: Any, rt_server: Any, remote_id: str, kind: str) -> int:
    answer = rt_admin.get(f"{rt_server.rest}/ticket/{remote_id}/history",
                          params={"fields": "Type", "per_page": 100}, timeout=15)  # fmt: skip
    answer.raise_for_status()
    return sum(1 for item in answer.json()["items"] if item.get("Type") == kind)


def _rt_tickets_named(rt_admin: Any, rt_server: Any, subject: str) -> int:
    answer = rt_admin.get(f"{rt_server.rest}/tickets",
                          params={"query": f"Subject = '{subject}'"}, timeout=15)  # fmt: skip
    answer.raise_for_status()
    return int(answer.json()["total"])


def _rt_create(rt_admin: Any, rt_server: Any, subject: str) -> str:
    answer = rt_admin.post(f"{rt_server.rest}/ticket", timeout=15, json={
        "Queue": "Partner Desk L1", "Subject": subject, "Content": "Desde el portal",
        "Requestor": "maria@ferrenorte.mx",
    })  # fmt: skip
    answer.raise_for_status()
    return str(answer.json()["id"])


def _due_times_are_current(side: Side, remote_id: str) -> None:
    """The SLA due-time cache of a pulled ticket is what the SLA clock says now."""
    with side.store.transaction() as s:
        ticket = s.scalars(select(Ticket).where(Ticket.remote_id == remote_id)).one()
        cached = (ticket.response_due_at, ticket.resolution_due_at)
        assert cached[0] is not None
        refresh_due_times(s, [ticket.id], datetime.now(UTC))
        s.expire_all()
        ticket = s.scalars(select(Ticket).where(Ticket.remote_id == remote_id)).one()
        assert (ticket.response_due_at, ticket.resolution_due_at) == cached


def _consistent(side: Side) -> None:
    """What a crash or a cancel must never leave behind."""
    with side.store.session() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert s.execute(text("PRAGMA foreign_key_check")).first() is None
        doubled = s.execute(text(
            "SELECT remote_id FROM tickets WHERE remote_id IS NOT NULL "
            "GROUP BY remote_id HAVING count(*) > 1")).first()  # fmt: skip
        assert doubled is None
        unsynced = s.execute(text(
            "SELECT t.id FROM tickets t LEFT JOIN ticket_sync ts ON ts.ticket_id = t.id "
            "WHERE t.remote_id IS NOT NULL AND ts.ticket_id IS NULL")).first()  # fmt: skip
        assert unsynced is None


# -- a ticket made offline reaches the other advisor -------------------------------------------


def test_a_ticket_created_offline_on_a_appears_on_b_with_the_same_fields(
    ana: Side, bruno: Side
) -> None:
    subject = _unique("CFDI no timbra")
    ticket_id = _offline_ticket(ana, subject)
    first = ana.sync()
    assert first.pushed == 3 and first.pending == 0 and first.first_sync
    remote_id = _remote_id(ana, ticket_id)
    bruno.sync()
    ana.sync()  # A learns what RT filled in (its queue)
    assert bruno.values(remote_id) == ana.values(remote_id)
    values = bruno.values(remote_id)
    assert (values["subject"], values["priority"], values["criticality"], values["ticket_type"],
            values["channel"], values["requester_email"]) == (
        subject, "urgent", "moderate", "problem", "phone", "maria@ferrenorte.mx")  # fmt: skip
    on_b = bruno.ticket(remote_id)
    assert on_b is not None
    assert on_b.body.strip() == "El timbrado falla con el error 301."
    with bruno.store.session() as s:
        assert visible_ticket(s, bruno.viewer(), on_b.id).id == on_b.id  # María is in his network
        [note] = s.scalars(select(Comment).where(Comment.ticket_id == on_b.id)).all()
        assert (note.body.strip(), note.is_public) == ("Revisar el certificado", False)
        [entry] = s.scalars(select(TimeEntry).where(TimeEntry.ticket_id == on_b.id)).all()
        assert (entry.kind, entry.minutes) == ("L2", 30)
        assert s.scalar(text("SELECT username FROM users WHERE id = :id"),
                        {"id": entry.user_id}) == "ana"  # fmt: skip
    # Pulling it again duplicates nothing on either side.
    ana.sync()
    bruno.sync()
    for side in (ana, bruno):
        local_id = side.ticket(remote_id).id  # type: ignore[union-attr]
        assert side.count(Comment, Comment.ticket_id == local_id) == 1
        assert side.count(TimeEntry, TimeEntry.ticket_id == local_id) == 1


def test_reference_data_reaches_the_workspace(bruno: Side) -> None:
    report = bruno.sync()
    assert report.first_sync
    with bruno.store.session() as s:
        queue = s.scalars(select(Queue).where(Queue.name == "Partner Desk L2")).one()
        assert (queue.level, queue.remote_id is not None) == ("L2", True)
        lucia = s.scalars(select(User).where(User.username == "lucia")).one()
        assert lucia.remote_id is not None and lucia.role == "leader"  # local role untouched


def test_a_change_by_a_third_user_over_rest_appears_on_both(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any
) -> None:
    ticket_id = _offline_ticket(ana, _unique("Impresora"), note=None, minutes=0)
    ana.sync()
    remote_id = _remote_id(ana, ticket_id)
    bruno.sync()
    changed = _unique("Impresora de tickets sin papel")
    _rt_put(rt_admin, rt_server, remote_id, {"Subject": changed, "Status": "stalled"})
    outbox = (ana.count(OutboxOp), bruno.count(OutboxOp))
    ana.sync()
    bruno.sync()
    for side in (ana, bruno):
        values = side.values(remote_id)
        assert (values["subject"], values["status"]) == (changed, "waiting_customer"), side.username
        local_id = side.ticket(remote_id).id  # type: ignore[union-attr]
        synced = (TicketHistory.ticket_id == local_id, TicketHistory.field == "subject")
        assert side.count(TicketHistory, *synced, TicketHistory.from_sync) == 1
    # The server's change is not pushed back by either side.
    assert (ana.count(OutboxOp), bruno.count(OutboxOp)) == outbox


def test_a_category_set_and_then_cleared_on_rt_reaches_the_cache(
    ana: Side, rt_admin: Any, rt_server: Any
) -> None:
    ticket_id = _offline_ticket(ana, _unique("Timbrado"), note=None, minutes=0)
    ana.sync()
    remote_id = _remote_id(ana, ticket_id)
    _rt_put(rt_admin, rt_server, remote_id, {"CustomFields": {"Category": "Nómina › Timbrado"}})
    ana.sync()
    assert ana.values(remote_id)["category_path"] == ["Nómina", "Timbrado"]
    _rt_put(rt_admin, rt_server, remote_id, {"CustomFields": {"Category": []}})
    ana.sync()
    assert ana.values(remote_id)["category_path"] is None
    with ana.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None and ticket.category_id is None


def test_a_new_rt_ticket_and_server_side_deletions_and_merges_reach_the_cache(
    ana: Side, rt_admin: Any, rt_server: Any
) -> None:
    survivor = _rt_create(rt_admin, rt_server, _unique("Portal"))
    duplicate = _rt_create(rt_admin, rt_server, _unique("Portal duplicado"))
    doomed = _rt_create(rt_admin, rt_server, _unique("Spam"))
    ana.sync()
    assert all(ana.ticket(rid) is not None for rid in (survivor, duplicate, doomed))
    assert ana.values(survivor)["requester_email"] == "maria@ferrenorte.mx"
    _due_times_are_current(ana, survivor)
    _rt_put(rt_admin, rt_server, doomed, {"Status": "deleted"})
    _rt_put(rt_admin, rt_server, duplicate, {"MergeInto": int(survivor)})
    ana.sync()
    assert ana.ticket(doomed) is None
    merged, kept = ana.ticket(duplicate), ana.ticket(survivor)
    assert merged is not None and kept is not None
    assert merged.merged_into_id == kept.id and merged.status == "closed"
    _consistent(ana)


# -- merge and conflicts ---------------------------------------------------------------------


def test_offline_edits_merge_with_a_server_change_of_another_field(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any
) -> None:
    ticket_id = _offline_ticket(ana, _unique("VPN"), note=None, minutes=0)
    ana.sync()
    remote_id = _remote_id(ana, ticket_id)
    with ana.store.transaction() as s:  # offline on A
        change_ticket(s, ana.viewer(), ticket_id, {"priority": "critical", "tags": ["vpn"]},
                      datetime.now(UTC))  # fmt: skip
    changed = _unique("VPN caída en sucursal")
    _rt_put(rt_admin, rt_server, remote_id, {"Subject": changed})
    report = ana.sync()
    assert report.conflicts == 0
    values = ana.values(remote_id)
    assert (values["subject"], values["priority"], values["tags"]) == (changed, "critical", ["vpn"])
    bruno.sync()
    assert bruno.values(remote_id) == ana.values(remote_id)
    assert _rt_ticket(rt_admin, rt_server, remote_id)["Subject"] == changed


def test_the_same_field_changed_on_both_is_a_conflict_and_reapplying_it_wins(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any
) -> None:
    ticket_id = _offline_ticket(ana, _unique("Nómina"), note=None, minutes=0)
    ana.sync()
    remote_id = _remote_id(ana, ticket_id)
    mine, theirs = _unique("Nómina: error de cálculo"), _unique("Nómina: ISR mal calculado")
    with ana.store.transaction() as s:
        change_ticket(s, ana.viewer(), ticket_id, {"subject": mine}, datetime.now(UTC))
    _rt_put(rt_admin, rt_server, remote_id, {"Subject": theirs})
    report = ana.sync()
    assert report.conflicts == 1
    assert ana.values(remote_id)["subject"] == theirs  # the server wins in the cache
    assert _rt_ticket(rt_admin, rt_server, remote_id)["Subject"] == theirs  # and on the server
    with ana.store.session() as s:
        [conflict] = open_conflicts(s, ticket_id)
        assert (conflict.field, conflict.local_value, conflict.remote_value) == (
            "subject", mine, theirs)  # fmt: skip
        assert sync_status(s).open_conflicts == 1
    with ana.store.transaction() as s:
        reapply_conflict(s, ana.viewer(), conflict.id)
    ana.sync()
    assert _rt_ticket(rt_admin, rt_server, remote_id)["Subject"] == mine
    bruno.sync()
    assert bruno.values(remote_id)["subject"] == mine
    with ana.store.session() as s:
        assert open_conflicts(s) == []
        assert s.get(Ticket, ticket_id).subject == mine  # type: ignore[union-attr]


# -- knowledge base --------------------------------------------------------------------------


def test_rt_articles_reach_the_knowledge_base_of_both(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any
) -> None:
    title = _unique("Error 301 al timbrar")
    answer = rt_admin.post(f"{rt_server.rest}/article", timeout=15, json={
        "Class": "Facturación", "Name": title, "Summary": "Certificado vencido",
        "CustomFields": {"Content": "Renovar el CSD del emisor"}})  # fmt: skip
    answer.raise_for_status()
    for side in (ana, bruno):
        side.sync()
        side.sync()  # the overlap pulls it again: still one article
        with side.store.session() as s:
            [article] = s.scalars(select(Article).where(Article.title == title)).all()
            assert "Renovar el CSD" in article.body
            folder = s.get(KbCategory, article.category_id)
            assert folder is not None and folder.name == "Facturación"
            assert article.id in article_ids(s, "emisor")


# -- calls for the leader ----------------------------------------------------------------------


def test_calls_logged_by_an_advisor_reach_the_leaders_workspace(
    rt_server: Any, rt_admin: Any, tmp_path: Path
) -> None:
    ticket = _rt_create(rt_admin, rt_server, _unique("Llamada"))
    started = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)
    key = uuid.uuid4().hex
    logger = RtConnector(rt_server.url, "ana", rt_server.users["ana"])
    survey = {"csat": 5, "ces": 2, "nps": 9, "answered_at": started.isoformat()}
    fields = {
        "direction": "inbound", "number": "+52 55 1234 5678", "caller_name": "María",
        "advisor_username": "ana", "started_at": started.isoformat(),
        "answered_at": started.isoformat(), "ended_at": started.isoformat(),
        "wrap_up_ended_at": None, "hold_seconds": 15, "outcome": "ticket_updated",
        "notes": "Pidió estado", "ticket_remote_ids": [ticket], "survey": survey,
    }  # fmt: skip
    try:  # Ana's app logs a call with a survey answer (its own outbox, another machine)
        logger.push(PushOp(key, "call", "create", key, None, fields))
    finally:
        logger.close()
    leader = _side(rt_server, tmp_path / "lucia", "lucia")
    try:
        leader.sync()
        leader.sync()  # again: still one call and one answer
        with leader.store.session() as s:
            [call] = s.scalars(select(Call).where(Call.notes == "Pidió estado")).all()
            assert (call.direction, call.hold_seconds, call.outcome) == (
                "inbound", 15, "ticket_updated")  # fmt: skip
            assert call.number_e164 == "+525512345678"
            ana_id = s.scalar(select(User.id).where(User.username == "ana"))
            assert call.advisor_id == ana_id
            linked = s.scalars(select(call_tickets.c.ticket_id)
                               .where(call_tickets.c.call_id == call.id)).all()  # fmt: skip
            assert [s.get(Ticket, t).remote_id for t in linked] == [ticket]  # type: ignore[union-attr]
            [answer] = s.scalars(select(SurveyAnswer).where(SurveyAnswer.call_id == call.id)).all()
            assert (answer.csat, answer.ces, answer.nps) == (5, 2, 9)
    finally:
        leader.close()


# -- refused operations -----------------------------------------------------------------------


def test_an_operation_rt_refuses_fails_alone_and_holds_back_only_its_ticket(
    ana: Side, rt_admin: Any, rt_server: Any
) -> None:
    first = _offline_ticket(ana, _unique("Proveedor"), note=None, minutes=0)
    ana.sync()
    remote_id = _remote_id(ana, first)
    now = datetime.now(UTC)
    with ana.store.transaction() as s:
        # An admin's own status that the RT status mapping does not know.
        s.add(StatusDefinition(key="vendor", name="Waiting on vendor", stage="doing",
                               pauses_sla=True, position=40))  # fmt: skip
        s.flush()
        change_ticket(s, ana.viewer(), first, {"status": "vendor"}, now)
        add_comment(s, ana.viewer(), first, "Llamé al proveedor", public=False, now=now)
    other = _offline_ticket(ana, _unique("Otro cliente"), note=None, minutes=0)
    report = ana.sync()
    assert (report.failed, report.pushed) == (1, 1)
    assert ana.ticket(_remote_id(ana, other)) is not None  # another ticket went ahead
    with ana.store.session() as s:
        [failed] = failed_ops(s)
        assert failed.op == "update" and "vendor" in failed.error
        waiting = s.scalars(select(OutboxOp).where(OutboxOp.entity == "comment")).one()
        assert waiting.sent_at is None and (waiting.last_error or "").startswith("waiting")
        assert sync_status(s).failed_ops == 1
    assert _rt_transactions(rt_admin, rt_server, remote_id, "Comment") == 0
    ana.sync()  # refused operations are not retried by themselves
    assert ana.count(OutboxOp, OutboxOp.entity == "comment", OutboxOp.sent_at.is_(None)) == 1
    with ana.store.transaction() as s:
        discard_failed_op(s, failed.id)
    ana.sync()
    assert _rt_transactions(rt_admin, rt_server, remote_id, "Comment") == 1
    with ana.store.session() as s:
        assert sync_status(s).pending_ops == 0 and sync_status(s).failed_ops == 0


# -- crashes, lost answers and cancel --------------------------------------------------------


def test_a_push_whose_answer_is_lost_never_creates_a_second_ticket_note_or_entry(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    subject = _unique("Respuesta perdida")
    _offline_ticket(ana, subject)
    real_push = ana.connector.push
    lost: list[str] = []

    def lose_each_answer_once(op: PushOp) -> PushResult:
        result = real_push(op)  # RT applied it ...
        if op.idempotency_key not in lost:
            lost.append(op.idempotency_key)
            raise ServerUnreachable("the connection was reset")  # ... the answer never came
        return result

    monkeypatch.setattr(ana.connector, "push", lose_each_answer_once)
    for _ in range(3):  # the ticket, its note, its time entry: each answer lost once
        with pytest.raises(ServerUnreachable):
            ana.sync()
        with ana.store.session() as s:
            assert sync_status(s).last_error == "the connection was reset"
    assert len(lost) == 3
    ana.sync()
    assert _rt_tickets_named(rt_admin, rt_server, subject) == 1
    with ana.store.session() as s:
        ticket = s.scalars(select(Ticket).where(Ticket.subject == subject)).one()
        assert sync_status(s).pending_ops == 0
    remote_id = ticket.remote_id
    assert remote_id is not None
    assert _rt_transactions(rt_admin, rt_server, remote_id, "Comment") == 2  # note + time
    bruno.sync()
    local = bruno.ticket(remote_id)
    assert local is not None
    assert bruno.count(Comment, Comment.ticket_id == local.id) == 1
    assert bruno.count(TimeEntry, TimeEntry.ticket_id == local.id) == 1
    _consistent(ana)


def test_a_crash_before_the_push_is_recorded_is_retried_without_duplicates(
    ana: Side, rt_admin: Any, rt_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    subject = _unique("Corte de luz")
    ticket_id = _offline_ticket(ana, subject)
    recorded: list[str] = []
    original = push_module.record_pushed

    def crash_in_commit(session: Any, op_id: int, pushed: PushOp, *rest: Any) -> None:
        if pushed.entity not in recorded:  # each kind: the first commit dies
            recorded.append(pushed.entity)
            raise RuntimeError("power cut before the commit")
        original(session, op_id, pushed, *rest)

    monkeypatch.setattr(push_module, "record_pushed", crash_in_commit)
    for _ in range(3):
        with pytest.raises(RuntimeError):
            ana.sync()
    ana.sync()
    monkeypatch.undo()
    ana.sync()
    assert recorded == ["ticket", "comment", "time_entry"]
    assert _rt_tickets_named(rt_admin, rt_server, subject) == 1
    remote_id = _remote_id(ana, ticket_id)
    assert _rt_transactions(rt_admin, rt_server, remote_id, "Comment") == 2
    assert ana.count(Comment, Comment.ticket_id == ticket_id) == 1
    assert ana.count(TimeEntry, TimeEntry.ticket_id == ticket_id) == 1
    with ana.store.session() as s:
        assert sync_status(s).pending_ops == 0
    _consistent(ana)


def _small_pages(monkeypatch: pytest.MonkeyPatch, size: int = 3) -> None:
    # RT pages hold up to 100 tickets; small pages make "page k" reachable with a few tickets.
    monkeypatch.setattr(wire, "PER_PAGE", size)


def _break_after(connector: RtConnector, pages: int, cancel: threading.Event | None = None) -> None:
    """After `pages` pages the pull dies (or, with `cancel`, the user presses Cancel)."""
    real = connector.pull_tickets

    def pull(cursor: str | None) -> Iterator[PullPage]:
        for number, page in enumerate(real(cursor), start=1):
            if number > pages and cancel is None:
                raise ServerUnreachable("the connection dropped in the middle of the pull")
            yield page
            if number == pages and cancel is not None:
                cancel.set()

    connector.pull_tickets = pull  # type: ignore[method-assign]


def _remote_ids(side: Side) -> set[str]:
    with side.store.session() as s:
        return {r for r in s.scalars(select(Ticket.remote_id)) if r is not None}


def test_a_pull_broken_after_page_k_resumes_without_gaps(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = {_rt_create(rt_admin, rt_server, _unique("Lote")) for _ in range(7)}
    _small_pages(monkeypatch)
    _break_after(bruno.connector, 2)
    with pytest.raises(ServerUnreachable):
        bruno.sync()
    _consistent(bruno)
    with bruno.store.session() as s:
        assert s.get(SyncState, "rt:tickets") is not None  # pages 1-2 committed with the cursor
    partial = _remote_ids(bruno)
    assert partial
    bruno.connector.close()
    bruno.connector = RtConnector(rt_server.url, "bruno", rt_server.users["bruno"])
    bruno.sync()
    ana.sync()  # a clean full sync of the same server, for comparison
    assert ours <= _remote_ids(bruno)
    assert _remote_ids(bruno) == _remote_ids(ana)
    _consistent(bruno)


def test_cancel_during_the_first_full_sync_leaves_a_consistent_cache(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(7):
        _rt_create(rt_admin, rt_server, _unique("Carga inicial"))
    _small_pages(monkeypatch)
    cancel = threading.Event()
    _break_after(bruno.connector, 2, cancel=cancel)
    seen: list[SyncProgress] = []
    report = bruno.sync(progress=seen.append, cancel=cancel)
    assert report.cancelled and report.first_sync
    pulled = [p for p in seen if p.phase == "pull_tickets" and p.done]
    assert pulled and pulled[-1].total is not None and pulled[-1].done < pulled[-1].total
    _consistent(bruno)
    assert len(_remote_ids(bruno)) > 0
    bruno.connector.close()
    bruno.connector = RtConnector(rt_server.url, "bruno", rt_server.users["bruno"])
    again = bruno.sync()
    assert not again.cancelled and again.first_sync  # the first full sync, completed now
    ana.sync()
    assert _remote_ids(bruno) == _remote_ids(ana)
    with bruno.store.session() as s:
        assert s.scalar(select(func.count()).select_from(TicketSync)) == len(_remote_ids(bruno))
    _consistent(bruno)
