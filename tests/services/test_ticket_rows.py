"""SLA badges of list rows: the domain clock over the status history (SPEC §3)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.domain.calendar import BusinessCalendar
from desk_app.local_store.sla_context import (
    CalendarDocumentError,
    SlaContext,
    calendar_from_document,
)
from desk_app.services.ticket_rows import NO_BADGE, BadgeState, SlaClockKind, list_rows


def _rows(desk, ids, username="ana"):
    viewer = desk.viewer(username)
    with desk.store.session() as s:
        return list_rows(s, viewer, ids, desk.now)


def test_running_clocks_show_the_one_due_first(desk) -> None:
    rows = _rows(desk, [desk.ids["invoice"]])
    badge = rows[desk.ids["invoice"]].sla
    # Severe → 8 business hours to resolve; opened 09:00 in Mexico City, now 11:00.
    assert badge.state is BadgeState.OK
    assert badge.clock is SlaClockKind.RESOLUTION
    assert badge.remaining == timedelta(hours=6)
    assert badge.due_at == datetime(2025, 3, 12, 23, 0, tzinfo=UTC)  # 17:00 local
    assert badge.fraction == pytest.approx(0.25)
    assert not badge.completed


def test_a_closed_ticket_shows_its_outcome(desk) -> None:
    badge = _rows(desk, [desk.ids["closing"]])[desk.ids["closing"]].sla
    assert badge.state is BadgeState.MET
    assert badge.completed


def test_breached_at_risk_and_paused(desk) -> None:
    # Critical: 4 business hours; opened yesterday at 09:00 local: 11 business hours used.
    late = desk.add_ticket("Servidor caído", criticality="critical",
                           created_at=desk.now - timedelta(days=1, hours=2))  # fmt: skip
    # Moderate: 24 h; opened Monday 09:00 local, now Wednesday 11:00: 20 h used = 83 %.
    risky = desk.add_ticket("Reporte lento", criticality="moderate",
                            created_at=desk.now - timedelta(days=2, hours=2))  # fmt: skip
    waiting_since = desk.now - timedelta(hours=1)
    paused = desk.add_ticket(
        "Esperando datos del cliente", status="waiting_customer", criticality="moderate",
        created_at=desk.now - timedelta(hours=2),
        history=[(desk.now - timedelta(hours=2), "open"), (waiting_since, "waiting_customer")],
    )  # fmt: skip
    rows = _rows(desk, [late, risky, paused])
    assert rows[late].sla.state is BadgeState.BREACHED
    assert rows[late].sla.remaining == -timedelta(hours=7)
    assert rows[risky].sla.state is BadgeState.AT_RISK
    assert rows[paused].sla.paused
    assert rows[paused].sla.remaining == timedelta(hours=23)


def test_history_that_cannot_be_read_gives_no_badge(desk) -> None:
    odd = desk.add_ticket("Estado desconocido", history=[(desk.now, "mystery")])
    assert _rows(desk, [odd])[odd].sla == NO_BADGE


def test_a_ticket_without_history_counts_from_creation(desk) -> None:
    bare = desk.add_ticket("Sin historial", criticality="severe", history=[])
    badge = _rows(desk, [bare])[bare].sla
    assert badge.state is BadgeState.OK
    assert badge.remaining == timedelta(hours=7)


def test_rows_respect_visibility(desk) -> None:
    ids = [desk.ids["invoice"], desk.ids["hidden"]]
    assert set(_rows(desk, ids)) == {desk.ids["invoice"]}
    assert set(_rows(desk, ids, "admin")) == set(ids)


def test_the_responsibles_team_calendar_is_used(desk) -> None:
    with desk.store.session() as s:
        context = SlaContext.load(s, default_country="PE")
    assert context.calendar_for(desk.viewer("ana").user_id).tz_name == "America/Mexico_City"
    # Beto has no team and an unassigned ticket has nobody: the default region decides.
    assert context.calendar_for(desk.viewer("beto").user_id).tz_name == "America/Lima"
    assert context.calendar_for(None).tz_name == "America/Lima"


def test_calendar_documents() -> None:
    calendar = calendar_from_document(
        {"country": "CO", "time_zone": "America/Bogota", "hours": [["08:00", "17:00"]],
         "working_days": [0, 1, 2, 3, 4, 5], "holidays": ["2025-03-13"]}, "MX"
    )  # fmt: skip
    assert calendar.country == "CO"
    assert calendar.tz_name == "America/Bogota"
    assert calendar.is_business_day(datetime(2025, 3, 15).date())  # a Saturday, opened
    assert not calendar.is_business_day(datetime(2025, 3, 13).date())
    assert calendar_from_document({}, "PE") == BusinessCalendar.default("PE")
    for bad in ({"hours": [["25:00", "18:00"]]}, {"working_days": "weekdays"},
                {"hours": "9-18"}, {"holidays": ["not a date"]}):  # fmt: skip
        with pytest.raises(CalendarDocumentError):
            calendar_from_document(bad, "MX")


def test_an_unusable_team_calendar_falls_back_to_the_region(desk, caplog) -> None:
    from desk_app.local_store.models import Team

    with desk.store.transaction() as s:
        s.query(Team).update({"calendar": {"time_zone": "Mars/Olympus"}})
    with desk.store.session() as s:
        context = SlaContext.load(s, default_country="CO")
    assert context.calendar_for(desk.viewer("ana").user_id).tz_name == "America/Bogota"
    assert "unusable calendar" in caplog.text
