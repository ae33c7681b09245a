"""The demo workspace covers the whole product and loads atomically."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desk_app.domain.statuses import DEFAULT_STATUSES
from desk_app.domain.ticket_fields import Channel, Criticality, Level
from desk_app.local_store.demo import ensure_demo, generate, load, vocab
from desk_app.local_store.engine import open_store
from desk_app.local_store.models import Article, Call, CannedResponse, SurveyAnswer, Ticket
from desk_app.local_store.ticket_filters import TicketFilter
from desk_app.local_store.ticket_list_queries import ticket_ids
from desk_app.local_store.visibility import current_viewer
from desk_app.local_store.workspace import WorkspaceError


def _distinct(session, column) -> set[str]:
    return set(session.scalars(select(column).distinct()))


def test_demo_covers_every_status_criticality_channel_category_and_level(tmp_path: Path) -> None:
    store = open_store(tmp_path / "demo")
    assert ensure_demo(store, 600) is True
    with store.session() as s:
        assert _distinct(s, Ticket.status) == {st.key for st in DEFAULT_STATUSES}
        assert _distinct(s, Ticket.criticality) - {None} == {c.value for c in Criticality}
        assert _distinct(s, Ticket.channel) == {c.value for c in Channel}
        assert _distinct(s, Ticket.level) == {lv.value for lv in Level}
        categories = s.execute(text(
            "SELECT DISTINCT p.name FROM tickets t JOIN categories c ON c.id = t.category_id "
            "JOIN categories p ON p.id = c.parent_id")).scalars()  # fmt: skip
        assert set(categories) == set(vocab.CATEGORIES)
        assert s.scalar(select(func.count()).select_from(Article)) == 40
        canned = s.scalars(select(CannedResponse.body)).all()
        assert any("{cliente}" in body and "{ticket}" in body for body in canned)
        assert s.scalar(select(func.count()).select_from(Call)) >= 300
        assert s.scalar(select(func.count()).select_from(Call).where(Call.outcome == "missed"))
        assert s.scalar(select(func.count()).select_from(SurveyAnswer)) > 20
        viewer = current_viewer(s)
        assert viewer is not None and viewer.username == "asesor"
        visible = ticket_ids(s, viewer, TicketFilter())
        assert 30 < len(visible) < 600  # the advisor's own tickets and network, not all
        assert ticket_ids(s, viewer, TicketFilter(text="timbrar"))
        open_due = s.scalar(select(func.count()).select_from(Ticket).where(
            Ticket.status != "closed", Ticket.resolution_due_at.is_(None)))  # fmt: skip
        assert open_due == 0
    # Reopening keeps the same data instead of adding more.
    assert ensure_demo(store, 600) is False
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 600
    store.close()


def test_demo_refuses_a_workspace_with_real_tickets(store, people, viewer_of) -> None:
    from datetime import UTC, datetime

    from desk_app.local_store.ticket_writes import NewTicket, create_ticket

    with store.transaction() as s:
        create_ticket(s, viewer_of("ana"), NewTicket(
            subject="Real", body="", requester_id=people["jose"], ticket_type="task",
            channel="phone"), datetime.now(UTC))  # fmt: skip
    with pytest.raises(WorkspaceError, match="already holds tickets"):
        ensure_demo(store, 50)


def test_an_interrupted_bulk_load_leaves_nothing_and_keeps_search_working(tmp_path: Path) -> None:
    store = open_store(tmp_path / "ws")
    data = generate(50)
    data.tables["tickets"].rows.append(data.tables["tickets"].rows[0])  # duplicate id: fails
    with pytest.raises(Exception, match="UNIQUE"), store.engine.begin() as connection:
        load(connection, data)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 0
        triggers = s.scalar(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"))
        assert triggers == 10
    assert ensure_demo(store, 50)
    store.close()


def test_generation_is_deterministic_and_validates_size() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 11, 20, tzinfo=UTC)
    assert (
        generate(30, now=now).tables["tickets"].rows == generate(30, now=now).tables["tickets"].rows
    )
    for size in (0, -1, 10**7):
        with pytest.raises(ValueError, match="between"):
            generate(size)
