"""PQRS (peticiones, quejas, reclamos, sugerencias) and their legal answer terms (seed 001).

Shown next to the internal SLA (SPEC §2); the two are independent deadlines.

Counting rules, decided here because the seed only gives the numbers:

* Days are counted from the day after filing (the filing day is never day 1), on the local
  date of `filed_at` in the calendar's zone.
* Calendar-day terms count every day. Business-day terms count only days on which the
  calendar has working time, so its working days, public holidays and team overrides apply.
  Pass the plain country calendar if team overrides must not change a legal term.
* The deadline is the end of the last day in the calendar's zone (23:59:59.999999 local), so
  an answer any time on that day is on time. `roll_to_business_day=True` moves a calendar-day
  deadline that falls on a closed day to the end of the next business day (some legal
  systems do this; the seed does not say).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from desk_app.domain.calendar import MAX_IDLE_DAYS, BusinessCalendar, require_aware


class PqrsKind(StrEnum):
    INFORMATION_REQUEST = "information_request"  # petición de información
    PETITION = "information_request"  # alias: the seed's term is for "peticiones de información"
    COMPLAINT = "complaint"  # queja
    CLAIM = "claim"  # reclamo
    CONSULTATION = "consultation"  # consulta
    SUGGESTION = "suggestion"  # sugerencia (y elogio)
    REQUEST = "request"  # solicitud


@dataclass(frozen=True)
class LegalTerm:
    days: int
    business_days: bool


LEGAL_TERMS: dict[PqrsKind, LegalTerm] = {
    PqrsKind.COMPLAINT: LegalTerm(15, business_days=False),
    PqrsKind.CLAIM: LegalTerm(15, business_days=False),
    PqrsKind.INFORMATION_REQUEST: LegalTerm(10, business_days=False),
    PqrsKind.CONSULTATION: LegalTerm(30, business_days=False),
    PqrsKind.SUGGESTION: LegalTerm(30, business_days=True),
    PqrsKind.REQUEST: LegalTerm(15, business_days=True),
}


def legal_term(kind: PqrsKind) -> LegalTerm:
    return LEGAL_TERMS[kind]


def legal_deadline(
    kind: PqrsKind,
    filed_at: datetime,
    calendar: BusinessCalendar,
    *,
    roll_to_business_day: bool = False,
) -> datetime:
    """End of the last day of the legal term, in the calendar's zone (see module docstring)."""
    require_aware(filed_at, "filed_at")
    term = LEGAL_TERMS[kind]
    filed_on = filed_at.astimezone(calendar.zone).date()
    if term.business_days:
        last = _add_business_days(filed_on, term.days, calendar)
    else:
        last = filed_on + timedelta(days=term.days)
        if roll_to_business_day and not calendar.is_business_day(last):
            last = _add_business_days(last, 1, calendar)
    return datetime.combine(last, time.max, tzinfo=calendar.zone)


def _add_business_days(start: date, count: int, calendar: BusinessCalendar) -> date:
    """The `count`-th business day after `start` (not counting `start` itself)."""
    day, counted, idle = start, 0, 0
    while counted < count:
        day += timedelta(days=1)
        if calendar.is_business_day(day):
            counted, idle = counted + 1, 0
        else:
            idle += 1
            if idle > MAX_IDLE_DAYS:
                raise ValueError(f"no business day within {MAX_IDLE_DAYS} days after {day}")
    return day
