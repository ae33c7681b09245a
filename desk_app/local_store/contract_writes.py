"""Local creation and change of a company's contract (package of hours, SPEC §6).

Like people_writes: everything is validated first and a `ValidationError` (field → message)
is raised before the session is touched, so bad input changes nothing. A valid draft adds
or changes the row and its outbox operation ("contract", "create" | "update") in the caller's
transaction. The payload holds the whole contract (an asset on the helpdesk is replaced as a
whole) with the company and the person who accepted the terms by uid; the push resolves them
to natural keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from desk_app.local_store.models import Company, Contract, Person
from desk_app.local_store.outbox import enqueue
from desk_app.local_store.problems import Problem
from desk_app.local_store.ticket_writes import ValidationError
from desk_app.local_store.visibility import Viewer

PERIOD_KINDS = ("monthly", "annual")
MAX_NAME = 120
MAX_HOURS = 100_000
MAX_RATE = Decimal("99999999.99")  # Numeric(10, 2)


@dataclass(frozen=True)
class ContractDraft:
    """A new contract (`contract_id` None) or the new values of an existing one."""

    company_id: int
    name: str
    period_kind: str
    hours: int
    hourly_rate: Decimal | str
    starts_on: date
    ends_on: date
    renewable: bool = True
    terms_accepted_at: datetime | None = None
    terms_accepted_by_id: int | None = None
    contract_id: int | None = None


def save_contract(
    session: Session, viewer: Viewer, draft: ContractDraft, now: datetime
) -> Contract:
    """Validate, then write the contract and its outbox operation (caller's transaction).

    `viewer` is who makes the change; contracts have no history table yet, the outbox
    operation is the record of it. `now` is accepted for symmetry with the other writers.
    """
    del viewer, now  # no per-contract history to write
    errors: dict[str, str] = {}
    contract: Contract | None = None
    if draft.contract_id is not None:
        contract = session.get(Contract, draft.contract_id)
        if contract is None:
            errors["contract"] = "this contract no longer exists"
    company = session.get(Company, draft.company_id)
    if company is None:
        errors["company"] = "this company does not exist"
    name = " ".join(draft.name.split())
    if not name:
        errors["name"] = "a contract name is required"
    elif len(name) > MAX_NAME:
        errors["name"] = Problem("at most %1 characters", MAX_NAME)
    if draft.period_kind not in PERIOD_KINDS:
        errors["period_kind"] = Problem("one of %1", ", ".join(PERIOD_KINDS))
    if not isinstance(draft.hours, int) or isinstance(draft.hours, bool) or draft.hours <= 0:
        errors["hours"] = "the hours must be a whole number greater than zero"
    elif draft.hours > MAX_HOURS:
        errors["hours"] = Problem("at most %1 hours", MAX_HOURS)
    rate = _rate(draft.hourly_rate, errors)
    if draft.ends_on < draft.starts_on:
        errors["ends_on"] = "the contract cannot end before it starts"
    accepted_by: Person | None = None
    if draft.terms_accepted_by_id is not None:
        accepted_by = session.get(Person, draft.terms_accepted_by_id)
        if accepted_by is None:
            errors["terms_accepted_by"] = "this person does not exist"
    if draft.terms_accepted_at is not None and draft.terms_accepted_at.tzinfo is None:
        errors["terms_accepted_at"] = "the acceptance time needs a time zone"
    if errors:
        raise ValidationError(errors)
    assert company is not None and rate is not None
    creating = contract is None
    if contract is None:
        contract = Contract()
        session.add(contract)
    contract.company_id = company.id
    contract.name = name
    contract.period_kind = draft.period_kind
    contract.hours = draft.hours
    contract.hourly_rate = rate
    contract.starts_on = draft.starts_on
    contract.ends_on = draft.ends_on
    contract.renewable = draft.renewable
    contract.terms_accepted_at = draft.terms_accepted_at
    contract.terms_accepted_by_id = None if accepted_by is None else accepted_by.id
    session.flush()
    payload = contract_payload(contract, company, accepted_by)
    enqueue(session, "contract", contract.uid, "create" if creating else "update", payload)
    return contract


def _rate(raw: Decimal | str, errors: dict[str, str]) -> Decimal | None:
    try:
        rate = Decimal(str(raw).strip())
    except InvalidOperation:
        errors["hourly_rate"] = Problem("not a number: %1", str(raw))
        return None
    if not rate.is_finite() or rate < 0:
        errors["hourly_rate"] = "the hourly rate cannot be negative"
        return None
    if rate > MAX_RATE:
        errors["hourly_rate"] = Problem("at most %1", MAX_RATE)
        return None
    return rate.quantize(Decimal("0.01"))


def contract_payload(contract: Contract, company: Company, accepted_by: Person | None
                     ) -> dict[str, Any]:  # fmt: skip
    accepted = contract.terms_accepted_at
    return {
        "name": contract.name,
        "company_uid": company.uid,
        "period_kind": contract.period_kind,
        "hours": contract.hours,
        "hourly_rate": str(contract.hourly_rate),
        "starts_on": contract.starts_on.isoformat(),
        "ends_on": contract.ends_on.isoformat(),
        "renewable": contract.renewable,
        "terms_accepted_at": None if accepted is None else accepted.isoformat(),
        "terms_accepted_by_uid": None if accepted_by is None else accepted_by.uid,
    }
