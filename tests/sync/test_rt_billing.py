"""Billing (issue 7) round-trips through a real Request Tracker 5 like every other change.

Ana (workspace A) decides warranty, estimates, records the terms of attention and the key
user's confirmation of hours and logs timed work; Bruno (workspace B) pulls them and finds
them equal. A push retried after a lost answer does not duplicate the confirmation; one made
by Bruno reaches Ana; a change typed in RT by a third user (root over REST) reaches the cache.
Each side starts its ticket cursor a little before the test, so a shared server full of other
tests' tickets is not pulled whole.
"""

from __future__ import annotations

import importlib.util
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desk_app.local_store import billing_writes as bw
from desk_app.local_store.engine import Store
from desk_app.local_store.models import (
    HourConfirmation,
    OutboxOp,
    SyncConflict,
    SyncState,
    Ticket,
    TicketHistory,
    TimeEntry,
)
from desk_app.local_store.ticket_writes import NewTicket, create_ticket
from desk_app.local_store.visibility import Viewer, viewer_for
from desk_app.sync.connector import InvalidRemoteData, PushOp, PushResult, ServerUnreachable
from desk_app.sync.engine import SyncEngine, SyncReport
from desk_app.sync.resolve import local_values, requester_email, username
from desk_app.sync.rt import RtConnector
from desk_app.sync.rt.mapping import RtMapping


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
BILLING_FIELDS = ("billing", "billing_decided_at", "billing_decided_by_username",
                  "estimate_minutes", "terms_accepted_at", "terms_accepted_by_email",
                  "terms_accepted_how")  # fmt: skip


@dataclass
class Side:
    username: str
    store: Store
    connector: RtConnector

    def sync(self) -> SyncReport:
        return SyncEngine(self.store, self.connector).run_once()

    def viewer(self) -> Viewer:
        with self.store.session() as s:
            return viewer_for(s, self.username)

    def local_id(self, remote_id: str) -> int:
        with self.store.session() as s:
            return int(s.scalar(select(Ticket.id).where(Ticket.remote_id == remote_id)) or 0)

    def values(self, remote_id: str) -> dict[str, Any]:
        with self.store.session() as s:
            ticket = s.scalars(select(Ticket).where(Ticket.remote_id == remote_id)).one()
            return local_values(s, ticket)

    def confirmations(self, remote_id: str) -> list[tuple[Any, ...]]:
        """What must be equal in every workspace, people by natural key."""
        with self.store.session() as s:
            rows = s.scalars(
                select(HourConfirmation).join(Ticket, Ticket.id == HourConfirmation.ticket_id)
                .where(Ticket.remote_id == remote_id).order_by(HourConfirmation.confirmed_at)
            ).all()  # fmt: skip
            return [(row.uid, row.remote_id, row.minutes, row.how, row.confirmed_at, row.note,
                     requester_email(s, row.confirmed_by_id), username(s, row.recorded_by_id))
                    for row in rows]  # fmt: skip

    def count(self, model: Any, *where: Any) -> int:
        with self.store.session() as s:
            return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _side(rt_server: Any, folder: Path, name: str) -> Iterator[Side]:
    store = fx.advisor_workspace(folder, name)
    connector = RtConnector(rt_server.url, name, rt_server.users[name])
    # Tickets of the last minute only; "complete" so the engine treats the run as incremental.
    cursor = connector.cursor_since(datetime.now(UTC) - timedelta(seconds=30))
    with store.transaction() as s:
        s.add_all([SyncState(key="rt:tickets", value=cursor),
                   SyncState(key="rt:tickets_complete", value="yes")])  # fmt: skip
    yield Side(name, store, connector)
    connector.close()
    store.close()


@pytest.fixture
def ana(rt_server: Any, tmp_path: Path) -> Iterator[Side]:
    yield from _side(rt_server, tmp_path / "a", "ana")


@pytest.fixture
def bruno(rt_server: Any, tmp_path: Path) -> Iterator[Side]:
    yield from _side(rt_server, tmp_path / "b", "bruno")


def _maria(side: Side) -> int:
    with side.store.session() as s:
        return int(s.scalar(text("SELECT id FROM people WHERE full_name LIKE 'María%'")))


def _new_ticket(side: Side) -> int:
    with side.store.transaction() as s:
        draft = NewTicket(subject=f"Timbrado masivo {uuid.uuid4().hex[:10]}",
                          body="Revisar 2,000 CFDI.", requester_id=_maria(side),
                          ticket_type="problem", channel="phone")  # fmt: skip
        return create_ticket(s, side.viewer(), draft, datetime.now(UTC)).id


def _remote_id(side: Side, ticket_id: int) -> str:
    with side.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None and ticket.remote_id is not None
        return ticket.remote_id


