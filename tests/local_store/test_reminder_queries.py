"""Imminent and just-missed SLA targets, read from the due-time cache the SLA clock keeps.

The desk's NOW is a Wednesday, 11:00 in Mexico City (business hours 09:00-18:00). A critical
ticket has one business hour for its first response and four for its resolution, so its
creation time places its due times where each case needs them. The due times are written by
the real clock (refresh_due_times), never by hand.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.reminder_queries import (
    RESPONSE_DUE_INDEX,
    BreachWarning,
    imminent_breaches,
)

WINDOW = timedelta(minutes=30)


def _critical(desk, subject: str, minutes_ago: int, **fields) -> int:
    created = desk.now - timedelta(minutes=minutes_ago)
    ticket_id = desk.add_ticket(subject, priority="critical", created_at=created, **fields)
    with desk.store.transaction() as s:
        refresh_due_times(s, [ticket_id], desk.now)
    return ticket_id


def _found(desk, username: str = "ana", **options) -> list[tuple[int, str, bool]]:
    with desk.store.session() as s:
        warnings = imminent_breaches(s, desk.viewer(username), desk.now, WINDOW, **options)
    return [(w.ticket_id, w.target, w.breached) for w in warnings]


@pytest.fixture
def cases(desk) -> dict[str, int]:
    return {
        # First response due in 20 minutes.
        "soon": _critical(desk, "Timbrado caído", 40),
        # First response missed 10 minutes ago.
        "missed": _critical(desk, "Sin acceso al ERP", 70),
        # Created at 09:00: first response missed an hour ago, not "just"; resolution at 13:00.
        "old": _critical(desk, "Backup fallido", 120),
        # Answered already: its first-response clock has stopped.
        "answered": _critical(
            desk, "Consulta de saldo", 40, first_response_at=desk.now - timedelta(minutes=30)
        ),
        # Waiting on the customer: the clock is paused.
        "paused": _critical(desk, "Esperando XML", 40, status="waiting_customer"),
        # Closed.
        "closed": _critical(
            desk, "Ya resuelto", 40, status="closed", resolved_at=desk.now - timedelta(minutes=5)
        ),
        # Beto's, due in 20 minutes: not Ana's, and Beto is in no team.
        "beto": _critical(
            desk,
            "Portal caído",
            40,
            responsible_id=desk.ids["beto"],
            created_by_id=desk.ids["beto"],
            requester_id=desk.ids["jorge"],
        ),
        # Unassigned: nobody is responsible yet.
        "unassigned": _critical(desk, "Impresora fiscal", 40, responsible_id=None),
    }


def test_an_advisor_is_warned_of_her_own_running_targets_only(desk, cases) -> None:
    assert _found(desk) == [
        (cases["missed"], "first_response", True),
        (cases["soon"], "first_response", False),
    ]


def test_a_warning_carries_the_ticket_subject_and_due_time(desk, cases) -> None:
    with desk.store.session() as s:
        warnings = imminent_breaches(s, desk.viewer("ana"), desk.now, WINDOW)
    soon = next(w for w in warnings if w.ticket_id == cases["soon"])
    assert soon == BreachWarning(cases["soon"], "Timbrado caído", "first_response",
                                 desk.now + timedelta(minutes=20), False)  # fmt: skip


def test_the_windows_bound_what_is_imminent_and_what_was_just_missed(desk, cases) -> None:
    with desk.store.session() as s:
        ana = desk.viewer("ana")
        narrow = imminent_breaches(s, ana, desk.now, timedelta(minutes=19),
                                   breached_within=timedelta(minutes=9))  # fmt: skip
        wide = imminent_breaches(s, ana, desk.now, timedelta(minutes=120),
                                 breached_within=timedelta(minutes=61))  # fmt: skip
    assert narrow == ()
    assert [(w.ticket_id, w.target, w.breached) for w in wide] == [
        (cases["old"], "first_response", True),
        (cases["missed"], "first_response", True),
        (cases["soon"], "first_response", False),
        (cases["old"], "resolution", False),
    ]


def test_a_due_time_exactly_at_the_horizon_counts(desk, cases) -> None:
    with desk.store.session() as s:
        exact = imminent_breaches(s, desk.viewer("ana"), desk.now, timedelta(minutes=20))
    assert [w.ticket_id for w in exact if not w.breached] == [cases["soon"]]


def test_a_leader_is_warned_for_the_whole_team(desk, cases) -> None:
    assert _found(desk, "lucia") == _found(desk, "ana")


def test_an_admin_is_warned_for_the_tickets_they_hold(desk, cases) -> None:
    assert _found(desk, "admin") == []
    assert _found(desk, "beto") == [(cases["beto"], "first_response", False)]


def test_merged_tickets_are_left_out(desk, cases) -> None:
    with desk.store.transaction() as s:
        s.execute(text("UPDATE tickets SET merged_into_id = :into WHERE id = :id"),
                  {"into": desk.ids["invoice"], "id": cases["soon"]})  # fmt: skip
    assert [t for t, _target, _b in _found(desk)] == [cases["missed"]]


def test_the_answer_is_the_same_with_the_first_response_range_index(desk, cases) -> None:
    before = _found(desk, "lucia")
    with desk.store.transaction() as s:
        s.execute(text(f"CREATE INDEX {RESPONSE_DUE_INDEX} ON tickets (response_due_at, "
                       "responsible_id, status, merged_into_id, first_response_at)"))  # fmt: skip
        plan = (
            s.connection()
            .exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM tickets WHERE response_due_at > '2025-03-12' "
                "AND response_due_at <= '2025-03-13' AND +responsible_id IN (1, 2)"
            )
            .all()
        )
    assert RESPONSE_DUE_INDEX in str(plan)
    assert _found(desk, "lucia") == before


def test_bad_windows_are_refused(desk) -> None:
    with desk.store.session() as s, pytest.raises(ValueError, match="negative"):
        imminent_breaches(s, desk.viewer("ana"), desk.now, timedelta(minutes=-1))
    with desk.store.session() as s, pytest.raises(ValueError, match="aware"):
        imminent_breaches(s, desk.viewer("ana"), desk.now.replace(tzinfo=None), WINDOW)
