"""Contracts (packages of hours, SPEC §6) as the command line manages them: list with their
current balance, add, renew. Adding and renewing are for leaders and admins (the people who
sell and administer the packages); everyone may list the contracts of the companies they see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.roles import Role
from desk_app.local_store.billing_writes import renew_contract
from desk_app.local_store.contract_writes import ContractDraft, save_contract
from desk_app.local_store.engine import Store
from desk_app.local_store.hours_queries import visible_company_ids
from desk_app.local_store.models import Company, Contract
from desk_app.local_store.people_queries import contract_balances
from desk_app.local_store.ticket_writes import ValidationError
from desk_app.local_store.visibility import Viewer
from desk_app.services.tickets import Clock, utc_now


@dataclass(frozen=True, slots=True)
class ContractRow:
    id: int
    company: str
    name: str
    period_kind: str
    hours: int
    hourly_rate: Decimal
    starts_on: date
    ends_on: date
    renewable: bool
    renewal_of_id: int | None
    remaining_minutes: int | None  # of the current period; None when not active today
    state: str  # ok, low, exhausted, or "inactive"


class ContractService:
    def __init__(self, store: Store, viewer: Viewer, clock: Clock = utc_now) -> None:
        self.store = store
        self.viewer = viewer
        self.clock = clock

    def company(self, session: Session, name_or_id: str) -> Company:
        """The company named (case aside) or numbered `name_or_id`, among those the user may
        see; LookupError naming the choices otherwise."""
        visible = visible_company_ids(session, self.viewer)
        text = name_or_id.strip()
        query = select(Company).where(Company.id.in_(visible))
        if text.isdigit():
            found = session.scalars(query.where(Company.id == int(text))).first()
        else:
            found = session.scalars(query.where(func.lower(Company.name) == text.lower())).first()
        if found is None:
            names = sorted(session.scalars(select(Company.name).where(Company.id.in_(visible))))
            shown = ", ".join(names[:20]) + (f" and {len(names) - 20} more" if len(names) > 20
                                             else "")  # fmt: skip
            raise LookupError(f"no company {name_or_id!r} you may see; companies: {shown}")
        return found

    def rows(self, session: Session, company: str | None = None) -> list[ContractRow]:
        visible = visible_company_ids(session, self.viewer)
        query = (select(Contract, Company.name).join(Company, Company.id == Contract.company_id)
                 .where(Company.id.in_(visible)))  # fmt: skip
        if company is not None:
            query = query.where(Company.id == self.company(session, company).id)
        now = self.clock()
        rows: list[ContractRow] = []
        balances: dict[int, dict[int, tuple[int, str]]] = {}
        for contract, company_name in session.execute(
            query.order_by(Company.name, Contract.starts_on, Contract.id)
        ):
            if contract.company_id not in balances:
                balances[contract.company_id] = {
                    b.id: (b.remaining_minutes, str(b.state))
                    for b in contract_balances(session, contract.company, now)
                }
            remaining, state = balances[contract.company_id].get(contract.id, (None, "inactive"))
            rows.append(ContractRow(
                contract.id, company_name, contract.name, contract.period_kind, contract.hours,
                contract.hourly_rate, contract.starts_on, contract.ends_on, contract.renewable,
                contract.renewal_of_id, remaining, state,
            ))  # fmt: skip
        return rows

    def add(self, company: str, name: str, period_kind: str, hours: int, rate: str,
            starts_on: date, ends_on: date, *, renewable: bool = True) -> int:  # fmt: skip
        self._may_manage()
        with self.store.transaction() as session:
            company_id = self.company(session, company).id
            draft = ContractDraft(company_id=company_id, name=name, period_kind=period_kind,
                                  hours=hours, hourly_rate=rate, starts_on=starts_on,
                                  ends_on=ends_on, renewable=renewable)  # fmt: skip
            return save_contract(session, self.viewer, draft, self.clock()).id

    def renew(self, contract_id: int) -> int:
        self._may_manage()
        with self.store.transaction() as session:
            contract = session.get(Contract, contract_id)
            if contract is None or contract.company_id not in visible_company_ids(
                session, self.viewer
            ):
                raise LookupError(f"no contract {contract_id} you may see")
            return renew_contract(session, self.viewer, contract_id, self.clock()).id

    def _may_manage(self) -> None:
        if self.viewer.role not in (Role.LEADER, Role.ADMIN):
            raise ValidationError({"contract": "only a leader or an admin manages contracts"})
