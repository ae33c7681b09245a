"""The call state machine: events in order, events out of order, and durations from timestamps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.calls import (
    ACTIVE_STATES,
    CallEventError,
    CallState,
    CallTimeline,
    Durations,
    Presence,
    Survey,
    presence_for,
)

T0 = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_an_answered_call_with_a_hold_has_all_four_durations() -> None:
    call = CallTimeline.start("inbound", at(0))
    assert call.state is CallState.RINGING
    call = call.answer(at(12)).hold(at(40)).resume(at(70)).hang_up(at(100))
    assert call.state is CallState.WRAP_UP
    assert call.hold_seconds == 30 and call.held_since is None
    call = call.finish(at(145))
    assert call.state is CallState.DONE
    assert call.durations(at(999)) == Durations(
        ring=timedelta(seconds=12), talk=timedelta(seconds=58),
        hold=timedelta(seconds=30), wrap_up=timedelta(seconds=45),
    )  # fmt: skip


def test_open_intervals_run_to_now() -> None:
    ringing = CallTimeline.start("inbound", at(0))
    assert ringing.durations(at(7)).ring == timedelta(seconds=7)
    holding = ringing.answer(at(5)).hold(at(20))
    d = holding.durations(at(50))
    assert (d.ring, d.talk, d.hold, d.wrap_up) == (
        timedelta(seconds=5), timedelta(seconds=15), timedelta(seconds=30), timedelta(0),
    )  # fmt: skip
    wrapping = holding.hang_up(at(60))
    assert wrapping.durations(at(90)).wrap_up == timedelta(seconds=30)
    assert wrapping.durations(at(90)).hold == timedelta(seconds=40)  # hang-up closed the hold


def test_hang_up_before_answer_is_missed_without_wrap_up() -> None:
    call = CallTimeline.start("inbound", at(0)).hang_up(at(25))
    assert call.state is CallState.DONE and call.missed
    assert call.durations(at(100)) == Durations(timedelta(seconds=25), timedelta(0),
                                                timedelta(0), timedelta(0))  # fmt: skip


def test_outbound_calls_dial_first() -> None:
    call = CallTimeline.start("outbound", at(0))
    assert call.state is CallState.DIALING
    assert call.answer(at(3)).state is CallState.TALKING
    with pytest.raises(CallEventError, match="inbound or outbound"):
        CallTimeline.start("sideways", at(0))


@pytest.mark.parametrize(
    ("prepare", "event", "message"),
    [
        (lambda c: c, lambda c: c.hold(at(5)), "still ringing"),
        (lambda c: c, lambda c: c.finish(at(5)), "still ringing"),
        (lambda c: c.answer(at(1)), lambda c: c.answer(at(5)), "in progress"),
        (lambda c: c.answer(at(1)), lambda c: c.resume(at(5)), "in progress"),
        (lambda c: c.answer(at(1)).hang_up(at(2)), lambda c: c.answer(at(5)), "hung up"),
        (lambda c: c.answer(at(1)).hang_up(at(2)), lambda c: c.hang_up(at(5)), "hung up"),
        (lambda c: c.hang_up(at(1)), lambda c: c.hang_up(at(5)), "already finished"),
        (lambda c: c.hang_up(at(1)), lambda c: c.answer(at(5)), "already finished"),
    ],
)
def test_events_out_of_order_are_refused(
    prepare: Callable[[CallTimeline], CallTimeline],
    event: Callable[[CallTimeline], CallTimeline],
    message: str,
) -> None:
    call = prepare(CallTimeline.start("inbound", at(0)))
    with pytest.raises(CallEventError, match=message):
        event(call)


def test_time_going_backwards_is_refused() -> None:
    call = CallTimeline.start("inbound", at(10)).answer(at(20))
    with pytest.raises(CallEventError, match="time goes backwards"):
        call.hang_up(at(15))
    with pytest.raises(CallEventError, match="time zone"):
        call.hang_up(datetime(2025, 3, 12, 18, 0))


def test_survey_ranges() -> None:
    assert Survey(csat=5, ces=1, nps=0).empty is False
    assert Survey().empty
    for bad in ({"csat": 0}, {"csat": 6}, {"ces": 8}, {"nps": 11}, {"nps": -1},
                {"csat": True}, {"ces": 2.0}):  # fmt: skip
        with pytest.raises(CallEventError, match="whole number"):
            Survey(**bad)  # type: ignore[arg-type]


def test_presence_follows_the_call() -> None:
    assert presence_for(None) is None
    assert presence_for(CallState.RINGING) is Presence.ON_CALL
    assert presence_for(CallState.ON_HOLD) is Presence.ON_CALL
    assert presence_for(CallState.WRAP_UP) is Presence.WRAP_UP
    assert presence_for(CallState.DONE) is Presence.AVAILABLE
    assert CallState.DONE not in ACTIVE_STATES


# The event that ends the call first: Hypothesis's simplest choice then ends it soon.
_EVENTS: dict[CallState, tuple[str, ...]] = {
    CallState.RINGING: ("hang_up", "answer"),
    CallState.DIALING: ("hang_up", "answer"),
    CallState.TALKING: ("hang_up", "hold"),
    CallState.ON_HOLD: ("hang_up", "resume"),
    CallState.WRAP_UP: ("finish",),
}
gaps = st.integers(min_value=0, max_value=3_600_000_000).map(lambda us: timedelta(microseconds=us))


@given(direction=st.sampled_from(["inbound", "outbound"]), data=st.data(),
       start=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1),
                          timezones=st.just(UTC)))  # fmt: skip
def test_any_valid_sequence_gives_durations_that_add_up(
    direction: str, data: st.DataObject, start: datetime
) -> None:
    call = CallTimeline.start(direction, start)
    now = start
    while call.state is not CallState.DONE:
        now += data.draw(gaps)
        event = data.draw(st.sampled_from(_EVENTS[call.state]))
        call = getattr(call, event)(now)
        later = now + data.draw(gaps)
        running = call.durations(later)
        assert min(running.ring, running.talk, running.hold, running.wrap_up) >= timedelta(0)
        if call.state is not CallState.DONE:  # every open interval runs to `later`
            assert running.total == later - call.started_at
    assert call.wrap_up_ended_at is not None
    final = call.durations(now + data.draw(gaps))
    assert min(final.ring, final.talk, final.hold, final.wrap_up) >= timedelta(0)
    assert final.total == call.wrap_up_ended_at - call.started_at
    assert final.hold.total_seconds() == call.hold_seconds
