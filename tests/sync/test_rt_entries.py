"""Comments, replies and time entries are appended exactly once; merges and deletions pull."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk_app.local_store.base import new_uid
from desk_app.sync.connector import PushOp
from desk_app.sync.rt import RtConnector


def _helpers() -> Any:
    name = "desk_tests_rt_tickets"
    if name not in sys.modules:
        path = Path(__file__).with_name("test_rt_tickets.py")
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


h = _helpers()


@pytest.fixture
def ana(rt_server: Any) -> Iterator[RtConnector]:
    connector = RtConnector(rt_server.url, "ana", rt_server.token, auth="token")
    yield connector
    connector.close()


def entry(entity: str, ticket: str, **fields: Any) -> PushOp:
    uid = new_uid()
    return PushOp(uid, entity, "create", uid, ticket, fields)


def history(rt_admin: Any, rt_server: Any, ticket: str) -> list[dict[str, Any]]:
    answer = rt_admin.get(
        f"{rt_server.rest}/ticket/{ticket}/history",
        params={"fields": "Type,TimeTaken", "per_page": 100},
    )
    return answer.json()["items"]


def test_note_reply_and_time_are_pushed_once_and_pulled(ana, rt_admin, rt_server, unique) -> None:
    ticket = ana.push(h.create_op(unique("entries"))).remote_id
    note = entry("comment", ticket, public=False, body="Nota interna: revisar el RFC.")
    reply = entry("comment", ticket, public=True, body="Hola María, ya quedó.")
    time_op = entry("time_entry", ticket, kind="L2", minutes=30, note="")
    results = {}
    for op in (note, reply, time_op):
        first = ana.push(op)
        again = ana.push(op)  # the answer to the first push was "lost"
        assert not first.already_applied and again.already_applied
        assert again.remote_id == first.remote_id
        results[op.idempotency_key] = first.remote_id

    kinds = [t["Type"] for t in history(rt_admin, rt_server, ticket)]
    assert kinds.count("Comment") == 2  # the note and the time entry's carrier
    assert kinds.count("Correspond") == 1

    pulled = h.by_id(h.pull_all(ana)[0], ticket)
    comments = {c.idempotency_key: c for c in pulled.comments}
    assert set(comments) == {note.idempotency_key, reply.idempotency_key}
    assert comments[note.idempotency_key].is_public is False
    assert comments[note.idempotency_key].body == "Nota interna: revisar el RFC."
    assert comments[reply.idempotency_key].is_public is True
    assert comments[reply.idempotency_key].author_username == "ana"
    assert comments[reply.idempotency_key].remote_id == results[reply.idempotency_key]
    [spent] = pulled.time_entries
    assert (spent.kind, spent.minutes, spent.username) == ("L2", 30, "ana")
    assert spent.idempotency_key == time_op.idempotency_key
    assert spent.remote_id == results[time_op.idempotency_key]


def test_time_logged_in_rt_reads_as_the_ticket_level(ana, rt_admin, rt_server, unique) -> None:
    ticket = ana.push(h.create_op(unique("rt time"), level="L3")).remote_id
    answer = rt_admin.post(
        f"{rt_server.rest}/ticket/{ticket}/correspond",
        json={"Content": "Respuesta desde RT", "ContentType": "text/plain", "TimeTaken": 45},
    )
    assert answer.status_code == 201
    pulled = h.by_id(h.pull_all(ana)[0], ticket)
    [spent] = pulled.time_entries
    assert (spent.kind, spent.minutes, spent.username, spent.idempotency_key) == (
        "L3",
        45,
        "root",
        None,
    )
    [reply] = pulled.comments
    assert reply.is_public and reply.idempotency_key is None


def test_merge_pushes_once_and_both_sides_see_it(ana, rt_admin, rt_server, unique) -> None:
    _, cursor = h.pull_all(ana)
    a = ana.push(h.create_op(unique("dup a"))).remote_id
    b = ana.push(h.create_op(unique("dup b"))).remote_id
    merge = PushOp(new_uid(), "ticket", "merge", "uid", a, {"into_remote_id": b})
    assert not ana.push(merge).already_applied
    assert ana.push(merge).already_applied
    effective = rt_admin.get(f"{rt_server.rest}/ticket/{a}").json()["EffectiveId"]["id"]
    assert effective == b

    tickets, _ = h.pull_all(ana, cursor)
    merged = [t for t in tickets if t.remote_id == a]
    assert merged and merged[-1].merged_into_remote_id == b and not merged[-1].fields


def test_ticket_deleted_on_rt_arrives_as_deleted(ana, rt_admin, rt_server, unique) -> None:
    ticket = ana.push(h.create_op(unique("to delete"))).remote_id
    _, cursor = h.pull_all(ana)
    answer = rt_admin.put(f"{rt_server.rest}/ticket/{ticket}", json={"Status": "deleted"})
    assert answer.status_code == 200
    tickets, _ = h.pull_all(ana, cursor)
    gone = [t for t in tickets if t.remote_id == ticket]
    assert gone and gone[-1].deleted
