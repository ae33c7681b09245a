"""Local billing changes on a ticket (SPEC §6): warranty or consumption, the estimate, the key
user's confirmations, the terms of attention, time entries and running timers, renewals and
the flat rate.

Like ticket_writes, each one validates first (ValidationError, nothing written), then writes
the change, its history row and its outbox operation in the caller's transaction. Who may:
customer service, i.e. any user who sees the ticket (advisor, leader, admin); the customer is a
Person and only ever the one who confirmed or accepted.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import billing as rules
from desk_app.domain import statuses as st
from desk_app.domain.billing import Billing, ConfirmationHow, Span
from desk_app.domain.roles import Role
from desk_app.local_store.billing_queries import (
    FLAT_RATE_KEY,
    terms_accepted,
    ticket_company,
)
from desk_app.local_store.contract_writes import ContractDraft, save_contract
from desk_app.local_store.models import (
    Contract,
    HourConfirmation,
    OutboxOp,
    Person,
    Ticket,
    TimeEntry,
    TimeTimer,
    WorkspaceMeta,
)
from desk_app.local_store.outbox import enqueue
from desk_app.local_store.problems import Problem
from desk_app.local_store.ticket_writes import (
    MAX_BODY,
    ValidationError,
    jsonable,
    record_change,
    visible_ticket,
)
from desk_app.local_store.visibility import Viewer

TERMS_REFUSAL = "the customer has not accepted the terms of attention"


def _update(session: Session, ticket: Ticket, fields: dict[str, Any], now: datetime) -> None:
    ticket.updated_at = now
    enqueue(session, "ticket", ticket.uid, "update", {"fields": jsonable(fields)})
    session.flush()


def _choice(enum: Any, value: object, name: str) -> str:
    try:
        return str(enum(value).value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError({name: Problem("one of %1", allowed)}) from None


def _customer(session: Session, ticket: Ticket, person_id: object) -> Person:
    """The person at the customer: the requester, or somebody of the requester's company."""
    valid_id = isinstance(person_id, int) and not isinstance(person_id, bool)
    person = session.get(Person, person_id) if valid_id else None
    if person is None:
        raise ValidationError({"person": "choose a person at the customer"})
    company = ticket_company(session, ticket)
    if person.id != ticket.requester_id and (company is None or person.company_id != company.id):
        raise ValidationError({"person": "this person is not at the ticket's customer"})
    return person


def decide(session: Session, viewer: Viewer, ticket_id: int, billing: str,
           now: datetime) -> list[str]:  # fmt: skip
    """Warranty or consumption, recorded with who and when; [] when it was already so."""
    ticket = visible_ticket(session, viewer, ticket_id)
    value = _choice(Billing, billing, "billing")
    if ticket.billing == value:
        return []
    record_change(session, ticket, viewer, now, "billing", ticket.billing, value)
    ticket.billing = value
    ticket.billing_decided_at = now
    ticket.billing_decided_by_id = viewer.user_id
    _update(session, ticket, {"billing": value, "billing_decided_at": now,
                              "billing_decided_by_id": viewer.user_id}, now)  # fmt: skip
    return ["billing"]


def set_estimate(session: Session, viewer: Viewer, ticket_id: int, minutes: int | None,
                 now: datetime) -> list[str]:  # fmt: skip
    """The work estimate (None clears it). A grown estimate may ask for a new confirmation."""
    ticket = visible_ticket(session, viewer, ticket_id)
    if minutes is not None:
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
            raise ValidationError({"estimate": "the estimate must be at least one minute"})
        if minutes > rules.MAX_ESTIMATE_MINUTES:
            raise ValidationError({"estimate": "at most 1000 hours"})
    if ticket.estimate_minutes == minutes:
        return []
    record_change(session, ticket, viewer, now, "estimate", ticket.estimate_minutes, minutes)
    ticket.estimate_minutes = minutes
    _update(session, ticket, {"estimate_minutes": minutes}, now)
    return ["estimate"]


def record_confirmation(session: Session, viewer: Viewer, ticket_id: int, minutes: int,
                        person_id: int, how: str, now: datetime,
                        note: str = "") -> HourConfirmation:  # fmt: skip
    """The key user (or backup) confirmed the work may go on up to `minutes` in total."""
    ticket = visible_ticket(session, viewer, ticket_id)
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
        raise ValidationError({"minutes": "confirm at least one minute"})
    if minutes > rules.MAX_CONFIRMED_MINUTES:
        raise ValidationError({"minutes": "at most 1000 hours"})
    how = _choice(ConfirmationHow, how, "how")
    person = _customer(session, ticket, person_id)
    if len(note) > MAX_BODY:
        raise ValidationError({"note": "the text is larger than 5 MB"})
    confirmation = HourConfirmation(ticket_id=ticket.id, minutes=minutes, confirmed_by_id=person.id,
                                    recorded_by_id=viewer.user_id, how=how, confirmed_at=now,
                                    note=note)  # fmt: skip
    session.add(confirmation)
    record_change(session, ticket, viewer, now, "confirmation", None,
                  f"{minutes} min, {person.full_name} ({how})")  # fmt: skip
    ticket.updated_at = now
    session.flush()
    enqueue(session, "hour_confirmation", confirmation.uid, "create", {
        "ticket_uid": ticket.uid, "minutes": minutes, "confirmed_by_uid": person.uid,
        "recorded_by_id": viewer.user_id, "how": how, "confirmed_at": now.isoformat(),
        "note": note})  # fmt: skip
    return confirmation


