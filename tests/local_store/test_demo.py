"""The demo workspace covers the whole product and loads atomically; its service leader's
team has a month of calls, surveys and tickets, and what they are doing right now."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.domain.roles import Role
from desk_app.domain.sla import SlaState
from desk_app.domain.statuses import DEFAULT_STATUSES
from desk_app.domain.ticket_fields import Channel, Criticality, Level
from desk_app.local_store.demo import ensure_demo, generate, load, vocab
from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.models import (
    Article,
    Call,
    CannedResponse,
    PresenceEvent,
    SurveyAnswer,
    Ticket,
    TicketHistory,
    TimeEntry,
    User,
    ticket_tags,
)
from desk_app.local_store.sla_context import SlaContext
from desk_app.local_store.ticket_filters import TicketFilter
from desk_app.local_store.ticket_list_queries import status_histories, ticket_ids
from desk_app.local_store.visibility import current_viewer, viewer_for
from desk_app.local_store.workspace import WorkspaceError


def _distinct(session, column) -> set[str]:
    return set(session.scalars(select(column).distinct()))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One default-size demo for the tests that only read it."""
    store = open_store(tmp_path_factory.mktemp("demo") / "ws")
    assert ensure_demo(store, 600) is True
    yield store
    store.close()


def test_demo_covers_every_status_criticality_channel_category_and_level(demo: Store) -> None:
    store = demo
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
        assert viewer is not None and viewer.username == "lfernandez"
        assert viewer.role is Role.LEADER and viewer.team_id == 1
        visible = ticket_ids(s, viewer, TicketFilter())
        advisor = ticket_ids(s, viewer_for(s, "asesor"), TicketFilter())
        assert 30 < len(advisor) < len(visible) < 600  # her team's work, not everything
        assert ticket_ids(s, viewer, TicketFilter(text="timbrar"))
        open_due = s.scalar(select(func.count()).select_from(Ticket).where(
            Ticket.status != "closed", Ticket.resolution_due_at.is_(None)))  # fmt: skip
        assert open_due == 0
    # Reopening keeps the same data instead of adding more.
    assert ensure_demo(store, 600) is False
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 600


def _team(s: Session) -> dict[str, int]:
    return dict(s.execute(select(User.username, User.id).where(
        User.team_id == 1, User.role == Role.ADVISOR.value)).all())  # fmt: skip


def test_the_leader_has_ten_advisors_with_a_month_of_calls_in_business_hours(demo) -> None:
    now = datetime.now(UTC)
    zone = ZoneInfo("America/Mexico_City")  # the team's calendar (Mesa CDMX)
    with demo.session() as s:
        team = _team(s)
        assert len(team) == 10 and "asesor" in team
        calls = s.execute(select(
            Call.advisor_id, Call.direction, Call.started_at, Call.answered_at, Call.ended_at,
            Call.wrap_up_ended_at, Call.outcome,
        ).where(Call.state == "done", Call.advisor_id.in_(team.values()))).all()  # fmt: skip
    inbound = [c for c in calls if c.direction == "inbound"]
    assert 4000 <= len(inbound) <= 6000
    assert 0 < len(calls) - len(inbound) < len(inbound) / 5  # some outbound
    assert min(c.started_at for c in calls) >= now - timedelta(days=30, minutes=1)
    assert (now - min(c.started_at for c in calls)).days >= 27  # the whole month
    for call in calls:
        local = call.started_at.astimezone(zone)
        assert local.weekday() < 5 and 9 <= local.hour < 18, local
        # The outcome agrees with the times: missed ⇔ never answered, then nothing to wrap up.
        assert (call.outcome == "missed") == (call.answered_at is None)
        assert call.ended_at is not None and call.wrap_up_ended_at >= call.ended_at
        if call.answered_at is None:
            assert call.wrap_up_ended_at == call.ended_at
    answer_rates, fcr = [], []
    for advisor in team.values():
        own = [c for c in inbound if c.advisor_id == advisor]
        answered = [c for c in own if c.answered_at is not None]
        answer_rates.append(len(answered) / len(own))
        fcr.append(sum(c.outcome == "resolved_first_contact" for c in answered) / len(answered))
    assert all(0.8 <= rate <= 0.99 for rate in answer_rates), answer_rates
    assert max(answer_rates) - min(answer_rates) > 0.05  # some meet the 90 % target, some miss
    assert all(0.3 <= value <= 0.7 for value in fcr), fcr


