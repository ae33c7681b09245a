"""Demo contracts (SPEC §6, seed 004): the packages of hours the companies bought.

Most companies have one, monthly or annual, with their own hours and rate; some renewed it (a
chain through renewal_of_id: the old contract ended the day before the renewal started, same
kind, hours and rate, as long, as domain.billing.renewal_dates has it; one chain has three
links), a few let theirs lapse, and some never had one: their work is billed at the flat rate.
Half of the active contracts carry the terms of attention, accepted by the key user when they
started. The hours are sized once the tickets' time is known (`size_packages`), so that on
the day the demo is made exactly one contract is exhausted, a few are low and the others have
room, whatever the demo size.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from desk_app.domain.billing import (
    BalanceState,
    ContractPeriod,
    add_months,
    balance_state,
    period_at,
    renewal_dates,
)
from desk_app.domain.calendar import COUNTRY_ZONES
from desk_app.local_store.demo.tables import DemoData, ts, uid

FLAT_RATE = "950.00"  # above every package's rate: buying hours is the better deal
CONTRACT_COLUMNS = (
    "id", "uid", "company_id", "name", "period_kind", "hours", "hourly_rate", "starts_on",
    "ends_on", "renewable", "terms_accepted_at", "terms_accepted_by_id", "renewal_of_id",
)  # fmt: skip
NAMES = {"monthly": "Bolsa mensual de horas", "annual": "Póliza anual de soporte"}
ANNUAL_FACTOR = 6  # an annual package holds six months of the monthly offer's hours
LOW_CONTRACTS = 3
ROOM = 0.6  # the other contracts use at most this share of their period's hours
# Roles by share of the companies (at least the minimum each): the rest have one contract.
NO_CONTRACT, LAPSED, RENEWED = (0.12, 2), (0.04, 1), (0.20, 3)
Work = dict[int, list[tuple[datetime, int]]]  # company → (moment, minutes) it consumed


class ContractOffer(NamedTuple):
    """What add_org drew for a company: kept, so the random sequence after it stays put."""

    uid: str
    annual: bool
    hours: int
    rate: str


@dataclass
class DemoContract:
    id: int
    uid: str
    company_id: int
    role: str  # single, renewed, lapsed
    kind: str
    hours: int
    rate: str
    starts_on: date
    ends_on: date
    renewable: bool = True
    renewal_of: int | None = None
    terms_at: datetime | None = None
    terms_by: int | None = None

    def row(self) -> tuple[Any, ...]:
        return (self.id, self.uid, self.company_id, NAMES[self.kind], self.kind, self.hours,
                self.rate, self.starts_on.isoformat(), self.ends_on.isoformat(),
                int(self.renewable), ts(self.terms_at) if self.terms_at else None,
                self.terms_by, self.renewal_of)  # fmt: skip


class ContractBook:
    """The demo's contracts by company, and what the tickets need to know of them."""

    def __init__(self, zones: dict[int, ZoneInfo], now: datetime) -> None:
        self.contracts: list[DemoContract] = []
        self.by_company: dict[int, list[DemoContract]] = {}
        self.zones, self.now = zones, now

    def add(self, contract: DemoContract) -> DemoContract:
        self.contracts.append(contract)
        self.by_company.setdefault(contract.company_id, []).append(contract)
        return contract

    def today(self, company_id: int) -> date:
        return self.now.astimezone(self.zones[company_id]).date()

    def active(self, company_id: int) -> DemoContract | None:
        today = self.today(company_id)
        return next((c for c in self.by_company.get(company_id, ())
                     if c.starts_on <= today <= c.ends_on), None)  # fmt: skip

    def terms_cover(self, company_id: int | None) -> bool:
        """The company's active contract carries accepted terms (its tickets need none)."""
        contract = self.active(company_id) if company_id is not None else None
        return contract is not None and contract.terms_at is not None


def company_zones(data: DemoData) -> dict[int, ZoneInfo]:
    """Each company's zone, the one its contract periods are counted in (its country's)."""
    zones = {code: ZoneInfo(name) for code, name in COUNTRY_ZONES.items()}
    return {row[0]: zones.get(row[5], zones["MX"]) for row in data.tables["companies"].rows}