def _rt_cfs(rt_admin: Any, rt_server: Any, remote_id: str) -> dict[str, list[str]]:
    answer = rt_admin.get(f"{rt_server.rest}/ticket/{remote_id}", timeout=15)
    answer.raise_for_status()
    return {cf["name"]: cf["values"] for cf in answer.json()["CustomFields"]}


def _rt_comments(rt_admin: Any, rt_server: Any, remote_id: str) -> int:
    answer = rt_admin.get(f"{rt_server.rest}/ticket/{remote_id}/history",
                          params={"fields": "Type", "per_page": 100}, timeout=15)  # fmt: skip
    answer.raise_for_status()
    return sum(1 for item in answer.json()["items"] if item.get("Type") == "Comment")


def _confirm(side: Side, ticket_id: int, minutes: int, how: str, note: str = "") -> str:
    with side.store.transaction() as s:
        row = bw.record_confirmation(s, side.viewer(), ticket_id, minutes, _maria(side), how,
                                     datetime.now(UTC), note)  # fmt: skip
        return row.uid


def test_billing_terms_estimate_confirmation_and_timed_work_reach_the_other_workspace(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any
) -> None:
    ticket_id = _new_ticket(ana)
    now = datetime.now(UTC)
    started = (now - timedelta(hours=3)).replace(microsecond=0)
    note = 'Aprobó por correo; ñandú "comillas" y una nota larga. ' * 12  # > 255 characters
    with ana.store.transaction() as s:
        viewer = ana.viewer()
        bw.accept_terms(s, viewer, ticket_id, _maria(ana), "phone", now)
        bw.log_time(s, viewer, ticket_id, "L3", 150, now, started_at=started, note="Análisis")
        bw.log_time(s, viewer, ticket_id, "quality", 10, now)
        bw.set_estimate(s, viewer, ticket_id, 180, now)
        bw.decide(s, viewer, ticket_id, "warranty", now)
    uid = _confirm(ana, ticket_id, 240, "email", note)
    report = ana.sync()
    assert (report.failed, report.pending) == (0, 0)
    remote_id = _remote_id(ana, ticket_id)

    # In RT: ticket fields an RT user can read, and the confirmation as one comment.
    cfs = _rt_cfs(rt_admin, rt_server, remote_id)
    assert (cfs["Billing"], cfs["Billing Decided By"], cfs["Estimate Minutes"]) == (
        ["warranty"], ["ana"], ["180"])  # fmt: skip
    assert (cfs["Terms Accepted By"], cfs["Terms Accepted How"]) == (
        ["maria@ferrenorte.mx"], ["phone"])  # fmt: skip
    assert cfs["Terms Accepted"][0].endswith("Z")
    assert _rt_comments(rt_admin, rt_server, remote_id) == 3  # two time entries, one confirmation

    bruno.sync()
    ana.sync()  # A learns what RT filled in (queue) and reads its own pushes back
    expected = ana.values(remote_id)
    assert bruno.values(remote_id) == expected
    assert (expected["billing"], expected["billing_decided_by_username"],
            expected["estimate_minutes"], expected["terms_accepted_by_email"],
            expected["terms_accepted_how"]) == (
        "warranty", "ana", 180, "maria@ferrenorte.mx", "phone")  # fmt: skip
    assert expected["terms_accepted_at"] is not None
    [confirmation] = bruno.confirmations(remote_id)
    assert confirmation == ana.confirmations(remote_id)[0]
    assert confirmation[:4] == (uid, confirmation[1], 240, "email") and confirmation[1]
    assert (confirmation[5], confirmation[6], confirmation[7]) == (
        note, "maria@ferrenorte.mx", "ana")  # fmt: skip
    with bruno.store.session() as s:
        entries = s.scalars(select(TimeEntry).join(Ticket).where(Ticket.remote_id == remote_id)
                            .order_by(TimeEntry.minutes)).all()  # fmt: skip
        assert [(e.kind, e.minutes, e.started_at, e.note) for e in entries] == [
            ("quality", 10, None, ""), ("L3", 150, started, "Análisis")]  # fmt: skip
        # Bruno's cache says what Ana's does: the 2-hour rule sees the same numbers.
        on_b = s.scalars(select(Ticket).where(Ticket.remote_id == remote_id)).one()
        assert (on_b.billing, on_b.estimate_minutes, on_b.terms_accepted_how) == (
            "warranty", 180, "phone")  # fmt: skip
        synced = set(s.scalars(select(TicketHistory.field).where(
            TicketHistory.ticket_id == on_b.id, TicketHistory.from_sync)))  # fmt: skip
        assert {"confirmation"} <= synced  # the server's confirmation shows in the history

    # Pulled again on both sides: nothing is doubled, nothing goes back out.
    outbox = (ana.count(OutboxOp), bruno.count(OutboxOp))
    ana.sync()
    bruno.sync()
    for side in (ana, bruno):
        local_id = side.local_id(remote_id)
        assert side.count(HourConfirmation, HourConfirmation.ticket_id == local_id) == 1
        assert side.count(TimeEntry, TimeEntry.ticket_id == local_id) == 2
    assert (ana.count(OutboxOp), bruno.count(OutboxOp)) == outbox


