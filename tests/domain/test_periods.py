"""Reporting periods (domain/periods.py): the four spellings, bad input, bounds in a zone,
trend buckets and the period before."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from desk_app.domain.periods import (
    MAX_DAYS,
    Granularity,
    Period,
    day_period,
    month_period,
    parse_period,
    period_containing,
    week_period,
)

MEXICO = ZoneInfo("America/Mexico_City")


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        ("2026-10", date(2026, 10, 1), date(2026, 10, 31), Granularity.MONTH),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), Granularity.MONTH),
        ("2026-12", date(2026, 12, 1), date(2026, 12, 31), Granularity.MONTH),
        ("2026-W43", date(2026, 10, 19), date(2026, 10, 25), Granularity.WEEK),
        ("2026-w01", date(2025, 12, 29), date(2026, 1, 4), Granularity.WEEK),
        ("2026-10-05", date(2026, 10, 5), date(2026, 10, 5), Granularity.DAY),
        (" 2026-10-01..2026-10-15 ", date(2026, 10, 1), date(2026, 10, 15), Granularity.CUSTOM),
        ("2026-10-01 .. 2026-10-01", date(2026, 10, 1), date(2026, 10, 1), Granularity.CUSTOM),
    ],
)
def test_each_spelling(text: str, start: date, end: date, granularity: Granularity) -> None:
    period = parse_period(text)
    assert (period.start, period.end, period.granularity) == (start, end, granularity)
    assert parse_period(period.label()) == period


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("October", "is not a period"),
        ("2026-13", "there is no month 13"),
        ("2026-00", "there is no month 0"),
        ("2026-W54", "2026 has no week 54"),
        ("2026-02-30", "is not a date"),
        ("2026-10-15..2026-10-01", "ends (2026-10-01) before it starts"),
        ("2020-01-01..2026-01-01", f"at most {MAX_DAYS} days"),
        ("2026-10-01..soon", "'soon' is not a date"),
        ("", "is not a period"),
    ],
)
def test_bad_input_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_period(text)


def test_bounds_are_local_midnights_as_utc() -> None:
    # Mexico City has kept UTC−6 all year since 2022: April is no different from January.
    for text, start, end in [
        ("2026-10", datetime(2026, 10, 1, 6, tzinfo=UTC), datetime(2026, 11, 1, 6, tzinfo=UTC)),
        ("2026-04-05", datetime(2026, 4, 5, 6, tzinfo=UTC), datetime(2026, 4, 6, 6, tzinfo=UTC)),
        ("2026-01-01", datetime(2026, 1, 1, 6, tzinfo=UTC), datetime(2026, 1, 2, 6, tzinfo=UTC)),
    ]:
        assert parse_period(text).bounds(MEXICO) == (start, end)
    lima = parse_period("2026-10-05").bounds(ZoneInfo("America/Lima"))
    assert lima == (datetime(2026, 10, 5, 5, tzinfo=UTC), datetime(2026, 10, 6, 5, tzinfo=UTC))
    assert all(moment.tzinfo is UTC for moment in lima)


def test_buckets() -> None:
    month = parse_period("2026-10")
    assert [b.start for b in month.buckets()] == [date(2026, 10, d) for d in range(1, 32)]
    assert all(b.granularity is Granularity.DAY and b.days == 1 for b in month.buckets())
    assert len(parse_period("2026-W43").buckets()) == 7
    day = parse_period("2026-10-05")
    assert day.buckets() == (day,)
    # Over 62 days: weeks, cut at the range's ends, Monday to Sunday in between.
    quarter = parse_period("2026-10-01..2026-12-31")
    weeks = quarter.buckets()
    assert weeks[0] == Period(date(2026, 10, 1), date(2026, 10, 4), Granularity.CUSTOM)
    assert weeks[1] == Period(date(2026, 10, 5), date(2026, 10, 11), Granularity.CUSTOM)
    assert weeks[-1] == Period(date(2026, 12, 28), date(2026, 12, 31), Granularity.CUSTOM)
    assert sum(w.days for w in weeks) == quarter.days == 92
    assert len(parse_period("2026-10-01..2026-12-01").buckets()) == 62


def test_previous() -> None:
    assert parse_period("2026-03").previous() == month_period(2026, 2)
    assert parse_period("2026-01").previous() == month_period(2025, 12)
    assert parse_period("2026-W01").previous() == parse_period("2025-W52")
    assert parse_period("2026-03-01").previous() == day_period(date(2026, 2, 28))
    custom = parse_period("2026-10-11..2026-10-20").previous()
    assert custom == Period(date(2026, 10, 1), date(2026, 10, 10), Granularity.CUSTOM)


def test_period_containing() -> None:
    wednesday = date(2026, 10, 21)
    assert period_containing(wednesday, Granularity.DAY) == day_period(wednesday)
    assert period_containing(wednesday, Granularity.WEEK) == week_period(wednesday)
    assert week_period(wednesday).start == date(2026, 10, 19)
    assert period_containing(wednesday, Granularity.MONTH) == parse_period("2026-10")
    with pytest.raises(ValueError, match="custom period"):
        period_containing(wednesday, Granularity.CUSTOM)
    assert month_period(2026, 10).contains(date(2026, 10, 31))
    assert not month_period(2026, 10).contains(date(2026, 11, 1))