def accept_terms(session: Session, viewer: Viewer, ticket_id: int, person_id: int, how: str,
                 now: datetime) -> list[str]:  # fmt: skip
    """The customer accepted the terms of attention for this ticket (this engagement)."""
    ticket = visible_ticket(session, viewer, ticket_id)
    how = _choice(ConfirmationHow, how, "how")
    person = _customer(session, ticket, person_id)
    if ticket.terms_accepted_by_id == person.id and ticket.terms_accepted_how == how:
        return []
    old = None
    if ticket.terms_accepted_at is not None:
        before = (session.get(Person, ticket.terms_accepted_by_id)
                  if ticket.terms_accepted_by_id is not None else None)  # fmt: skip
        old = f"{before.full_name if before else '?'} ({ticket.terms_accepted_how})"
    record_change(session, ticket, viewer, now, "terms", old, f"{person.full_name} ({how})")
    ticket.terms_accepted_at = now
    ticket.terms_accepted_by_id = person.id
    ticket.terms_accepted_how = how
    _update(session, ticket, {"terms_accepted_at": now, "terms_accepted_by_id": person.id,
                              "terms_accepted_how": how}, now)  # fmt: skip
    return ["terms"]


def require_terms(session: Session, ticket: Ticket, status: str, now: datetime) -> None:
    """The terms guard: a ticket leaves the first status only once the customer accepted the
    terms (on the ticket, or through the company's active contract). Local moves only: a
    pulled ticket keeps what the server says."""
    if ticket.status == st.OPEN and status != st.OPEN and not terms_accepted(session, ticket, now):
        raise ValidationError({"status": TERMS_REFUSAL})


# -- time ------------------------------------------------------------------------------------


def _timer(session: Session, viewer: Viewer) -> TimeTimer | None:
    return session.scalars(select(TimeTimer).where(TimeTimer.user_id == viewer.user_id)).first()


def _own_spans(session: Session, viewer: Viewer, around: Span) -> list[Span]:
    # An entry is at most 24 h long, so only those starting a day before can reach `around`.
    rows = session.execute(
        select(TimeEntry.started_at, TimeEntry.minutes).where(
            TimeEntry.user_id == viewer.user_id, TimeEntry.started_at.is_not(None),
            TimeEntry.started_at < around.end,
            TimeEntry.started_at > around.start - timedelta(minutes=rules.MAX_ENTRY_MINUTES))
    ).all()  # fmt: skip
    return [Span.of(start, minutes) for start, minutes in rows if start is not None]


def log_time(session: Session, viewer: Viewer, ticket_id: int, kind: str, minutes: int,
             now: datetime, *, started_at: datetime | None = None,
             note: str = "") -> TimeEntry:  # fmt: skip
    """A time entry; with a start time it must not overlap the viewer's other entries with a
    start time, nor their running timer."""
    ticket = visible_ticket(session, viewer, ticket_id)
    errors: dict[str, str] = {}
    if kind not in rules.TIME_KINDS:
        errors["kind"] = Problem("one of %1", ", ".join(rules.TIME_KINDS))
    problem = rules.check_minutes(minutes)
    if problem is not None:
        errors["minutes"] = problem
    if len(note) > MAX_BODY:
        errors["note"] = "the text is larger than 5 MB"
    if started_at is not None and (started_at.tzinfo is None or started_at > now):
        errors["started_at"] = "the start must be a past date and time"
    if errors:
        raise ValidationError(errors)
    if started_at is not None:
        span = Span.of(started_at, minutes)
        others = _own_spans(session, viewer, span)
        timer = session.scalars(
            select(TimeTimer).where(TimeTimer.user_id == viewer.user_id)
        ).first()
        if timer is not None:
            others.append(Span(timer.started_at, max(now, timer.started_at)))
        if rules.find_overlap(span, others) is not None:
            raise ValidationError({"started_at": "overlaps time you already logged"})
    entry = TimeEntry(ticket_id=ticket.id, user_id=viewer.user_id, kind=kind, minutes=minutes,
                      started_at=started_at, note=note, created_at=now)  # fmt: skip
    session.add(entry)
    ticket.updated_at = now
    session.flush()
    payload: dict[str, Any] = {"ticket_uid": ticket.uid, "kind": kind, "minutes": minutes,
                               "note": note}  # fmt: skip
    if started_at is not None:
        payload["started_at"] = started_at.isoformat()
    enqueue(session, "time_entry", entry.uid, "create", payload)
    return entry


