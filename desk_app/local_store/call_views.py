"""Read-side queries about logged calls: one call as the panel shows it, the advisor's live
call, the history with its filters, recent numbers, presence (SPEC §4).

A call is visible to the viewer under the tickets' rule (visibility.py): handled by the viewer
(a leader: by the team), or with a person or company of their network; an admin sees all.
Rows come from one select of columns per query (names, linked tickets and the latest survey
answer joined in), never as ORM objects, so a 500-row history is one statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from desk_app.domain.calls import ACTIVE_STATES, CallState, CallTimeline, Durations
from desk_app.domain.roles import Role
from desk_app.local_store.models import (
    Call,
    Company,
    Person,
    PresenceEvent,
    SurveyAnswer,
    User,
    call_tickets,
    user_network,
)
from desk_app.local_store.visibility import Viewer

_SEPARATOR = ","
_NON_DIGITS = re.compile(r"\D+")
# As a sorted list of strings: an IN over them uses the (state, advisor_id) index.
_ACTIVE = sorted(state.value for state in ACTIVE_STATES)
HISTORY_LIMIT = 500


@dataclass(frozen=True, slots=True)
class CallView:
    """A logged call as the panel and the history show it (all times aware UTC)."""

    id: int
    uid: str
    external_id: str | None
    direction: str  # inbound | outbound
    state: str  # domain.calls.CallState value
    number_raw: str
    number_e164: str | None
    caller_name: str | None
    person_id: int | None
    person_name: str | None
    company_id: int | None
    company_name: str | None
    advisor_id: int | None
    advisor_name: str | None
    started_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    wrap_up_ended_at: datetime | None
    hold_seconds: int
    held_since: datetime | None
    transferred_to: str | None
    end_cause: str | None
    outcome: str | None
    notes: str
    ticket_ids: tuple[int, ...]
    csat: int | None
    ces: int | None
    nps: int | None

    def timeline(self) -> CallTimeline:
        """The call's state machine at its stored state (domain.calls)."""
        return CallTimeline(
            direction=self.direction, state=CallState(self.state), started_at=self.started_at,
            answered_at=self.answered_at, ended_at=self.ended_at,
            wrap_up_ended_at=self.wrap_up_ended_at, hold_seconds=self.hold_seconds,
            held_since=self.held_since,
        )  # fmt: skip

    def durations(self, now: datetime) -> Durations:
        """Ring, talk, hold and wrap-up time from the timestamps; open intervals run to `now`."""
        return self.timeline().durations(now)


def visible_calls(viewer: Viewer) -> ColumnElement[bool]:
    """The calls of the tickets' visibility rule: handled by the viewer (or, for a leader,
    the team), or with a person or company of their network. An admin sees all."""
    if viewer.role is Role.ADMIN:
        return true()
    if viewer.role is Role.LEADER and viewer.team_id is not None:
        members = select(User.id).where(User.team_id == viewer.team_id)
    else:
        members = select(User.id).where(User.id == viewer.user_id)
    network = select(user_network.c.company_id).where(user_network.c.user_id.in_(members))
    network_people = select(Person.id).where(Person.company_id.in_(network))
    return or_(
        Call.advisor_id.in_(members),
        Call.company_id.in_(network),
        Call.person_id.in_(network_people),
    )


def _view_query() -> Select[tuple[object, ...]]:
    person = aliased(Person)
    company = aliased(Company)
    advisor = aliased(User)
    answer = aliased(SurveyAnswer)
    linked = (
        select(func.group_concat(call_tickets.c.ticket_id, _SEPARATOR))
        .where(call_tickets.c.call_id == Call.id)
        .correlate(Call)
        .scalar_subquery()
    )
    # The latest survey answer of the call (survey_answers.call_id is indexed, 0005).
    latest = (
        select(func.max(SurveyAnswer.id))
        .where(SurveyAnswer.call_id == Call.id)
        .correlate(Call)
        .scalar_subquery()
    )
    columns = (
        Call.id, Call.uid, Call.external_id, Call.direction, Call.state, Call.number_raw,
        Call.number_e164, Call.caller_name, Call.person_id, person.full_name, Call.company_id,
        company.name, Call.advisor_id, advisor.full_name, Call.started_at, Call.answered_at,
        Call.ended_at, Call.wrap_up_ended_at, Call.hold_seconds, Call.held_since,
        Call.transferred_to, Call.end_cause, Call.outcome, Call.notes, linked, answer.csat,
        answer.ces, answer.nps,
    )  # fmt: skip
    return (
        select(*columns)
        .outerjoin(person, person.id == Call.person_id)
        .outerjoin(company, company.id == Call.company_id)
        .outerjoin(advisor, advisor.id == Call.advisor_id)
        .outerjoin(answer, answer.id == latest)
    )


