"""Business calendars: when SLA time counts (SPEC §3, seed 004 "días laborables").

Conventions (every SLA and PQRS rule builds on them):

* Working intervals are wall-clock times in the calendar's zone; business time is the real
  elapsed time inside them (both ends are converted to UTC instants). A 09:00–18:00 day is
  9 h on either side of a DST change; a 24-hour desk's 23-hour spring-forward day counts 23 h.
* Working days are `date.weekday()` numbers: Monday = 0 … Sunday = 6.
* Intervals are half-open: opening time is business time, closing time is not.
* Every method takes timezone-aware datetimes (naive ones raise ValueError) and returns
  datetimes in the tzinfo of its argument, so callers get back what they gave.
* `add_business_time(start, 0)` from outside business time returns the next opening
  (= `next_business_start`); a positive duration that ends exactly at a closing time returns
  that closing time, not the next opening. So for any start and any d ≥ 0,
  `business_time_between(start, add_business_time(start, d)) == d`.
* Loops walk day by day (never minute by minute) and give up with ValueError after
  `MAX_IDLE_DAYS` consecutive days without working time, so no calendar can hang the UI.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk_app.domain.holiday_source import public_holidays
from desk_app.domain.working_hours import (
    HoursSpec,
    WorkingHours,
    check_country,
    normalize_hours,
    utc_spans,
)

MONDAY_TO_FRIDAY = frozenset(range(5))
DEFAULT_HOURS = (WorkingHours(time(9), time(18)),)
MAX_IDLE_DAYS = 3 * 366
"""About three years: the longest stretch without working time before we call a calendar broken."""

COUNTRY_ZONES = {"MX": "America/Mexico_City", "CO": "America/Bogota", "PE": "America/Lima"}

Span = tuple[datetime, datetime]
_K = TypeVar("_K", int, date)


def require_aware(moment: datetime, name: str = "datetime") -> None:
    """Reject naive datetimes: their meaning depends on the machine's zone, not the desk's."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {moment.isoformat()}")


