"""The demo workspace covers the whole product and loads atomically; its service leader's
team has a month of calls, surveys and tickets, and what they are doing right now."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.domain.billing import (
    THRESHOLD_MINUTES,
    BalanceState,
    needs_confirmation,
    renewal_dates,
)
from desk_app.domain.roles import Role
from desk_app.domain.sla import SlaState
from desk_app.domain.statuses import DEFAULT_STATUSES
from desk_app.domain.ticket_fields import Channel, Criticality, Level
from desk_app.local_store.billing_queries import (
    awaits_confirmation,
    company_balance,
    flat_rate,
    terms_accepted,
    ticket_billing,
)
from desk_app.local_store.demo import ensure_demo, generate, load, vocab
from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.models import (
    Article,
    Call,
    CannedResponse,
    Company,
    Contract,
    HourConfirmation,
    Person,
    PresenceEvent,
    SurveyAnswer,
    Ticket,
    TicketHistory,
    TimeEntry,
    User,
    WorkspaceMeta,
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
    for table in (
        "tickets",
        "calls",
        "survey_answers",
        "presence_events",
        "call_tickets",
        "contracts",
        "time_entries",
        "hour_confirmations",
        "ticket_history",
    ):
        assert first.tables[table].rows == second.tables[table].rows, table
    assert first.meta == second.meta == {"flat_hourly_rate": "950.00"}
    for size in (0, -1, 10**7):
        with pytest.raises(ValueError, match="between"):
            generate(size)


def test_the_smallest_demo_loads_and_keeps_a_flat_rate_already_set(tmp_path: Path) -> None:
    store = open_store(tmp_path / "ws")
    with store.transaction() as s:
        s.add(WorkspaceMeta(key="flat_hourly_rate", value="700.00"))
    assert ensure_demo(store, 1)  # tables left empty (comments, follow-ups) are skipped
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 1
        assert s.scalar(select(func.count()).select_from(Call)) > 1000  # the month all the same
        assert flat_rate(s) == Decimal("700.00")
    store.close()


# -- billing (SPEC §6, issue 7): contracts, time, decisions, confirmations, terms --------------


def _contracts(s: Session) -> dict[int, Contract]:
    return {c.id: c for c in s.scalars(select(Contract))}


def test_most_companies_have_contracts_some_renewed_and_the_rest_pay_the_flat_rate(demo) -> None:
    now = datetime.now(UTC)
    with demo.session() as s:
        assert flat_rate(s) == Decimal("950.00")
        contracts = _contracts(s)
        companies = s.scalars(select(Company)).all()
        states = {c.id: company_balance(s, c, now)[1] for c in companies}
        worked = set(s.scalars(select(Person.company_id)
                               .join(Ticket, Ticket.requester_id == Person.id)
                               .join(TimeEntry, TimeEntry.ticket_id == Ticket.id)))  # fmt: skip
    owners = {c.company_id for c in contracts.values()}
    assert len(owners) >= 0.75 * len(companies)
    assert {c.period_kind for c in contracts.values()} == {"monthly", "annual"}
    assert len({c.hours for c in contracts.values()}) >= 5
    assert len({c.hourly_rate for c in contracts.values()}) >= 3
    assert all(c.hourly_rate < Decimal("950.00") for c in contracts.values())
    state_count = Counter(states.values())
    assert state_count[BalanceState.EXHAUSTED] == 1
    assert 2 <= state_count[BalanceState.LOW] <= 4
    flat = [c for c, state in states.items() if state is BalanceState.NO_CONTRACT]
    assert len(flat) >= 3 and set(flat) & worked  # out of contract, with time to bill
    assert any(c not in owners for c in flat) and any(c in owners for c in flat)  # one lapsed
    # Renewals: a new row from the day after the old one ended, same kind, hours and rate.
    today = now.date()
    renewals = [c for c in contracts.values() if c.renewal_of_id is not None]
    assert len(renewals) >= 3
    for new in renewals:
        old = contracts[new.renewal_of_id]
        assert (new.company_id, new.period_kind, new.hours, new.hourly_rate) == (
            old.company_id, old.period_kind, old.hours, old.hourly_rate)  # fmt: skip
        assert (new.starts_on, new.ends_on) == renewal_dates(old.starts_on, old.ends_on)
        assert old.renewable and old.ends_on < today
    chains = [c for c in renewals if contracts[c.renewal_of_id].renewal_of_id is not None]
    assert chains and all(c.starts_on <= today <= c.ends_on for c in chains)


def test_time_of_every_kind_follows_the_ticket_levels_and_nobody_works_twice_at_once(demo) -> None:
    with demo.session() as s:
        rows = s.execute(select(
            TimeEntry.ticket_id, TimeEntry.user_id, TimeEntry.kind, TimeEntry.minutes,
            TimeEntry.started_at, TimeEntry.created_at, Ticket.level, Ticket.created_at,
            Ticket.first_response_at, Ticket.resolved_at, Person.company_id,
        ).join(Ticket, Ticket.id == TimeEntry.ticket_id)
         .join(Person, Person.id == Ticket.requester_id)).all()  # fmt: skip
    now = datetime.now(UTC)
    for kind in ("L1", "L2", "L3", "quality"):
        assert len({row.company_id for row in rows if row.kind == kind}) >= 10, kind
    rank = {"L1": 1, "L2": 2, "L3": 3}
    for row in rows:
        assert row.kind == "quality" or rank[row.kind] <= rank[row.level], row
        assert row.first_response_at is not None  # worked after leaving "open"
        if row.started_at is not None:
            end = row.started_at + timedelta(minutes=row.minutes)
            assert row.first_response_at <= row.started_at and end == row.created_at
            assert end <= (row.resolved_at or now)
    spans: dict[int, list[tuple[datetime, datetime]]] = {}
    for row in rows:
        if row.started_at is not None:
            end = row.started_at + timedelta(minutes=row.minutes)
            spans.setdefault(row.user_id, []).append((row.started_at, end))
    for user_spans in spans.values():
        user_spans.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(user_spans))
    assert sum(len(v) for v in spans.values()) > 0.6 * len(rows)  # most on the clock


def test_customer_service_decided_warranty_or_consumption_on_most_reviewed_tickets(demo) -> None:
    with demo.session() as s:
        rows = s.execute(select(
            Ticket.status, Ticket.ticket_type, Ticket.billing, Ticket.billing_decided_at,
            Ticket.created_at, Ticket.updated_at, User.role, Ticket.estimate_minutes,
        ).outerjoin(User, User.id == Ticket.billing_decided_by_id)).all()  # fmt: skip
    reviewed = [row for row in rows if row.status != "open"]
    decided = [row for row in reviewed if row.billing is not None]
    assert len(decided) > 0.8 * len(reviewed) and len(decided) < len(reviewed)
    assert all(row.billing is None and row.estimate_minutes is None
               for row in rows if row.status == "open")  # fmt: skip
    for row in decided:
        assert row.role == "advisor" and row.created_at <= row.billing_decided_at
        assert row.billing_decided_at <= row.updated_at
    warranty = Counter(row.ticket_type for row in decided if row.billing == "warranty")
    assert sum(warranty.values()) >= 10 and warranty.most_common(1)[0][0] == "problem"
    assert 0.1 < sum(row.estimate_minutes is not None for row in reviewed) / len(reviewed) < 0.5


def test_over_two_hours_the_key_user_confirmed_except_on_tickets_awaiting_it(demo) -> None:
    now = datetime.now(UTC)
    with demo.session() as s:
        leader = current_viewer(s)
        asesor = viewer_for(s, "asesor")
        logged = dict(s.execute(select(TimeEntry.ticket_id, func.sum(TimeEntry.minutes))
                                .group_by(TimeEntry.ticket_id)).all())  # fmt: skip
        most = dict(s.execute(select(HourConfirmation.ticket_id, func.max(HourConfirmation.minutes))
                              .group_by(HourConfirmation.ticket_id)).all())  # fmt: skip
        awaiting = [
            t
            for t in s.scalars(select(Ticket))
            if needs_confirmation(logged.get(t.id, 0), t.estimate_minutes, most.get(t.id))
        ]
        assert all(awaits_confirmation(s, t) for t in awaiting)  # the store's view agrees
        confirmations = s.execute(select(
            HourConfirmation.ticket_id, HourConfirmation.confirmed_at, HourConfirmation.how,
            HourConfirmation.recorded_by_id, Person.company_id, Person.is_key_user,
            Person.is_backup_user, Ticket.requester_id, Ticket.created_at,
        ).join(Person, Person.id == HourConfirmation.confirmed_by_id)
         .join(Ticket, Ticket.id == HourConfirmation.ticket_id)).all()  # fmt: skip
        company_of = dict(s.execute(select(Person.id, Person.company_id)).all())
        views = {t.id: ticket_billing(s, leader, t.id, now) for t in awaiting}
        mine = ticket_ids(s, asesor, TicketFilter())
    assert 2 <= len(awaiting) <= 5
    assert all(t.status in ("in_progress", "waiting_customer") for t in awaiting)
    for ticket in awaiting:  # as the ticket pane shows it to the leader of the team
        view = views[ticket.id]
        assert view.needs_confirmation and view.requested_minutes > THRESHOLD_MINUTES
        assert needs_confirmation(view.logged_minutes, view.estimate_minutes,
                                  view.confirmed_minutes)  # fmt: skip
    logged_over = [v for v in views.values() if v.confirmed_minutes is None
                   and v.logged_minutes > THRESHOLD_MINUTES]  # fmt: skip
    estimate_grew = [v for v in views.values() if v.confirmed_minutes is not None
                     and (v.estimate_minutes or 0) > v.confirmed_minutes]  # fmt: skip
    assert logged_over and estimate_grew
    assert any(t.id in mine for t in awaiting)  # the docs' advisor has one too
    confirmed = {row.ticket_id for row in confirmations}
    assert len(confirmed) >= 20
    for row in confirmations:
        assert row.company_id == company_of[row.requester_id]
        assert row.is_key_user or row.is_backup_user
        assert row.how in ("portal", "email", "phone") and row.recorded_by_id is not None
        assert row.created_at <= row.confirmed_at <= now


def test_terms_were_accepted_before_tickets_left_open_and_some_open_ones_lack_them(demo) -> None:
    now = datetime.now(UTC)
    with demo.session() as s:
        tickets = s.scalars(select(Ticket)).all()
        people = {p.id: p for p in s.scalars(select(Person))}
        uncovered = [t for t in tickets if t.status == "open" and not terms_accepted(s, t, now)]
        contract_terms = s.scalar(select(func.count()).select_from(Contract).where(
            Contract.terms_accepted_at.is_not(None)))  # fmt: skip
        leader_sees = set(ticket_ids(s, current_viewer(s), TicketFilter()))
    keys = Counter(p.company_id for p in people.values() if p.is_key_user)
    backups = Counter(p.company_id for p in people.values() if p.is_backup_user)
    assert max(keys.values()) == 1 and max(backups.values()) == 1
    for ticket in tickets:
        if ticket.status == "open" and ticket.terms_accepted_at is None:
            continue
        assert ticket.terms_accepted_how in ("portal", "email", "phone")
        person = people[ticket.terms_accepted_by_id]
        requester = people[ticket.requester_id]
        assert person.id == requester.id or (
            person.is_key_user and person.company_id == requester.company_id
        )
        assert ticket.created_at <= ticket.terms_accepted_at <= now
        if ticket.status != "open":
            assert ticket.terms_accepted_at <= ticket.first_response_at  # before work began
    opened = [t for t in tickets if t.status == "open"]
    assert 0 < sum(t.terms_accepted_at is None for t in opened) < len(opened)
    assert uncovered and any(t.id in leader_sees for t in uncovered)
    assert contract_terms  # some engagements are the contract's
