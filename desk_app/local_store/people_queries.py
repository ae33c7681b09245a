"""Read-side queries about requesters and organizations: search as you type, organization
autocomplete, and the customer 360 (person, company, contract hours, tickets, calls).

Text matching ignores case and accents (domain.text.fold): "maria perez" finds "María Pérez".
Tickets are always filtered through the visibility rules; people, companies and calls are not
restricted (SPEC §1 restricts tickets only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from desk_app.domain import statuses as st
from desk_app.domain.billing import BalanceState, Billing, balance_state, period_at
from desk_app.domain.calendar import COUNTRY_ZONES
from desk_app.domain.text import fold
from desk_app.local_store.models import (
    Call,
    Company,
    Contract,
    Person,
    StatusDefinition,
    Ticket,
    TimeEntry,
    User,
)
from desk_app.local_store.sla_context import FALLBACK_COUNTRY, workspace_region
from desk_app.local_store.visibility import Viewer, visible_tickets

SEARCH_LIMIT = 20
MAX_SEARCH = 200
# Matches examined before ranking: enough that the best names are never cut off.
_SEARCH_SCAN = 250
_NON_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True, slots=True)
class RequesterMatch:
    id: int
    full_name: str
    company_id: int | None
    company_name: str | None
    position: str | None
    email: str | None  # the first address
    phone: str | None
    is_key_user: bool
    is_backup_user: bool


@dataclass(frozen=True, slots=True)
class OrganizationMatch:
    id: int
    name: str
    country: str | None
    partner_tier: str | None


@lru_cache(maxsize=131_072)
def _searchable(haystack: str, phones: str) -> str:
    # Folding is most of a search's cost, and the same people come back at every keystroke:
    # their searchable text is remembered (a few MB for 100,000 people).
    return f"{fold(haystack)} {phones} {_NON_DIGITS.sub('', phones)}"


_fold_name = lru_cache(maxsize=131_072)(fold)


def _matches(haystack: str | None, phones: str | None, tokens: str) -> int:
    """SQLite function: 1 when every token of `tokens` (already folded) is in the haystack.

    Phone numbers are also compared as bare digits, so "5512345678" finds "55 1234 5678".
    """
    text = _searchable(haystack or "", phones or "")
    return int(all(token in text for token in tokens.split()))


def _register_functions(session: Session) -> None:
    # Registered per job: the function lives on the DB-API connection, which the pool may
    # have opened before this module was imported. create_function is cheap and idempotent.
    raw: Any = session.connection().connection.driver_connection
    raw.create_function("desk_matches", 3, _matches, deterministic=True)


def _requester_query() -> Any:
    return select(
        Person.id, Person.full_name, Person.company_id, Company.name, Person.position,
        Person.emails, Person.phone, Person.is_key_user, Person.is_backup_user,
    ).outerjoin(Company, Company.id == Person.company_id)  # fmt: skip


def _to_match(row: Any) -> RequesterMatch:
    emails = row[5] if isinstance(row[5], list) else []
    return RequesterMatch(
        id=row[0], full_name=row[1], company_id=row[2], company_name=row[3], position=row[4],
        email=str(emails[0]) if emails else None, phone=row[6], is_key_user=bool(row[7]),
        is_backup_user=bool(row[8]),
    )  # fmt: skip


def search_requesters(session: Session, text: str, limit: int = SEARCH_LIMIT
                      ) -> list[RequesterMatch]:  # fmt: skip
    """People whose name, e-mail, phone or company contain every word of `text`.

    Ranked: names that start with the text, then names with a word starting with its first
    word, then the rest; alphabetical within each group.
    """
    # Commas separate words here ("Pérez, María"); a pasted essay is cut to a name's length.
    tokens = " ".join(fold(text[:MAX_SEARCH]).replace(",", " ").replace(";", " ").split())
    if not tokens:
        return []
    _register_functions(session)
    haystack = (
        Person.full_name + " " + func.coalesce(Company.name, "") + " "
        + func.coalesce(type_coerce(Person.emails, String), "")
    )  # fmt: skip
    phones = func.coalesce(Person.phone, "") + " " + func.coalesce(Person.phone_e164, "")
    query = _requester_query().where(func.desk_matches(haystack, phones, tokens) == 1)
    found = [_to_match(row) for row in session.execute(query.limit(_SEARCH_SCAN))]
    first = tokens.split()[0]

    def rank(match: RequesterMatch) -> tuple[int, str]:
        name = _fold_name(match.full_name)
        if name.startswith(tokens):
            return 0, name
        if any(word.startswith(first) for word in name.split()):
            return 1, name
        return 2, name

    return sorted(found, key=rank)[:limit]


def requester(session: Session, person_id: int) -> RequesterMatch | None:
    row = session.execute(_requester_query().where(Person.id == person_id)).first()
    return _to_match(row) if row is not None else None


def search_organizations(session: Session, text: str, limit: int = 10
                         ) -> list[OrganizationMatch]:  # fmt: skip
    """Organizations whose folded name contains `text` folded; prefix matches first."""
    key = fold(text)
    if not key:
        return []
    starts = Company.name_key.startswith(key, autoescape=True)
    query = (
        select(Company.id, Company.name, Company.country, Company.partner_tier)
        .where(Company.name_key.contains(key, autoescape=True))
        .order_by(starts.desc(), Company.name_key)
        .limit(limit)
    )
    return [OrganizationMatch(*row) for row in session.execute(query)]


def requester_of(session: Session, viewer: Viewer, ticket_id: int) -> tuple[bool, int | None]:
    """(is the ticket visible to `viewer`, its requester's id or None)."""
    row = session.execute(
        select(Ticket.requester_id).where(Ticket.id == ticket_id, visible_tickets(viewer))
    ).first()
    return (False, None) if row is None else (True, row[0])


# -- customer 360 ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonCard:
    id: int
    full_name: str
    position: str | None
    emails: tuple[str, ...]
    phone: str | None
    is_key_user: bool
    is_backup_user: bool


@dataclass(frozen=True, slots=True)
class CompanyCard:
    id: int
    name: str
    partner_tier: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    full_name: str
    email: str | None
    phone: str | None


@dataclass(frozen=True, slots=True)
class ContractBalance:
    """One contract active today and its current period (see `contract_balances`)."""

    id: int
    name: str
    period_kind: str
    period_start: date
    period_end: date
    hours: int  # bought for each period
    used_minutes: int
    terms_accepted_at: datetime | None

    @property
    def remaining_minutes(self) -> int:
        """Negative when overdrawn: the excess is billed at the flat rate (SPEC §6)."""
        return self.hours * 60 - self.used_minutes

    @property
    def state(self) -> BalanceState:
        """ok, low (≤ 20 % of the period's hours left) or exhausted (nothing left)."""
        return balance_state(self.hours, self.used_minutes)


@dataclass(frozen=True, slots=True)
class CustomerTicket:
    id: int
    subject: str
    status: str
    status_name: str
    stage: str
    priority: str
    requester_name: str | None
    responsible_name: str | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class CustomerCall:
    id: int
    started_at: datetime
    direction: str
    number: str
    caller: str | None
    outcome: str | None
    talk_seconds: int | None  # None: never answered
    advisor_name: str | None


@dataclass(frozen=True, slots=True)
class Customer360:
    person: PersonCard
    company: CompanyCard | None
    key_user: Contact | None
    backup_user: Contact | None
    contracts: tuple[ContractBalance, ...]
    open_tickets: tuple[CustomerTicket, ...]
    open_count: int
    past_tickets: tuple[CustomerTicket, ...]
    past_count: int
    calls: tuple[CustomerCall, ...]


OPEN_LIMIT = 50
PAST_LIMIT = 20
CALL_LIMIT = 10


def current_period(starts_on: date, ends_on: date, period_kind: str, today: date
                   ) -> tuple[date, date] | None:  # fmt: skip
    """The period of a contract that contains `today` (None when the contract is not active);
    the rule is domain.billing.period_at."""
    period = period_at(starts_on, ends_on, period_kind, today)
    return None if period is None else (period.start, period.end)


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def company_zone(session: Session, company: Company | None) -> ZoneInfo:
    """The zone whose calendar days contract periods are counted in: the company's country,
    else the workspace's region (else Mexico)."""
    country = company.country if company is not None else None
    if country not in COUNTRY_ZONES:
        country = workspace_region(session)
    return ZoneInfo(COUNTRY_ZONES.get(country or "", COUNTRY_ZONES[FALLBACK_COUNTRY]))


def contract_balances(session: Session, company: Company, now: datetime
                      ) -> tuple[ContractBalance, ...]:  # fmt: skip
    """Hours bought vs time logged, per contract active today, in its current period.

    used = Σ TimeEntry.minutes (every kind: L1 + L2 + L3 + quality, SPEC §6) over the tickets
    whose requester belongs to the company, for entries that started (or, without a start,
    were logged) inside the period; days are the company's country's local days.
    remaining = hours × 60 − used. Every visible-or-not ticket counts: the balance is the
    company's, not the viewer's. Warranty tickets never consume it; tickets not decided yet
    do (provisionally, SPEC §6).
    """
    zone = company_zone(session, company)
    today = now.astimezone(zone).date()
    moment = func.coalesce(TimeEntry.started_at, TimeEntry.created_at)
    balances = []
    contracts = session.scalars(
        select(Contract).where(Contract.company_id == company.id).order_by(Contract.starts_on)
    )
    for contract in contracts:
        period = current_period(contract.starts_on, contract.ends_on, contract.period_kind, today)
        if period is None:
            continue
        used = session.scalar(
            select(func.coalesce(func.sum(TimeEntry.minutes), 0))
            .join(Ticket, Ticket.id == TimeEntry.ticket_id)
            .join(Person, Person.id == Ticket.requester_id)
            .where(Person.company_id == company.id,
                   or_(Ticket.billing.is_(None), Ticket.billing != Billing.WARRANTY.value),
                   moment >= _local_midnight(period[0], zone),
                   moment < _local_midnight(period[1] + timedelta(days=1), zone))
        )  # fmt: skip
        balances.append(ContractBalance(
            contract.id, contract.name, contract.period_kind, period[0], period[1],
            contract.hours, int(used or 0), contract.terms_accepted_at,
        ))  # fmt: skip
    return tuple(balances)


def _contact(session: Session, company_id: int, flag: Any) -> Contact | None:
    person = session.scalars(
        select(Person).where(Person.company_id == company_id, flag.is_(True)).order_by(Person.id)
    ).first()
    if person is None:
        return None
    return Contact(person.id, person.full_name, person.emails[0] if person.emails else None,
                   person.phone)  # fmt: skip


def _tickets(session: Session, viewer: Viewer, scope: ColumnElement[bool], done: bool,
             limit: int) -> tuple[tuple[CustomerTicket, ...], int]:  # fmt: skip
    finished = select(StatusDefinition.key).where(StatusDefinition.stage == st.Stage.DONE.value)
    where = [scope, visible_tickets(viewer), Ticket.merged_into_id.is_(None),
             Ticket.status.in_(finished) if done else Ticket.status.not_in(finished)]  # fmt: skip
    count = int(session.scalar(select(func.count(Ticket.id)).where(*where)) or 0)
    requester_p = aliased(Person)
    query = (
        select(Ticket.id, Ticket.subject, Ticket.status, StatusDefinition.name,
               StatusDefinition.stage, Ticket.priority, requester_p.full_name, User.full_name,
               Ticket.updated_at)
        .join(StatusDefinition, StatusDefinition.key == Ticket.status)
        .outerjoin(requester_p, requester_p.id == Ticket.requester_id)
        .outerjoin(User, User.id == Ticket.responsible_id)
        .where(*where)
        .order_by(Ticket.updated_at.desc(), Ticket.id.desc())
        .limit(limit)
    )  # fmt: skip
    return tuple(CustomerTicket(*row) for row in session.execute(query)), count


def _calls(session: Session, person_id: int, company_id: int | None
           ) -> tuple[CustomerCall, ...]:  # fmt: skip
    scope = Call.person_id == person_id
    if company_id is not None:
        scope = or_(scope, Call.company_id == company_id)
    query = (
        select(Call, User.full_name)
        .outerjoin(User, User.id == Call.advisor_id)
        .where(scope)
        .order_by(Call.started_at.desc(), Call.id.desc())
        .limit(CALL_LIMIT)
    )
    calls = []
    for call, advisor in session.execute(query):
        talk = None
        if call.answered_at is not None and call.ended_at is not None:
            talk = max(0, int((call.ended_at - call.answered_at).total_seconds()))
        calls.append(CustomerCall(call.id, call.started_at, call.direction, call.number_raw,
                                  call.caller_name, call.outcome, talk, advisor))  # fmt: skip
    return tuple(calls)


def customer_360(session: Session, viewer: Viewer, person_id: int, now: datetime
                 ) -> Customer360 | None:  # fmt: skip
    """Everything the desk knows about a requester and their company, as `viewer` sees it.

    Tickets are the company's (every requester of it), or the person's own without a company.
    """
    person = session.get(Person, person_id)
    if person is None:
        return None
    card = PersonCard(person.id, person.full_name, person.position, tuple(person.emails or ()),
                      person.phone, person.is_key_user, person.is_backup_user)  # fmt: skip
    company = session.get(Company, person.company_id) if person.company_id else None
    scope: ColumnElement[bool] = Ticket.requester_id == person.id
    company_card = key_user = backup_user = None
    contracts: tuple[ContractBalance, ...] = ()
    if company is not None:
        company_card = CompanyCard(company.id, company.name, company.partner_tier,
                                   company.country)  # fmt: skip
        key_user = _contact(session, company.id, Person.is_key_user)
        backup_user = _contact(session, company.id, Person.is_backup_user)
        contracts = contract_balances(session, company, now)
        scope = Ticket.requester_id.in_(select(Person.id).where(Person.company_id == company.id))
    open_tickets, open_count = _tickets(session, viewer, scope, False, OPEN_LIMIT)
    past_tickets, past_count = _tickets(session, viewer, scope, True, PAST_LIMIT)
    return Customer360(card, company_card, key_user, backup_user, contracts, open_tickets,
                       open_count, past_tickets, past_count,
                       _calls(session, person.id, company.id if company else None))  # fmt: skip
