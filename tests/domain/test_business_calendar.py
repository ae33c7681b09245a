"""Worked examples for BusinessCalendar (SPEC §3): holidays of MX/CO/PE, overrides, guards."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from desk_app.domain.calendar import BusinessCalendar

MX = ZoneInfo("America/Mexico_City")
CO = ZoneInfo("America/Bogota")
PE = ZoneInfo("America/Lima")
H = timedelta(hours=1)


def test_critical_friday_afternoon_is_due_monday_late_morning():
    cal = BusinessCalendar.default("MX")
    friday = datetime(2025, 1, 24, 16, 0, tzinfo=MX)
    assert friday.weekday() == 4
    assert date(2025, 1, 27) not in holidays.MX(years=2025)
    assert cal.add_business_time(friday, 4 * H) == datetime(2025, 1, 27, 11, 0, tzinfo=MX)


def test_mexican_constitution_day_monday_moves_due_to_tuesday():
    cal = BusinessCalendar.default("MX")
    assert holidays.MX(years=2025).get(date(2025, 2, 3)) == "Constitution Day"
    friday = datetime(2025, 1, 31, 16, 0, tzinfo=MX)
    assert cal.add_business_time(friday, 4 * H) == datetime(2025, 2, 4, 11, 0, tzinfo=MX)
    # The same calendar without the country's holidays keeps Monday.
    plain = BusinessCalendar.build("America/Mexico_City")
    assert plain.add_business_time(friday, 4 * H) == datetime(2025, 2, 3, 11, 0, tzinfo=MX)


def test_colombia_saint_joseph_observed_monday():
    cal = BusinessCalendar.default("CO")
    assert cal.tz_name == "America/Bogota"
    assert date(2025, 3, 24) in holidays.CO(years=2025)
    friday = datetime(2025, 3, 21, 16, 0, tzinfo=CO)
    assert cal.add_business_time(friday, 4 * H) == datetime(2025, 3, 25, 11, 0, tzinfo=CO)


def test_peru_independence_days_skip_monday_and_tuesday():
    cal = BusinessCalendar.default("PE")
    assert cal.tz_name == "America/Lima"
    assert {date(2025, 7, 28), date(2025, 7, 29)} <= set(holidays.PE(years=2025))
    friday = datetime(2025, 7, 25, 16, 0, tzinfo=PE)
    assert cal.add_business_time(friday, 4 * H) == datetime(2025, 7, 30, 11, 0, tzinfo=PE)
    assert cal.business_time_between(friday, datetime(2025, 7, 30, 11, 0, tzinfo=PE)) == 4 * H


def test_result_keeps_the_input_time_zone():
    cal = BusinessCalendar.default("MX")
    start = datetime(2025, 1, 24, 22, 0, tzinfo=UTC)  # 16:00 in Mexico City
    due = cal.add_business_time(start, 4 * H)
    assert due.tzinfo is UTC
    assert due == datetime(2025, 1, 27, 17, 0, tzinfo=UTC)


def test_zero_duration_outside_hours_is_next_opening():
    cal = BusinessCalendar.default("MX")
    saturday = datetime(2025, 1, 25, 12, 0, tzinfo=MX)
    monday_open = datetime(2025, 1, 27, 9, 0, tzinfo=MX)
    assert cal.add_business_time(saturday, timedelta(0)) == monday_open
    assert cal.next_business_start(saturday) == monday_open
    closing = datetime(2025, 1, 27, 18, 0, tzinfo=MX)
    assert cal.next_business_start(closing) == datetime(2025, 1, 28, 9, 0, tzinfo=MX)
    inside = datetime(2025, 1, 27, 10, 30, tzinfo=MX)
    assert cal.next_business_start(inside) == inside


def test_duration_ending_at_closing_returns_closing_time():
    cal = BusinessCalendar.default("MX")
    start = datetime(2025, 1, 27, 17, 0, tzinfo=MX)
    assert cal.add_business_time(start, H) == datetime(2025, 1, 27, 18, 0, tzinfo=MX)
    assert cal.add_business_time(start, 2 * H) == datetime(2025, 1, 28, 10, 0, tzinfo=MX)


def test_business_time_between_counts_only_open_hours():
    cal = BusinessCalendar.default("MX")
    friday = datetime(2025, 1, 24, 17, 0, tzinfo=MX)
    tuesday = datetime(2025, 1, 28, 10, 0, tzinfo=MX)
    assert cal.business_time_between(friday, tuesday) == H + 9 * H + H
    assert cal.business_time_between(tuesday, friday) == timedelta(0)
    assert cal.business_time_between(friday, friday) == timedelta(0)


def test_is_business_time_is_half_open():
    cal = BusinessCalendar.default("MX")
    assert cal.is_business_time(datetime(2025, 1, 27, 9, 0, tzinfo=MX))
    assert cal.is_business_time(datetime(2025, 1, 27, 17, 59, tzinfo=MX))
    assert not cal.is_business_time(datetime(2025, 1, 27, 18, 0, tzinfo=MX))
    assert not cal.is_business_time(datetime(2025, 1, 25, 12, 0, tzinfo=MX))  # Saturday
    assert not cal.is_business_time(datetime(2025, 2, 3, 12, 0, tzinfo=MX))  # holiday


def test_end_of_business_day():
    cal = BusinessCalendar.default("MX")
    eod = cal.end_of_business_day
    assert eod(datetime(2025, 1, 27, 10, 0, tzinfo=MX)) == datetime(2025, 1, 27, 18, tzinfo=MX)
    assert eod(datetime(2025, 1, 27, 7, 0, tzinfo=MX)) == datetime(2025, 1, 27, 18, tzinfo=MX)
    assert eod(datetime(2025, 1, 27, 19, 0, tzinfo=MX)) == datetime(2025, 1, 28, 18, tzinfo=MX)
    # Friday evening before the Constitution Day Monday → Tuesday's close.
    assert eod(datetime(2025, 1, 31, 19, 0, tzinfo=MX)) == datetime(2025, 2, 4, 18, tzinfo=MX)


def test_split_shift_with_lunch_break():
    cal = BusinessCalendar.build(
        "America/Mexico_City", hours=[(time(14), time(18)), (time(9), time(13))]
    )
    assert cal.hours == ((time(9), time(13)), (time(14), time(18)))
    start = datetime(2025, 1, 27, 12, 0, tzinfo=MX)
    assert cal.add_business_time(start, 2 * H) == datetime(2025, 1, 27, 15, 0, tzinfo=MX)
    lunch = datetime(2025, 1, 27, 13, 30, tzinfo=MX)
    assert cal.end_of_business_day(lunch) == datetime(2025, 1, 27, 18, 0, tzinfo=MX)
    assert cal.next_business_start(lunch) == datetime(2025, 1, 27, 14, 0, tzinfo=MX)


def test_team_override_works_a_holiday_and_a_saturday():
    base = BusinessCalendar.default("MX")
    team = base.with_overrides(extra_working_dates=[date(2025, 2, 3), date(2025, 2, 1)])
    friday = datetime(2025, 1, 31, 16, 0, tzinfo=MX)
    # Saturday Feb 1 counts with the default hours, so 2 h Friday + 2 h Saturday.
    assert team.add_business_time(friday, 4 * H) == datetime(2025, 2, 1, 11, 0, tzinfo=MX)
    assert team.is_business_day(date(2025, 2, 3))
    assert not base.is_business_day(date(2025, 2, 3))  # the base calendar is unchanged


def test_extra_holiday_and_date_hours_override():
    cal = BusinessCalendar.default("MX").with_overrides(
        extra_holidays=[date(2025, 12, 24)], date_hours={date(2025, 12, 23): [(time(9), time(13))]}
    )
    start = datetime(2025, 12, 23, 12, 0, tzinfo=MX)
    # 1 h on the short day, the 24th off, the 25th a public holiday → the 26th.
    assert cal.add_business_time(start, 2 * H) == datetime(2025, 12, 26, 10, 0, tzinfo=MX)
    # A later team override can reopen the extra holiday.
    reopened = cal.with_overrides(extra_working_dates=[date(2025, 12, 24)])
    assert reopened.add_business_time(start, 2 * H) == datetime(2025, 12, 24, 10, 0, tzinfo=MX)


def test_weekday_specific_hours_for_saturday():
    cal = BusinessCalendar.build(
        "America/Lima",
        country="PE",
        working_days=range(6),
        weekday_hours={5: [(time(9), time(13))]},
    )
    friday = datetime(2025, 1, 24, 17, 0, tzinfo=PE)
    # 1 h on Friday + 4 h on Saturday ends exactly at Saturday's 13:00 close.
    assert cal.add_business_time(friday, 5 * H) == datetime(2025, 1, 25, 13, 0, tzinfo=PE)
    assert cal.add_business_time(friday, 6 * H) == datetime(2025, 1, 27, 10, 0, tzinfo=PE)


def test_forty_business_hours_is_one_working_week():
    cal = BusinessCalendar.default("MX", tz_name="America/Mexico_City")
    monday = datetime(2025, 3, 3, 9, 0, tzinfo=MX)
    due = cal.add_business_time(monday, 40 * H)
    # 9 h a day: Mon–Thu is 36 h, then 4 h on Friday.
    assert due == datetime(2025, 3, 7, 13, 0, tzinfo=MX)


def test_large_durations_span_years_by_days():
    cal = BusinessCalendar.default("CO")
    start = datetime(2025, 1, 2, 9, 0, tzinfo=CO)
    due = cal.add_business_time(start, 5000 * H)
    assert due.year == 2027
    assert cal.business_time_between(start, due) == 5000 * H


@pytest.mark.parametrize(
    "bad",
    [
        datetime(2025, 1, 27, 10, 0),
    ],
)
def test_naive_datetimes_are_rejected(bad):
    cal = BusinessCalendar.default("MX")
    aware = datetime(2025, 1, 27, 10, 0, tzinfo=MX)
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.add_business_time(bad, H)
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.business_time_between(aware, bad)
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.is_business_time(bad)
    with pytest.raises(ValueError, match="timezone-aware"):
        cal.end_of_business_day(bad)


def test_negative_duration_is_rejected():
    cal = BusinessCalendar.default("MX")
    with pytest.raises(ValueError, match="negative"):
        cal.add_business_time(datetime(2025, 1, 27, 10, tzinfo=MX), -H)


def test_calendar_without_working_time_is_rejected():
    with pytest.raises(ValueError, match="no working time"):
        BusinessCalendar.build("UTC", working_days=[])
    with pytest.raises(ValueError, match="no working time"):
        BusinessCalendar.build("UTC", working_days=[0], weekday_hours={0: []})


def test_calendar_that_runs_out_of_working_time_stops_searching():
    only_once = BusinessCalendar.build(
        "UTC", working_days=[], date_hours={date(2025, 1, 6): [(time(9), time(10))]}
    )
    start = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    assert only_once.add_business_time(start, H) == datetime(2025, 1, 6, 10, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="no business time within"):
        only_once.add_business_time(start, 2 * H)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"tz_name": "Mars/Olympus"}, "unknown time zone"),
        ({"tz_name": "UTC", "country": "XX"}, "no public-holiday data"),
        ({"tz_name": "UTC", "hours": [(time(18), time(9))]}, "end after they start"),
        ({"tz_name": "UTC", "hours": [(time(9), time(13)), (time(12), time(18))]}, "overlap"),
        ({"tz_name": "UTC", "working_days": [7]}, "weekday numbers"),
        (
            {
                "tz_name": "UTC",
                "extra_holidays": [date(2025, 1, 6)],
                "extra_working_dates": [date(2025, 1, 6)],
            },
            "both holiday and working",
        ),
    ],
)
def test_invalid_calendars_raise_clear_errors(kwargs, message):
    with pytest.raises(ValueError, match=message):
        BusinessCalendar.build(**kwargs)


def test_calendars_are_hashable_and_compare_by_value():
    a = BusinessCalendar.default("MX")
    b = BusinessCalendar.default("mx")
    assert a == b
    assert hash(a) == hash(b)
    assert a != BusinessCalendar.default("CO")


def test_24_hour_desk_on_dst_days_counts_real_hours():
    santiago = ZoneInfo("America/Santiago")
    cal = BusinessCalendar.build(
        "America/Santiago", working_days=range(7), hours=[(time(0), time(0))]
    )
    # Chile springs forward at midnight on 2025-09-07: that local day has 23 hours.
    day = datetime(2025, 9, 7, 0, 0, tzinfo=santiago)
    next_day = datetime(2025, 9, 8, 0, 0, tzinfo=santiago)
    assert cal.business_time_between(day, next_day) == 23 * H
    # It falls back at midnight on 2025-04-06: Saturday the 5th has 25 hours.
    assert (
        cal.business_time_between(
            datetime(2025, 4, 5, 0, 0, tzinfo=santiago), datetime(2025, 4, 6, 0, 0, tzinfo=santiago)
        )
        == 25 * H
    )
