"""Billing rules (SPEC §6, issue 7): contract periods and renewals, balances with warranty and
the flat rate, the 2-hour rule, and bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from desk_app.domain.billing import (
    Balance,
    BalanceState,
    Billing,
    ContractPeriod,
    ContractTerms,
    Span,
    WorkItem,
    amount,
    balance_state,
    charge,
    check_contract,
    check_minutes,
    contract_periods,
    find_overlap,
    needs_confirmation,
    parse_rate,
    period_at,
    renewal_dates,
    requested_minutes,
    timer_minutes,
)

RATE = Decimal("800.00")


def terms(cid: int, start: date, end: date, kind: str = "monthly", hours: int = 10
          ) -> ContractTerms:  # fmt: skip
    return ContractTerms(cid, start, end, kind, hours, RATE)


# -- periods and renewals --------------------------------------------------------------------


def test_monthly_periods_are_anchored_on_the_start_day_and_end_with_the_contract() -> None:
    periods = contract_periods(date(2026, 1, 15), date(2026, 4, 30), "monthly")
    assert periods == (
        ContractPeriod(date(2026, 1, 15), date(2026, 2, 14)),
        ContractPeriod(date(2026, 2, 15), date(2026, 3, 14)),
        ContractPeriod(date(2026, 3, 15), date(2026, 4, 14)),
        ContractPeriod(date(2026, 4, 15), date(2026, 4, 30)),
    )


def test_a_period_starting_on_the_31st_clamps_to_short_months() -> None:
    periods = contract_periods(date(2026, 1, 31), date(2026, 4, 29), "monthly")
    assert [p.start for p in periods] == [date(2026, 1, 31), date(2026, 2, 28),
                                          date(2026, 3, 31)]  # fmt: skip
    assert periods[0].end == date(2026, 2, 27)


def test_period_boundaries_are_the_first_and_last_day() -> None:
    start, end = date(2026, 10, 1), date(2027, 9, 30)
    assert period_at(start, end, "annual", date(2026, 9, 30)) is None
    assert period_at(start, end, "annual", date(2026, 10, 1)) == ContractPeriod(start, end)
    assert period_at(start, end, "annual", date(2027, 9, 30)) == ContractPeriod(start, end)
    assert period_at(start, end, "annual", date(2027, 10, 1)) is None
    assert period_at(start, end, "monthly", date(2026, 10, 31)) == ContractPeriod(
        date(2026, 10, 1), date(2026, 10, 31))  # fmt: skip
    assert period_at(start, end, "monthly", date(2026, 11, 1)) == ContractPeriod(
        date(2026, 11, 1), date(2026, 11, 30))  # fmt: skip


@pytest.mark.parametrize(
    ("starts_on", "ends_on", "renewal"),
    [
        # a year stays a year, across a leap day
        (date(2024, 1, 1), date(2024, 12, 31), (date(2025, 1, 1), date(2025, 12, 31))),
        (date(2026, 3, 15), date(2027, 3, 14), (date(2027, 3, 15), date(2028, 3, 14))),
        (date(2026, 10, 1), date(2026, 10, 31), (date(2026, 11, 1), date(2026, 11, 30))),
        # not whole months: as many days
        (date(2026, 10, 1), date(2026, 10, 10), (date(2026, 10, 11), date(2026, 10, 20))),
    ],
)
def test_a_renewal_follows_on_and_lasts_as_long(starts_on, ends_on, renewal) -> None:
    assert renewal_dates(starts_on, ends_on) == renewal


def test_a_renewal_chain_has_no_gap_and_its_periods_follow_on() -> None:
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    days: list[date] = []
    for _ in range(3):
        for period in contract_periods(start, end, "monthly"):
            days.append(period.start)
            days.append(period.end)
        start, end = renewal_dates(start, end)
    assert days[0] == date(2026, 1, 1) and days[-1] == date(2027, 6, 30)
    for previous_end, following_start in zip(days[1::2], days[2::2], strict=False):
        assert following_start == previous_end + timedelta(days=1)


def test_bad_contracts_are_named_field_by_field() -> None:
    assert check_contract(date(2026, 1, 1), date(2026, 12, 31), "annual", 100) == {}
    errors = check_contract(date(2026, 2, 1), date(2026, 1, 31), "weekly", 0)
    assert set(errors) == {"ends_on", "period_kind", "hours"}
    assert "before it starts" in errors["ends_on"]
    assert "hours" in check_contract(date(2026, 1, 1), date(2026, 1, 2), "monthly", True)  # type: ignore[arg-type]


# -- balances --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("used", "state"),
    [(0, BalanceState.OK), (479, BalanceState.OK), (480, BalanceState.LOW),
     (599, BalanceState.LOW), (600, BalanceState.EXHAUSTED), (900, BalanceState.EXHAUSTED)],
)  # fmt: skip
def test_low_at_a_fifth_left_exhausted_at_nothing(used: int, state: BalanceState) -> None:
    assert balance_state(10, used) is state
    assert Balance(10, used).state is state
    assert Balance(10, used).remaining_minutes == 600 - used


def test_consumption_fills_the_period_then_goes_to_the_flat_rate() -> None:
    contract = terms(1, date(2026, 10, 1), date(2027, 9, 30), hours=2)
    items = [WorkItem(1, date(2026, 10, 5), 90, Billing.CONSUMPTION),
             WorkItem(2, date(2026, 10, 6), 60, None),
             WorkItem(3, date(2026, 10, 7), 30, Billing.CONSUMPTION)]  # fmt: skip
    first, second, third = charge(items, [contract])
    assert (first.contract_minutes, first.flat_minutes, first.contract_id) == (90, 0, 1)
    # the balance runs out in the middle of the second entry: the rest is flat
    assert (second.contract_minutes, second.flat_minutes) == (30, 30)
    assert second.provisional and not first.provisional
    assert (third.contract_minutes, third.flat_minutes) == (0, 30)


def test_warranty_never_consumes_the_balance() -> None:
    contract = terms(1, date(2026, 10, 1), date(2026, 10, 31), hours=1)
    items = [WorkItem(1, date(2026, 10, 2), 600, Billing.WARRANTY),
             WorkItem(2, date(2026, 10, 3), 60, Billing.CONSUMPTION)]  # fmt: skip
    warranty, consumption = charge(items, [contract])
    assert (warranty.warranty_minutes, warranty.contract_minutes, warranty.flat_minutes) == (
        600, 0, 0)  # fmt: skip
    assert consumption.contract_minutes == 60 and consumption.flat_minutes == 0


def test_each_period_has_its_own_hours_and_the_order_is_by_day() -> None:
    contract = terms(1, date(2026, 10, 1), date(2026, 11, 30), hours=1)
    # listed out of order: the 1 Nov entry is charged to November, not left over
    items = [WorkItem(5, date(2026, 11, 1), 60, None),
             WorkItem(2, date(2026, 10, 31), 60, None),
             WorkItem(1, date(2026, 10, 1), 30, None)]  # fmt: skip
    by_key = {c.key: c for c in charge(items, [contract])}
    assert by_key[1].contract_minutes == 30
    assert (by_key[2].contract_minutes, by_key[2].flat_minutes) == (30, 30)
    assert by_key[5].contract_minutes == 60
    assert by_key[5].period == ContractPeriod(date(2026, 11, 1), date(2026, 11, 30))


def test_outside_any_contract_everything_is_at_the_flat_rate() -> None:
    contract = terms(1, date(2026, 10, 1), date(2026, 10, 31))
    before, after = charge([WorkItem(1, date(2026, 9, 30), 45, None),
                            WorkItem(2, date(2026, 11, 1), 45, Billing.CONSUMPTION)],
                           [contract])  # fmt: skip
    assert before.flat_minutes == 45 and before.contract_id is None
    assert after.flat_minutes == 45 and after.contract_minutes == 0
    assert charge([WorkItem(3, date(2026, 10, 2), 20, None)], [])[0].flat_minutes == 20


def test_a_renewal_starts_with_a_full_balance() -> None:
    old = terms(1, date(2026, 1, 1), date(2026, 12, 31), "annual", hours=1)
    start, end = renewal_dates(old.starts_on, old.ends_on)
    new = terms(2, start, end, "annual", hours=1)
    items = [WorkItem(1, date(2026, 12, 31), 90, None), WorkItem(2, date(2027, 1, 1), 60, None)]
    last_day, first_day = charge(items, [new, old])
    assert (last_day.contract_id, last_day.contract_minutes, last_day.flat_minutes) == (1, 60, 30)
    assert (first_day.contract_id, first_day.contract_minutes) == (2, 60)


def test_amounts_at_the_rate_to_the_cent() -> None:
    assert amount(90, Decimal("800")) == Decimal("1200.00")
    assert amount(1, Decimal("100")) == Decimal("1.67")
    assert amount(30, None) is None
    assert parse_rate(" 850.5 ") == Decimal("850.50")
    for bad in ("-1", "abc", "NaN", "1e12"):
        with pytest.raises(ValueError):
            parse_rate(bad)


# -- the 2-hour rule -------------------------------------------------------------------------


def test_two_hours_exactly_need_no_confirmation_one_minute_more_does() -> None:
    assert not needs_confirmation(120, None, None)
    assert needs_confirmation(121, None, None)
    assert needs_confirmation(30, 180, None)  # an estimate over two hours asks before work
    assert not needs_confirmation(30, 120, None)


def test_a_confirmation_covers_up_to_its_minutes_and_a_grown_estimate_asks_again() -> None:
    assert not needs_confirmation(150, 180, 180)
    assert needs_confirmation(150, 240, 180)  # the estimate grew past what was confirmed
    assert needs_confirmation(200, 180, 180)  # the logged time did
    assert not needs_confirmation(200, 240, 240)
    # a confirmation below two hours does not lower the threshold
    assert not needs_confirmation(110, None, 60)
    assert requested_minutes(200, 240) == 240 and requested_minutes(200, None) == 200


# -- time entries: bad input -----------------------------------------------------------------


@pytest.mark.parametrize("minutes", [0, -5, 1441, 100_000, 1.5, "30", True, None])
def test_negative_or_absurd_durations_are_refused(minutes: object) -> None:
    assert check_minutes(minutes) is not None


def test_ordinary_durations_pass() -> None:
    assert check_minutes(1) is None and check_minutes(1440) is None


def test_overlapping_spans_are_found_touching_ones_are_not() -> None:
    at = datetime(2026, 10, 5, 15, 0, tzinfo=UTC)
    logged = [Span.of(at, 60)]
    assert find_overlap(Span.of(at + timedelta(minutes=59), 10), logged) == logged[0]
    assert find_overlap(Span.of(at - timedelta(minutes=10), 11), logged) == logged[0]
    assert find_overlap(Span.of(at + timedelta(minutes=60), 30), logged) is None
    assert find_overlap(Span.of(at - timedelta(minutes=30), 30), logged) is None


def test_a_timer_counts_whole_minutes() -> None:
    at = datetime(2026, 10, 5, 15, 0, tzinfo=UTC)
    assert timer_minutes(at, at + timedelta(seconds=59)) == 0
    assert timer_minutes(at, at + timedelta(minutes=2, seconds=59)) == 2
    assert timer_minutes(at, at - timedelta(minutes=5)) == 0
