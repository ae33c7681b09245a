"""Reporting periods (SPEC §7): a day, an ISO week, a calendar month or a custom range of
days, as the leader picks them and as `desk-app report … --period` spells them.

    "2026-10"                  the month
    "2026-W43"                 the ISO week (Monday to Sunday)
    "2026-10-05"               the day
    "2026-10-01..2026-10-15"   a custom range, both days included

A period is a range of local calendar days; `bounds(tz)` turns it into the aware instants
[start, end) in that time zone, so "October" means October where the desk works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

MAX_DAYS = 366 * 2  # a custom range longer than two years is almost certainly a typo


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    CUSTOM = "custom"


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$", re.IGNORECASE)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class Period:
    start: date  # first day, included
    end: date  # last day, included
    granularity: Granularity

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")
        if (self.end - self.start).days + 1 > MAX_DAYS:
            raise ValueError(f"a period is at most {MAX_DAYS} days")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        """The period as `parse_period` reads it back."""
        if self.granularity is Granularity.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.granularity is Granularity.WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.granularity is Granularity.DAY:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """[start, end) as aware UTC instants: local midnight of the first day to local
        midnight after the last day."""
        first = datetime.combine(self.start, time(), tzinfo=tz)
        after = datetime.combine(self.end + timedelta(days=1), time(), tzinfo=tz)
        return first.astimezone(UTC), after.astimezone(UTC)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def buckets(self) -> tuple[Period, ...]:
        """The points of a trend over this period: days for a week or a month (or a custom
        range up to 62 days), weeks for a longer range, the day itself for a day."""
        if self.granularity is Granularity.DAY:
            return (self,)
        if self.days <= 62:
            return tuple(day_period(self.start + timedelta(days=n)) for n in range(self.days))
        weeks: list[Period] = []
        start = self.start
        while start <= self.end:
            end = min(start + timedelta(days=6 - start.weekday()), self.end)
            weeks.append(Period(start, end, Granularity.CUSTOM))
            start = end + timedelta(days=1)
        return tuple(weeks)

    def previous(self) -> Period:
        """The period of the same kind just before this one (for "vs. last month")."""
        if self.granularity is Granularity.MONTH:
            last = self.start - timedelta(days=1)
            return month_period(last.year, last.month)
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1),
                      self.granularity)  # fmt: skip


def day_period(day: date) -> Period:
    return Period(day, day, Granularity.DAY)


def week_period(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    return Period(monday, monday + timedelta(days=6), Granularity.WEEK)


def month_period(year: int, month: int) -> Period:
    if not 1 <= month <= 12:
        raise ValueError(f"there is no month {month}")
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return Period(first, following - timedelta(days=1), Granularity.MONTH)


def period_containing(day: date, granularity: Granularity) -> Period:
    if granularity is Granularity.DAY:
        return day_period(day)
    if granularity is Granularity.WEEK:
        return week_period(day)
    if granularity is Granularity.MONTH:
        return month_period(day.year, day.month)
    raise ValueError("a custom period needs its first and last day")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def parse_period(text: str) -> Period:
    """ "2026-10", "2026-W43", "2026-10-05" or "2026-10-01..2026-10-15"; ValueError saying
    what is wrong otherwise."""
    raw = text.strip()
    if ".." in raw:
        first, _, last = raw.partition("..")
        return Period(_day(first.strip()), _day(last.strip()), Granularity.CUSTOM)
    if match := _MONTH.match(raw):
        return month_period(int(match[1]), int(match[2]))
    if match := _WEEK.match(raw):
        try:
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            raise ValueError(f"{raw!r}: {match[1]} has no week {match[2]}") from None
        return week_period(monday)
    if _DAY.match(raw):
        return day_period(_day(raw))
    raise ValueError(
        f"{raw!r} is not a period: use 2026-10 (month), 2026-W43 (week), 2026-10-05 (day) or "
        "2026-10-01..2026-10-15 (range)"
    )
