"""The hours of a company over a period (SPEC §6, seed 004): its contract periods with what was
bought, used and is left, and its tickets with the time logged by kind and where it is charged.

Where time goes follows the issue 7 decisions, through the billing domain: warranty time is
never charged; consumption time (and undecided time, provisionally) consumes the contract
period its entry's local day falls in, oldest entry first; what finds no balance left, or no
active contract, is out of contract at the flat rate. So the charge of an October entry may
depend on September entries of the same contract period: entries are read over every contract
period the report touches, not just the report's days.

A company's balance is the company's, not the viewer's: every ticket of the company counts
(like the customer 360), but the subject of a ticket the viewer may not see is left out.
Days are local days of `zone` (the workspace's, services/hours.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import billing as rules
from desk_app.domain.periods import Period
from desk_app.domain.roles import Role
from desk_app.local_store.billing_queries import company_zone
from desk_app.local_store.models import (
    Company,
    Contract,
    Person,
    Ticket,
    TimeEntry,
    User,
    user_network,
)
from desk_app.local_store.visibility import Viewer, visible_tickets

KINDS = ("L1", "L2", "L3", "quality")


@dataclass(frozen=True, slots=True)
class ContractLink:
    """One contract of a renewal chain."""

    id: int
    name: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True, slots=True)
class ContractPeriodHours:
    """One period of a contract that overlaps the report (a monthly contract from the 15th
    shows two periods in a calendar month)."""

    contract_id: int
    name: str
    period_kind: str
    starts_on: date  # the contract
    ends_on: date
    period_start: date  # this period of it
    period_end: date
    hours: int  # bought for the period
    hourly_rate: Decimal
    renewable: bool
    used_minutes: int  # consumption charged to the period (all of it, not just the report's)
    over_minutes: int  # consumption on its days beyond the balance: out of contract, flat rate
    charged_minutes: int  # consumption of the report's days charged to the period
    chain: tuple[ContractLink, ...]  # the renewal chain, oldest first, this contract included

    @property
    def bought_minutes(self) -> int:
        return self.hours * 60

    @property
    def remaining_minutes(self) -> int:
        return self.bought_minutes - self.used_minutes

    @property
    def state(self) -> rules.BalanceState:
        return rules.balance_state(self.hours, self.used_minutes)


@dataclass(slots=True)
class TicketHours:
    """A ticket's time on the report's days and where it was charged."""

    ticket_id: int
    subject: str | None  # None: the viewer may not see the ticket
    billing: rules.Billing | None  # None = not decided: counts as consumption, provisionally
    minutes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    warranty_minutes: int = 0
    flat_minutes: int = 0
    # Contract minutes per contract id (an entry may be charged where a contract's rate applies).
    contract: dict[int, int] = field(default_factory=dict)
    contract_amount: Decimal = Decimal("0.00")

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes.values())

    @property
    def contract_minutes(self) -> int:
        return sum(self.contract.values())

    @property
    def undecided(self) -> bool:
        return self.billing is None


@dataclass(frozen=True, slots=True)
class CompanyHours:
    company_id: int
    name: str
    contracts: tuple[ContractPeriodHours, ...]
    tickets: tuple[TicketHours, ...]  # by ticket id


def _instant(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


# -- who may see which company ------------------------------------------------------------


def visible_company_ids(session: Session, viewer: Viewer) -> set[int]:
    """An admin: every company. Others: the companies of their network (a leader: of any
    member of their team) and those of the requesters of tickets they may see."""
    if viewer.role is Role.ADMIN:
        return set(session.scalars(select(Company.id)))
    if viewer.role is Role.LEADER and viewer.team_id is not None:
        members = select(User.id).where(User.team_id == viewer.team_id)
    else:
        members = select(User.id).where(User.id == viewer.user_id)
    network = select(user_network.c.company_id).where(user_network.c.user_id.in_(members))
    ticketed = (
        select(Person.company_id)
        .join(Ticket, Ticket.requester_id == Person.id)
        .where(Person.company_id.is_not(None), visible_tickets(viewer))
        .distinct()
    )
    found = {*session.scalars(network), *session.scalars(ticketed)}
    return {company_id for company_id in found if company_id is not None}


def company_names(session: Session, ids: Iterable[int]) -> list[tuple[int, str]]:
    """(id, name) by name."""
    wanted = list(ids)
    if not wanted:
        return []
    rows = session.execute(
        select(Company.id, Company.name).where(Company.id.in_(wanted)).order_by(Company.name_key)
    )
    return [(company_id, name) for company_id, name in rows]


# -- the report ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    id: int
    ticket_id: int
    kind: str
    minutes: int
    moment: datetime
    day: date


def _chains(contracts: Sequence[Contract]) -> dict[int, tuple[ContractLink, ...]]:
    """Each contract's renewal chain (renewal_of_id links), oldest first."""
    by_id = {c.id: c for c in contracts}
    renewed_by = {c.renewal_of_id: c for c in contracts if c.renewal_of_id in by_id}
    chains: dict[int, tuple[ContractLink, ...]] = {}
    for contract in contracts:
        first, seen = contract, {contract.id}
        while first.renewal_of_id in by_id and first.renewal_of_id not in seen:
            first = by_id[first.renewal_of_id]
            seen.add(first.id)
        chain: list[ContractLink] = []
        current: Contract | None = first
        walked: set[int] = set()
        while current is not None and current.id not in walked:
            walked.add(current.id)
            chain.append(ContractLink(current.id, current.name, current.starts_on, current.ends_on))
            current = renewed_by.get(current.id)
        chains[contract.id] = tuple(chain)
    return chains


