"""The service leader's live team board (SPEC §1, §3, §4): for each advisor of a team their
presence and since when, their current call, their open tickets by stage, how many are at risk
of an SLA breach or breached, and the ticket waiting longest; for each level queue its load.

A handful of statements whatever the size of the store, none of them per ticket: the SLA
numbers come from the due-time columns the SLA clock keeps (due_times.py), compared in SQL with
thresholds the clock's own calendar and policy give, so 30,000 open tickets cost one pass.

Decided here:
* Presence: the user's latest presence event (as call_views.current_presence), "offline" with
  no event; `presence_since` is that event's time.
* Current call: the user's newest call not in state 'done' (ringing … wrap-up).
* Tickets: open (not DONE stage, not merged) with the advisor as responsible.
* Breached: a clock still running (first response not given yet, or resolution) whose due
  time has passed, as the list's "Due soon" queue reads it. A paused ticket's due time assumed
  the clock resumed when it was written, so it counts only once that time has passed.
* At risk: not breached, not paused, and a running clock with at least 75 % of its business
  time used (domain.sla.AT_RISK_FRACTION), i.e. its due time falls within the last quarter of
  its target from now. A ticket counts once, however many of its clocks are at risk.
* Oldest waiting: of the advisor's open tickets not in a status that pauses the SLA (waiting
  on the customer is not waiting on the advisor), the one created first; it waits since then.
* Queues per level (L1, L2, L3): the unassigned open tickets and the oldest of them
  (call_queries.queue_waits), and all open tickets of that level, under the viewer's
  visibility.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, aliased

from desk_app.domain import statuses as st
from desk_app.domain.calls import ACTIVE_STATES
from desk_app.domain.roles import Role
from desk_app.domain.ticket_fields import Level
from desk_app.local_store.call_queries import queue_waits
from desk_app.local_store.models import (
    Call,
    Company,
    Person,
    PresenceEvent,
    StatusDefinition,
    Team,
    Ticket,
    User,
)
from desk_app.local_store.sla_context import SlaContext
from desk_app.local_store.team_board_sla import sla_counts
from desk_app.local_store.visibility import Viewer, unindexed, visible_tickets

OFFLINE = "offline"
REASSIGN_LIMIT = 100  # an advisor's tickets offered for reassigning, due first
_ACTIVE_CALLS = sorted(state.value for state in ACTIVE_STATES)


@dataclass(frozen=True, slots=True)
class AdvisorStatus:
    user_id: int
    username: str
    full_name: str
    level: str
    presence: str  # domain.calls.Presence value
    presence_since: datetime | None
    call_id: int | None
    call_state: str | None  # domain.calls.CallState value
    call_number: str | None
    call_contact: str | None  # the matched person (and company), or the name the PBX sent
    call_answered_at: datetime | None
    call_hold_seconds: int
    call_held_since: datetime | None
    to_do: int
    doing: int
    at_risk: int
    breached: int
    oldest_ticket_id: int | None
    oldest_waiting_since: datetime | None

    def talk_time(self, now: datetime) -> timedelta | None:
        """Talk time of the current call at `now` (holds left out); None before it is
        answered and once it is hung up (wrap-up), when no talk is running."""
        if self.call_answered_at is None or self.call_state not in ("talking", "on_hold"):
            return None
        held = timedelta(seconds=self.call_hold_seconds)
        if self.call_held_since is not None:
            held += max(now - self.call_held_since, timedelta(0))
        return max(now - self.call_answered_at - held, timedelta(0))


@dataclass(frozen=True, slots=True)
class QueueLoad:
    level: str
    unassigned: int
    oldest_ticket_id: int | None
    oldest_since: datetime | None  # the oldest unassigned ticket's creation
    open_total: int  # open tickets of the level, assigned or not


@dataclass(frozen=True, slots=True)
class TeamBoard:
    team_id: int
    team_name: str
    advisors: tuple[AdvisorStatus, ...]
    queues: tuple[QueueLoad, ...]
    loaded_at: datetime


def board_team(session: Session, viewer: Viewer, team_id: int | None = None) -> Team:
    """The team `viewer` may watch: a leader's own; for an admin `team_id`, else the first.
    PermissionError (with a message for the user) for anyone else; LookupError when there is
    no such team."""
    if viewer.role is Role.LEADER:
        if viewer.team_id is None:
            raise PermissionError("you lead no team, so there is no team board to show")
        if team_id is not None and team_id != viewer.team_id:
            raise PermissionError("a service leader sees only the board of their own team")
        team_id = viewer.team_id
    elif viewer.role is not Role.ADMIN:
        raise PermissionError("the team board is for service leaders and admins")
    if team_id is None:
        team = session.scalars(select(Team).order_by(Team.id).limit(1)).first()
        if team is None:
            raise LookupError("this workspace has no teams")
        return team
    found = session.get(Team, team_id)
    if found is None:
        raise LookupError(f"no team with id {team_id}")
    return found


def team_advisors(session: Session, team_id: int) -> list[tuple[int, str, str, str]]:
    """(id, username, full name, level) of the team's active advisors, by name."""
    rows = session.execute(
        select(User.id, User.username, User.full_name, User.level)
        .where(User.team_id == team_id, User.role == Role.ADVISOR.value, User.is_active)
        .order_by(User.full_name, User.id)
    )
    return [(int(i), str(u), str(n), str(lv)) for i, u, n, lv in rows]


