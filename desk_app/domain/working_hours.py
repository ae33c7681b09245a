"""Building blocks of a business calendar: wall-clock working intervals and public holidays.

Kept apart from `calendar.py` so the calendar module holds only the time arithmetic.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import NamedTuple

from desk_app.domain.holiday_source import supported_countries

_MIDNIGHT = time(0)
_ONE_DAY = timedelta(days=1)


class WorkingHours(NamedTuple):
    """One working interval of a day, as wall-clock times in the calendar's zone.

    Half-open: `start` is business time, `end` is not. `end == time(0)` means midnight at the
    end of the day (24:00), so a 24-hour desk is `WorkingHours(time(0), time(0))`.
    """

    start: time
    end: time

    @property
    def start_offset(self) -> timedelta:
        return _offset(self.start)

    @property
    def end_offset(self) -> timedelta:
        return _ONE_DAY if self.end == _MIDNIGHT else _offset(self.end)


HoursSpec = Iterable[tuple[time, time]]
"""What callers may pass for a day's hours: any iterable of (start, end) pairs."""


def _offset(moment: time) -> timedelta:
    return timedelta(
        hours=moment.hour,
        minutes=moment.minute,
        seconds=moment.second,
        microseconds=moment.microsecond,
    )


def normalize_hours(spec: HoursSpec) -> tuple[WorkingHours, ...]:
    """Validate and sort a day's intervals. An empty result means "closed that day"."""
    result: list[WorkingHours] = []
    for start, end in spec:
        if not isinstance(start, time) or not isinstance(end, time):
            raise ValueError(f"working hours must be datetime.time values, got {start!r}–{end!r}")
        if start.tzinfo is not None or end.tzinfo is not None:
            # The calendar's zone gives the wall clock meaning; a second zone would contradict it.
            raise ValueError("working hours are wall-clock times: give times without tzinfo")
        hours = WorkingHours(start, end)
        if hours.start_offset >= hours.end_offset:
            raise ValueError(f"working hours {start}–{end} must end after they start")
        result.append(hours)
    result.sort(key=lambda h: h.start_offset)
    for earlier, later in itertools.pairwise(result):
        if later.start_offset < earlier.end_offset:
            raise ValueError(f"working hours overlap: {earlier} and {later}")
    return tuple(result)


def utc_spans(
    day: date, hours: tuple[WorkingHours, ...], zone: tzinfo
) -> tuple[tuple[datetime, datetime], ...]:
    """The day's intervals as UTC instants.

    Wall times that do not exist (a DST gap) resolve the way zoneinfo does with fold=0, i.e. to
    the instant just after the gap; repeated wall times (DST fall-back) take the first one.
    Converting both ends to UTC makes every later comparison plain instant arithmetic.
    """
    spans: list[tuple[datetime, datetime]] = []
    midnight = datetime.combine(day, _MIDNIGHT)
    for interval in hours:
        start = (midnight + interval.start_offset).replace(tzinfo=zone).astimezone(UTC)
        end = (midnight + interval.end_offset).replace(tzinfo=zone).astimezone(UTC)
        if start < end:  # a span wholly inside a DST gap is empty and dropped
            spans.append((start, end))
    return tuple(spans)


def check_country(country: str | None) -> str | None:
    """Upper-case the country code and make sure the holidays package knows it."""
    if country is None:
        return None
    code = country.strip().upper()
    if code not in supported_countries():
        raise ValueError(f"no public-holiday data for country {country!r}")
    return code
