"""The hours report (SPEC §6, issue 7): per company and period, the contract periods with what
was bought, used and is left, the tickets with their L1/L2/L3/quality time, and where that
time is charged (the contract, the flat rate, or nowhere: warranty), with amounts.

Who may see which company: an admin any; a leader the companies of the team's networks and
of the tickets the team may see; an advisor those of their own network and tickets. Anything
else raises HoursAccessError before a row is read. The rules of money and time are the
billing domain's (domain/billing.py), read through local_store/hours_queries.py.

Every method takes the Session its caller opened (a DbRunner job, or the command line).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from desk_app.domain import billing
from desk_app.domain.periods import Period
from desk_app.local_store.billing_queries import flat_rate
from desk_app.local_store.engine import Store
from desk_app.local_store.hours_queries import (
    KINDS,
    CompanyHours,
    ContractPeriodHours,
    TicketHours,
    company_hours,
    company_names,
    visible_company_ids,
)
from desk_app.local_store.visibility import Viewer
from desk_app.services.tickets import Clock, utc_now

__all__ = [
    "KINDS",
    "CompanyChoice",
    "CompanyHours",
    "ContractPeriodHours",
    "HoursAccessError",
    "HoursReport",
    "HoursService",
    "HoursTotals",
    "TicketHours",
    "charged_to",
]


class HoursAccessError(PermissionError):
    """The viewer may not see that company; the message is for the user (English)."""


@dataclass(frozen=True, slots=True)
class CompanyChoice:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class HoursTotals:
    """Sums over tickets (of one company, or of the whole report)."""

    minutes: dict[str, int]  # per kind: L1, L2, L3, quality
    warranty_minutes: int
    contract_minutes: int
    flat_minutes: int
    undecided_minutes: int  # provisional consumption: the tickets are not decided yet
    contract_amount: Decimal
    flat_amount: Decimal | None  # None: flat minutes at an unknown flat rate

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes.values())

    @property
    def amount(self) -> Decimal | None:
        return None if self.flat_amount is None else self.contract_amount + self.flat_amount


def charged_to(line: TicketHours) -> str:
    """Where a ticket's time went: "contract", "flat", "warranty" or several joined by "+"."""
    parts = (("contract", line.contract_minutes), ("flat", line.flat_minutes),
             ("warranty", line.warranty_minutes))  # fmt: skip
    return "+".join(name for name, minutes in parts if minutes)


def flat_amount(line: TicketHours, rate: Decimal | None) -> Decimal | None:
    """The flat-rate part of a ticket's amount; None when it has flat minutes and no rate."""
    if line.flat_minutes == 0:
        return Decimal("0.00")
    return billing.amount(line.flat_minutes, rate)


def ticket_amount(line: TicketHours, rate: Decimal | None) -> Decimal | None:
    flat = flat_amount(line, rate)
    return None if flat is None else line.contract_amount + flat


def totals(lines: Iterable[TicketHours], rate: Decimal | None) -> HoursTotals:
    minutes = dict.fromkeys(KINDS, 0)
    warranty = contract = flat = undecided = 0
    contract_amount = Decimal("0.00")
    flat_sum: Decimal | None = Decimal("0.00")
    for line in lines:
        for kind, value in line.minutes.items():
            minutes[kind] += value
        warranty += line.warranty_minutes
        contract += line.contract_minutes
        flat += line.flat_minutes
        if line.undecided:
            undecided += line.total_minutes
        contract_amount += line.contract_amount
        part = flat_amount(line, rate)
        flat_sum = None if part is None or flat_sum is None else flat_sum + part
    return HoursTotals(minutes, warranty, contract, flat, undecided, contract_amount, flat_sum)


@dataclass(frozen=True, slots=True)
class HoursReport:
    period: Period
    company: CompanyChoice | None  # None: every company the viewer may see
    companies: tuple[CompanyHours, ...]  # with a contract period or time in the period
    flat_rate: Decimal | None  # None: not set in the workspace (amounts out of contract unknown)
    generated_at: datetime

    def totals(self, company: CompanyHours | None = None) -> HoursTotals:
        """Of one company, or of the whole report."""
        chosen = self.companies if company is None else (company,)
        return totals((line for c in chosen for line in c.tickets), self.flat_rate)

    def ticket_amount(self, line: TicketHours) -> Decimal | None:
        return ticket_amount(line, self.flat_rate)

    def flat_amount(self, line: TicketHours) -> Decimal | None:
        return flat_amount(line, self.flat_rate)


class HoursService:
    def __init__(self, store: Store, viewer: Viewer, clock: Clock = utc_now) -> None:
        self.store = store
        self.viewer = viewer
        self.clock = clock

    def companies(self, session: Session) -> tuple[CompanyChoice, ...]:
        """The companies the viewer may report on, by name (the company combo)."""
        ids = visible_company_ids(session, self.viewer)
        return tuple(CompanyChoice(i, name) for i, name in company_names(session, ids))

    def company(self, session: Session, name_or_id: str) -> CompanyChoice:
        """The company named (case-insensitively) or numbered `name_or_id` (`--company C`);
        HoursAccessError when there is none the viewer may see."""
        wanted = " ".join(name_or_id.split())
        if not wanted:
            raise HoursAccessError("the company name is empty")
        choices = self.companies(session)
        for choice in choices:
            if choice.name.casefold() == wanted.casefold() or (
                wanted.isdigit() and int(wanted) == choice.id
            ):
                return choice
        raise HoursAccessError(f"there is no company {wanted!r} you may see")

    def report(self, session: Session, period: Period,
               company_id: int | None = None) -> HoursReport:  # fmt: skip
        """The hours of one company, or of every company the viewer may see that has a
        contract period or time logged in `period`."""
        visible = visible_company_ids(session, self.viewer)
        chosen: CompanyChoice | None = None
        if company_id is not None:
            if company_id not in visible:
                raise HoursAccessError("you may not see the hours of that company")
            names = company_names(session, [company_id])
            chosen = CompanyChoice(*names[0])
            ids: Iterable[int] = (company_id,)
        else:
            ids = visible
        found = company_hours(session, self.viewer, ids, period)
        if chosen is None:
            found = [c for c in found if c.contracts or c.tickets]
        return HoursReport(period, chosen, tuple(found), flat_rate(session), self.clock())
