"""Billing of a ticket's time (SPEC §6, seed 004), as pure rules.

* Consumption of a ticket = L1 + L2 + L3 + quality time. Customer service decides per ticket
  whether it is warranty (no charge) or consumption; undecided counts as consumption,
  provisionally.
* The 2-hour rule: when the larger of the logged time and the estimate passes two hours, or
  passes what the key user already confirmed, the ticket awaits the key user's confirmation.
* Contracts are packages of hours per period (monthly or annual, anchored on the start day);
  consumption fills the period of the contract active on the entry's day; what does not fit,
  or falls on a day without a contract, is out of contract at the flat rate.
* A balance is low at 20 % of the period's hours or less, exhausted at zero or less.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

THRESHOLD_MINUTES = 120  # seed 004: "mayor a dos horas"
MAX_ENTRY_MINUTES = 24 * 60
MAX_ESTIMATE_MINUTES = 1000 * 60  # an estimate above 1,000 hours is a typo
MAX_CONFIRMED_MINUTES = MAX_ESTIMATE_MINUTES
LOW_SHARE = Decimal("0.2")
TIME_KINDS = ("L1", "L2", "L3", "quality")
PERIOD_KINDS = ("monthly", "annual")
_PERIOD_MONTHS = {"monthly": 1, "annual": 12}


class Billing(StrEnum):
    WARRANTY = "warranty"
    CONSUMPTION = "consumption"


class ConfirmationHow(StrEnum):
    """How the customer gave a confirmation or accepted the terms of attention."""

    PORTAL = "portal"
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in_person"


class BalanceState(StrEnum):
    OK = "ok"
    LOW = "low"
    EXHAUSTED = "exhausted"
    NO_CONTRACT = "no_contract"  # nothing active: all consumption is at the flat rate


# -- the 2-hour rule ---------------------------------------------------------------------------


def requested_minutes(logged_minutes: int, estimate_minutes: int | None) -> int:
    """What the work amounts to so far: the larger of time logged and time estimated."""
    return max(logged_minutes, estimate_minutes or 0)


def needs_confirmation(logged_minutes: int, estimate_minutes: int | None,
                       confirmed_minutes: int | None) -> bool:  # fmt: skip
    """True while the ticket awaits the key user's confirmation: the work (logged or estimated)
    passes two hours and passes the largest amount confirmed so far (so a grown estimate asks
    again)."""
    allowed = max(THRESHOLD_MINUTES, confirmed_minutes or 0)
    return requested_minutes(logged_minutes, estimate_minutes) > allowed


# -- balances ----------------------------------------------------------------------------------


def balance_state(hours: int, used_minutes: int) -> BalanceState:
    remaining = hours * 60 - used_minutes
    if remaining <= 0:
        return BalanceState.EXHAUSTED
    if remaining <= hours * 60 * LOW_SHARE:
        return BalanceState.LOW
    return BalanceState.OK


@dataclass(frozen=True, slots=True)
class Balance:
    """The hours of one contract period and the consumption charged to it."""

    hours: int
    used_minutes: int

    @property
    def remaining_minutes(self) -> int:
        """Negative when overdrawn (the excess is at the flat rate)."""
        return self.hours * 60 - self.used_minutes

    @property
    def state(self) -> BalanceState:
        return balance_state(self.hours, self.used_minutes)


# -- contract periods and renewals -------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class ContractPeriod:
    start: date  # included
    end: date  # included

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def period_at(starts_on: date, ends_on: date, kind: str, day: date) -> ContractPeriod | None:
    """The period of a contract that contains `day` (None outside the contract).

    Periods are anchored on the start day: a monthly contract from 15 January runs 15 Jan –
    14 Feb, 15 Feb – 14 Mar, …; an annual one, a year at a time; an unknown kind is a single
    period. The last period ends with the contract.
    """
    if not starts_on <= day <= ends_on:
        return None
    step = _PERIOD_MONTHS.get(kind)
    if step is None:
        return ContractPeriod(starts_on, ends_on)
    index = ((day.year - starts_on.year) * 12 + day.month - starts_on.month) // step * step
    start = add_months(starts_on, index)
    if start > day:
        index -= step
        start = add_months(starts_on, index)
    end = add_months(starts_on, index + step) - timedelta(days=1)
    return ContractPeriod(start, min(end, ends_on))


def contract_periods(starts_on: date, ends_on: date, kind: str) -> tuple[ContractPeriod, ...]:
    """Every period of a contract, in order (a renewal is another contract: its periods
    follow on from the day after)."""
    periods: list[ContractPeriod] = []
    day = starts_on
    while day <= ends_on:
        period = period_at(starts_on, ends_on, kind, day)
        assert period is not None
        periods.append(period)
        day = period.end + timedelta(days=1)
    return tuple(periods)


def renewal_dates(starts_on: date, ends_on: date) -> tuple[date, date]:
    """The renewal starts the day after the contract ends and lasts as long: as many whole
    months when the contract is whole months (a year stays a year across a leap day), else
    as many days."""
    start = ends_on + timedelta(days=1)
    months = (start.year - starts_on.year) * 12 + start.month - starts_on.month
    if months > 0 and add_months(starts_on, months) == start:
        return start, add_months(start, months) - timedelta(days=1)
    return start, start + (ends_on - starts_on)


def check_contract(starts_on: date, ends_on: date, kind: str, hours: int) -> dict[str, str]:
    """Field → problem for a contract's shape; empty when it is fine."""
    errors: dict[str, str] = {}
    if ends_on < starts_on:
        errors["ends_on"] = "the contract cannot end before it starts"
    if kind not in PERIOD_KINDS:
        errors["period_kind"] = "one of " + ", ".join(PERIOD_KINDS)
    if isinstance(hours, bool) or not isinstance(hours, int) or hours <= 0:
        errors["hours"] = "the hours must be a whole number greater than zero"
    return errors


