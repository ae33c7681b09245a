"""Calls and survey answers from the server, for the leader's KPIs (connectors with pull_calls).

A call is matched by remote id, or by its idempotency key when this workspace logged it and
crashed before recording the remote id; its fields follow the server. A survey answer has
no remote id of its own in the cache: one per call, and a stand-alone answer is recognised
by (advisor, ticket, answered_at).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import ColumnElement, delete, insert, select
from sqlalchemy.orm import Session

from desk_app.local_store.models import Call, SurveyAnswer, Ticket, call_tickets
from desk_app.local_store.people_writes import PHONE_REGIONS, normalise_phone
from desk_app.sync.appended import by_idempotency_key
from desk_app.sync.connector import RemoteCall, RemoteSurvey
from desk_app.sync.resolve import user_id_for

log = logging.getLogger(__name__)


def apply_call(session: Session, remote: RemoteCall) -> None:
    advisor_id = user_id_for(session, remote.advisor_username)
    tickets = _ticket_ids(session, remote.ticket_remote_ids)
    if remote.kind == "survey":
        if remote.survey is not None:
            call_id = None
            if remote.call_remote_id is not None:
                call_id = session.scalar(
                    select(Call.id).where(Call.remote_id == remote.call_remote_id)
                )
            _survey(session, remote.survey, call_id, tickets[0] if tickets else None, advisor_id)
        return
    call = session.scalars(select(Call).where(Call.remote_id == remote.remote_id)).first()
    if call is None and remote.idempotency_key:
        call = by_idempotency_key(session, Call, "call", remote.idempotency_key)
    if call is None:
        if remote.started_at is None:
            log.warning("call %s has no start time: not cached", remote.remote_id)
            return
        call = Call(direction=remote.direction or "inbound", number_raw=remote.number or "",
                    started_at=remote.started_at)  # fmt: skip
        session.add(call)
    call.remote_id = call.remote_id or remote.remote_id
    call.direction = remote.direction or call.direction
    call.number_raw = remote.number or call.number_raw
    call.number_e164 = _e164(call.number_raw)
    call.caller_name = remote.caller_name
    call.advisor_id = advisor_id
    call.started_at = remote.started_at or call.started_at
    call.answered_at = remote.answered_at
    call.ended_at = remote.ended_at
    call.wrap_up_ended_at = remote.wrap_up_ended_at
    call.hold_seconds = remote.hold_seconds
    call.outcome = remote.outcome
    call.notes = remote.notes
    session.flush()
    session.execute(delete(call_tickets).where(call_tickets.c.call_id == call.id))
    if tickets:
        session.execute(
            insert(call_tickets), [{"call_id": call.id, "ticket_id": t} for t in tickets]
        )
    if remote.survey is not None:
        _survey(session, remote.survey, call.id, tickets[0] if tickets else None, advisor_id)


def _survey(session: Session, remote: RemoteSurvey, call_id: int | None, ticket_id: int | None,
            advisor_id: int | None) -> None:  # fmt: skip
    query = select(SurveyAnswer)
    if call_id is not None:
        query = query.where(SurveyAnswer.call_id == call_id)
    else:
        query = query.where(
            SurveyAnswer.call_id.is_(None),
            SurveyAnswer.answered_at == remote.answered_at,
            _same(SurveyAnswer.advisor_id, advisor_id),
            _same(SurveyAnswer.ticket_id, ticket_id),
        )
    answer = session.scalars(query).first()
    if answer is None:
        answer = SurveyAnswer(call_id=call_id, answered_at=remote.answered_at)
        session.add(answer)
    answer.ticket_id = ticket_id
    answer.advisor_id = advisor_id
    answer.answered_at = remote.answered_at
    # Out-of-range scores would break the table's checks; the server keeps them either way.
    answer.csat = remote.csat if remote.csat is None or 1 <= remote.csat <= 5 else None
    answer.ces = remote.ces if remote.ces is None or 1 <= remote.ces <= 7 else None
    answer.nps = remote.nps if remote.nps is None or 0 <= remote.nps <= 10 else None


def _same(column: Any, value: int | None) -> ColumnElement[bool]:
    result: ColumnElement[bool] = column.is_(None) if value is None else column == value
    return result


def _ticket_ids(session: Session, remote_ids: tuple[str, ...]) -> list[int]:
    if not remote_ids:
        return []
    found = session.execute(
        select(Ticket.remote_id, Ticket.id).where(Ticket.remote_id.in_(remote_ids))
    )
    by_remote = {remote_id: ticket_id for remote_id, ticket_id in found}
    return [by_remote[r] for r in dict.fromkeys(remote_ids) if r in by_remote]


def _e164(number: str) -> str | None:
    if not number:
        return None
    try:
        return normalise_phone(number, PHONE_REGIONS[0])
    except ValueError:
        return None
