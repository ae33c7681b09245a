"""SLA policy resolution and the clock (SPEC §3): worked examples with hand-computed values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk_app.domain.calendar import BusinessCalendar
from desk_app.domain.sla import (
    SlaClock,
    SlaPolicy,
    SlaRule,
    SlaState,
    SlaTarget,
    StatusChange,
    queue_wait,
)
from desk_app.domain.statuses import (
    CLOSED,
    IN_PROGRESS,
    OPEN,
    WAITING_CUSTOMER,
    StatusCatalog,
    UnknownStatusError,
)
from desk_app.domain.ticket_fields import Criticality, Priority

MX = ZoneInfo("America/Mexico_City")
H = timedelta(hours=1)
CAL = BusinessCalendar.default("MX")
CLOCK = SlaClock(CAL, StatusCatalog())
MONDAY_9 = datetime(2025, 1, 27, 9, 0, tzinfo=MX)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 1, day, hour, minute, tzinfo=MX)


def resolution(hours: float) -> SlaTarget:
    return SlaTarget(first_response=None, resolution=timedelta(hours=hours))


# -- policy ---------------------------------------------------------------------------------


def test_default_policy_takes_resolution_from_criticality_and_response_from_priority():
    policy = SlaPolicy.default()
    target = policy.target_for(Priority.NORMAL, Criticality.SEVERE)
    assert target.first_response == 24 * H
    assert target.resolution == 8 * H
    assert policy.target_for(Priority.URGENT, Criticality.MINOR).resolution == 40 * H
    assert policy.target_for(Priority.NORMAL, Criticality.MODERATE).resolution == 24 * H
    assert policy.target_for(Priority.CRITICAL, Criticality.CRITICAL) == SlaTarget(
        first_response=H, resolution=4 * H
    )


def test_default_policy_falls_back_to_priority_before_criticality_is_set():
    policy = SlaPolicy.default()
    assert policy.target_for(Priority.NORMAL) == SlaTarget(first_response=24 * H, resolution=24 * H)
    assert policy.target_for(Priority.CRITICAL) == SlaTarget(first_response=H, resolution=4 * H)
    urgent = policy.target_for(Priority.URGENT)
    assert urgent.first_response is None and urgent.resolution is None
    assert urgent.until_end_of_business_day
    assert urgent.resolution_until_end_of_business_day


def test_category_rule_wins_over_generic_and_order_breaks_ties():
    special = SlaRule(resolution(2), criticality=Criticality.SEVERE, category="payroll")
    generic_first = SlaRule(resolution(6), criticality=Criticality.SEVERE)
    generic_second = SlaRule(resolution(7), criticality=Criticality.SEVERE)
    policy = SlaPolicy([generic_first, generic_second, special])
    assert policy.target_for(Priority.NORMAL, Criticality.SEVERE, "payroll").resolution == 2 * H
    assert policy.target_for(Priority.NORMAL, Criticality.SEVERE, "billing").resolution == 6 * H
    assert policy.target_for(Priority.NORMAL, Criticality.MINOR).resolution is None


def test_category_priority_rule_beats_generic_criticality_rule():
    policy = SlaPolicy(
        [
            SlaRule(resolution(8), criticality=Criticality.SEVERE),
            SlaRule(resolution(3), priority=Priority.URGENT, category="payroll"),
        ]
    )
    assert policy.target_for(Priority.URGENT, Criticality.SEVERE, "payroll").resolution == 3 * H


@pytest.mark.parametrize(
    "kwargs",
    [
        {"first_response": timedelta(0), "resolution": None},
        {"first_response": None, "resolution": -H},
        {"first_response": H, "resolution": None, "until_end_of_business_day": True},
    ],
)
def test_invalid_targets_are_rejected(kwargs):
    with pytest.raises(ValueError):
        SlaTarget(**kwargs)


# -- clock: worked examples ------------------------------------------------------------------


def test_critical_ticket_opened_friday_afternoon():
    target = SlaPolicy.default().target_for(Priority.CRITICAL, Criticality.CRITICAL)
    created = at(24, 16)
    snap = CLOCK.compute(created, [StatusChange(created, OPEN)], target, None, None, at(24, 17))
    assert snap.resolution.due_at == at(27, 11)
    assert snap.resolution.used == H
    assert snap.resolution.allowed == 4 * H
    assert snap.resolution.fraction == 0.25
    assert snap.resolution.state is SlaState.OK
    # First response: 1 business hour → Friday 17:00, exactly now: used 100 %, not yet breached.
    assert snap.first_response.due_at == at(24, 17)
    assert snap.first_response.state is SlaState.AT_RISK


def test_critical_ticket_before_a_holiday_monday_is_due_tuesday():
    created = at(31, 16)
    snap = CLOCK.compute(created, [StatusChange(created, OPEN)], resolution(4), None, None, created)
    assert snap.resolution.due_at == datetime(2025, 2, 4, 11, 0, tzinfo=MX)


def test_waiting_on_customer_for_three_business_hours_moves_due_three_hours():
    history = [
        StatusChange(MONDAY_9, OPEN),
        StatusChange(at(27, 10), WAITING_CUSTOMER),
        StatusChange(at(27, 13), IN_PROGRESS),
    ]
    target = resolution(8)
    plain = CLOCK.compute(MONDAY_9, history[:1], target, None, None, at(27, 15))
    paused = CLOCK.compute(MONDAY_9, history, target, None, None, at(27, 15))
    assert plain.resolution.due_at == at(27, 17)
    assert paused.resolution.due_at == at(28, 11)
    assert paused.resolution.due_at == CAL.add_business_time(at(27, 17), 3 * H)
    assert paused.resolution.used == 3 * H
    assert paused.paused_time == 3 * H
    assert [(p.start, p.end, p.status) for p in paused.pauses] == [
        (at(27, 10), at(27, 13), WAITING_CUSTOMER)
    ]
    assert not paused.is_paused


def test_pause_that_starts_after_the_due_time_does_not_move_it():
    history = [
        StatusChange(MONDAY_9, OPEN),
        StatusChange(at(27, 14), WAITING_CUSTOMER),  # the 4 h ran out at 13:00
        StatusChange(at(27, 16), IN_PROGRESS),
    ]
    snap = CLOCK.compute(MONDAY_9, history, resolution(4), None, None, at(27, 17))
    assert snap.resolution.due_at == at(27, 13)
    assert snap.resolution.used == 6 * H
    assert snap.resolution.state is SlaState.BREACHED


def test_pause_over_a_weekend_only_costs_its_business_hours():
    history = [
        StatusChange(at(24, 9), OPEN),
        StatusChange(at(24, 17), WAITING_CUSTOMER),  # 1 business hour on Friday
        StatusChange(at(27, 10), IN_PROGRESS),  # + 1 on Monday
    ]
    snap = CLOCK.compute(at(24, 9), history, resolution(16), None, None, at(27, 12))
    assert snap.paused_time == 2 * H
    assert snap.resolution.used == 8 * H + 2 * H  # Fri 09–17 and Mon 10–12
    # 8 h on Friday + Monday 10–18 (8 h) makes the 16 h.
    assert snap.resolution.due_at == at(27, 18)


def test_currently_paused_clock_assumes_it_resumes_now():
    history = [StatusChange(MONDAY_9, OPEN), StatusChange(at(27, 11), WAITING_CUSTOMER)]
    snap = CLOCK.compute(MONDAY_9, history, resolution(4), None, None, at(27, 15))
    assert snap.is_paused
    assert snap.resolution.is_paused
    assert snap.resolution.used == 2 * H
    assert snap.resolution.due_at == at(27, 17)  # now + the 2 h left
    assert snap.pauses[0].end == at(27, 15)
    assert snap.current_status == WAITING_CUSTOMER


@pytest.mark.parametrize(
    ("elapsed", "state"),
    [
        (timedelta(hours=4) * 0.74, SlaState.OK),
        (timedelta(hours=3), SlaState.AT_RISK),  # exactly 75 %
        (timedelta(hours=4), SlaState.AT_RISK),  # 100 %: due now, not yet late
        (timedelta(hours=4, minutes=1), SlaState.BREACHED),
    ],
)
def test_state_thresholds(elapsed, state):
    now = MONDAY_9 + elapsed
    snap = CLOCK.compute(MONDAY_9, [StatusChange(MONDAY_9, OPEN)], resolution(4), None, None, now)
    assert snap.resolution.state is state
    assert snap.resolution.fraction == pytest.approx(elapsed / timedelta(hours=4))


def test_breached_clock_reports_negative_remaining():
    now = at(27, 15)
    snap = CLOCK.compute(MONDAY_9, [StatusChange(MONDAY_9, OPEN)], resolution(4), None, None, now)
    assert snap.resolution.state is SlaState.BREACHED
    assert snap.resolution.remaining == -2 * H
    assert snap.resolution.fraction == 1.5


def test_resolved_in_time_is_met_and_late_is_breached():
    on_time = [StatusChange(MONDAY_9, OPEN), StatusChange(at(27, 12), CLOSED)]
    late = [StatusChange(MONDAY_9, OPEN), StatusChange(at(27, 14), CLOSED)]
    later = at(30, 12)
    met = CLOCK.compute(MONDAY_9, on_time, resolution(4), None, None, later).resolution
    breached = CLOCK.compute(MONDAY_9, late, resolution(4), None, None, later).resolution
    assert (met.state, met.used, met.completed_at) == (SlaState.MET, 3 * H, at(27, 12))
    assert (breached.state, breached.used) == (SlaState.BREACHED, 5 * H)


def test_reopened_ticket_resumes_and_closed_time_is_paused():
    history = [
        StatusChange(MONDAY_9, OPEN),
        StatusChange(at(27, 14), CLOSED),
        StatusChange(at(28, 9), IN_PROGRESS),
        StatusChange(at(28, 10), CLOSED),
    ]
    snap = CLOCK.compute(MONDAY_9, history, resolution(8), None, None, at(30, 9))
    assert snap.resolution.completed_at == at(28, 10)
    assert snap.resolution.used == 6 * H  # Mon 09–14 and Tue 09–10
    assert snap.resolution.state is SlaState.MET
    assert snap.paused_time == 4 * H  # Mon 14–18 while closed
    # While reopened and open, the clock is running again.
    running = CLOCK.compute(MONDAY_9, history[:3], resolution(8), None, None, at(28, 12))
    assert running.resolution.completed_at is None
    assert running.resolution.used == 8 * H
    assert running.resolution.state is SlaState.AT_RISK


def test_explicit_resolved_at_wins_over_history():
    history = [StatusChange(MONDAY_9, OPEN)]
    snap = CLOCK.compute(MONDAY_9, history, resolution(4), None, at(27, 11), at(28, 9))
    assert snap.resolution.state is SlaState.MET
    assert snap.resolution.used == 2 * H


def test_first_response_met_and_missing_first_response_stops_at_resolution():
    target = SlaTarget(first_response=H, resolution=4 * H)
    history = [StatusChange(MONDAY_9, OPEN)]
    replied = CLOCK.compute(MONDAY_9, history, target, at(27, 9, 45), None, at(27, 12))
    assert replied.first_response.state is SlaState.MET
    assert replied.first_response.used == timedelta(minutes=45)
    closed = [*history, StatusChange(at(27, 9, 30), CLOSED)]
    silent = CLOCK.compute(MONDAY_9, closed, target, None, None, at(29, 12))
    assert silent.first_response.completed_at == at(27, 9, 30)
    assert silent.first_response.state is SlaState.MET


def test_urgent_first_response_is_due_at_the_end_of_the_business_day():
    target = SlaPolicy.default().target_for(Priority.URGENT)
    created = at(27, 10)
    snap = CLOCK.compute(created, [StatusChange(created, OPEN)], target, None, None, created)
    assert snap.first_response.due_at == at(27, 18)
    assert snap.first_response.allowed == 8 * H
    assert snap.resolution.due_at == at(27, 18)
    evening = at(27, 19)
    late = CLOCK.compute(evening, [StatusChange(evening, OPEN)], target, None, None, evening)
    assert late.first_response.due_at == at(28, 18)
    assert late.first_response.allowed == 9 * H


def test_clock_without_target_reports_no_target():
    snap = CLOCK.compute(
        MONDAY_9, [StatusChange(MONDAY_9, OPEN)], resolution(4), None, None, at(27, 11)
    )
    assert snap.first_response.state is SlaState.NO_TARGET
    assert snap.first_response.due_at is None
    assert snap.first_response.fraction is None
    assert snap.first_response.used == 2 * H


def test_now_before_creation_uses_nothing():
    snap = CLOCK.compute(MONDAY_9, [], resolution(4), None, None, MONDAY_9 - H)
    assert snap.resolution.used == timedelta(0)
    assert snap.resolution.state is SlaState.OK
    assert snap.current_status is None


def test_result_is_in_the_creation_time_zone():
    created = MONDAY_9.astimezone(UTC)
    snap = CLOCK.compute(created, [StatusChange(created, OPEN)], resolution(4), None, None, created)
    assert snap.resolution.due_at is not None
    assert snap.resolution.due_at.tzinfo is UTC
    assert snap.resolution.due_at == at(27, 13)


def test_history_errors_are_loud():
    with pytest.raises(ValueError, match="time order"):
        CLOCK.compute(
            MONDAY_9,
            [StatusChange(at(27, 10), OPEN), StatusChange(at(27, 9, 30), IN_PROGRESS)],
            resolution(4),
            None,
            None,
            at(27, 12),
        )
    with pytest.raises(ValueError, match="time order"):
        CLOCK.compute(
            MONDAY_9, [StatusChange(at(24, 9), OPEN)], resolution(4), None, None, at(27, 12)
        )
    with pytest.raises(UnknownStatusError):
        CLOCK.compute(
            MONDAY_9, [StatusChange(MONDAY_9, "lost")], resolution(4), None, None, at(27, 12)
        )
    with pytest.raises(ValueError, match="timezone-aware"):
        StatusChange(datetime(2025, 1, 27, 9), OPEN)
    with pytest.raises(ValueError, match="timezone-aware"):
        CLOCK.compute(MONDAY_9, [], resolution(4), None, None, datetime(2025, 1, 27, 9))


def test_queue_wait_is_wall_time_until_assignment():
    assert queue_wait(at(24, 17), at(27, 9), at(27, 12)) == timedelta(days=2, hours=16)
    assert queue_wait(at(27, 9), None, at(27, 9, 25)) == timedelta(minutes=25)
    assert queue_wait(at(27, 9), None, at(27, 8)) == timedelta(0)
    with pytest.raises(ValueError, match="timezone-aware"):
        queue_wait(datetime(2025, 1, 27, 9), None, at(27, 9))
