"""Hypothesis properties of the business-time arithmetic, including DST zones."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desk_app.domain.calendar import BusinessCalendar
from desk_app.domain.sla import SlaClock, SlaTarget, StatusChange
from desk_app.domain.statuses import IN_PROGRESS, OPEN, WAITING_CUSTOMER, StatusCatalog

CALENDARS = [
    BusinessCalendar.default("MX"),
    BusinessCalendar.default("CO"),
    BusinessCalendar.default("PE"),
    # New York changes clocks at 02:00; these hours straddle it, with a lunch break.
    BusinessCalendar.build(
        "America/New_York",
        country="US",
        working_days=range(7),
        hours=[(time(0, 30), time(3, 30)), (time(8), time(12)), (time(13), time(0))],
    ),
    # Santiago changes clocks at midnight; a 24-hour desk sees the 23- and 25-hour days.
    BusinessCalendar.build("America/Santiago", working_days=range(7), hours=[(time(0), time(0))]),
    # Sparse: two short days a week.
    BusinessCalendar.build(
        "Australia/Lord_Howe", working_days=[1, 3], hours=[(time(1, 15), time(2, 45))]
    ),
]

BASE = datetime(2024, 1, 1, tzinfo=UTC)
PROPS = settings(max_examples=60, deadline=None)

calendars = st.sampled_from(CALENDARS)
# Minute granularity across 2024–2027, which covers several DST transitions per zone.
instants = st.integers(min_value=0, max_value=4 * 365 * 24 * 60).map(
    lambda m: BASE + timedelta(minutes=m)
)
durations = st.integers(min_value=0, max_value=500 * 60).map(lambda m: timedelta(minutes=m))


@PROPS
@given(calendars, instants, durations)
def test_round_trip_from_inside_business_time(cal, moment, duration):
    start = cal.next_business_start(moment)
    assert cal.is_business_time(start)
    due = cal.add_business_time(start, duration)
    assert cal.business_time_between(start, due) == duration


@PROPS
@given(calendars, instants, durations)
def test_round_trip_from_any_instant(cal, start, duration):
    due = cal.add_business_time(start, duration)
    assert due >= start
    assert cal.business_time_between(start, due) == duration


@PROPS
@given(calendars, instants, durations, durations)
def test_larger_duration_is_never_due_earlier(cal, start, d1, d2):
    small, large = sorted((d1, d2))
    assert cal.add_business_time(start, small) <= cal.add_business_time(start, large)


@PROPS
@given(calendars, instants, durations, durations.filter(lambda d: d > timedelta(0)))
def test_adding_in_two_steps_equals_adding_once(cal, start, d1, d2):
    assert cal.add_business_time(cal.add_business_time(start, d1), d2) == cal.add_business_time(
        start, d1 + d2
    )


@PROPS
@given(calendars, instants, instants, instants)
def test_business_time_between_is_additive(cal, x, y, z):
    a, b, c = sorted((x, y, z))
    assert cal.business_time_between(a, c) == cal.business_time_between(
        a, b
    ) + cal.business_time_between(b, c)


@PROPS
@example(  # found by Hypothesis: DST starts at midnight, 00:00 does not exist that day
    cal=BusinessCalendar.build("America/Santiago", working_days=range(7),
                               hours=[(time(0), time(0))]),
    moment=datetime(2024, 9, 7, 12, tzinfo=UTC),
)  # fmt: skip
@given(calendars, instants)
def test_end_of_business_day_is_after_the_next_opening(cal, moment):
    opening = cal.next_business_start(moment)
    closing = cal.end_of_business_day(moment)
    assert moment <= opening < closing
    # Closing time is not business time, except for a desk that works through midnight, where
    # the closing of one day is the opening of the next: then it lies on the next local day
    # (at 00:00, or 01:00 where DST starts at midnight, as in Santiago on 2024-09-08).
    local_closing = closing.astimezone(cal.zone)
    next_day = local_closing.date() > opening.astimezone(cal.zone).date()
    assert not cal.is_business_time(closing) or (next_day and local_closing.time() <= time(1))


@PROPS
@given(
    calendars,
    instants,
    st.integers(min_value=1, max_value=60 * 60),
    st.integers(min_value=0, max_value=80 * 60),
    st.integers(min_value=0, max_value=80 * 60),
)
def test_a_pause_never_makes_the_due_time_earlier(cal, created, target_min, wait_from, wait_len):
    clock = SlaClock(cal, StatusCatalog())
    target = SlaTarget(first_response=None, resolution=timedelta(minutes=target_min))
    pause_start = created + timedelta(minutes=wait_from)
    pause_end = pause_start + timedelta(minutes=wait_len)
    now = pause_end + timedelta(days=30)
    plain = [StatusChange(created, OPEN)]
    paused = [
        *plain,
        StatusChange(pause_start, WAITING_CUSTOMER),
        StatusChange(pause_end, IN_PROGRESS),
    ]
    without = clock.compute(created, plain, target, None, None, now).resolution
    with_pause = clock.compute(created, paused, target, None, None, now).resolution
    assert without.due_at is not None and with_pause.due_at is not None
    assert with_pause.due_at >= without.due_at
    # The paused clock has used exactly the business time that was not paused.
    assert with_pause.used == without.used - with_pause.paused_time
