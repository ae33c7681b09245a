"""Process adherence (SPEC §7): each checklist item can fail on its own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk_app.domain.adherence import Gap, TicketFacts, assess_adherence, checklist, is_assessed
from desk_app.domain.statuses import CLOSED, IN_PROGRESS, OPEN, WAITING_CUSTOMER
from desk_app.domain.ticket_fields import Priority, TicketType

GOOD = TicketFacts(
    subject="No timbra la factura",
    requester_id=11,
    responsible_id=7,
    ticket_type=TicketType.PROBLEM,
    priority=Priority.URGENT,
    tags=("facturación",),
    body="El cliente no puede timbrar desde ayer.",
    minutes_logged=35,
    statuses_visited=(OPEN, IN_PROGRESS, CLOSED),
    closed_by_id=7,
    is_closed=True,
)


def test_complete_closed_ticket_adheres():
    result = assess_adherence(GOOD)
    assert result.adheres
    assert result.gaps == ()
    assert checklist(GOOD) == [(gap, True) for gap in Gap]


@pytest.mark.parametrize(
    ("change", "gap"),
    [
        ({"subject": ""}, Gap.SUBJECT),
        ({"subject": "   "}, Gap.SUBJECT),
        ({"requester_id": None}, Gap.REQUESTER),
        ({"ticket_type": None}, Gap.TYPE),
        ({"ticket_type": ""}, Gap.TYPE),
        ({"priority": None}, Gap.PRIORITY),
        ({"tags": ()}, Gap.TAGS),
        ({"tags": ("", " ")}, Gap.TAGS),
        ({"body": "\n"}, Gap.BODY),
        ({"minutes_logged": 0}, Gap.TIME_LOGGED),
        ({"minutes_logged": -5}, Gap.TIME_LOGGED),
        ({"statuses_visited": (OPEN, WAITING_CUSTOMER, CLOSED)}, Gap.IN_PROGRESS),
        ({"closed_by_id": 8}, Gap.CLOSED_BY_RESPONSIBLE),
        ({"closed_by_id": None}, Gap.CLOSED_BY_RESPONSIBLE),
    ],
)
def test_each_gap_on_its_own(change, gap):
    result = assess_adherence(replace(GOOD, **change))
    assert not result.adheres
    assert result.gaps == (gap,)


def test_missing_responsible_also_means_not_closed_by_the_responsible():
    result = assess_adherence(replace(GOOD, responsible_id=None, closed_by_id=None))
    assert result.gaps == (Gap.RESPONSIBLE, Gap.CLOSED_BY_RESPONSIBLE)


def test_several_gaps_come_in_checklist_order():
    facts = replace(GOOD, body="", subject="", minutes_logged=0)
    assert assess_adherence(facts).gaps == (Gap.SUBJECT, Gap.BODY, Gap.TIME_LOGGED)


def test_open_ticket_never_adheres_but_shows_what_is_missing():
    open_ticket = replace(GOOD, is_closed=False, closed_by_id=None, statuses_visited=(OPEN,))
    result = assess_adherence(open_ticket)
    assert not result.adheres
    assert result.gaps == (Gap.IN_PROGRESS,)


def test_checklist_for_an_open_ticket_looks_at_who_will_close():
    open_ticket = replace(GOOD, is_closed=False, closed_by_id=None)
    items = dict(checklist(open_ticket))
    assert items[Gap.CLOSED_BY_RESPONSIBLE] is True  # the responsible will close it
    assert dict(checklist(open_ticket, closer_id=7))[Gap.CLOSED_BY_RESPONSIBLE] is True
    assert dict(checklist(open_ticket, closer_id=9))[Gap.CLOSED_BY_RESPONSIBLE] is False
    unassigned = replace(open_ticket, responsible_id=None)
    assert dict(checklist(unassigned))[Gap.CLOSED_BY_RESPONSIBLE] is False
    assert dict(checklist(unassigned))[Gap.RESPONSIBLE] is False


def test_custom_progress_statuses():
    facts = replace(GOOD, statuses_visited=(OPEN, "diagnosing", CLOSED))
    assert assess_adherence(facts).gaps == (Gap.IN_PROGRESS,)
    assert assess_adherence(facts, progress_statuses={IN_PROGRESS, "diagnosing"}).adheres


def test_a_merged_ticket_is_not_assessed():
    merged = replace(GOOD, merged=True)
    assert not is_assessed(merged)
    assert assess_adherence(merged).adheres is False
    assert is_assessed(GOOD) and not is_assessed(replace(GOOD, is_closed=False))
