"""Read side of a ticket's billing (SPEC §6): what the ticket pane shows about time, warranty
or consumption, the key user's confirmations, the terms of attention, the company's balance
and the viewer's running timer. Reads only; the writes are in billing_writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain import billing as rules
from desk_app.domain.billing import BalanceState
from desk_app.local_store.models import (
    Company,
    Contract,
    HourConfirmation,
    Person,
    Ticket,
    TimeEntry,
    TimeTimer,
    User,
    WorkspaceMeta,
)
from desk_app.local_store.people_queries import (
    ContractBalance,
    contract_balances,
)
from desk_app.local_store.people_queries import (
    company_zone as company_zone,  # re-exported: the billing reads' one rule for days
)
from desk_app.local_store.ticket_writes import visible_ticket
from desk_app.local_store.visibility import Viewer

FLAT_RATE_KEY = "flat_hourly_rate"


@dataclass(frozen=True, slots=True)
class CustomerContact:
    """Somebody at the customer who may confirm hours or accept the terms."""

    id: int
    full_name: str
    is_key_user: bool
    is_backup_user: bool
    is_requester: bool


@dataclass(frozen=True, slots=True)
class ConfirmationView:
    id: int
    minutes: int  # the total the key user approved, up to
    confirmed_by: str | None  # the person at the customer
    recorded_by: str | None  # the user who recorded it
    how: str
    confirmed_at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class TermsView:
    """The terms of attention of a ticket: accepted on the ticket itself, or covered by the
    company's active contract whose terms were accepted (the contract is the engagement)."""

    accepted: bool
    source: str | None  # "ticket", "contract" or None
    accepted_at: datetime | None
    accepted_by_id: int | None
    accepted_by: str | None
    how: str | None  # only for the ticket's own acceptance
    contract_name: str | None


@dataclass(frozen=True, slots=True)
class RunningTimer:
    ticket_id: int
    ticket_subject: str
    kind: str
    started_at: datetime

    def elapsed_minutes(self, now: datetime) -> int:
        return rules.timer_minutes(self.started_at, now)


@dataclass(frozen=True, slots=True)
class TicketBilling:
    ticket_id: int
    billing: str | None  # "warranty", "consumption", None = not decided (counts as consumption)
    billing_decided_at: datetime | None
    billing_decided_by: str | None
    estimate_minutes: int | None
    minutes_by_kind: Mapping[str, int]  # every kind of TIME_KINDS, 0 when none
    logged_minutes: int  # consumption = L1 + L2 + L3 + quality
    confirmed_minutes: int | None  # the largest confirmation, None without any
    confirmations: tuple[ConfirmationView, ...]  # newest first
    needs_confirmation: bool  # "awaiting confirmation"
    requested_minutes: int  # max(logged, estimate): what a new confirmation covers
    terms: TermsView
    company_id: int | None
    company_name: str | None
    contacts: tuple[CustomerContact, ...]  # key user, backup user, requester
    balance: ContractBalance | None  # the contract the company's consumption goes to now
    balance_state: BalanceState
    timer: RunningTimer | None  # the viewer's running timer, on this ticket or another

    @property
    def awaiting_confirmation(self) -> bool:
        return self.needs_confirmation

    @property
    def timer_here(self) -> bool:
        return self.timer is not None and self.timer.ticket_id == self.ticket_id


def ticket_company(session: Session, ticket: Ticket) -> Company | None:
    if ticket.requester_id is None:
        return None
    person = session.get(Person, ticket.requester_id)
    if person is None or person.company_id is None:
        return None
    return session.get(Company, person.company_id)


def minutes_by_kind(session: Session, ticket_id: int) -> dict[str, int]:
    found = dict(
        session.execute(
            select(TimeEntry.kind, func.sum(TimeEntry.minutes))
            .where(TimeEntry.ticket_id == ticket_id)
            .group_by(TimeEntry.kind)
        ).all()
    )
    by_kind = {kind: int(found.pop(kind, 0) or 0) for kind in rules.TIME_KINDS}
    for kind, minutes in found.items():  # a kind from the server we do not know: still time
        by_kind[str(kind)] = int(minutes or 0)
    return by_kind


def confirmed_minutes(session: Session, ticket_id: int) -> int | None:
    value = session.scalar(
        select(func.max(HourConfirmation.minutes)).where(HourConfirmation.ticket_id == ticket_id)
    )
    return None if value is None else int(value)


def awaits_confirmation(session: Session, ticket: Ticket) -> bool:
    logged = sum(minutes_by_kind(session, ticket.id).values())
    return rules.needs_confirmation(logged, ticket.estimate_minutes,
                                    confirmed_minutes(session, ticket.id))  # fmt: skip


def active_contract_with_terms(session: Session, company: Company, now: datetime
                               ) -> Contract | None:  # fmt: skip
    today = now.astimezone(company_zone(session, company)).date()
    return session.scalars(
        select(Contract)
        .where(Contract.company_id == company.id, Contract.starts_on <= today,
               Contract.ends_on >= today, Contract.terms_accepted_at.is_not(None))
        .order_by(Contract.starts_on, Contract.id)
    ).first()  # fmt: skip


def terms_of(session: Session, ticket: Ticket, now: datetime) -> TermsView:
    if ticket.terms_accepted_at is not None:
        person = (session.get(Person, ticket.terms_accepted_by_id)
                  if ticket.terms_accepted_by_id is not None else None)  # fmt: skip
        return TermsView(True, "ticket", ticket.terms_accepted_at, ticket.terms_accepted_by_id,
                         person.full_name if person else None, ticket.terms_accepted_how,
                         None)  # fmt: skip
    company = ticket_company(session, ticket)
    contract = active_contract_with_terms(session, company, now) if company else None
    if contract is None:
        return TermsView(False, None, None, None, None, None, None)
    person = (session.get(Person, contract.terms_accepted_by_id)
              if contract.terms_accepted_by_id is not None else None)  # fmt: skip
    return TermsView(True, "contract", contract.terms_accepted_at, contract.terms_accepted_by_id,
                     person.full_name if person else None, None, contract.name)  # fmt: skip