def team_board(session: Session, viewer: Viewer, now: datetime,
               team_id: int | None = None) -> TeamBoard:  # fmt: skip
    """The board of the team `viewer` may watch (see board_team) at `now` (aware)."""
    team = board_team(session, viewer, team_id)
    members = team_advisors(session, team.id)
    ids = [member[0] for member in members]
    presence = _presence(session, ids)
    calls = _current_calls(session, ids)
    tickets = _ticket_counts(session, ids, SlaContext.load(session), now)
    advisors = []
    for user_id, username, full_name, level in members:
        state, since = presence.get(user_id, (OFFLINE, None))
        call = calls.get(user_id, _NO_CALL)
        counts = tickets.get(user_id, _NO_TICKETS)
        advisors.append(AdvisorStatus(user_id, username, full_name, level, state, since,
                                      *call, *counts))  # fmt: skip
    return TeamBoard(team.id, team.name, tuple(advisors), _queue_loads(session, viewer), now)


# -- presence and calls ---------------------------------------------------------------------


def _presence(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, datetime | None]]:
    """Each user's latest presence event, the way current_presence picks it, in one query."""
    latest = (
        select(PresenceEvent.id)
        .where(PresenceEvent.user_id == User.id)
        .order_by(PresenceEvent.at.desc(), PresenceEvent.id.desc())
        .limit(1)
        .correlate(User)
        .scalar_subquery()
    )
    rows = session.execute(
        select(User.id, PresenceEvent.state, PresenceEvent.at)
        .join(PresenceEvent, PresenceEvent.id == latest)
        .where(User.id.in_(ids))
    )
    return {int(user_id): (str(state), at) for user_id, state, at in rows}


_CallFields = tuple[
    int | None, str | None, str | None, str | None, datetime | None, int, datetime | None
]
_NO_CALL: _CallFields = (None, None, None, None, None, 0, None)


def _contact(person: str | None, company: str | None, caller: str | None) -> str | None:
    if person:
        return f"{person} · {company}" if company else person
    return caller or company or None


def _current_calls(session: Session, ids: Sequence[int]) -> dict[int, _CallFields]:
    """Each advisor's newest call that is not done (uses the (state, advisor) index)."""
    person = aliased(Person)
    company = aliased(Company)
    rows = session.execute(
        select(Call.advisor_id, Call.id, Call.state, Call.number_e164, Call.number_raw,
               person.full_name, company.name, Call.caller_name, Call.answered_at,
               Call.hold_seconds, Call.held_since)
        .outerjoin(person, person.id == Call.person_id)
        .outerjoin(company, company.id == Call.company_id)
        .where(Call.state.in_(_ACTIVE_CALLS), Call.advisor_id.in_(ids))
        .order_by(Call.started_at.desc(), Call.id.desc())
    )  # fmt: skip
    calls: dict[int, _CallFields] = {}
    for advisor, call_id, state, e164, raw, name, firm, caller, answered, hold, held in rows:
        if advisor is not None and advisor not in calls:  # newest first: the current call
            number = raw or e164
            calls[advisor] = (int(call_id), str(state), number, _contact(name, firm, caller),
                                   answered, int(hold or 0), held)  # fmt: skip
    return calls


