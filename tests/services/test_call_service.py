"""CallService: the call panel's and the CTI hook's events, on a real workspace, with a clock
the test moves. Bad input is refused with a clear message and leaves the log as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from desk_app.domain.calls import CallEventError, Durations, Survey
from desk_app.local_store.call_queries import CallFilters
from desk_app.local_store.engine import open_store
from desk_app.local_store.models import FollowUp, OutboxOp, PresenceEvent, TicketHistory
from desk_app.services.calls import CallService


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@pytest.fixture
def clock(desk: Any) -> Clock:
    return Clock(desk.now)


@pytest.fixture
def calls(desk: Any, clock: Clock) -> CallService:
    return CallService(desk.store, desk.viewer(), default_region="MX", clock=clock)


def _log(desk: Any) -> list[tuple[Any, ...]]:
    """Everything a call event may write, to compare before and after a refused one."""
    with desk.store.session() as s:
        rows: list[tuple[Any, ...]] = []
        for table in ("calls", "call_tickets", "survey_answers", "presence_events", "outbox",
                      "follow_ups", "ticket_history"):  # fmt: skip
            rows += [(table, *row) for row in s.execute(text(f"SELECT * FROM {table}"))]
        return rows


def _refused(desk: Any, action: Callable[[], object], message: str) -> None:
    before = _log(desk)
    with pytest.raises(CallEventError, match=message):
        action()
    assert _log(desk) == before


def test_a_whole_inbound_call_with_the_timers_of_the_clock(
    desk: Any, calls: CallService, clock: Clock
) -> None:
    view = calls.incoming("+52 55 1234 5678", name="MARIA PEREZ", external_id="pbx-77")
    assert (view.state, view.number_e164, view.person_id, view.company_id) == (
        "ringing",
        "+525512345678",
        desk.ids["maria"],
        desk.ids["norte"],
    )
    assert view.caller_name == "MARIA PEREZ" and view.advisor_id == desk.ids["ana"]
    clock.advance(8)
    assert calls.answered_external("pbx-77").state == "talking"
    clock.advance(30)
    assert calls.hold(view.id).state == "on_hold"
    clock.advance(20)
    calls.resume(view.id)
    calls.link_ticket(view.id, desk.ids["invoice"])
    calls.save_notes(view.id, "Error 301 otra vez")
    clock.advance(40)
    assert calls.hang_up(view.id).state == "wrap_up"
    clock.advance(25)
    done = calls.wrap_up(view.id, "ticket_updated", survey=Survey(csat=5, ces=2, nps=10))
    assert (done.state, done.outcome, done.ticket_ids) == (
        "done",
        "ticket_updated",
        (desk.ids["invoice"],),
    )
    assert (done.csat, done.ces, done.nps, done.notes) == (5, 2, 10, "Error 301 otra vez")
    assert done.durations(clock.advance(600)) == Durations(
        ring=timedelta(seconds=8), talk=timedelta(seconds=70),
        hold=timedelta(seconds=20), wrap_up=timedelta(seconds=25),
    )  # fmt: skip
    with desk.store.session() as s:
        ops = list(s.scalars(select(OutboxOp)))
        presence = list(s.scalars(select(PresenceEvent.state).order_by(PresenceEvent.id)))
        linked = s.scalars(
            select(TicketHistory.new_value).where(
                TicketHistory.field == "call", TicketHistory.ticket_id == desk.ids["invoice"]
            )
        ).all()
    assert [(op.entity, op.op, op.entity_uid) for op in ops] == [("call", "create", done.uid)]
    assert ops[0].payload["hold_seconds"] == 20
    assert presence == ["on_call", "wrap_up", "available"]
    assert linked == [done.uid]
    with desk.store.session() as s:
        assert calls.active(s) is None
        assert [v.id for v in calls.history(s, CallFilters())] == [done.id]
        assert calls.presence(s) == "available"


def test_an_unknown_number_rings_without_a_contact(calls: CallService) -> None:
    view = calls.incoming("33 8765 4321")
    assert (view.number_e164, view.person_id, view.company_id) == ("+523387654321", None, None)


@pytest.mark.parametrize("number", ["", "hola", "12", "+52 55 1234"])
def test_a_malformed_number_is_refused(desk: Any, calls: CallService, number: str) -> None:
    _refused(desk, lambda: calls.incoming(number, external_id="x"), "phone number|not a")
    _refused(desk, lambda: calls.dial(number), "phone number|not a")


def test_duplicate_incoming_and_a_second_call_are_refused(desk: Any, calls: CallService) -> None:
    calls.incoming("5512345678", external_id="pbx-1")
    _refused(desk, lambda: calls.incoming("5512345678", external_id="pbx-1"),
             "call pbx-1 is already ringing")  # fmt: skip
    _refused(desk, lambda: calls.incoming("3387654321", external_id="pbx-2"),
             "finish the current call first")  # fmt: skip
    _refused(desk, lambda: calls.dial("3387654321"), "finish the current call first")


def test_cti_events_out_of_order(desk: Any, calls: CallService, clock: Clock) -> None:
    _refused(desk, lambda: calls.answered_external("nope"), "no call with id nope")
    _refused(desk, lambda: calls.ended_external("nope"), "no call with id nope")
    calls.incoming("5512345678", external_id="pbx-9")
    clock.advance(15)
    missed = calls.ended_external("pbx-9", cause="caller-hangup")  # hang-up before answer
    assert (missed.state, missed.outcome, missed.end_cause) == ("done", "missed", "caller-hangup")
    assert missed.answered_at is None and missed.ended_at == clock.now
    _refused(desk, lambda: calls.ended_external("pbx-9"), "already ended")
    _refused(desk, lambda: calls.answered_external("pbx-9"), "already finished")
    _refused(desk, lambda: calls.answer(missed.id), "already finished")
    _refused(desk, lambda: calls.answer(12345), "no call with id 12345")
    with desk.store.session() as s:
        assert [op.entity for op in s.scalars(select(OutboxOp))] == ["call"]
    # The PBX reuses the id for a later call: that one is new, not a duplicate.
    again = calls.incoming("5512345678", external_id="pbx-9")
    assert again.id != missed.id and again.state == "ringing"


def test_events_in_the_wrong_state_change_nothing(desk: Any, calls: CallService,
                                                  clock: Clock) -> None:  # fmt: skip
    view = calls.incoming("5512345678")
    _refused(desk, lambda: calls.hold(view.id), "still ringing")
    _refused(desk, lambda: calls.wrap_up(view.id, "resolved_first_contact"), "hang up before")
    _refused(desk, lambda: calls.transfer(view.id, "level:L2"), "answer it first")
    clock.advance(3)
    calls.answer(view.id)
    _refused(desk, lambda: calls.transfer(view.id, "level:L9"), "no level queue")
    _refused(desk, lambda: calls.transfer(view.id, "user:nobody"), "no active advisor")
    _refused(desk, lambda: calls.transfer(view.id, "queue"), "user:<user name>")
    _refused(desk, lambda: calls.link_ticket(view.id, desk.ids["hidden"]), "not visible")
    _refused(desk, lambda: calls.set_caller(view.id, 9999), "no person")
    clock.advance(10)
    moved = calls.transfer(view.id, "user:beto")
    assert (moved.state, moved.transferred_to, moved.outcome) == (
        "wrap_up",
        "user:beto",
        "transferred",
    )
    _refused(desk, lambda: calls.hang_up(view.id), "already hung up")
    _refused(desk, lambda: calls.wrap_up(view.id, "transferred", ticket_ids=[desk.ids["hidden"]]),
             "not visible")  # fmt: skip
    done = calls.wrap_up(view.id, "transferred")
    assert done.state == "done" and done.outcome == "transferred"
    _refused(desk, lambda: calls.wrap_up(view.id, "transferred"), "already finished")
    _refused(desk, lambda: calls.save_notes(view.id, "late"), "already finished")


def test_a_callback_creates_a_follow_up_in_the_same_transaction(
    desk: Any, calls: CallService, clock: Clock
) -> None:
    view = calls.dial("5512345678")
    assert view.direction == "outbound" and view.state == "dialing"
    clock.advance(5)
    calls.answer(view.id)
    clock.advance(60)
    calls.hang_up(view.id)
    clock.advance(10)
    _refused(desk, lambda: calls.wrap_up(view.id, "callback", ticket_ids=[desk.ids["printer"]],
                                         callback_at=clock.now - timedelta(minutes=1)),
             "in the future")  # fmt: skip
    _refused(desk, lambda: calls.wrap_up(view.id, "callback",
                                         callback_at=clock.now + timedelta(hours=1)),
             "needs a linked ticket")  # fmt: skip
    done = calls.wrap_up(view.id, "callback", ticket_ids=[desk.ids["printer"]],
                         callback_at=clock.now + timedelta(hours=1))  # fmt: skip
    assert done.outcome == "callback" and done.ticket_ids == (desk.ids["printer"],)
    with desk.store.session() as s:
        follow_up = s.scalars(select(FollowUp)).one()
        assert follow_up.ticket_id == desk.ids["printer"]
        assert follow_up.remind_at == clock.now + timedelta(hours=1)
        assert follow_up.user_id == desk.ids["ana"]


def test_presence_chosen_by_the_advisor(desk: Any, calls: CallService, clock: Clock) -> None:
    with desk.store.session() as s:
        assert calls.presence(s) == "offline"
    calls.set_presence("available")
    clock.advance(60)
    calls.set_presence("break")
    _refused(desk, lambda: calls.set_presence("wrap_up"), "available, break or offline")
    view = calls.incoming("5512345678")
    with desk.store.session() as s:
        assert calls.presence(s) == "on_call"
        assert calls.active(s) == view
    _refused(desk, lambda: calls.set_presence("offline"), "finish the current call first")


def test_lookup_and_recent_numbers(desk: Any, calls: CallService) -> None:
    with desk.store.session() as s:
        found = calls.lookup(s, "55-1234-5678")
        assert [c.person_id for c in found.candidates] == [desk.ids["maria"]]
        with pytest.raises(CallEventError):
            calls.lookup(s, "hola")
    calls.hang_up(calls.incoming("5512345678").id)
    with desk.store.session() as s:
        assert calls.recent_numbers(s) == ("+525512345678",)
        assert {w.level for w in calls.queue_waits(s)} == {"L1", "L2", "L3"}


def test_a_live_call_survives_a_restart(desk: Any, calls: CallService, clock: Clock) -> None:
    view = calls.incoming("5512345678", external_id="pbx-5")
    clock.advance(4)
    calls.answer(view.id)
    clock.advance(6)
    calls.hold(view.id)
    desk.store.close()  # the app stops here; the call is in the file
    desk.store = open_store(desk.path)
    try:
        again = CallService(desk.store, desk.viewer(), default_region="MX", clock=clock)
        with desk.store.session() as s:
            live = again.active(s)
        assert live is not None and (live.id, live.state, live.held_since) == (
            view.id, "on_hold", clock.now)  # fmt: skip
        clock.advance(9)
        resumed = again.resume(view.id)
        assert resumed.hold_seconds == 9
        assert again.ended_external("pbx-5").state == "wrap_up"
    finally:
        desk.store.close()
