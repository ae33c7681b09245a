"""The rows behind one KPI number (SPEC §7 drill-down): the calls, survey answers or closed
tickets that make its numerator and denominator, newest first.

Each row says whether it counts (is in the numerator) and, when it does not, why, in short
English phrases from a fixed vocabulary (DETAIL_TEXTS, GAP_TEXTS) that the interface can
look up among its translations. The rows are selected by the same conditions as the counts
in kpi_queries.py, so a drill always lists exactly what its number counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.orm import Session, aliased

from desk_app.domain.adherence import Gap, TicketFacts, assess_adherence
from desk_app.domain.calls import Outcome
from desk_app.domain.kpi import CES_EASY, CSAT_SATISFIED, NPS_DETRACTOR, NPS_PROMOTER, Kpi
from desk_app.domain.kpi_report import DrillRow
from desk_app.local_store.kpi_queries import answers_in, done_statuses, inbound_calls
from desk_app.local_store.models import (
    Call,
    Person,
    SurveyAnswer,
    Tag,
    Ticket,
    TicketHistory,
    TimeEntry,
    User,
    call_tickets,
    ticket_tags,
)

GAP_TEXTS: dict[Gap, str] = {
    Gap.SUBJECT: "no subject",
    Gap.REQUESTER: "no requester",
    Gap.RESPONSIBLE: "no responsible",
    Gap.TYPE: "no type",
    Gap.PRIORITY: "no priority",
    Gap.TAGS: "no tags",
    Gap.BODY: "no description",
    Gap.TIME_LOGGED: "no time logged",
    Gap.IN_PROGRESS: "never in progress",
    Gap.CLOSED_BY_RESPONSIBLE: "not closed by the responsible",
}
# The other details a row can carry; outcomes of answered calls appear as their value.
DETAIL_TEXTS = ("missed", "no outcome", "promoter", "passive", "detractor", "not satisfied",
                "not easy")  # fmt: skip
SEPARATOR = ", "  # between the gaps of one ticket
_SEPARATOR = "\x1f"  # the unit separator: never typed into a tag or status name
_SURVEY_LABELS = {Kpi.CSAT: "CSAT", Kpi.CES: "CES", Kpi.NPS: "NPS"}


@dataclass(frozen=True, slots=True)
class ClosedTicket:
    """A ticket in the adherence KPI: closed in the period, its responsible one of the
    advisors, with the facts the domain checklist judges."""

    id: int
    subject: str
    responsible_id: int
    closed_at: datetime  # aware UTC
    facts: TicketFacts


def _first_ticket() -> ScalarSelect[Any]:
    return (
        select(func.min(call_tickets.c.ticket_id))
        .where(call_tickets.c.call_id == Call.id)
        .correlate(Call)
        .scalar_subquery()
    )


def call_rows(
    session: Session, kpi: Kpi, advisor_ids: Sequence[int], start: datetime, end: datetime
) -> list[DrillRow]:
    """Service level: every inbound call offered, counting the answered ones. First-contact
    resolution: the answered ones, counting those resolved at the first contact."""
    if kpi not in (Kpi.SERVICE_LEVEL, Kpi.FIRST_CONTACT_RESOLUTION):
        raise ValueError(f"{kpi} is not counted from calls")
    person = aliased(Person)
    advisor = aliased(User)
    query = (
        select(
            Call.id,
            Call.started_at,
            advisor.full_name,
            Call.number_raw,
            person.full_name,
            Call.caller_name,
            Call.answered_at,
            Call.outcome,
            Call.end_cause,
            _first_ticket(),
        )
        .outerjoin(person, person.id == Call.person_id)
        .outerjoin(advisor, advisor.id == Call.advisor_id)
        .where(inbound_calls(advisor_ids, start, end))
        .order_by(Call.started_at.desc(), Call.id.desc())
    )
    if kpi is Kpi.FIRST_CONTACT_RESOLUTION:
        query = query.where(Call.answered_at.is_not(None))
    rows: list[DrillRow] = []
    for (call_id, started, advisor_name, number, person_name, caller_name, answered_at,
         outcome, cause, ticket_id) in session.execute(query):  # fmt: skip
        contact = person_name or caller_name
        title = f"{number} · {contact}" if contact else number
        if kpi is Kpi.SERVICE_LEVEL:
            counts = answered_at is not None
            detail = "" if counts else ("missed" if not cause else f"missed ({cause})")
        else:
            counts = outcome == Outcome.RESOLVED_FIRST_CONTACT.value
            detail = "" if counts else (outcome or "no outcome")
        rows.append(DrillRow(call_id, started, advisor_name or "", title, counts, detail,
                             ticket_id))  # fmt: skip
    return rows


def _judge(kpi: Kpi, value: int) -> tuple[bool, str]:
    if kpi is Kpi.CSAT:
        ok = CSAT_SATISFIED[0] <= value <= CSAT_SATISFIED[1]
        return ok, "" if ok else "not satisfied"
    if kpi is Kpi.CES:
        ok = CES_EASY[0] <= value <= CES_EASY[1]
        return ok, "" if ok else "not easy"
    if NPS_PROMOTER[0] <= value <= NPS_PROMOTER[1]:
        return True, "promoter"
    return False, "detractor" if NPS_DETRACTOR[0] <= value <= NPS_DETRACTOR[1] else "passive"


def survey_rows(
    session: Session, kpi: Kpi, advisor_ids: Sequence[int], start: datetime, end: datetime
) -> list[tuple[int, DrillRow]]:
    """(answer, row) for the answers to the KPI's question; a survey that skipped it is not
    listed. The row's id is the answer's call (the answer's own id when it has no call). For
    NPS, `counts` marks the promoters and `detail` says promoter / passive / detractor."""
    if kpi not in _SURVEY_LABELS:
        raise ValueError(f"{kpi} is not counted from surveys")
    column = getattr(SurveyAnswer, kpi.value)
    advisor = aliased(User)
    linked = (
        select(func.min(call_tickets.c.ticket_id))
        .where(call_tickets.c.call_id == SurveyAnswer.call_id)
        .correlate(SurveyAnswer)
        .scalar_subquery()
    )
    query = (
        select(
            SurveyAnswer.id,
            SurveyAnswer.call_id,
            SurveyAnswer.answered_at,
            advisor.full_name,
            column,
            func.coalesce(SurveyAnswer.ticket_id, linked),
        )
        .outerjoin(advisor, advisor.id == SurveyAnswer.advisor_id)
        .where(answers_in(advisor_ids, start, end), column.is_not(None))
        .order_by(SurveyAnswer.answered_at.desc(), SurveyAnswer.id.desc())
    )
    rows: list[tuple[int, DrillRow]] = []
    for answer_id, call_id, at, advisor_name, value, ticket_id in session.execute(query):
        counts, detail = _judge(kpi, int(value))
        title = f"{_SURVEY_LABELS[kpi]} {value}"
        row = DrillRow(call_id if call_id is not None else answer_id, at, advisor_name or "",
                       title, counts, detail, ticket_id)  # fmt: skip
        rows.append((int(value), row))
    return rows


def ticket_rows(
    session: Session, advisor_ids: Sequence[int], start: datetime, end: datetime
) -> list[DrillRow]:
    """Process adherence: the tickets closed in [start, end) by the advisors' responsibility,
    counting those that adhere; `detail` lists what the others missed."""
    found = session.execute(select(User.id, User.full_name).where(User.id.in_(advisor_ids)))
    names: dict[int, str] = {user_id: name for user_id, name in found}
    rows: list[DrillRow] = []
    for ticket in closed_tickets(session, advisor_ids, start, end):
        result = assess_adherence(ticket.facts)
        detail = SEPARATOR.join(GAP_TEXTS[gap] for gap in result.gaps)
        rows.append(DrillRow(ticket.id, ticket.closed_at, names.get(ticket.responsible_id, ""),
                             f"#{ticket.id} {ticket.subject}", result.adheres, detail,
                             ticket.id))  # fmt: skip
    return rows


def closed_tickets(
    session: Session, advisor_ids: Iterable[int], start: datetime, end: datetime
) -> list[ClosedTicket]:
    """Tickets closed in [start, end) whose responsible is one of the advisors, newest first,
    with their adherence facts. Merged tickets are left out: adherence does not assess them."""
    ids = sorted(set(advisor_ids))
    if not ids:
        return []
    tags = (
        select(func.group_concat(Tag.name, _SEPARATOR))
        .join(ticket_tags, ticket_tags.c.tag_id == Tag.id)
        .where(ticket_tags.c.ticket_id == Ticket.id)
        .scalar_subquery()
    )
    minutes = (
        select(func.coalesce(func.sum(TimeEntry.minutes), 0))
        .where(TimeEntry.ticket_id == Ticket.id)
        .scalar_subquery()
    )
    visited = (
        select(func.group_concat(TicketHistory.new_value, _SEPARATOR))
        .where(TicketHistory.ticket_id == Ticket.id, TicketHistory.field == "status")
        .scalar_subquery()
    )
    query = (
        select(
            Ticket.id,
            Ticket.subject,
            Ticket.requester_id,
            Ticket.responsible_id,
            Ticket.ticket_type,
            Ticket.priority,
            tags,
            Ticket.body,
            minutes,
            visited,
            Ticket.status,
            Ticket.closed_by_id,
            Ticket.resolved_at,
        )
        .where(
            Ticket.responsible_id.in_(ids),
            Ticket.resolved_at >= start,
            Ticket.resolved_at < end,
            Ticket.status.in_(done_statuses(session)),
            Ticket.merged_into_id.is_(None),
        )
        .order_by(Ticket.resolved_at.desc(), Ticket.id.desc())
    )
    found: list[ClosedTicket] = []
    for row in session.execute(query):
        (ticket_id, subject, requester, responsible, kind, priority, tag_text, body, spent,
         history, status, closer, closed_at) = row  # fmt: skip
        statuses = (*(history.split(_SEPARATOR) if history else ()), status)
        facts = TicketFacts(
            subject=subject, requester_id=requester, responsible_id=responsible,
            ticket_type=kind, priority=priority,
            tags=tuple(tag_text.split(_SEPARATOR)) if tag_text else (), body=body or "",
            minutes_logged=int(spent or 0), statuses_visited=tuple(dict.fromkeys(statuses)),
            closed_by_id=closer, is_closed=True, merged=False,
        )  # fmt: skip
        found.append(ClosedTicket(ticket_id, subject, responsible, closed_at, facts))
    return found