def test_surveys_and_ticket_links_follow_the_calls(demo) -> None:
    with demo.session() as s:
        answered = s.scalar(
            select(func.count())
            .select_from(Call)
            .where(Call.direction == "inbound", Call.answered_at.is_not(None), Call.state == "done")
        )
        surveys = s.execute(select(
            SurveyAnswer.advisor_id, SurveyAnswer.csat, SurveyAnswer.ces, SurveyAnswer.nps,
            Call.answered_at, Call.advisor_id,
        ).join(Call, Call.id == SurveyAnswer.call_id)).all()  # fmt: skip
        unlinked = s.scalar(text(
            "SELECT count(*) FROM calls WHERE outcome IN ('ticket_created', 'ticket_updated', "
            "'callback') AND id NOT IN (SELECT call_id FROM call_tickets)"))  # fmt: skip
        team = _team(s)
    assert 0.25 <= len(surveys) / answered <= 0.35
    assert all(row.answered_at is not None and row[0] == row[5] for row in surveys)
    for column in (1, 2, 3):  # each question skipped by some callers, answered by most
        missing = sum(row[column] is None for row in surveys)
        assert 0 < missing < len(surveys) / 3
    assert unlinked == 0
    satisfied = {}
    for advisor in team.values():
        csat = [row.csat for row in surveys if row[0] == advisor and row.csat is not None]
        satisfied[advisor] = sum(value >= 4 for value in csat) / len(csat)
    assert min(satisfied.values()) < 0.8 < 0.9 < max(satisfied.values())  # some poor CSAT


def test_every_member_is_present_now_some_on_a_live_call(demo) -> None:
    now = datetime.now(UTC)
    with demo.session() as s:
        team = _team(s)
        latest = dict(
            s.execute(
                text(
                    "SELECT user_id, state FROM presence_events p WHERE at = "
                    "(SELECT max(at) FROM presence_events q WHERE q.user_id = p.user_id)"
                )
            ).all()
        )
        today = set(s.scalars(select(PresenceEvent.user_id).where(
            PresenceEvent.at >= now - timedelta(hours=24))))  # fmt: skip
        live = s.execute(select(Call.advisor_id, Call.state, Call.answered_at, Call.ended_at)
                         .where(Call.state != "done")).all()  # fmt: skip
    assert set(team.values()) <= today
    states = [latest[user] for user in team.values()]
    assert states.count("on_call") in (2, 3) and states.count("wrap_up") == 1
    assert states.count("offline") == 1 and {"available", "break"} <= set(states)
    team_live = [c for c in live if c.advisor_id in team.values()]
    talking = [c for c in team_live if c.state in ("talking", "on_hold")]
    assert len(talking) in (2, 3)
    for call in talking:
        assert call.ended_at is None and latest[call.advisor_id] == "on_call"
        assert now - timedelta(minutes=30) < call.answered_at < now
    (wrap,) = [c for c in team_live if c.state == "wrap_up"]
    assert wrap.ended_at is not None and latest[wrap.advisor_id] == "wrap_up"
    # The signed-in advisor of the screenshots is free: the call panel resumes no call of hers.
    assert team["asesor"] not in {c.advisor_id for c in live}
    assert latest[team["asesor"]] == "available"


