"""How many of each advisor's open tickets are at risk of an SLA breach, or breached, for the
team board (SPEC §3), counted the way the SLA clock (domain.sla) decides them.

The list's badges run the clock over each ticket's history, which costs too much for a whole
team's tickets every few seconds. Here almost every ticket is answered in SQL from the due
times the clock keeps in the ticket's columns (due_times.py): for a running clock, "75 % of
the target used" is "due within the last quarter of the target from now", one instant per
target length, and "breached" is "due before the last moment of business time up to now".
Only tickets with an end-of-business-day target running out within a day are read and put
through the clock itself: that target is as long as what was left of the day the ticket came
in, so it differs per ticket.

States, as in the list: breached when a clock ran out (the first response still missing past
its due time, or given after it; the resolution past due); else at risk when a running clock
has used 75 % or more (domain.sla.AT_RISK_FRACTION) of its target. A ticket counts once.
Decided here, where the list's badges differ:
* A paused ticket (waiting on the customer) is never at risk on the board: its clock stands
  still and nobody in the team can act on it before the customer does. It counts as breached
  when a clock had run out before it paused (its due time is before its latest status change:
  a paused ticket's stored due time assumed the clock resumed when it was written).
* A first response is late when it came after its due time, in wall time; the clock counts only
  business time, so an answer given at night after a due time at closing is on time there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, false, func, literal, or_, select
from sqlalchemy.orm import QueryableAttribute, Session

from desk_app.domain.calendar import BusinessCalendar
from desk_app.domain.sla import AT_RISK_FRACTION, SlaState
from desk_app.domain.ticket_fields import Criticality, Priority
from desk_app.domain.working_hours import utc_spans
from desk_app.local_store.base import UtcDateTime
from desk_app.local_store.models import Ticket, TicketHistory
from desk_app.local_store.sla_context import SlaContext
from desk_app.local_store.ticket_list_queries import status_histories

# An end-of-business-day target never allows more than a day of business time.
LONGEST_DAY = timedelta(hours=24)
_CRITICALITIES: tuple[Criticality | None, ...] = (None, *Criticality)
_LOOK_BACK_DAYS = 31  # a calendar closed longer than this: the last opening is ignored

Counts = dict[int, tuple[int, int]]  # advisor id → (at risk, breached)
_OK, _AT_RISK, _BREACHED, _BY_CLOCK = 0, 1, 2, 3  # a ticket's state in the counting query
_DueColumn = QueryableAttribute[datetime | None]


def _at(moment: datetime | ColumnElement[datetime]) -> ColumnElement[datetime]:
    if isinstance(moment, datetime):
        return literal(moment, UtcDateTime())
    return moment


def _due_before(column: _DueColumn, moment: datetime | ColumnElement[datetime]
                ) -> ColumnElement[bool]:  # fmt: skip
    """The due time in `column` is set and before `moment` (false, never NULL, otherwise)."""
    return and_(column.is_not(None), column < _at(moment))


def _due_within(column: _DueColumn, start: datetime, end: datetime) -> ColumnElement[bool]:
    """The due time in `column` is set, at or after `start` and not after `end`."""
    return and_(column.is_not(None), column >= _at(start), column <= _at(end))


def last_business_moment(calendar: BusinessCalendar, now: datetime) -> datetime:
    """`now` in business time, else the close of the last business span before it: a clock
    whose due time is before this has used business time beyond its target."""
    if calendar.is_business_time(now):
        return now
    day = now.astimezone(calendar.zone).date()
    for _ in range(_LOOK_BACK_DAYS):
        ends = [end for _start, end in utc_spans(day, calendar.hours_on(day), calendar.zone)
                if end <= now]  # fmt: skip
        if ends:
            return max(ends)
        day -= timedelta(days=1)
    return now


class _Rules:
    """The SQL conditions for one evaluation at `now`, from the policy and the calendar."""

    def __init__(self, context: SlaContext, advisor_id: int, now: datetime) -> None:
        self.now = now
        self._calendar = context.calendar_for(advisor_id)  # one team: one calendar
        self._horizons: dict[timedelta, datetime] = {}
        self.last = last_business_moment(self._calendar, now)
        self._risk: list[ColumnElement[bool]] = []
        self._end_of_day: list[ColumnElement[bool]] = []
        pending = Ticket.first_response_at.is_(None)
        for priority in Priority:
            for criticality in _CRITICALITIES:
                target = context.policy.target_for(priority, criticality)
                crit = (Ticket.criticality.is_(None) if criticality is None
                        else Ticket.criticality == criticality.value)  # fmt: skip
                pair = and_(Ticket.priority == priority.value, crit)
                self._clock(and_(pair, pending), Ticket.response_due_at, target.first_response,
                            target.until_end_of_business_day)  # fmt: skip
                self._clock(pair, Ticket.resolution_due_at, target.resolution,
                            target.resolution_until_end_of_business_day)  # fmt: skip
        self.at_risk = or_(false(), *self._risk)
        self.end_of_day = or_(false(), *self._end_of_day)

    def _clock(self, where: ColumnElement[bool], due: _DueColumn, allowed: timedelta | None,
               end_of_day: bool) -> None:  # fmt: skip
        if end_of_day:
            day = self.horizon(LONGEST_DAY)
            self._end_of_day.append(and_(where, _due_within(due, self.last, day)))
        elif allowed is not None:
            self._risk.append(and_(where, _due_within(due, self.last, self.horizon(allowed))))

    def horizon(self, allowed: timedelta) -> datetime:
        """The instant from which a clock of target `allowed` has less than a quarter left."""
        if allowed not in self._horizons:
            rest = allowed * (1 - AT_RISK_FRACTION)
            self._horizons[allowed] = self._calendar.add_business_time(self.now, rest)
        return self._horizons[allowed]

    def breached(self, moment: datetime | ColumnElement[datetime]) -> ColumnElement[bool]:
        """A clock had run out at `moment` (or its first response came late)."""
        pending = Ticket.first_response_at.is_(None)
        late = and_(Ticket.response_due_at.is_not(None), Ticket.first_response_at.is_not(None),
                    Ticket.first_response_at > Ticket.response_due_at)  # fmt: skip
        return or_(and_(pending, _due_before(Ticket.response_due_at, moment)), late,
                   _due_before(Ticket.resolution_due_at, moment))  # fmt: skip


def sla_counts(session: Session, advisor_ids: Sequence[int], open_statuses: Sequence[str],
               context: SlaContext, now: datetime) -> Counts:  # fmt: skip
    """(at risk, breached) per advisor, over the open tickets they are responsible for."""
    if not advisor_ids:
        return {}
    rules = _Rules(context, advisor_ids[0], now)
    pausing = [s.key for s in context.catalog if s.pauses_sla and not s.is_done]
    paused = Ticket.status.in_(pausing)
    paused_at = (
        select(func.max(TicketHistory.at))
        .where(TicketHistory.ticket_id == Ticket.id, TicketHistory.field == "status")
        .correlate(Ticket)
        .scalar_subquery()
    )
    # One state per ticket, each condition written once: SQLite evaluates the CASE a single
    # time per row, where a sum per state would repeat the conditions.
    state = case(
        (paused, case((rules.breached(func.coalesce(paused_at, Ticket.created_at)), _BREACHED),
                      else_=_OK)),
        (rules.breached(rules.last), _BREACHED),
        (rules.end_of_day, _BY_CLOCK),
        (rules.at_risk, _AT_RISK),
        else_=_OK,
    )  # fmt: skip
    scope = (Ticket.responsible_id.in_(advisor_ids), Ticket.status.in_(list(open_statuses)),
             Ticket.merged_into_id.is_(None))  # fmt: skip
    counts: Counts = {}
    rows = session.execute(
        select(Ticket.responsible_id, state, func.count(Ticket.id))
        .where(*scope)
        .group_by(Ticket.responsible_id, state)
    )
    for advisor, found, how_many in rows:
        if advisor is None:
            continue
        risky, late = counts.get(advisor, (0, 0))
        if found == _AT_RISK:
            risky += how_many
        elif found == _BREACHED:
            late += how_many
        counts[advisor] = (risky, late)
    by_clock = and_(~paused, ~rules.breached(rules.last), rules.end_of_day)
    for advisor in _at_risk_by_clock(session, context, scope, by_clock, now):
        risky, late = counts.get(advisor, (0, 0))
        counts[advisor] = (risky + 1, late)
    return counts


def _at_risk_by_clock(session: Session, context: SlaContext,
                      scope: tuple[ColumnElement[bool], ...], which: ColumnElement[bool],
                      now: datetime) -> list[int]:  # fmt: skip
    """The responsible of each ticket matching `which` that the SLA clock says is at risk."""
    rows = session.execute(
        select(Ticket.id, Ticket.responsible_id, Ticket.priority, Ticket.criticality,
               Ticket.status, Ticket.created_at, Ticket.first_response_at, Ticket.resolved_at)
        .where(*scope, which)
    ).all()  # fmt: skip
    if not rows:
        return []
    histories = status_histories(session, [row[0] for row in rows])
    found = []
    for tid, advisor, priority, criticality, status, created, first, resolved in rows:
        snapshot = context.snapshot(
            ticket_id=tid, priority=priority, criticality=criticality, status=status,
            responsible_id=advisor, created_at=created, changes=histories[tid],
            first_response_at=first, resolved_at=resolved, now=now,
        )  # fmt: skip
        if snapshot is None or advisor is None:
            continue
        if SlaState.AT_RISK in (snapshot.first_response.state, snapshot.resolution.state):
            found.append(advisor)
    return found