def _entries(session: Session, company_id: int, first: date, last: date, zone: ZoneInfo
             ) -> list[_Entry]:  # fmt: skip
    """The entries of the company's tickets on the local days first..last. An entry's moment
    is when it started, or when it was logged without a start."""
    since, until = _instant(first, zone), _instant(last + timedelta(days=1), zone)
    rows = session.execute(
        select(TimeEntry.id, TimeEntry.ticket_id, TimeEntry.kind, TimeEntry.minutes,
               TimeEntry.started_at, TimeEntry.created_at)
        .join(Ticket, Ticket.id == TimeEntry.ticket_id)
        .join(Person, Person.id == Ticket.requester_id)
        .where(Person.company_id == company_id,
               ((TimeEntry.started_at >= since) & (TimeEntry.started_at < until))
               | (TimeEntry.started_at.is_(None) & (TimeEntry.created_at >= since)
                  & (TimeEntry.created_at < until)))
    )  # fmt: skip
    found = []
    for entry_id, ticket_id, kind, minutes, started, created in rows:
        moment = started or created
        found.append(_Entry(entry_id, ticket_id, kind, minutes, moment,
                            moment.astimezone(zone).date()))  # fmt: skip
    return found


def company_hours(session: Session, viewer: Viewer, company_ids: Iterable[int], period: Period
                  ) -> list[CompanyHours]:  # fmt: skip
    """The hours of each company (by name) over `period`, in local days of the company's zone
    (as its balance is counted everywhere, billing_queries.company_zone). The caller checks
    that `viewer` may see the companies; `viewer` only decides which subjects are shown."""
    wanted = list(company_ids)
    companies = session.scalars(
        select(Company).where(Company.id.in_(wanted)).order_by(Company.name_key, Company.id)
    ).all() if wanted else []  # fmt: skip
    return [_one_company(session, viewer, company, period) for company in companies]


def _billing(value: str | None) -> rules.Billing | None:
    try:
        return rules.Billing(value) if value is not None else None
    except ValueError:  # a value from the server this version does not know: not decided
        return None