# -- tickets --------------------------------------------------------------------------------

_TicketFields = tuple[int, int, int, int, int | None, datetime | None]
_NO_TICKETS: _TicketFields = (0, 0, 0, 0, None, None)


def _ticket_counts(session: Session, ids: Sequence[int], context: SlaContext, now: datetime
                   ) -> dict[int, _TicketFields]:  # fmt: skip
    if not ids:
        return {}
    catalog = context.catalog
    todo = [s.key for s in catalog.in_stage(st.Stage.TODO)]
    doing = [s.key for s in catalog.in_stage(st.Stage.DOING)]
    paused = [s.key for s in catalog if s.pauses_sla and not s.is_done]
    waiting = case((Ticket.status.not_in(paused), Ticket.created_at))

    def count(clause: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((clause, 1), else_=0)), 0)

    # SQLite: with exactly one min() in the query, the bare Ticket.id comes from the row
    # holding that minimum, so the oldest waiting ticket comes with the counts.
    rows = session.execute(
        select(Ticket.responsible_id, count(Ticket.status.in_(todo)),
               count(Ticket.status.in_(doing)), func.min(waiting), Ticket.id)
        .where(Ticket.responsible_id.in_(ids), Ticket.status.in_(todo + doing),
               Ticket.merged_into_id.is_(None))
        .group_by(Ticket.responsible_id)
    )  # fmt: skip
    sla = sla_counts(session, ids, todo + doing, context, now)
    counts: dict[int, _TicketFields] = {}
    for user_id, to_do, in_doing, oldest, ticket_id in rows:
        since = _as_utc(oldest)
        risky, late = sla.get(int(user_id), (0, 0))
        counts[int(user_id)] = (int(to_do), int(in_doing), risky, late,
                                int(ticket_id) if since is not None else None, since)  # fmt: skip
    return counts


def _as_utc(value: object) -> datetime | None:
    """An aggregate's datetime: min() hands back the stored text, not the column type."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


# -- queues ---------------------------------------------------------------------------------


def _queue_loads(session: Session, viewer: Viewer) -> tuple[QueueLoad, ...]:
    finished = select(StatusDefinition.key).where(StatusDefinition.stage == st.Stage.DONE.value)
    # Most open tickets match: `unindexed` columns make SQLite count them in one pass over a
    # covering list index instead of reading every row through the level's index (~3× faster
    # on 100,000 tickets).
    level = unindexed(Ticket.level)
    totals: dict[str, int] = dict(
        session.execute(
            select(level, func.count(Ticket.id))
            .where(level.in_([lv.value for lv in Level]),
                   unindexed(Ticket.merged_into_id).is_(None),
                   unindexed(Ticket.status).not_in(finished), visible_tickets(viewer))
            .group_by(level)
        ).all()
    )  # fmt: skip
    loads = []
    for wait in queue_waits(session, viewer):
        total = int(totals.get(wait.level, 0))
        loads.append(QueueLoad(wait.level, wait.count, wait.oldest_ticket_id, wait.waiting_since,
                               total))  # fmt: skip
    return tuple(loads)


def open_tickets_of(session: Session, viewer: Viewer, advisor_id: int,
                    limit: int = REASSIGN_LIMIT) -> list[int]:  # fmt: skip
    """Ids of the open tickets `advisor_id` is responsible for that `viewer` may see, the ones
    falling due first first (at most `limit`): what a leader picks from to reassign."""
    finished = select(StatusDefinition.key).where(StatusDefinition.stage == st.Stage.DONE.value)
    due = func.coalesce(
        case((Ticket.first_response_at.is_(None), Ticket.response_due_at)),
        Ticket.resolution_due_at,
    )
    rows = session.scalars(
        select(Ticket.id)
        .where(Ticket.responsible_id == advisor_id, Ticket.merged_into_id.is_(None),
               Ticket.status.not_in(finished), visible_tickets(viewer))
        .order_by(due.is_(None), due, Ticket.id)
        .limit(max(limit, 0))
    )  # fmt: skip
    return [int(ticket_id) for ticket_id in rows]