def test_a_confirmation_push_retried_after_a_lost_answer_is_not_duplicated(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any
) -> None:
    ticket_id = _new_ticket(ana)
    ana.sync()
    remote_id = _remote_id(ana, ticket_id)
    uid = _confirm(ana, ticket_id, 300, "phone")
    real_push = ana.connector.push

    def lost(op: PushOp) -> PushResult:
        real_push(op)  # RT applies it, the answer never arrives
        raise ServerUnreachable("the server did not answer in time")

    ana.connector.push = lost  # type: ignore[method-assign]
    with pytest.raises(ServerUnreachable):
        ana.sync()
    ana.connector.push = real_push  # type: ignore[method-assign]
    with ana.store.session() as s:
        assert (
            s.scalar(select(HourConfirmation.remote_id).where(HourConfirmation.uid == uid)) is None
        )
    report = ana.sync()
    assert (report.pushed, report.failed, report.pending) == (1, 0, 0)
    assert _rt_comments(rt_admin, rt_server, remote_id) == 1
    [(_uid, remote_txn, *_rest)] = ana.confirmations(remote_id)
    assert (_uid, remote_txn is not None) == (uid, True)
    # The same operation pushed once more by hand: RT answers "already applied".
    with ana.store.session() as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity == "hour_confirmation",
                                              OutboxOp.entity_uid == uid)).one()  # fmt: skip
        key, payload = op.idempotency_key, dict(op.payload)
    again = real_push(PushOp(key, "hour_confirmation", "create", uid, remote_id,
                             {**payload, "confirmed_by_email": "maria@ferrenorte.mx"}))  # fmt: skip
    assert (again.already_applied, again.remote_id) == (True, remote_txn)
    assert _rt_comments(rt_admin, rt_server, remote_id) == 1
    bruno.sync()
    assert [row[:3] for row in bruno.confirmations(remote_id)] == [(uid, remote_txn, 300)]


def test_a_confirmation_and_a_new_decision_by_the_other_workspace_are_pulled(
    ana: Side, bruno: Side
) -> None:
    ticket_id = _new_ticket(ana)
    with ana.store.transaction() as s:
        bw.decide(s, ana.viewer(), ticket_id, "warranty", datetime.now(UTC))
    _confirm(ana, ticket_id, 180, "email")
    ana.sync()
    remote_id = _remote_id(ana, ticket_id)
    bruno.sync()
    on_b = bruno.local_id(remote_id)
    with bruno.store.transaction() as s:
        bw.decide(s, bruno.viewer(), on_b, "consumption", datetime.now(UTC))
        bw.set_estimate(s, bruno.viewer(), on_b, 400, datetime.now(UTC))
    uid = _confirm(bruno, on_b, 420, "in_person", "Visita del lunes")
    bruno.sync()
    ana.sync()
    values = ana.values(remote_id)
    assert (values["billing"], values["billing_decided_by_username"],
            values["estimate_minutes"]) == ("consumption", "bruno", 400)  # fmt: skip
    assert values == bruno.values(remote_id)
    on_a = ana.confirmations(remote_id)
    assert on_a == bruno.confirmations(remote_id)
    assert [(row[2], row[3], row[7]) for row in on_a] == [
        (180, "email", "ana"), (420, "in_person", "bruno")]  # fmt: skip
    assert on_a[1][0] == uid
    with ana.store.session() as s:
        history = s.execute(select(TicketHistory.field, TicketHistory.old_value,
                                   TicketHistory.new_value).where(
            TicketHistory.ticket_id == ticket_id, TicketHistory.from_sync)).all()  # fmt: skip
    assert ("billing", "warranty", "consumption") in history
    assert ("estimate", None, "400") in history


