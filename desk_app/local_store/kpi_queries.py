"""What the KPIs count (SPEC §7), as a few GROUP BY queries over a period and a set of
advisors, split by advisor and by trend bucket.

- Calls: finished (state done) inbound calls an advisor handled, started in the period.
  Offered = all of them; answered = answered_at set; first-contact resolution counts the
  answered ones whose outcome is resolved_first_contact out of the answered ones.
  Outbound calls count in no KPI.
- Surveys: answers given to an advisor in the period, counted per value of each question;
  an unanswered question (NULL) is skipped for that KPI only.
- Process adherence: tickets closed in the period (resolved_at, in a status of the done
  stage, not merged into another) whose responsible is the advisor, judged by the domain's
  checklist from facts read in one statement (tags, minutes and statuses as subqueries).

Buckets are given as their UTC edges; a row's bucket is found by a CASE over the edges in SQL,
which holds in any time zone, daylight saving time included, where a GROUP BY on a shifted
date would not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    TextClause,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.domain.adherence import TicketFacts, assess_adherence
from desk_app.domain.calls import CallState, Outcome
from desk_app.local_store.models import (
    Call,
    StatusDefinition,
    SurveyAnswer,
    Tag,
    Ticket,
    TicketHistory,
    TimeEntry,
    ticket_tags,
)

INBOUND = "inbound"
SURVEY_KPIS = ("csat", "ces", "nps")
# Every character str.strip() removes (str.isspace(), checked by a test), for SQL trim().
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
              "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")  # fmt: skip


@dataclass
class KpiCounts:
    """The inputs of the six KPIs for one advisor (or a whole scope) over one span of time."""

    offered: int = 0
    answered: int = 0
    resolved_first_contact: int = 0
    csat: Counter[int] = field(default_factory=Counter)
    ces: Counter[int] = field(default_factory=Counter)
    nps: Counter[int] = field(default_factory=Counter)
    adhering: int = 0
    closed: int = 0

    def add(self, other: KpiCounts) -> None:
        self.offered += other.offered
        self.answered += other.answered
        self.resolved_first_contact += other.resolved_first_contact
        self.csat.update(other.csat)
        self.ces.update(other.ces)
        self.nps.update(other.nps)
        self.adhering += other.adhering
        self.closed += other.closed

    def answers(self, kpi: str) -> list[int]:
        """The answers to one survey question ("csat", "ces", "nps"), one per respondent."""
        counter: Counter[int] = getattr(self, kpi)
        return sorted(counter.elements())


# (advisor id, bucket index) → counts; the bucket is 0 when no edges were given.
CountsByKey = dict[tuple[int, int], KpiCounts]


def bucket_of(column: Any, edges: Sequence[datetime]) -> ColumnElement[int]:
    """The index of the bucket a time falls in, for buckets [edges[i], edges[i + 1]); rows
    are already limited to [edges[0], edges[-1]). A balanced tree of CASEs: five comparisons
    per row for a month of days, where one flat CASE made fifteen on average."""

    def subtree(low: int, high: int) -> ColumnElement[int]:
        if high - low == 1:
            return literal(low)
        middle = (low + high) // 2
        return case((column < edges[middle], subtree(low, middle)), else_=subtree(middle, high))

    return subtree(0, max(len(edges) - 1, 1))


def by_position(count: int) -> list[TextClause]:
    """GROUP BY 1, 2, …: the first `count` result columns by position. Written out again, the
    bucket's CASE and the subqueries would be evaluated twice per row, as SQLite does not see
    that two expressions with bound parameters of their own are the same one."""
    return [text(str(position)) for position in range(1, count + 1)]


def done_statuses(session: Session) -> list[str]:
    done = select(StatusDefinition.key).where(StatusDefinition.stage == st.Stage.DONE.value)
    keys = list(session.scalars(done))
    return keys or [st.CLOSED]


def kpi_counts(
    session: Session,
    advisor_ids: Iterable[int],
    edges: Sequence[datetime],
) -> CountsByKey:
    """Counts per (advisor, bucket) for the period [edges[0], edges[-1]); `edges` are aware
    and ascending, at least two of them."""
    ids = sorted(set(advisor_ids))
    if len(edges) < 2:
        raise ValueError("a period needs a start and an end")
    counts: CountsByKey = {}
    if not ids:
        return counts

    def at(advisor_id: int, bucket: int) -> KpiCounts:
        key = (advisor_id, bucket)
        found = counts.get(key)
        if found is None:
            found = counts[key] = KpiCounts()
        return found

    for advisor_id, bucket, offered, answered, resolved in _call_counts(session, ids, edges):
        slot = at(advisor_id, bucket)
        slot.offered, slot.answered = int(offered), int(answered)
        slot.resolved_first_contact = int(resolved or 0)
    for advisor_id, bucket, csat, ces, nps, number in _survey_counts(session, ids, edges):
        slot = at(advisor_id, bucket)
        # A question left unanswered (NULL) counts for none of its KPI.
        for counter, answer in ((slot.csat, csat), (slot.ces, ces), (slot.nps, nps)):
            if answer is not None:
                counter[int(answer)] += int(number)
    judged: dict[TicketFacts, bool] = {}
    for advisor_id, bucket, *flags, number in _ticket_facts(session, ids, edges):
        facts = _facts_from_flags(advisor_id, *(bool(flag) for flag in flags))
        adheres = judged.get(facts)
        if adheres is None:
            adheres = judged[facts] = assess_adherence(facts).adheres
        slot = at(advisor_id, bucket)
        slot.closed += int(number)
        slot.adhering += int(number) if adheres else 0
    return counts


def inbound_calls(ids: Sequence[int], start: datetime, end: datetime) -> ColumnElement[bool]:
    """The calls behind service level and FCR: finished inbound calls of the advisors that
    started in [start, end)."""
    return and_(
        Call.advisor_id.in_(ids),
        Call.started_at >= start,
        Call.started_at < end,
        Call.state == CallState.DONE.value,
        Call.direction == INBOUND,
    )


def _call_counts(session: Session, ids: Sequence[int], edges: Sequence[datetime]) -> Any:
    bucket = bucket_of(Call.started_at, edges)
    answered = Call.answered_at.is_not(None)
    resolved = and_(answered, Call.outcome == Outcome.RESOLVED_FIRST_CONTACT.value)
    query = (
        select(
            Call.advisor_id,
            bucket,
            func.count(),
            func.count(Call.answered_at),
            func.sum(case((resolved, 1), else_=0)),
        )
        .where(inbound_calls(ids, edges[0], edges[-1]))
        .group_by(*by_position(2))
    )
    return session.execute(query).all()


def answers_in(ids: Sequence[int], start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(
        SurveyAnswer.advisor_id.in_(ids),
        SurveyAnswer.answered_at >= start,
        SurveyAnswer.answered_at < end,
    )


def _survey_counts(session: Session, ids: Sequence[int], edges: Sequence[datetime]) -> Any:
    """(advisor, bucket, csat, ces, nps, how many) in one pass over the answers."""
    bucket = bucket_of(SurveyAnswer.answered_at, edges)
    query = (
        select(
            SurveyAnswer.advisor_id,
            bucket,
            SurveyAnswer.csat,
            SurveyAnswer.ces,
            SurveyAnswer.nps,
            func.count(),
        )
        .where(answers_in(ids, edges[0], edges[-1]))
        .group_by(*by_position(5))
    )
    return session.execute(query).all()


def filled(column: Any) -> ColumnElement[bool]:
    """The domain's "filled" (text with something besides whitespace, adherence._filled) in
    SQL: trim(x, WHITESPACE) is Python's str.strip() when WHITESPACE is exactly the
    characters str.isspace() accepts."""
    return func.trim(func.coalesce(column, ""), literal(WHITESPACE)) != ""


def closed_in(ids: Sequence[int], start: datetime, end: datetime, done: Sequence[str]) -> Any:
    """The tickets adherence assesses: closed in [start, end) (resolved_at, in a done status),
    not merged into another, their responsible one of the advisors."""
    return and_(
        Ticket.responsible_id.in_(ids),
        Ticket.resolved_at >= start,
        Ticket.resolved_at < end,
        Ticket.status.in_(done),
        Ticket.merged_into_id.is_(None),
    )


def _ticket_facts(session: Session, ids: Sequence[int], edges: Sequence[datetime]) -> Any:
    """Closed tickets counted per (advisor, bucket) and per combination of the checklist's
    facts, each reduced to whether it is there: a handful of rows instead of one per ticket.
    Each row's facts are judged by the domain (`_facts_from_flags`)."""
    tagged = (
        select(ticket_tags.c.ticket_id)
        .join(Tag, Tag.id == ticket_tags.c.tag_id)
        .where(ticket_tags.c.ticket_id == Ticket.id, filled(Tag.name))
        .exists()
    )
    # time_entries.minutes is checked > 0 (models), so any entry means time was logged.
    logged = select(TimeEntry.id).where(TimeEntry.ticket_id == Ticket.id).exists()
    progress = [st.IN_PROGRESS]  # adherence.checklist's progress_statuses
    visited = (
        select(TicketHistory.id)
        .where(
            TicketHistory.ticket_id == Ticket.id,
            TicketHistory.field == "status",
            TicketHistory.new_value.in_(progress),
        )
        .exists()
    )
    flags = (
        filled(Ticket.subject), Ticket.requester_id.is_not(None), filled(Ticket.ticket_type),
        filled(Ticket.priority), tagged, filled(Ticket.body), logged,
        or_(visited, Ticket.status.in_(progress)), Ticket.closed_by_id == Ticket.responsible_id,
    )  # fmt: skip
    bucket = bucket_of(Ticket.resolved_at, edges)
    query = (
        select(Ticket.responsible_id, bucket, *flags, func.count())
        .where(closed_in(ids, edges[0], edges[-1], done_statuses(session)))
        .group_by(*by_position(2 + len(flags)))
    )
    return session.execute(query).all()


def _facts_from_flags(
    responsible_id: int, subject: bool, requester: bool, ticket_type: bool, priority: bool,
    tags: bool, body: bool, logged: bool, in_progress: bool, by_responsible: bool,
) -> TicketFacts:  # fmt: skip
    """A closed ticket with the facts that are there as placeholders and the others missing:
    what the checklist reads of a ticket, so the domain decides whether it adheres."""
    present = "x"
    return TicketFacts(
        subject=present if subject else "", requester_id=0 if requester else None,
        responsible_id=responsible_id, ticket_type=present if ticket_type else None,
        priority=present if priority else None, tags=(present,) if tags else (),
        body=present if body else "", minutes_logged=1 if logged else 0,
        statuses_visited=(st.IN_PROGRESS,) if in_progress else (),
        closed_by_id=responsible_id if by_responsible else None, is_closed=True, merged=False,
    )  # fmt: skip