def plan_contracts(rng: random.Random, offers: dict[int, ContractOffer],
                   key_users: dict[int, int], book: ContractBook) -> None:  # fmt: skip
    """Who has which contracts and when; hours are the offer's until `size_packages`."""
    order = sorted(offers)
    rng.shuffle(order)
    roles: dict[int, str] = {}
    start = 0
    for role, (share, least) in (("none", NO_CONTRACT), ("lapsed", LAPSED),
                                 ("renewed", RENEWED)):  # fmt: skip
        count = max(least, int(len(order) * share))
        roles |= dict.fromkeys(order[start : start + count], role)
        start += count
    chain3 = next((c for c in order if roles.get(c) == "renewed"), None)
    for company in sorted(offers):  # contract ids follow the companies
        role = roles.get(company, "single")
        if role == "none":
            continue
        offer, today = offers[company], book.today(company)
        kind = "annual" if offer.annual else "monthly"
        hours = offer.hours * (ANNUAL_FACTOR if offer.annual else 1)
        months = 12 if offer.annual or role == "single" else 6
        if company == chain3:
            kind, months = "monthly", 3
        if role == "single":
            begins = today - timedelta(days=rng.randint(120, 330) if offer.annual
                                       else rng.randint(95, 200))  # fmt: skip
        elif role == "lapsed":
            begins = add_months(today - timedelta(days=rng.randint(15, 45)), -months)
        else:  # the renewal started 10 to 75 days ago (3-month chain: the second renewal)
            back = 2 * months if company == chain3 else months
            begins = add_months(today, -back) - timedelta(days=rng.randint(10, 75))
        ends = add_months(begins, months) - timedelta(days=1)
        contract = DemoContract(len(book.contracts) + 1, offer.uid, company, role, kind, hours,
                                offer.rate, begins, ends,
                                renewable=role != "single" or rng.random() < 0.85)  # fmt: skip
        _terms(rng, contract, key_users.get(company), book.now)
        book.add(contract)
        while role == "renewed" and contract.ends_on < today:
            starts_on, ends_on = renewal_dates(contract.starts_on, contract.ends_on)
            contract = book.add(DemoContract(
                len(book.contracts) + 1, uid(rng), company, role, kind, hours, offer.rate,
                starts_on, ends_on, renewal_of=contract.id))  # fmt: skip
            _terms(rng, contract, key_users.get(company), book.now)


def _terms(rng: random.Random, contract: DemoContract, key_user: int | None,
           now: datetime) -> None:  # fmt: skip
    """Half the contracts: the key user accepted the terms when the contract started."""
    accepted = datetime.combine(contract.starts_on, time(16, rng.randint(0, 59)), tzinfo=UTC)
    if key_user is not None and accepted < now and rng.random() < 0.5:
        contract.terms_at, contract.terms_by = accepted, key_user


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _demand(period: ContractPeriod, zone: ZoneInfo, work: Iterable[tuple[datetime, int]]) -> int:
    """Minutes of consumption in a period (days are the company's local days)."""
    low = _local_midnight(period.start, zone)
    high = _local_midnight(period.end + timedelta(days=1), zone)
    return sum(minutes for moment, minutes in work if low <= moment < high)


def size_packages(data: DemoData, book: ContractBook, work: Work, prefer: set[int]) -> None:
    """Set each package's hours from what its current period consumed, then write the rows.

    One single annual contract with enough use is exhausted and a few are low (annual ones,
    whose current period holds all the demo's time, so the state holds whatever the zone of
    a day); every other contract keeps room. Companies of `prefer` (the leader's team's
    network) are picked first. A renewal chain shares its hours.
    """
    demand: dict[int, int] = {}
    for company in book.by_company:
        contract = book.active(company)
        if contract is None:
            continue
        today = book.today(company)
        period = period_at(contract.starts_on, contract.ends_on, contract.kind, today)
        assert period is not None  # active today
        demand[company] = _demand(period, book.zones[company], work.get(company, ()))
    candidates = sorted(
        (c for c in demand if demand[c] >= 90 and _single_annual(book, c)),
        key=lambda c: (c not in prefer, -demand[c], c),
    )
    sized: dict[int, int] = {}
    if candidates:
        used = demand[candidates[0]]
        sized[candidates[0]] = max(1, used * 3 // 4 // 60)  # a quarter or more beyond it
    for company in candidates[1:]:
        if len(sized) > LOW_CONTRACTS:
            break
        hours = _low_hours(demand[company])
        if hours is not None:
            sized[company] = hours
    for company, used in demand.items():
        if company not in sized:
            hours = book.by_company[company][0].hours
            while used > hours * 60 * ROOM:
                hours *= 2
            sized[company] = hours
    table = data.tables["contracts"]
    for contract in book.contracts:
        contract.hours = sized.get(contract.company_id, contract.hours)
        table.add(*contract.row())


def _low_hours(used: int) -> int | None:
    """Whole hours that leave about a tenth of them after `used` minutes (a low balance),
    or None when no whole number of hours is low (little use: 91 minutes is 2 h with 29
    minutes left, more than a fifth)."""
    low = [hours for hours in range(used // 60 + 1, used // 48 + 1)
           if balance_state(hours, used) is BalanceState.LOW]  # fmt: skip
    return min(low, key=lambda hours: abs(hours * 54 - used)) if low else None


def _single_annual(book: ContractBook, company: int) -> bool:
    contract = book.active(company)
    return contract is not None and contract.role == "single" and contract.kind == "annual"
