"""Read-side queries for the call panel: who is calling (caller lookup) and how long the level
queues have been waiting (SPEC §3, §4). The call log's own reads live in call_views.py and are
re-exported here, so the panel's service imports one module.

Caller lookup is an equality search on the indexed `people.phone_e164` after normalising the
number the PBX sent; everything else about a candidate comes from a few indexed queries per
distinct company (key user, contract hours, open tickets), so a lookup stays well under the
20 ms the panel allows over 100,000 people (bench/caller_lookup.py). Companies have no phone
number of their own in the store, so only people are matched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.domain.ticket_fields import Level
from desk_app.local_store.call_views import (
    CallFilters,
    CallView,
    active_call,
    call_by_external_id,
    call_history,
    call_view,
    current_presence,
    missed_clause,
    recent_numbers,
    visible_calls,
)
from desk_app.local_store.models import Company, Person, Queue, StatusDefinition, Ticket
from desk_app.local_store.people_queries import contract_balances
from desk_app.local_store.people_writes import normalise_phone
from desk_app.local_store.visibility import Viewer, visible_tickets

__all__ = [
    "CallFilters",
    "CallView",
    "CallerCandidate",
    "CallerLookup",
    "QueueWait",
    "active_call",
    "call_by_external_id",
    "call_history",
    "call_view",
    "current_presence",
    "lookup_caller",
    "missed_clause",
    "queue_waits",
    "recent_numbers",
    "visible_calls",
]

OPEN_TICKETS = 10  # shown per candidate, newest first
MAX_CANDIDATES = 20  # a number shared by more people than this is a switchboard, not a caller


@dataclass(frozen=True, slots=True)
class CallerCandidate:
    person_id: int
    full_name: str
    company_id: int | None
    company_name: str | None
    position: str | None
    is_key_user: bool
    key_user_name: str | None  # the company's key user (may be the caller)
    hours_left: float | None  # Σ remaining hours of the active contracts; None: no contract
    open_tickets: tuple[tuple[int, str, str], ...]  # (id, subject, status name), newest first
    open_count: int


@dataclass(frozen=True, slots=True)
class CallerLookup:
    number_raw: str
    number_e164: str | None
    candidates: tuple[CallerCandidate, ...]

    @property
    def unknown(self) -> bool:
        return not self.candidates

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


@dataclass(frozen=True, slots=True)
class _CompanyFacts:
    key_user_name: str | None
    hours_left: float | None
    open_tickets: tuple[tuple[int, str, str], ...]
    open_count: int


def _normalised(number_raw: str, region: str) -> str:
    if not number_raw.strip():
        raise ValueError("the phone number is empty")
    try:
        return normalise_phone(number_raw.strip(), region)
    except ValueError as exc:
        raise ValueError(f"{number_raw!r} is not a phone number (region {region}): {exc}") from exc


def _open_tickets(session: Session, scope: ColumnElement[bool], viewer: Viewer | None
                  ) -> tuple[tuple[tuple[int, str, str], ...], int]:  # fmt: skip
    finished = select(StatusDefinition.key).where(StatusDefinition.stage == st.Stage.DONE.value)
    where = [scope, Ticket.merged_into_id.is_(None), Ticket.status.not_in(finished)]
    if viewer is not None:
        where.append(visible_tickets(viewer))
    count = int(session.scalar(select(func.count(Ticket.id)).where(*where)) or 0)
    if not count:
        return (), 0
    rows = session.execute(
        select(Ticket.id, Ticket.subject, func.coalesce(StatusDefinition.name, Ticket.status))
        .outerjoin(StatusDefinition, StatusDefinition.key == Ticket.status)
        .where(*where)
        .order_by(Ticket.created_at.desc(), Ticket.id.desc())
        .limit(OPEN_TICKETS)
    )
    return tuple((int(i), str(s), str(n)) for i, s, n in rows), count


def _company_facts(session: Session, company_id: int, viewer: Viewer | None, now: datetime
                   ) -> _CompanyFacts:  # fmt: skip
    key_user = session.scalars(
        select(Person.full_name)
        .where(Person.company_id == company_id, Person.is_key_user.is_(True))
        .order_by(Person.id)
        .limit(1)
    ).first()
    company = session.get(Company, company_id)
    hours_left = None
    if company is not None:
        balances = contract_balances(session, company, now)  # the customer 360's own rule
        if balances:
            hours_left = sum(b.remaining_minutes for b in balances) / 60
    # The company's tickets, as in the customer 360: any of its requesters may have opened it.
    scope = Ticket.requester_id.in_(select(Person.id).where(Person.company_id == company_id))
    tickets, count = _open_tickets(session, scope, viewer)
    return _CompanyFacts(key_user, hours_left, tickets, count)


def lookup_caller(session: Session, number_raw: str, region: str, *,
                  viewer: Viewer | None = None, now: datetime | None = None
                  ) -> CallerLookup:  # fmt: skip
    """The people whose phone is `number_raw` (read in `region` unless it starts with "+").

    Raises ValueError when `number_raw` is not a phone number. Open tickets are those
    `viewer` may see (all of them without a viewer); hours are counted at `now`.
    """
    e164 = _normalised(number_raw, region)
    now = now or datetime.now(UTC)
    rows = session.execute(
        select(Person.id, Person.full_name, Person.company_id, Company.name, Person.position,
               Person.is_key_user)
        .outerjoin(Company, Company.id == Person.company_id)
        .where(Person.phone_e164 == e164)
        .order_by(Person.is_key_user.desc(), Person.full_name, Person.id)
        .limit(MAX_CANDIDATES)
    ).all()  # fmt: skip
    facts: dict[int, _CompanyFacts] = {}
    candidates = []
    for person_id, full_name, company_id, company_name, position, is_key_user in rows:
        if company_id is None:
            tickets, count = _open_tickets(session, Ticket.requester_id == person_id, viewer)
            fact = _CompanyFacts(None, None, tickets, count)
        else:
            if company_id not in facts:
                facts[company_id] = _company_facts(session, company_id, viewer, now)
            fact = facts[company_id]
        candidates.append(CallerCandidate(
            person_id, full_name, company_id, company_name, position, bool(is_key_user),
            fact.key_user_name, fact.hours_left, fact.open_tickets, fact.open_count,
        ))  # fmt: skip
    return CallerLookup(number_raw, e164, tuple(candidates))


@dataclass(frozen=True, slots=True)
class QueueWait:
    level: str
    queue_name: str
    oldest_ticket_id: int | None
    waiting_since: datetime | None  # the oldest ticket's creation
    count: int


def queue_waits(session: Session, viewer: Viewer) -> tuple[QueueWait, ...]:
    """Per level queue (L1, L2, L3), the visible open unassigned tickets: how many, and the
    oldest of them. Every level is listed, with a count of 0 when nothing waits."""
    finished = select(StatusDefinition.key).where(StatusDefinition.stage == st.Stage.DONE.value)
    oldest = func.min(Ticket.created_at)
    # SQLite: a bare column next to min() comes from the row holding the minimum, so one
    # grouped query gives each level's count, oldest time and that ticket's id.
    rows = session.execute(
        select(Ticket.level, func.count(Ticket.id), oldest, Ticket.id)
        .where(Ticket.level.in_([level.value for level in Level]),
               Ticket.responsible_id.is_(None), Ticket.merged_into_id.is_(None),
               Ticket.status.not_in(finished), visible_tickets(viewer))
        .group_by(Ticket.level)
    )  # fmt: skip
    found = {level: (count, since, ticket_id) for level, count, since, ticket_id in rows}
    names: dict[str, str] = {}
    for name, level in session.execute(select(Queue.name, Queue.level).order_by(Queue.id)):
        names.setdefault(level, name)
    waits = []
    for level in Level:
        count, since, ticket_id = found.get(level.value, (0, None, None))
        if isinstance(since, str):  # min() hands back the stored text, not the column type
            since = datetime.fromisoformat(since).replace(tzinfo=UTC)
        waits.append(QueueWait(level.value, names.get(level.value, level.value),
                               ticket_id, since, int(count)))  # fmt: skip
    return tuple(waits)