def _to_view(row: Sequence[Any]) -> CallView:
    values = list(row)
    linked = values[24]
    values[18] = int(values[18] or 0)  # hold_seconds
    values[23] = values[23] or ""  # notes
    values[24] = tuple(sorted(int(t) for t in str(linked).split(_SEPARATOR))) if linked else ()
    return CallView(*values)


def call_view(session: Session, call_id: int) -> CallView:
    """The call `call_id`; LookupError when there is none."""
    row = session.execute(_view_query().where(Call.id == call_id)).first()
    if row is None:
        raise LookupError(f"no call with id {call_id}")
    return _to_view(row)


def active_call(session: Session, viewer: Viewer) -> CallView | None:
    """The viewer's newest call that is not finished (ringing … wrap-up), if any."""
    row = session.execute(
        _view_query()
        .where(Call.state.in_(_ACTIVE), Call.advisor_id == viewer.user_id)
        .order_by(Call.started_at.desc(), Call.id.desc())
        .limit(1)
    ).first()
    return None if row is None else _to_view(row)


def call_by_external_id(session: Session, external_id: str) -> Call | None:
    """The newest call with the PBX's call id `external_id` (PBXs reuse ids over time)."""
    return session.scalars(
        select(Call)
        .where(Call.external_id == external_id)
        .order_by(Call.started_at.desc(), Call.id.desc())
        .limit(1)
    ).first()


@dataclass(frozen=True, slots=True)
class CallFilters:
    since: datetime | None = None  # started at or after
    until: datetime | None = None  # started before
    advisor_id: int | None = None
    outcome: str | None = None
    number: str | None = None  # its digits, contained in the number as typed or in E.164
    missed_only: bool = False
    limit: int = HISTORY_LIMIT


def missed_clause() -> ColumnElement[bool]:
    """Missed: wrapped up as missed, or an inbound call that ended without being answered."""
    unanswered = and_(Call.direction == "inbound", Call.answered_at.is_(None),
                      Call.ended_at.is_not(None))  # fmt: skip
    return or_(Call.outcome == "missed", unanswered)


def _digits_sql(column: QueryableAttribute[str]) -> ColumnElement[str]:
    # The separators people type between digits; what is left is compared as digits.
    text: ColumnElement[str] = func.coalesce(column, "")
    for mark in (" ", "-", "(", ")", ".", "+", "/"):
        text = func.replace(text, mark, "")
    return text


def _number_clause(number: str) -> ColumnElement[bool] | None:
    digits = _NON_DIGITS.sub("", number)
    if digits:
        return or_(_digits_sql(Call.number_raw).contains(digits, autoescape=True),
                   Call.number_e164.contains(digits, autoescape=True))  # fmt: skip
    text = number.strip()
    if not text:
        return None
    return Call.number_raw.contains(text, autoescape=True)


def call_history(session: Session, viewer: Viewer, filters: CallFilters) -> tuple[CallView, ...]:
    """The calls `viewer` may see that match `filters`, newest first, at most filters.limit."""
    where: list[ColumnElement[bool]] = [visible_calls(viewer)]
    if filters.since is not None:
        where.append(Call.started_at >= filters.since)
    if filters.until is not None:
        where.append(Call.started_at < filters.until)
    if filters.advisor_id is not None:
        where.append(Call.advisor_id == filters.advisor_id)
    if filters.outcome:
        where.append(Call.outcome == filters.outcome)
    if filters.number:
        clause = _number_clause(filters.number)
        if clause is not None:
            where.append(clause)
    if filters.missed_only:
        where.append(missed_clause())
    stmt = (
        _view_query()
        .where(*where)
        .order_by(Call.started_at.desc(), Call.id.desc())
        .limit(max(filters.limit, 0))
    )
    return tuple(_to_view(row) for row in session.execute(stmt))


def recent_numbers(session: Session, viewer: Viewer, limit: int = 10) -> tuple[str, ...]:
    """The distinct numbers of the viewer's latest calls, in and out, most recent first
    (E.164 when the number was understood, else as it was typed)."""
    number = func.coalesce(Call.number_e164, Call.number_raw)
    last = func.max(Call.started_at)
    stmt = (
        select(number)
        .where(Call.advisor_id == viewer.user_id, number != "")
        .group_by(number)
        .order_by(last.desc())
        .limit(max(limit, 0))
    )
    return tuple(str(value) for value in session.scalars(stmt))


def current_presence(session: Session, user_id: int) -> str:
    """The state of the user's latest presence event; "offline" when there is none."""
    state = session.scalars(
        select(PresenceEvent.state)
        .where(PresenceEvent.user_id == user_id)
        .order_by(PresenceEvent.at.desc(), PresenceEvent.id.desc())
        .limit(1)
    ).first()
    return state or "offline"
