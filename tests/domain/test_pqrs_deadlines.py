"""PQRS legal deadlines (seed 001): calendar days vs business days, with a holiday."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from desk_app.domain.calendar import BusinessCalendar
from desk_app.domain.pqrs import LegalTerm, PqrsKind, legal_deadline, legal_term

MX = ZoneInfo("America/Mexico_City")
MX_CAL = BusinessCalendar.default("MX")  # 2025-02-03 (Monday) is Constitution Day
NO_HOLIDAYS = BusinessCalendar.default(None, tz_name="America/Mexico_City")
FILED = datetime(2025, 1, 29, 10, 0, tzinfo=MX)  # a Wednesday


def end_of(day: date) -> datetime:
    return datetime.combine(day, time.max, tzinfo=MX)


def test_terms_from_the_seed():
    assert legal_term(PqrsKind.COMPLAINT) == LegalTerm(15, business_days=False)
    assert legal_term(PqrsKind.CLAIM) == LegalTerm(15, business_days=False)
    assert legal_term(PqrsKind.INFORMATION_REQUEST) == LegalTerm(10, business_days=False)
    assert legal_term(PqrsKind.CONSULTATION) == LegalTerm(30, business_days=False)
    assert legal_term(PqrsKind.SUGGESTION) == LegalTerm(30, business_days=True)
    assert legal_term(PqrsKind.REQUEST) == LegalTerm(15, business_days=True)
    assert PqrsKind.PETITION is PqrsKind.INFORMATION_REQUEST
    assert len(PqrsKind) == 6


@pytest.mark.parametrize(
    ("kind", "last_day"),
    [
        (PqrsKind.COMPLAINT, date(2025, 2, 13)),
        (PqrsKind.CLAIM, date(2025, 2, 13)),
        (PqrsKind.INFORMATION_REQUEST, date(2025, 2, 8)),  # a Saturday: calendar days
        (PqrsKind.CONSULTATION, date(2025, 2, 28)),
    ],
)
def test_calendar_day_terms_ignore_holidays_and_weekends(kind, last_day):
    assert legal_deadline(kind, FILED, MX_CAL) == end_of(last_day)
    assert legal_deadline(kind, FILED, NO_HOLIDAYS) == end_of(last_day)


def test_business_day_request_skips_the_holiday():
    # Jan 30, 31, Feb 4–7, 10–14, 17–20: the 15th business day is Thursday Feb 20.
    assert legal_deadline(PqrsKind.REQUEST, FILED, MX_CAL) == end_of(date(2025, 2, 20))
    # Without the holiday, Monday Feb 3 counts and it is one day earlier.
    assert legal_deadline(PqrsKind.REQUEST, FILED, NO_HOLIDAYS) == end_of(date(2025, 2, 19))


def test_business_day_suggestion_thirty_days():
    # Jan 30–31 (2), Feb 4–7 (4), four full weeks to Mar 7 (20), Mar 10–13 (4) = 30.
    assert legal_deadline(PqrsKind.SUGGESTION, FILED, MX_CAL) == end_of(date(2025, 3, 13))
    assert legal_deadline(PqrsKind.SUGGESTION, FILED, NO_HOLIDAYS) == end_of(date(2025, 3, 12))


def test_filing_day_uses_the_calendar_zone():
    # 03:00 UTC on the 30th is still the evening of the 29th in Mexico City.
    late_evening = datetime(2025, 1, 30, 3, 0, tzinfo=UTC)
    assert legal_deadline(PqrsKind.COMPLAINT, late_evening, MX_CAL) == end_of(date(2025, 2, 13))


def test_filed_on_a_weekend_counts_business_days_from_monday():
    saturday = datetime(2025, 2, 1, 11, 0, tzinfo=MX)
    # Feb 3 is a holiday: Feb 4 is day 1, so day 15 is Monday Feb 24.
    assert legal_deadline(PqrsKind.REQUEST, saturday, MX_CAL) == end_of(date(2025, 2, 24))


def test_roll_to_business_day_moves_a_deadline_off_a_holiday():
    filed = datetime(2025, 1, 24, 12, 0, tzinfo=MX)  # + 10 days = Monday Feb 3, a holiday
    kind = PqrsKind.INFORMATION_REQUEST
    assert legal_deadline(kind, filed, MX_CAL) == end_of(date(2025, 2, 3))
    rolled = legal_deadline(kind, filed, MX_CAL, roll_to_business_day=True)
    assert rolled == end_of(date(2025, 2, 4))


def test_deadline_is_the_last_instant_of_the_day_in_the_calendar_zone():
    deadline = legal_deadline(PqrsKind.CLAIM, FILED, MX_CAL)
    assert deadline.tzinfo == MX
    assert deadline.time() == time(23, 59, 59, 999999)


def test_naive_filing_time_is_rejected():
    with pytest.raises(ValueError, match="timezone-aware"):
        legal_deadline(PqrsKind.CLAIM, datetime(2025, 1, 29, 10), MX_CAL)
