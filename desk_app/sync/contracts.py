"""Contracts from the server (connectors with pull_contracts), into the `contracts` table.

A contract is matched by remote id, or by its idempotency key (its local uid) when this
workspace created it and crashed before recording the remote id. The server's values win,
except while this workspace still has an unsent change of that contract: the push that
follows sends it, and the next pull brings the result back. The company travels by name and
is created when the cache does not know it (from the server: no outbox operation); the
person who accepted the terms travels by e-mail.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.text import fold
from desk_app.local_store.models import Company, Contract, OutboxOp
from desk_app.local_store.people_writes import company_by_name
from desk_app.sync.connector import RemoteContract
from desk_app.sync.resolve import person_id_for

log = logging.getLogger(__name__)


def apply_contract(session: Session, remote: RemoteContract) -> None:
    contract = session.scalars(
        select(Contract).where(Contract.remote_id == remote.remote_id)
    ).first()
    if contract is None and remote.idempotency_key:
        contract = session.scalars(
            select(Contract).where(Contract.uid == remote.idempotency_key)
        ).first()
    if contract is not None and _unsent(session, contract.uid):
        contract.remote_id = contract.remote_id or remote.remote_id
        return
    if remote.ends_on < remote.starts_on or remote.hours <= 0 or not remote.company_name.strip():
        log.warning("contract %s from the server is inconsistent: not cached", remote.remote_id)
        return
    company = _company(session, remote.company_name)
    if contract is None:
        contract = Contract(remote_id=remote.remote_id)
        if remote.idempotency_key and len(remote.idempotency_key) <= 32:
            # Another workspace made it: keep its uid, so every cache names it alike.
            taken = session.scalar(
                select(Contract.id).where(Contract.uid == remote.idempotency_key)
            )
            if taken is None:
                contract.uid = remote.idempotency_key
        session.add(contract)
    contract.remote_id = contract.remote_id or remote.remote_id
    contract.company_id = company.id
    contract.name = remote.name.strip()[:120] or "(no name)"
    contract.period_kind = remote.period_kind
    contract.hours = remote.hours
    contract.hourly_rate = remote.hourly_rate
    contract.starts_on = remote.starts_on
    contract.ends_on = remote.ends_on
    contract.renewable = remote.renewable
    contract.terms_accepted_at = remote.terms_accepted_at
    contract.terms_accepted_by_id = person_id_for(session, remote.terms_accepted_by_email, None)
    session.flush()


def _unsent(session: Session, uid: str) -> bool:
    found = session.scalar(
        select(OutboxOp.id).where(OutboxOp.entity == "contract", OutboxOp.entity_uid == uid,
                                  OutboxOp.sent_at.is_(None), OutboxOp.failed_at.is_(None))
    )  # fmt: skip
    return found is not None


def _company(session: Session, name: str) -> Company:
    company = company_by_name(session, name)
    if company is None:
        clean = " ".join(name.split())
        company = Company(name=clean, name_key=fold(clean))
        session.add(company)
        session.flush()
    return company
