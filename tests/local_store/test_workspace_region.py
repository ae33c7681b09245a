"""The workspace's default region: stored once in the workspace, read by every SLA reader, so
the due-time cache and the badges cannot disagree whatever a machine's settings say."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import select

from desk_app.local_store.demo import ensure_demo
from desk_app.local_store.models import Ticket, TicketHistory, WorkspaceMeta
from desk_app.local_store.sla_context import (
    REGION_KEY,
    SlaContext,
    default_calendar,
    store_workspace_region,
    workspace_region,
)
from desk_app.local_store.ticket_list_queries import status_histories
from desk_app.local_store.ticket_writes import NewTicket, create_ticket
from desk_app.services.workspace import open_workspace

# Friday 23:30 UTC: 17:30 in Mexico City (still working time), 18:30 in Bogotá (closed until
# Monday), so a Colombian calendar and a Mexican one give different due times.
FRIDAY_EVENING = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)


def _snapshot(session, context: SlaContext, ticket: Ticket):
    return context.snapshot(
        ticket_id=ticket.id, priority=ticket.priority, criticality=ticket.criticality,
        status=ticket.status, responsible_id=ticket.responsible_id,
        created_at=ticket.created_at, changes=status_histories(session, [ticket.id])[ticket.id],
        first_response_at=None, resolved_at=None, now=FRIDAY_EVENING,
    )  # fmt: skip


def test_the_cache_and_the_badges_use_the_workspaces_region(store, people, viewer_of) -> None:
    with store.transaction() as s:
        assert store_workspace_region(s, "co") == "CO"
        draft = NewTicket(subject="No timbra", body="Error 301", requester_id=people["jose"],
                          ticket_type="problem", channel="phone")  # fmt: skip
        ticket_id = create_ticket(s, viewer_of("ana"), draft, FRIDAY_EVENING).id  # unassigned
    with store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None and ticket.responsible_id is None
        cached = (ticket.response_due_at, ticket.resolution_due_at)
        # The list and the detail load their context with the settings' region: here "MX".
        badges = _snapshot(s, SlaContext.load(s, default_country="MX"), ticket)
        colombian = SlaContext.load(s)
        mexican = _snapshot(s, replace(colombian, default=default_calendar("MX")), ticket)
    assert badges is not None and mexican is not None
    assert cached == (badges.first_response.due_at, badges.resolution.due_at)
    assert colombian.default.tz_name == "America/Bogota"
    # Had either reader used the settings' region, they would disagree:
    assert mexican.first_response.due_at != badges.first_response.due_at


def test_a_stored_region_is_kept_and_a_bad_one_replaced(store) -> None:
    with store.transaction() as s:
        assert workspace_region(s) is None
        assert store_workspace_region(s, "PE") == "PE"
        assert store_workspace_region(s, "MX") == "PE"  # the workspace's, not this machine's
    with store.session() as s:
        assert workspace_region(s) == "PE"
        assert SlaContext.load(s, default_country="MX").default.tz_name == "America/Lima"


def test_opening_a_workspace_stores_the_settings_region_once(tmp_path) -> None:
    opened = open_workspace(tmp_path / "ws", default_region="PE")
    opened.close()
    opened = open_workspace(tmp_path / "ws", default_region="MX")
    try:
        with opened.store.session() as s:
            assert workspace_region(s) == "PE"
            assert s.scalars(select(TicketHistory)).all() == []
    finally:
        opened.close()


def test_a_demo_workspace_is_seeded_with_its_region(store) -> None:
    assert ensure_demo(store, 20, articles=3, region="CO")
    with store.session() as s:
        assert s.get(WorkspaceMeta, REGION_KEY).value == "CO"  # type: ignore[union-attr]
        assert SlaContext.load(s, default_country="MX").default.tz_name == "America/Bogota"