def terms_accepted(session: Session, ticket: Ticket, now: datetime) -> bool:
    return terms_of(session, ticket, now).accepted


def company_balance(session: Session, company: Company | None, now: datetime
                    ) -> tuple[ContractBalance | None, BalanceState]:  # fmt: skip
    """The contract the company's consumption goes to today (the first active one, by start)
    and its state; (None, NO_CONTRACT) when nothing is active (flat rate)."""
    if company is None:
        return None, BalanceState.NO_CONTRACT
    balances = contract_balances(session, company, now)
    if not balances:
        return None, BalanceState.NO_CONTRACT
    first = balances[0]
    return first, rules.balance_state(first.hours, first.used_minutes)


def running_timer(session: Session, viewer: Viewer) -> RunningTimer | None:
    row = session.execute(
        select(TimeTimer.ticket_id, Ticket.subject, TimeTimer.kind, TimeTimer.started_at)
        .join(Ticket, Ticket.id == TimeTimer.ticket_id)
        .where(TimeTimer.user_id == viewer.user_id)
    ).first()
    return None if row is None else RunningTimer(*row)


def flat_rate(session: Session) -> Decimal | None:
    """The hourly rate of work outside a contract (WorkspaceMeta), None when not set."""
    meta = session.get(WorkspaceMeta, FLAT_RATE_KEY)
    if meta is None or not meta.value.strip():
        return None
    try:
        rate = Decimal(meta.value.strip())
    except InvalidOperation:
        return None  # a hand-edited value we cannot read: treated as unknown
    return rate if rate.is_finite() and rate >= 0 else None


def _contacts(session: Session, ticket: Ticket, company: Company | None
              ) -> tuple[CustomerContact, ...]:  # fmt: skip
    people: list[Person] = []
    if company is not None:
        people.extend(session.scalars(
            select(Person)
            .where(Person.company_id == company.id,
                   (Person.is_key_user.is_(True)) | (Person.is_backup_user.is_(True)))
            .order_by(Person.is_key_user.desc(), Person.full_name, Person.id)
        ))  # fmt: skip
    requester = session.get(Person, ticket.requester_id) if ticket.requester_id else None
    if requester is not None and requester not in people:
        people.append(requester)
    return tuple(
        CustomerContact(
            p.id,
            p.full_name,
            bool(p.is_key_user),
            bool(p.is_backup_user),
            p.id == ticket.requester_id,
        )
        for p in people
    )


def ticket_billing(session: Session, viewer: Viewer, ticket_id: int, now: datetime
                   ) -> TicketBilling:  # fmt: skip
    """Everything about the ticket's billing; LookupError when `viewer` may not see it."""
    ticket = visible_ticket(session, viewer, ticket_id)
    by_kind = minutes_by_kind(session, ticket.id)
    logged = sum(by_kind.values())
    names: dict[int | None, str] = dict(session.execute(select(User.id, User.full_name)).all())
    rows = session.execute(
        select(HourConfirmation, Person.full_name)
        .outerjoin(Person, Person.id == HourConfirmation.confirmed_by_id)
        .where(HourConfirmation.ticket_id == ticket.id)
        .order_by(HourConfirmation.confirmed_at.desc(), HourConfirmation.id.desc())
    )
    confirmations = tuple(
        ConfirmationView(
            c.id, c.minutes, person, names.get(c.recorded_by_id), c.how, c.confirmed_at, c.note
        )
        for c, person in rows
    )
    confirmed = max((c.minutes for c in confirmations), default=None)
    company = ticket_company(session, ticket)
    balance, state = company_balance(session, company, now)
    return TicketBilling(
        ticket_id=ticket.id, billing=ticket.billing,
        billing_decided_at=ticket.billing_decided_at,
        billing_decided_by=names.get(ticket.billing_decided_by_id),
        estimate_minutes=ticket.estimate_minutes, minutes_by_kind=by_kind,
        logged_minutes=logged, confirmed_minutes=confirmed, confirmations=confirmations,
        needs_confirmation=rules.needs_confirmation(logged, ticket.estimate_minutes, confirmed),
        requested_minutes=rules.requested_minutes(logged, ticket.estimate_minutes),
        terms=terms_of(session, ticket, now),
        company_id=company.id if company else None,
        company_name=company.name if company else None,
        contacts=_contacts(session, ticket, company), balance=balance, balance_state=state,
        timer=running_timer(session, viewer),
    )  # fmt: skip


AWAITING_CONFIRMATION = "awaiting_confirmation"
BALANCE_LOW = "balance_low"
BALANCE_EXHAUSTED = "balance_exhausted"


def logging_warnings(session: Session, ticket: Ticket, now: datetime) -> tuple[str, ...]:
    """What to tell whoever just logged time on `ticket`: it awaits the key user's
    confirmation, and/or the company's balance is low or exhausted (not for warranty)."""
    warnings = []
    if awaits_confirmation(session, ticket):
        warnings.append(AWAITING_CONFIRMATION)
    if ticket.billing != rules.Billing.WARRANTY:
        _, state = company_balance(session, ticket_company(session, ticket), now)
        if state is BalanceState.LOW:
            warnings.append(BALANCE_LOW)
        elif state is BalanceState.EXHAUSTED:
            warnings.append(BALANCE_EXHAUSTED)
    return tuple(warnings)