# -- time entries ------------------------------------------------------------------------------


def check_minutes(minutes: object) -> str | None:
    """The problem with a duration in minutes, or None."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        return "the duration must be a whole number of minutes"
    if minutes < 1:
        return "the duration must be at least one minute"
    if minutes > MAX_ENTRY_MINUTES:
        return "at most 24 hours in one entry"
    return None


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of somebody's time: a logged entry with a start, or a running timer."""

    start: datetime
    end: datetime

    @classmethod
    def of(cls, start: datetime, minutes: int) -> Span:
        return cls(start, start + timedelta(minutes=minutes))

    def overlaps(self, other: Span) -> bool:
        # Touching ends do not overlap: 10:00–10:30 then 10:30–11:00 is fine.
        return self.start < other.end and other.start < self.end


def find_overlap(span: Span, others: Iterable[Span]) -> Span | None:
    """The first of `others` that overlaps `span`, or None."""
    return next((other for other in others if span.overlaps(other)), None)


def timer_minutes(started_at: datetime, stopped_at: datetime) -> int:
    """Whole minutes a timer ran (seconds are dropped)."""
    return max(0, int((stopped_at - started_at).total_seconds() // 60))


# -- charging consumption to contracts ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContractTerms:
    """What charging needs to know of one contract."""

    id: int
    starts_on: date
    ends_on: date
    period_kind: str
    hours: int
    hourly_rate: Decimal


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One time entry as billing sees it: its local day and its ticket's decision."""

    key: int  # the time entry's id
    day: date
    minutes: int
    billing: Billing | None  # None: not decided yet, counts as consumption (provisional)


@dataclass(frozen=True, slots=True)
class Charge:
    key: int
    warranty_minutes: int
    contract_minutes: int
    flat_minutes: int
    contract_id: int | None  # the contract the contract minutes went to
    period: ContractPeriod | None
    provisional: bool  # the ticket is not decided yet


def charge(items: Sequence[WorkItem], contracts: Sequence[ContractTerms]) -> tuple[Charge, ...]:
    """Share each item among warranty, contract and flat-rate minutes, in the order
    (day, key): consumption fills the period of the first contract (by start, id) active on
    its day that still has hours, then the next one, and the rest is at the flat rate.

    To be right, `items` must hold every entry of the company since the start of the earliest
    period concerned (an earlier entry of the same period used part of its balance).
    """
    ordered_contracts = sorted(contracts, key=lambda c: (c.starts_on, c.id))
    used: dict[tuple[int, date], int] = {}
    charges = []
    for item in sorted(items, key=lambda i: (i.day, i.key)):
        provisional = item.billing is None
        if item.billing is Billing.WARRANTY:
            charges.append(Charge(item.key, item.minutes, 0, 0, None, None, False))
            continue
        left = item.minutes
        into: int | None = None
        period_into: ContractPeriod | None = None
        for contract in ordered_contracts:
            period = period_at(contract.starts_on, contract.ends_on, contract.period_kind,
                               item.day)  # fmt: skip
            if period is None or left == 0:
                continue
            key = (contract.id, period.start)
            free = contract.hours * 60 - used.get(key, 0)
            take = min(left, max(free, 0))
            if take > 0 and into is None:
                into, period_into = contract.id, period
            if take > 0:
                used[key] = used.get(key, 0) + take
                left -= take
        charges.append(Charge(item.key, 0, item.minutes - left, left, into, period_into,
                              provisional))  # fmt: skip
    return tuple(charges)


def amount(minutes: int, hourly_rate: Decimal | None) -> Decimal | None:
    """The price of `minutes` at `hourly_rate`, to the cent (None when the rate is unknown)."""
    if hourly_rate is None:
        return None
    return (hourly_rate * minutes / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def parse_rate(text: str) -> Decimal:
    """A rate typed by a person ("850", "850.50"); ValueError with a message otherwise."""
    try:
        rate = Decimal(text.strip())
    except ArithmeticError:
        raise ValueError(f"not a number: {text!r}") from None
    if not rate.is_finite() or rate < 0:
        raise ValueError("the hourly rate cannot be negative")
    if rate > Decimal("99999999.99"):
        raise ValueError("the hourly rate is too large")
    return rate.quantize(Decimal("0.01"))
