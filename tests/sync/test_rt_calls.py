"""Calls and survey answers go to RT's calls queue and come back for the leader's app."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desk_app.local_store.base import new_uid
from desk_app.sync.connector import InvalidRemoteData, PushOp, RemoteSurvey
from desk_app.sync.rt import RtConnector

T0 = datetime(2026, 3, 12, 17, 0, 5, tzinfo=UTC)


@pytest.fixture
def ana(rt_server: Any) -> Iterator[RtConnector]:
    connector = RtConnector(rt_server.url, "ana", rt_server.users["ana"])
    yield connector
    connector.close()


def op(entity: str, **fields: Any) -> PushOp:
    uid = new_uid()
    return PushOp(uid, entity, "create", uid, None, fields)


def ticket(rt_admin: Any, rt_server: Any, subject: str) -> str:
    answer = rt_admin.post(
        f"{rt_server.rest}/ticket",
        json={"Queue": "Partner Desk L1", "Subject": subject, "Content": "x"},
    )
    return str(answer.json()["id"])


def test_call_and_survey_round_trip(ana, rt_admin, rt_server, unique) -> None:
    cursor = ana.calls_cursor_since(datetime.now(UTC) - timedelta(seconds=30))
    tickets_cursor = ana.cursor_since(datetime.now(UTC) - timedelta(seconds=30))
    t1, t2 = ticket(rt_admin, rt_server, unique("a")), ticket(rt_admin, rt_server, unique("b"))
    call = op(
        "call",
        direction="inbound",
        number="+525512345678",
        caller_name="María Pérez",
        advisor_username="ana",
        started_at=T0,
        answered_at=T0 + timedelta(seconds=12),
        ended_at=T0 + timedelta(minutes=5),
        wrap_up_ended_at=T0 + timedelta(minutes=6),
        hold_seconds=40,
        outcome="ticket_updated",
        notes="Pidió reenviar la factura.",
        ticket_remote_ids=[t1, t2],
        survey={"csat": 5, "ces": 6, "nps": 9, "answered_at": T0 + timedelta(minutes=6)},
    )
    first = ana.push(call)
    assert ana.push(call).already_applied  # retried after a lost answer
    later = op(
        "survey",
        csat=2,
        ces=None,
        nps=0,
        answered_at=T0 + timedelta(hours=1),
        advisor_username="ana",
        ticket_remote_ids=[t1],
        call_remote_id=first.remote_id,
    )
    survey = ana.push(later)

    records = {c.remote_id: c for page in ana.pull_calls(cursor) for c in page.calls}
    got = records[first.remote_id]
    assert got.kind == "call" and got.idempotency_key == call.idempotency_key
    assert (got.direction, got.number, got.caller_name) == ("inbound", "+525512345678",
                                                            "María Pérez")  # fmt: skip
    assert (got.started_at, got.answered_at) == (T0, T0 + timedelta(seconds=12))
    assert (got.ended_at, got.wrap_up_ended_at) == (T0 + timedelta(minutes=5),
                                                    T0 + timedelta(minutes=6))  # fmt: skip
    assert (got.hold_seconds, got.outcome, got.advisor_username) == (40, "ticket_updated", "ana")
    assert got.notes == "Pidió reenviar la factura."
    assert set(got.ticket_remote_ids) == {t1, t2}
    assert got.survey == RemoteSurvey(5, 6, 9, T0 + timedelta(minutes=6))
    alone = records[survey.remote_id]
    assert alone.kind == "survey" and alone.call_remote_id == first.remote_id
    assert alone.survey == RemoteSurvey(2, None, 0, T0 + timedelta(hours=1))

    # RT's own UI shows the call linked to its tickets; the ticket pull leaves calls out.
    links = rt_admin.get(f"{rt_server.rest}/ticket/{first.remote_id}").json()["_hyperlinks"]
    assert {h["id"] for h in links if h.get("ref") == "refers-to"} == {t1, t2}
    pulled = {t.remote_id for page in ana.pull_tickets(tickets_cursor) for t in page.tickets}
    assert t1 in pulled and first.remote_id not in pulled


def test_out_of_range_survey_is_refused_before_sending(ana) -> None:
    bad = op("survey", csat=9, answered_at=T0, ticket_remote_ids=[])
    with pytest.raises(InvalidRemoteData, match="CSAT 9"):
        ana.push(bad)