def test_closed_tickets_show_adherence_and_open_ones_risk(demo) -> None:
    now = datetime.now(UTC)
    with demo.session() as s:
        team = set(_team(s).values())
        closed = s.execute(select(Ticket.id, Ticket.responsible_id, Ticket.closed_by_id).where(
            Ticket.status == "closed", Ticket.resolved_at >= now - timedelta(days=30),
            Ticket.responsible_id.in_(team))).all()  # fmt: skip
        ids = [row.id for row in closed]
        logged = set(s.scalars(select(TimeEntry.ticket_id).where(TimeEntry.ticket_id.in_(ids))))
        tagged = set(s.scalars(select(ticket_tags.c.ticket_id)
                               .where(ticket_tags.c.ticket_id.in_(ids))))  # fmt: skip
        worked = set(s.scalars(select(TicketHistory.ticket_id).where(
            TicketHistory.ticket_id.in_(ids), TicketHistory.field == "status",
            TicketHistory.new_value == "in_progress")))  # fmt: skip
        context = SlaContext.load(s)
        open_rows = s.execute(select(
            Ticket.id, Ticket.priority, Ticket.criticality, Ticket.status,
            Ticket.responsible_id, Ticket.created_at, Ticket.first_response_at,
            Ticket.resolved_at,
        ).where(Ticket.status != "closed", Ticket.responsible_id.in_(team))).all()  # fmt: skip
        histories = status_histories(s, [row.id for row in open_rows])
    gaps = {
        "time": [t for t in ids if t not in logged],
        "tags": [t for t in ids if t not in tagged],
        "in_progress": [t for t in ids if t not in worked],
        "closer": [row.id for row in closed if row.closed_by_id != row.responsible_id],
    }
    assert all(gaps.values()), {k: len(v) for k, v in gaps.items()}  # each reason occurs
    failing = set().union(*gaps.values())
    assert len(closed) > 100 and 0.6 < 1 - len(failing) / len(closed) < 0.95
    risk = Counter()
    for row in open_rows:
        snapshot = context.snapshot(
            ticket_id=row.id, priority=row.priority, criticality=row.criticality,
            status=row.status, responsible_id=row.responsible_id, created_at=row.created_at,
            changes=histories[row.id], first_response_at=row.first_response_at,
            resolved_at=row.resolved_at, now=now,
        )  # fmt: skip
        assert snapshot is not None
        risk[snapshot.resolution.state] += 1
    assert risk[SlaState.AT_RISK] >= 4 and risk[SlaState.BREACHED] >= 1, risk


def test_the_demo_opens_as_another_user_for_one_run(tmp_path: Path) -> None:
    from desk_app.services.workspace import open_workspace

    opened = open_workspace(tmp_path / "ws", demo_size=40, user="asesor")
    try:
        assert (opened.viewer.username, opened.viewer.role) == ("asesor", Role.ADVISOR)
        with opened.store.session() as s:
            assert current_viewer(s).username == "lfernandez"  # nothing was persisted
    finally:
        opened.close()
    for name in ("nadie", "", "Asesor"):
        with pytest.raises(WorkspaceError, match=r"active users: admin, asesor, .*lfernandez"):
            open_workspace(tmp_path / "ws", user=name)
    with pytest.raises(WorkspaceError, match="no users yet"):
        open_workspace(tmp_path / "empty", user="asesor")


def test_demo_refuses_a_workspace_with_real_tickets(store, people, viewer_of) -> None:
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
    now = datetime(2026, 11, 20, tzinfo=UTC)
    first, second = generate(30, now=now), generate(30, now=now)
    for table in ("tickets", "calls", "survey_answers", "presence_events", "call_tickets"):
        assert first.tables[table].rows == second.tables[table].rows, table
    for size in (0, -1, 10**7):
        with pytest.raises(ValueError, match="between"):
            generate(size)


def test_the_smallest_demo_loads(tmp_path: Path) -> None:
    store = open_store(tmp_path / "ws")
    assert ensure_demo(store, 1)  # tables left empty (comments, follow-ups) are skipped
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 1
        assert s.scalar(select(func.count()).select_from(Call)) > 1000  # the month all the same
    store.close()