def start_timer(session: Session, viewer: Viewer, ticket_id: int, kind: str,
                now: datetime) -> TimeTimer:  # fmt: skip
    """Start the viewer's timer (a row: it survives a restart). One per user."""
    ticket = visible_ticket(session, viewer, ticket_id)
    if kind not in rules.TIME_KINDS:
        raise ValidationError({"kind": Problem("one of %1", ", ".join(rules.TIME_KINDS))})
    running = _timer(session, viewer)
    if running is not None:
        raise ValidationError(
            {
                "timer": Problem(
                    "a timer is already running on ticket %1: stop it first", running.ticket_id
                )
            }
        )
    timer = TimeTimer(user_id=viewer.user_id, ticket_id=ticket.id, kind=kind, started_at=now)
    session.add(timer)
    session.flush()
    return timer


def stop_timer(session: Session, viewer: Viewer, now: datetime, note: str = "") -> TimeEntry:
    """Stop the viewer's timer and log its whole minutes as an entry starting when it started.
    Under a minute or over 24 hours it is refused and the timer keeps running (discard it
    with cancel_timer)."""
    timer = _timer(session, viewer)
    if timer is None:
        raise ValidationError({"timer": "no timer is running"})
    minutes = rules.timer_minutes(timer.started_at, now)
    if minutes < 1:
        raise ValidationError({"timer": "shorter than a minute: nothing logged"})
    if minutes > rules.MAX_ENTRY_MINUTES:
        raise ValidationError({"timer": "the timer ran more than 24 hours: discard it and log "
                                        "the time by hand"})  # fmt: skip
    ticket_id, kind, started_at = timer.ticket_id, timer.kind, timer.started_at
    session.delete(timer)
    session.flush()  # the timer is no longer "running" for the overlap check
    return log_time(session, viewer, ticket_id, kind, minutes, now, started_at=started_at,
                    note=note)  # fmt: skip


def cancel_timer(session: Session, viewer: Viewer) -> bool:
    """Discard the viewer's timer without logging anything; False when none was running."""
    timer = _timer(session, viewer)
    if timer is None:
        return False
    session.delete(timer)
    session.flush()
    return True


# -- contracts and rates ---------------------------------------------------------------------


def renew_contract(session: Session, viewer: Viewer, contract_id: int,
                   now: datetime) -> Contract:  # fmt: skip
    """A new contract for the next term: same company, kind, hours and rate, from the day
    after the old one ends and as long; only for renewable contracts, once."""
    old = session.get(Contract, contract_id) if isinstance(contract_id, int) else None
    if old is None:
        raise ValidationError({"contract": "this contract no longer exists"})
    if not old.renewable:
        raise ValidationError({"contract": "this contract is not renewable"})
    if session.scalar(select(Contract.id).where(Contract.renewal_of_id == old.id)) is not None:
        raise ValidationError({"contract": "this contract was already renewed"})
    starts_on, ends_on = rules.renewal_dates(old.starts_on, old.ends_on)
    draft = ContractDraft(company_id=old.company_id, name=old.name, period_kind=old.period_kind,
                          hours=old.hours, hourly_rate=old.hourly_rate, starts_on=starts_on,
                          ends_on=ends_on, renewable=True)  # fmt: skip
    new = save_contract(session, viewer, draft, now)
    new.renewal_of_id = old.id
    # The chain travels with the contract's own operation (contract_payload has no field yet).
    operation = session.scalars(
        select(OutboxOp).where(OutboxOp.entity == "contract", OutboxOp.entity_uid == new.uid)
        .order_by(OutboxOp.id.desc())
    ).first()  # fmt: skip
    if operation is not None:
        operation.payload = {**operation.payload, "renewal_of_uid": old.uid}
    session.flush()
    return new


def set_flat_rate(session: Session, viewer: Viewer, rate: Decimal | str | None) -> Decimal | None:
    """The hourly rate of out-of-contract work (None clears it); leaders and admins only."""
    if viewer.role not in (Role.LEADER, Role.ADMIN):
        raise ValidationError({"flat_rate": "only a leader or an admin sets the flat rate"})
    value: Decimal | None = None
    if rate is not None and str(rate).strip():
        try:
            value = rules.parse_rate(str(rate))
        except ValueError as exc:
            raise ValidationError({"flat_rate": str(exc)}) from None
    meta = session.get(WorkspaceMeta, FLAT_RATE_KEY)
    if value is None:
        if meta is not None:
            session.delete(meta)
    elif meta is None:
        session.add(WorkspaceMeta(key=FLAT_RATE_KEY, value=str(value)))
    else:
        meta.value = str(value)
    session.flush()
    return value