@dataclass(frozen=True)
class BusinessCalendar:
    """Working days and hours of a desk, its country's public holidays and team overrides.

    Hours of a date, first rule that applies wins:
    1. `date_hours` has the date → those hours (an empty tuple closes the date);
    2. the date is in `extra_working_dates` → the hours of its weekday (holiday or not);
    3. it is a public holiday of `country` or in `extra_holidays` → closed;
    4. its weekday is in `working_days` → `weekday_hours` for that weekday, else `hours`;
    5. otherwise closed.

    Build with `default()` / `build()`; the raw fields are tuples so calendars are hashable.
    """

    tz_name: str = "America/Mexico_City"
    working_days: frozenset[int] = MONDAY_TO_FRIDAY
    hours: tuple[WorkingHours, ...] = DEFAULT_HOURS
    weekday_hours: tuple[tuple[int, tuple[WorkingHours, ...]], ...] = ()
    country: str | None = "MX"
    extra_holidays: frozenset[date] = frozenset()
    extra_working_dates: frozenset[date] = frozenset()
    date_hours: tuple[tuple[date, tuple[WorkingHours, ...]], ...] = ()
    _zone: ZoneInfo = field(init=False, repr=False, compare=False)
    _by_weekday: dict[int, tuple[WorkingHours, ...]] = field(init=False, repr=False, compare=False)
    _by_date: dict[date, tuple[WorkingHours, ...]] = field(init=False, repr=False, compare=False)
    _span_cache: dict[date, tuple[Span, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            zone = ZoneInfo(self.tz_name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {self.tz_name!r}") from exc
        if not self.working_days <= frozenset(range(7)):
            raise ValueError(f"working days are weekday numbers 0–6, got {self.working_days}")
        if not {d for d, _ in self.weekday_hours} <= frozenset(range(7)):
            raise ValueError("weekday_hours keys are weekday numbers 0–6")
        dates = [*self.extra_holidays, *self.extra_working_dates, *(d for d, _ in self.date_hours)]
        if any(isinstance(d, datetime) for d in dates):
            raise ValueError("calendar overrides take dates, not datetimes")
        clash = self.extra_holidays & self.extra_working_dates
        if clash:
            raise ValueError(f"dates both holiday and working: {sorted(clash)}")
        set_ = object.__setattr__  # frozen dataclass: derived fields are set once, here
        set_(self, "working_days", frozenset(self.working_days))
        set_(self, "extra_holidays", frozenset(self.extra_holidays))
        set_(self, "extra_working_dates", frozenset(self.extra_working_dates))
        set_(self, "country", check_country(self.country))
        set_(self, "hours", normalize_hours(self.hours))
        set_(self, "_zone", zone)
        set_(self, "_by_weekday", {d: normalize_hours(h) for d, h in self.weekday_hours})
        set_(self, "_by_date", {d: normalize_hours(h) for d, h in self.date_hours})
        set_(self, "_span_cache", {})
        if not any(self._by_weekday.get(d, self.hours) for d in self.working_days) and not any(
            self.hours_on(d) for d in self.extra_working_dates | self._by_date.keys()
        ):
            raise ValueError("business calendar has no working time at all")

    # -- construction -------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        tz_name: str,
        *,
        country: str | None = None,
        working_days: Iterable[int] = MONDAY_TO_FRIDAY,
        hours: HoursSpec = DEFAULT_HOURS,
        weekday_hours: Mapping[int, HoursSpec] | None = None,
        extra_holidays: Iterable[date] = (),
        extra_working_dates: Iterable[date] = (),
        date_hours: Mapping[date, HoursSpec] | None = None,
    ) -> BusinessCalendar:
        """Friendly constructor taking plain sets, lists and dicts."""
        return cls(
            tz_name=tz_name,
            working_days=frozenset(working_days),
            hours=normalize_hours(hours),
            weekday_hours=_freeze(weekday_hours),
            country=country,
            extra_holidays=frozenset(extra_holidays),
            extra_working_dates=frozenset(extra_working_dates),
            date_hours=_freeze(date_hours),
        )

    @classmethod
    def default(cls, country: str | None = "MX", tz_name: str | None = None) -> BusinessCalendar:
        """Mon–Fri 09:00–18:00 with the country's public holidays, in its capital's zone."""
        code = check_country(country)
        zone = tz_name or COUNTRY_ZONES.get(code or "", "UTC")
        return cls.build(zone, country=code)

    def with_overrides(
        self,
        *,
        extra_holidays: Iterable[date] = (),
        extra_working_dates: Iterable[date] = (),
        date_hours: Mapping[date, HoursSpec] | None = None,
    ) -> BusinessCalendar:
        """A team's variant of this calendar; the team's overrides win over the base ones."""
        holidays_ = frozenset(extra_holidays)
        working = frozenset(extra_working_dates)
        if holidays_ & working:
            raise ValueError(f"dates both holiday and working: {sorted(holidays_ & working)}")
        merged = dict(self._by_date)
        merged.update({d: normalize_hours(h) for d, h in (date_hours or {}).items()})
        return replace(
            self,
            extra_holidays=(self.extra_holidays - working) | holidays_,
            extra_working_dates=(self.extra_working_dates - holidays_) | working,
            date_hours=_freeze(merged),
        )

    # -- days ---------------------------------------------------------------------------

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def is_holiday(self, day: date) -> bool:
        if day in self.extra_holidays:
            return True
        return self.country is not None and day in public_holidays(self.country, day.year)

    def hours_on(self, day: date) -> tuple[WorkingHours, ...]:
        """Working intervals of a local date after all overrides (empty = closed)."""
        if day in self._by_date:
            return self._by_date[day]
        weekday_hours = self._by_weekday.get(day.weekday(), self.hours)
        if day in self.extra_working_dates:
            return weekday_hours
        if self.is_holiday(day) or day.weekday() not in self.working_days:
            return ()
        return weekday_hours

    def is_business_day(self, day: date) -> bool:
        return bool(self.hours_on(day))

    def _spans(self, day: date) -> tuple[Span, ...]:
        spans = self._span_cache.get(day)
        if spans is None:
            spans = utc_spans(day, self.hours_on(day), self._zone)
            self._span_cache[day] = spans
        return spans

    def _local_date(self, moment: datetime) -> date:
        return moment.astimezone(self._zone).date()

    def _spans_from(self, moment: datetime) -> Iterator[Span]:
        """Spans of the local date of `moment` and the following days, without end."""
        day = self._local_date(moment)
        idle = 0
        while idle <= MAX_IDLE_DAYS:
            spans = self._spans(day)
            idle = 0 if spans else idle + 1
            yield from spans
            try:
                day += timedelta(days=1)
            except OverflowError:
                break
        raise ValueError(f"no business time within {MAX_IDLE_DAYS} days after {moment.isoformat()}")

    # -- instants -----------------------------------------------------------------------

    def is_business_time(self, moment: datetime) -> bool:
        require_aware(moment, "moment")
        instant = moment.astimezone(UTC)
        return any(a <= instant < b for a, b in self._spans(self._local_date(instant)))

    def add_business_time(self, start: datetime, duration: timedelta) -> datetime:
        """The instant `duration` of business time after `start` (see module conventions)."""
        require_aware(start, "start")
        if duration < timedelta(0):
            raise ValueError(f"duration must not be negative, got {duration}")
        cursor = start.astimezone(UTC)
        remaining = duration
        for span_start, span_end in self._spans_from(cursor):
            if span_end <= cursor:
                continue
            begin = max(span_start, cursor)
            if remaining <= span_end - begin:  # zero remaining lands on `begin`: next opening
                return (begin + remaining).astimezone(start.tzinfo)
            remaining -= span_end - begin
        raise AssertionError("unreachable: _spans_from raises when it runs out")

    def next_business_start(self, moment: datetime) -> datetime:
        """`moment` itself when it is business time, else the next opening."""
        return self.add_business_time(moment, timedelta(0))

    def end_of_business_day(self, moment: datetime) -> datetime:
        """Closing time of the business day that `moment` falls in.

        Outside business time it is the closing time of the day of the next opening: before
        opening → today's close; after closing or on a holiday → the next business day's close.
        This is the "urgent = before the end of the business day" deadline (seed 002).
        """
        opening = self.next_business_start(moment).astimezone(UTC)
        spans = self._spans(self._local_date(opening))
        return spans[-1][1].astimezone(moment.tzinfo)

    def business_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Business time inside [start, end); zero when end ≤ start."""
        require_aware(start, "start")
        require_aware(end, "end")
        a, b = start.astimezone(UTC), end.astimezone(UTC)
        total = timedelta(0)
        if b <= a:
            return total
        day, last = self._local_date(a), self._local_date(b)
        while day <= last:
            for span_start, span_end in self._spans(day):
                overlap = min(span_end, b) - max(span_start, a)
                if overlap > timedelta(0):
                    total += overlap
            day += timedelta(days=1)
        return total


def _freeze(
    mapping: Mapping[_K, HoursSpec] | None,
) -> tuple[tuple[_K, tuple[WorkingHours, ...]], ...]:
    if not mapping:
        return ()
    return tuple(sorted((key, normalize_hours(spec)) for key, spec in mapping.items()))
