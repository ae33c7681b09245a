"""The KPI counts (kpi_queries.py) and the rows behind them (kpi_drill.py) on a real store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.adherence import Gap, assess_adherence
from desk_app.domain.kpi import Kpi
from desk_app.local_store.kpi_drill import call_rows, closed_tickets, survey_rows, ticket_rows
from desk_app.local_store.kpi_queries import WHITESPACE, kpi_counts
from desk_app.local_store.models import Call, SurveyAnswer, Tag, Ticket, TicketHistory, TimeEntry

START = datetime(2026, 10, 1, 6, tzinfo=UTC)
EDGES = [START + timedelta(days=n) for n in range(4)]  # three days, as three buckets


def test_whitespace_is_what_str_strip_removes() -> None:
    assert set(WHITESPACE) == {chr(c) for c in range(0x110000) if chr(c).isspace()}


def test_calls_and_answers_by_advisor_and_bucket(store, people) -> None:
    ana, beto = people["ana"], people["beto"]
    with store.transaction() as s:
        for advisor, day, answered, outcome, direction, state in [
            (ana, 0, True, "resolved_first_contact", "inbound", "done"),
            (ana, 0, True, "ticket_created", "inbound", "done"),
            (ana, 0, False, "missed", "inbound", "done"),
            (ana, 2, True, "resolved_first_contact", "inbound", "done"),
            (ana, 2, True, "resolved_first_contact", "outbound", "done"),  # no KPI
            (ana, 2, True, None, "inbound", "wrap_up"),  # not finished
            (ana, 3, True, "resolved_first_contact", "inbound", "done"),  # after the end
            (beto, 1, False, "missed", "inbound", "done"),
        ]:
            at = START + timedelta(days=day, hours=2)
            s.add(Call(direction=direction, number_raw="1", advisor_id=advisor,
                       started_at=at, answered_at=at if answered else None,
                       outcome=outcome, state=state))  # fmt: skip
        for advisor, day, csat, ces, nps in [
            (ana, 0, 5, None, 9), (ana, 0, 5, 7, None), (ana, 1, None, None, 3),
            (beto, 2, 1, 1, 0), (ana, -1, 5, 5, 5),  # the day before: not counted
        ]:  # fmt: skip
            s.add(SurveyAnswer(advisor_id=advisor, csat=csat, ces=ces, nps=nps,
                               answered_at=START + timedelta(days=day, hours=3)))  # fmt: skip
    with store.session() as s:
        counts = kpi_counts(s, [ana, beto], EDGES)
        whole = kpi_counts(s, [ana], EDGES[::3])
    first = counts[(ana, 0)]
    assert (first.offered, first.answered, first.resolved_first_contact) == (3, 2, 1)
    assert (first.csat, first.ces, first.nps) == ({5: 2}, {7: 1}, {9: 1})
    assert counts[(ana, 1)].nps == {3: 1} and counts[(ana, 1)].csat == {}
    assert (counts[(ana, 2)].offered, counts[(ana, 2)].resolved_first_contact) == (1, 1)
    assert (counts[(beto, 1)].offered, counts[(beto, 1)].answered) == (1, 0)
    assert counts[(beto, 2)].answers("nps") == [0]
    assert set(counts) == {(ana, 0), (ana, 1), (ana, 2), (beto, 1), (beto, 2)}
    assert set(whole) == {(ana, 0)}
    assert (whole[(ana, 0)].offered, whole[(ana, 0)].answered) == (4, 3)
    with store.session() as s:
        offered = call_rows(s, Kpi.SERVICE_LEVEL, [ana], EDGES[0], EDGES[-1])
        fcr = call_rows(s, Kpi.FIRST_CONTACT_RESOLUTION, [ana], EDGES[0], EDGES[-1])
        nps = survey_rows(s, Kpi.NPS, [ana], EDGES[0], EDGES[-1])
        assert kpi_counts(s, [], EDGES) == {}
        with pytest.raises(ValueError):
            call_rows(s, Kpi.CSAT, [ana], EDGES[0], EDGES[-1])
    # Newest first; the three calls of day 0 started together, so the last logged first.
    assert [(r.counts, r.detail) for r in offered] == [(True, ""), (False, "missed"),
                                                        (True, ""), (True, "")]  # fmt: skip
    assert [(r.counts, r.detail) for r in fcr] == [(True, ""), (False, "ticket_created"),
                                                    (True, "")]  # fmt: skip
    assert [(answer, row.detail) for answer, row in nps] == [(3, "detractor"), (9, "promoter")]


def _ticket(s, people, subject: str, **fields) -> Ticket:
    closed = fields.pop("resolved_at", START + timedelta(hours=5))
    values = {"body": "Detalle", "requester_id": people["jose"], "responsible_id": people["ana"],
              "ticket_type": "incident", "priority": "normal", "channel": "phone",
              "status": "closed", "closed_by_id": people["ana"], "resolved_at": closed,
              "created_at": closed - timedelta(hours=2), **fields}  # fmt: skip
    ticket = Ticket(subject=subject, **values)
    s.add(ticket)
    s.flush()
    return ticket


def test_adherence_counts_agree_with_the_domain_ticket_by_ticket(store, people) -> None:
    """Each ticket misses one fact (or none); the counts' reduced facts must judge every one as
    the domain judges the full facts, blank text with exotic spaces included."""
    ana = people["ana"]
    with store.transaction() as s:
        good_tag, blank_tag = Tag(name="nómina"), Tag(name=" \u00a0\u3000")
        s.add_all([good_tag, blank_tag])
        cases = {
            "ok": {}, "\u00a0\u2003": {}, "no requester": {"requester_id": None},
            "blank body": {"body": "\t\n\u2028"}, "blank type": {"ticket_type": " "},
            "closed by another": {"closed_by_id": people["lucia"]},
            "no time": {}, "blank tag": {}, "never in progress": {},
        }  # fmt: skip
        tickets = {subject: _ticket(s, people, subject, **fields)
                   for subject, fields in cases.items()}  # fmt: skip
        merged = _ticket(s, people, "merged", merged_into_id=tickets["ok"].id)
        reopened = _ticket(s, people, "reopened", status="in_progress")
        _ticket(s, people, "other's", responsible_id=people["beto"])
        for subject, ticket in tickets.items():
            ticket.tags = [blank_tag if subject == "blank tag" else good_tag]
            if subject != "no time":
                s.add(TimeEntry(ticket_id=ticket.id, kind="L1", minutes=15))
            visited = ["open", "closed"] if subject == "never in progress" else [
                "open", "in_progress", "closed"]  # fmt: skip
            for status in visited:
                s.add(TicketHistory(ticket_id=ticket.id, field="status", new_value=status,
                                    at=ticket.created_at))  # fmt: skip
        ids = {subject: ticket.id for subject, ticket in tickets.items()}
        skipped = {merged.id, reopened.id}
    with store.session() as s:
        counts = kpi_counts(s, [ana], EDGES)
        closed = closed_tickets(s, [ana], EDGES[0], EDGES[-1])
        rows = ticket_rows(s, [ana], EDGES[0], EDGES[-1])
    assert {t.id for t in closed} == set(ids.values())
    assert not skipped & {t.id for t in closed}
    judged = {t.id: assess_adherence(t.facts) for t in closed}
    assert judged[ids["ok"]].adheres
    assert judged[ids["\u00a0\u2003"]].gaps == (Gap.SUBJECT,)
    assert judged[ids["blank tag"]].gaps == (Gap.TAGS,)
    assert judged[ids["never in progress"]].gaps == (Gap.IN_PROGRESS,)
    assert sum(1 for r in judged.values() if r.adheres) == 1
    assert (counts[(ana, 0)].closed, counts[(ana, 0)].adhering) == (len(cases), 1)
    details = {row.id: row.detail for row in rows}
    assert details[ids["ok"]] == "" and details[ids["no time"]] == "no time logged"
    assert details[ids["closed by another"]] == "not closed by the responsible"
    assert details[ids["blank body"]] == "no description"