def _one_company(session: Session, viewer: Viewer, company: Company, period: Period
                 ) -> CompanyHours:  # fmt: skip
    contracts = list(session.scalars(
        select(Contract).where(Contract.company_id == company.id)
        .order_by(Contract.starts_on, Contract.id)))  # fmt: skip
    chains = _chains(contracts)
    # The contract periods the report touches; entries are read from the first of their days,
    # since an earlier entry of the same period has used part of its balance.
    spans: list[tuple[Contract, rules.ContractPeriod]] = []
    first, last = period.start, period.end
    for contract in contracts:
        for span in rules.contract_periods(contract.starts_on, contract.ends_on,
                                             contract.period_kind):  # fmt: skip
            if span.start <= period.end and period.start <= span.end:
                spans.append((contract, span))
                first, last = min(first, span.start), max(last, span.end)
    entries = _entries(session, company.id, first, last, company_zone(session, company))
    ticket_ids = {entry.ticket_id for entry in entries}
    rows = session.execute(
        select(Ticket.id, Ticket.billing, visible_tickets(viewer), Ticket.subject)
        .where(Ticket.id.in_(ticket_ids))
    ).all() if ticket_ids else []  # fmt: skip
    decided = {t_id: _billing(value) for t_id, value, _seen, _subject in rows}
    subjects = {t_id: subject for t_id, _value, seen, subject in rows if seen}
    terms = [rules.ContractTerms(c.id, c.starts_on, c.ends_on, c.period_kind, c.hours,
                                   c.hourly_rate) for c in contracts]  # fmt: skip
    items = [rules.WorkItem(e.id, e.day, e.minutes, decided.get(e.ticket_id)) for e in entries]
    charges = {c.key: c for c in rules.charge(items, terms)}
    rates = {c.id: c.hourly_rate for c in contracts}
    used: dict[tuple[int, date], int] = defaultdict(int)
    over: dict[tuple[int, date], int] = defaultdict(int)
    in_report: dict[tuple[int, date], int] = defaultdict(int)
    tickets: dict[int, TicketHours] = {}
    for entry in entries:
        got = charges[entry.id]
        key = None
        if got.contract_id is not None and got.period is not None:
            key = (got.contract_id, got.period.start)
            used[key] += got.contract_minutes
        if got.flat_minutes:
            # Out of contract on a day a contract period covers: that period ran out.
            for contract, span in spans:
                if span.contains(entry.day):
                    over[(contract.id, span.start)] += got.flat_minutes
                    break
        if not period.contains(entry.day):
            continue
        line = tickets.get(entry.ticket_id)
        if line is None:
            line = tickets[entry.ticket_id] = TicketHours(
                entry.ticket_id, subjects.get(entry.ticket_id), decided.get(entry.ticket_id)
            )
        line.minutes[entry.kind if entry.kind in KINDS else KINDS[0]] += entry.minutes
        line.warranty_minutes += got.warranty_minutes
        line.flat_minutes += got.flat_minutes
        if key is not None:
            line.contract[key[0]] = line.contract.get(key[0], 0) + got.contract_minutes
            in_report[key] += got.contract_minutes
    for line in tickets.values():
        line.contract_amount = sum(
            (rules.amount(minutes, rates[c_id]) or Decimal(0)
             for c_id, minutes in line.contract.items()), Decimal("0.00"))  # fmt: skip
    lines = tuple(
        ContractPeriodHours(
            contract_id=c.id, name=c.name, period_kind=c.period_kind, starts_on=c.starts_on,
            ends_on=c.ends_on, period_start=span.start, period_end=span.end, hours=c.hours,
            hourly_rate=c.hourly_rate, renewable=c.renewable,
            used_minutes=used[(c.id, span.start)], over_minutes=over[(c.id, span.start)],
            charged_minutes=in_report[(c.id, span.start)], chain=chains[c.id],
        )
        for c, span in spans
    )  # fmt: skip
    return CompanyHours(company.id, company.name, lines,
                        tuple(tickets[k] for k in sorted(tickets)))  # fmt: skip
