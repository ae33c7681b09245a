"""Tickets against the real RT: create → pull round trip, updates, retried creates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desk_app.local_store.base import new_uid
from desk_app.sync.connector import InvalidRemoteData, PushOp, RemoteTicket
from desk_app.sync.rt import RtConnector


@pytest.fixture
def ana(rt_server: Any) -> Iterator[RtConnector]:
    connector = RtConnector(rt_server.url, "ana", rt_server.users["ana"])
    yield connector
    connector.close()


def create_op(subject: str, **fields: Any) -> PushOp:
    uid = new_uid()
    base: dict[str, Any] = {
        "subject": subject,
        "body": "El cliente no puede facturar.\nSegunda línea.",
        "status": "in_progress",
        "priority": "urgent",
        "ticket_type": "problem",
        "subject_kind": "correction",
        "criticality": "severe",
        "channel": "phone",
        "flag": "blue",
        "level": "L2",
        "pqrs_kind": "complaint",
        "department": "Soporte",
        "category_path": ("Facturación", "Timbrado"),
        "tags": ["sat", "cfdi"],
        "due_at": datetime(2026, 12, 24, 15, 30, tzinfo=UTC),
        "requester_email": f"{uid}@cliente.test",
        "requester_name": "María Pérez",
        "responsible_username": "ana",
        "custom_fields": {"rfc": "XAXX010101000"},
    }
    base.update(fields)
    return PushOp(uid, "ticket", "create", uid, None, base)


def recent(connector: RtConnector) -> str:
    """A cursor a little before now: the RT is shared, a pull from scratch reads everything."""
    return connector.cursor_since(datetime.now(UTC) - timedelta(seconds=30))


def pull_all(
    connector: RtConnector, cursor: str | None = "recent"
) -> tuple[list[RemoteTicket], str]:
    if cursor == "recent":
        cursor = recent(connector)
    tickets: list[RemoteTicket] = []
    last = cursor
    for page in connector.pull_tickets(cursor):
        tickets.extend(page.tickets)
        last = page.cursor or last
    assert last is not None
    return tickets, last


def by_id(tickets: list[RemoteTicket], remote_id: str) -> RemoteTicket:
    found = [t for t in tickets if t.remote_id == remote_id]
    assert found, f"ticket {remote_id} not pulled"
    return found[-1]


def test_created_ticket_comes_back_with_every_mapped_field(ana, unique) -> None:
    op = create_op(unique("round trip"))
    result = ana.push(op)
    assert result.remote_id is not None and not result.already_applied
    assert result.updated_at is not None

    tickets, _ = pull_all(ana)
    pulled = by_id(tickets, result.remote_id)
    f = pulled.fields
    assert pulled.idempotency_key == op.idempotency_key
    assert f["subject"] == op.fields["subject"]
    assert f["body"] == op.fields["body"]
    for name in (
        "status",
        "priority",
        "ticket_type",
        "subject_kind",
        "criticality",
        "channel",
        "flag",
        "level",
        "pqrs_kind",
        "department",
        "requester_email",
        "requester_name",
        "responsible_username",
        "custom_fields",
        "due_at",
    ):
        assert f[name] == op.fields[name], name
    assert f["category_path"] == ("Facturación", "Timbrado")
    assert f["tags"] == ["cfdi", "sat"]
    assert f["queue"] == "Partner Desk L2"  # from the level, no queue given
    assert not pulled.deleted and pulled.merged_into_remote_id is None


def test_retried_create_finds_the_first_ticket(ana, rt_admin, rt_server, unique) -> None:
    op = create_op(unique("retry"))
    first = ana.push(op)
    again = ana.push(op)  # as if the first answer had been lost
    assert again.already_applied
    assert again.remote_id == first.remote_id
    query = f"Subject = '{op.fields['subject']}'"
    found = rt_admin.get(f"{rt_server.rest}/tickets", params={"query": query}).json()
    assert found["total"] == 1


def test_update_is_applied_and_a_refusal_is_an_error(ana, rt_admin, rt_server, unique) -> None:
    created = ana.push(create_op(unique("update")))
    tid = created.remote_id
    changes = {"status": "waiting_customer", "criticality": None, "tags": ["uno"]}
    update = PushOp(new_uid(), "ticket", "update", "x", tid, changes)
    ana.push(update)
    rt = rt_admin.get(f"{rt_server.rest}/ticket/{tid}").json()
    assert rt["Status"] == "stalled"
    values = {cf["name"]: cf["values"] for cf in rt["CustomFields"]}
    assert not any(values["Criticality"])  # RT keeps a NULL value after clearing
    assert values["Tags"] == ["uno"]

    bad = PushOp(new_uid(), "ticket", "update", "x", tid, {"responsible_username": "ghost"})
    with pytest.raises(InvalidRemoteData, match="does not exist"):
        ana.push(bad)


def test_third_user_change_is_pulled_after_the_cursor(ana, rt_admin, rt_server, unique) -> None:
    created = ana.push(create_op(unique("third user")))
    _, cursor = pull_all(ana)
    answer = rt_admin.put(
        f"{rt_server.rest}/ticket/{created.remote_id}",
        json={"Status": "resolved", "CustomFields": {"Flag": "green"}},
    )
    assert answer.status_code == 200
    tickets, _ = pull_all(ana, cursor)
    pulled = by_id(tickets, created.remote_id)
    assert pulled.fields["status"] == "closed"
    assert pulled.fields["flag"] == "green"
