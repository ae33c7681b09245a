"""Billing data between the cache and a connector (SPEC §6), in natural keys.

Hour confirmations are append-only like comments and time entries: pushed once (their
operation's idempotency key), pulled once (de-duplicated by remote id, by the idempotency key
of the operation that pushed them, and by their uid, which every workspace shares), never a
conflict. The people travel by natural key: the customer who confirmed by e-mail, the advisor
who recorded it by username. The ticket's billing fields are merged three-way like its other
fields (resolve.BILLING_PLAIN, BILLING_KEYED); this module only words their history rows the
way local writes do (local_store.billing_writes).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.billing import MAX_CONFIRMED_MINUTES, ConfirmationHow
from desk_app.local_store.base import new_uid
from desk_app.local_store.models import HourConfirmation, Person, Ticket, TicketHistory
from desk_app.sync import resolve
from desk_app.sync.appended import by_idempotency_key
from desk_app.sync.connector import RemoteHourConfirmation

log = logging.getLogger(__name__)
_UID = re.compile(r"^[0-9a-f]{32}$")
# Synced billing fields whose pulled change is one history row, named as local writes name it;
# the decision's who/when belong to the "billing" row and the terms' parts to one "terms" row.
HISTORY_NAMES = {"billing": "billing", "estimate_minutes": "estimate"}
TERMS_FIELDS = ("terms_accepted_at", "terms_accepted_by_email", "terms_accepted_how")
QUIET_FIELDS = frozenset({"billing_decided_at", "billing_decided_by_username", *TERMS_FIELDS})
# Who and when of a decision or an acceptance never conflict on their own: when both sides
# changed them the server's are taken, and a different decision (billing) or a different
# person or way of accepting (terms_accepted_by_email / _how) is the conflict that is kept.
UNCONTESTED = frozenset({"billing_decided_at", "billing_decided_by_username",
                         "terms_accepted_at"})  # fmt: skip


def confirmation_fields(session: Session, uid: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """An hour_confirmation create operation's payload (billing_writes.record_confirmation)
    in natural keys; the row fills in what an older payload lacks."""
    row = session.scalars(select(HourConfirmation).where(HourConfirmation.uid == uid)).first()
    person = session.scalars(
        select(Person).where(Person.uid == payload.get("confirmed_by_uid"))
    ).first()
    if person is None and row is not None and row.confirmed_by_id is not None:
        person = session.get(Person, row.confirmed_by_id)
    recorder = payload.get("recorded_by_id", None if row is None else row.recorded_by_id)
    confirmed_at = payload.get("confirmed_at")
    if confirmed_at is None and row is not None:
        confirmed_at = row.confirmed_at.isoformat()
    return {
        "minutes": payload.get("minutes", None if row is None else row.minutes),
        "how": payload.get("how", None if row is None else row.how),
        "confirmed_at": confirmed_at,
        "note": payload.get("note", "" if row is None else row.note),
        "confirmed_by_email": None
        if person is None
        else resolve.requester_email(session, person.id),
        "confirmed_by_name": None if person is None else person.full_name,
        "recorded_by_username": resolve.username(session, recorder),
    }


def apply_hour_confirmations(session: Session, ticket: Ticket,
                             confirmations: Sequence[RemoteHourConfirmation]) -> None:  # fmt: skip
    if not confirmations:
        return
    known = set(session.scalars(select(HourConfirmation.remote_id).where(
        HourConfirmation.remote_id.in_([c.remote_id for c in confirmations]))))  # fmt: skip
    for remote in confirmations:
        if remote.remote_id in known:
            continue
        known.add(remote.remote_id)
        row = _ours(session, remote)
        if row is not None:  # pushed from here (or already pulled under its uid)
            if row.remote_id is None:
                row.remote_id = remote.remote_id
            continue
        if remote.minutes > MAX_CONFIRMED_MINUTES or remote.how not in tuple(ConfirmationHow):
            log.warning("hour confirmation %s not cached: %s minutes, how %r",
                        remote.remote_id, remote.minutes, remote.how)  # fmt: skip
            continue
        person_id = resolve.person_id_for(session, remote.confirmed_by_email,
                                          remote.confirmed_by_name)  # fmt: skip
        uid = remote.uid if remote.uid and _UID.match(remote.uid) else new_uid()
        session.add(HourConfirmation(
            uid=uid, remote_id=remote.remote_id, ticket_id=ticket.id, minutes=remote.minutes,
            confirmed_by_id=person_id, how=remote.how, confirmed_at=remote.confirmed_at,
            recorded_by_id=resolve.user_id_for(session, remote.recorded_by_username),
            note=remote.note,
        ))  # fmt: skip
        who = remote.confirmed_by_name or remote.confirmed_by_email or "?"
        session.add(TicketHistory(
            ticket_id=ticket.id, user_id=None, at=remote.confirmed_at, field="confirmation",
            old_value=None, new_value=f"{remote.minutes} min, {who} ({remote.how})",
            from_sync=True,
        ))  # fmt: skip


def _ours(session: Session, remote: RemoteHourConfirmation) -> HourConfirmation | None:
    row = None
    if remote.idempotency_key:
        row = by_idempotency_key(session, HourConfirmation, "hour_confirmation",
                                 remote.idempotency_key)  # fmt: skip
    if row is None and remote.uid:
        row = session.scalars(
            select(HourConfirmation).where(HourConfirmation.uid == remote.uid)
        ).first()
    return row


def terms_text(session: Session, ticket: Ticket) -> str | None:
    """The terms as a history row shows them: "María Pérez (phone)", None when not accepted."""
    if ticket.terms_accepted_at is None:
        return None
    person = (None if ticket.terms_accepted_by_id is None
              else session.get(Person, ticket.terms_accepted_by_id))  # fmt: skip
    return f"{person.full_name if person else '?'} ({ticket.terms_accepted_how})"


def terms_history(session: Session, ticket: Ticket, at: datetime, before: str | None) -> None:
    after = terms_text(session, ticket)
    if after != before:
        session.add(TicketHistory(ticket_id=ticket.id, user_id=None, at=at, field="terms",
                                  old_value=before, new_value=after, from_sync=True))  # fmt: skip