def test_rt_users_edits_reach_the_cache_and_a_both_sides_change_is_a_conflict(
    ana: Side, rt_admin: Any, rt_server: Any
) -> None:
    ticket_id = _new_ticket(ana)
    with ana.store.transaction() as s:
        bw.set_estimate(s, ana.viewer(), ticket_id, 90, datetime.now(UTC))
    ana.sync()
    remote_id = _remote_id(ana, ticket_id)
    put = rt_admin.put(f"{rt_server.rest}/ticket/{remote_id}", timeout=15, json={"CustomFields": {
        "Billing": "Consumption", "Billing Decided By": "lucia",
        "Billing Decided": "2026-10-05 14:30:00", "Estimate Minutes": "",
        "Terms Accepted": "2026-10-05T14:00:00Z", "Terms Accepted By": "Maria@FerreNorte.mx",
        "Terms Accepted How": "portal"}})  # fmt: skip
    put.raise_for_status()
    ana.sync()
    with ana.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        assert (ticket.billing, username(s, ticket.billing_decided_by_id),
                ticket.billing_decided_at, ticket.estimate_minutes) == (
            "consumption", "lucia", datetime(2026, 10, 5, 14, 30, tzinfo=UTC), None)  # fmt: skip
        assert (ticket.terms_accepted_by_id, ticket.terms_accepted_how,
                ticket.terms_accepted_at) == (
            _maria(ana), "portal", datetime(2026, 10, 5, 14, 0, tzinfo=UTC))  # fmt: skip
        terms = s.scalars(select(TicketHistory.new_value).where(
            TicketHistory.ticket_id == ticket_id, TicketHistory.field == "terms",
            TicketHistory.from_sync)).all()  # fmt: skip
        assert terms == ["María Pérez Gómez (portal)"]
    # A value the app does not know (typed in RT) leaves the cache's alone.
    rt_admin.put(f"{rt_server.rest}/ticket/{remote_id}", timeout=15,
                 json={"CustomFields": {"Billing": "garantía?"}}).raise_for_status()  # fmt: skip
    ana.sync()
    assert ana.values(remote_id)["billing"] == "consumption"
    # Both sides change the estimate before a sync: the server's wins, Ana's is a conflict.
    # Both decide warranty: the same decision, so its who and when are simply the server's.
    with ana.store.transaction() as s:
        bw.set_estimate(s, ana.viewer(), ticket_id, 200, datetime.now(UTC))
        bw.decide(s, ana.viewer(), ticket_id, "warranty", datetime.now(UTC))
    rt_admin.put(f"{rt_server.rest}/ticket/{remote_id}", timeout=15, json={"CustomFields": {
        "Estimate Minutes": "150", "Billing": "warranty", "Billing Decided By": "bruno",
        "Billing Decided": "2026-10-06T10:00:00Z"}}).raise_for_status()  # fmt: skip
    ana.sync()
    values = ana.values(remote_id)
    assert (values["estimate_minutes"], values["billing"], values["billing_decided_by_username"],
            values["billing_decided_at"]) == (
        150, "warranty", "bruno", "2026-10-06T10:00:00+00:00")  # fmt: skip
    with ana.store.session() as s:
        conflict = s.scalars(select(SyncConflict).where(SyncConflict.ticket_id == ticket_id)).one()
        assert (conflict.field, conflict.local_value, conflict.remote_value) == (
            "estimate_minutes", 200, 150)  # fmt: skip
    cfs = _rt_cfs(rt_admin, rt_server, remote_id)
    assert (cfs["Estimate Minutes"], cfs["Billing Decided By"]) == (["150"], ["bruno"])


def test_a_server_without_the_confirmation_field_gets_nothing_half_written(
    ana: Side, rt_admin: Any, rt_server: Any
) -> None:
    ticket_id = _new_ticket(ana)
    ana.sync()
    remote_id = _remote_id(ana, ticket_id)
    renamed = {"confirmation_field": "No Such Confirmation Field",
               "custom_fields": {"billing": "No Such Billing Field"}}  # fmt: skip
    mapping = RtMapping.from_dict(renamed)
    odd = RtConnector(rt_server.url, "ana", rt_server.users["ana"], mapping=mapping)
    try:
        op = PushOp(uuid.uuid4().hex, "hour_confirmation", "create", uuid.uuid4().hex, remote_id,
                    {"minutes": 150, "how": "phone", "confirmed_at": datetime.now(UTC).isoformat(),
                     "confirmed_by_email": "maria@ferrenorte.mx", "note": ""})  # fmt: skip
        with pytest.raises(InvalidRemoteData, match="No Such Confirmation Field"):
            odd.push(op)
        bad = PushOp(uuid.uuid4().hex, "ticket", "update", uuid.uuid4().hex, remote_id,
                     {"estimate_minutes": -5})  # fmt: skip
        with pytest.raises(InvalidRemoteData, match="estimate"):
            odd.push(bad)
        # RT would drop an unknown ticket field's value without a word; the push refuses.
        decided = PushOp(uuid.uuid4().hex, "ticket", "update", uuid.uuid4().hex, remote_id,
                         {"billing": "warranty", "estimate_minutes": 60})  # fmt: skip
        with pytest.raises(InvalidRemoteData, match="No Such Billing Field"):
            odd.push(decided)
    finally:
        odd.close()
    assert _rt_comments(rt_admin, rt_server, remote_id) == 0
    assert _rt_cfs(rt_admin, rt_server, remote_id).get("Estimate Minutes", []) == []
