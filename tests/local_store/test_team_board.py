"""The team board's query (local_store.team_board) on the real temporary desk.

NOW is Wednesday 12 March 2025, 11:00 in Mexico City (the team's calendar, 09:00–18:00): a
normal-priority ticket (24 business hours to respond and to resolve) is at risk from the
moment less than 6 business hours are left, i.e. when due by 17:00 local (23:00 UTC) today.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.models import Call, PresenceEvent, Team, Ticket, User
from desk_app.local_store.team_board import open_tickets_of, team_board
from desk_app.services.ticket_rows import BadgeState, list_rows

HOUR = timedelta(hours=1)


@pytest.fixture
def board_desk(desk):
    """Ana's tickets in every SLA situation, a second advisor (Carla) in the team, presence
    events and calls. The due times are set as the SLA clock keeps them in the columns."""
    now, ids = desk.now, desk.ids
    with desk.store.transaction() as s:
        team_id = s.scalar(select(User.team_id).where(User.id == ids["ana"]))
        carla = User(username="carla", full_name="Carla Nava", role="advisor", level="L2",
                     team_id=team_id)  # fmt: skip
        gone = User(username="gone", full_name="Ex Asesor", role="advisor", team_id=team_id,
                    is_active=False)  # fmt: skip
        s.add_all([carla, gone])
        s.flush()
        ids.update(carla=carla.id, team=team_id)

    def ana(subject: str, **fields) -> int:
        return desk.add_ticket(subject, **fields)

    ids["risk"] = ana(
        "Due in two hours",
        status="open",
        flag="none",
        created_at=now - HOUR,
        response_due_at=now + 2 * HOUR,
        resolution_due_at=now + 2 * HOUR,
    )
    ids["late"] = ana(
        "Unanswered past due",
        created_at=now - 3 * HOUR,
        response_due_at=now - HOUR,
        resolution_due_at=now + 30 * HOUR,
    )
    ids["answered_late"] = ana(
        "Answered after its due time",
        created_at=now - 4 * HOUR,
        first_response_at=now - 2 * HOUR,
        response_due_at=now - 3 * HOUR,
        resolution_due_at=now + 40 * HOUR,
    )
    ids["ok"] = ana(
        "Plenty of time",
        created_at=now - 5 * 24 * HOUR,
        response_due_at=now + 50 * HOUR,
        resolution_due_at=now + 50 * HOUR,
    )
    ids["paused"] = ana(
        "Waiting on the customer, nearly due", status="waiting_customer",
        created_at=now - 10 * 24 * HOUR, first_response_at=now - 9 * 24 * HOUR,
        resolution_due_at=now + HOUR,
        history=[(now - 10 * 24 * HOUR, "open"), (now - 9 * 24 * HOUR, "waiting_customer")],
    )  # fmt: skip
    ids["paused_late"] = ana(
        "Ran out before the customer was asked", status="waiting_customer",
        created_at=now - 6 * 24 * HOUR, first_response_at=now - 6 * 24 * HOUR,
        resolution_due_at=now - 3 * 24 * HOUR,
        history=[(now - 6 * 24 * HOUR, "open"), (now - 2 * 24 * HOUR, "waiting_customer")],
    )  # fmt: skip
    ids["ana_closed"] = ana("Closed long ago", status="closed", resolution_due_at=now - 99 * HOUR)
    ids["carla_ticket"] = desk.add_ticket(
        "Carla's ticket", status="open", responsible_id=ids["carla"], level="L2",
        created_by_id=ids["carla"], created_at=now - 2 * HOUR,
    )  # fmt: skip
    with desk.store.transaction() as s:
        s.add_all([
            PresenceEvent(user_id=ids["ana"], state="available", at=now - 30 * 60 * _S),
            PresenceEvent(user_id=ids["ana"], state="on_call", at=now - 5 * 60 * _S),
            PresenceEvent(user_id=ids["carla"], state="break", at=now - 12 * 60 * _S),
            PresenceEvent(user_id=ids["beto"], state="available", at=now - 60 * _S),
        ])  # fmt: skip
        finished = _call(desk, "done", minutes_ago=60)
        live = _call(desk, "on_hold", minutes_ago=5, hold_seconds=30,
                     held_since=now - 20 * _S)  # fmt: skip
        s.add_all([finished, live])
        s.flush()
        ids["live_call"] = live.id
    return desk


_S = timedelta(seconds=1)


def _call(desk, state: str, *, minutes_ago: int, **fields) -> Call:
    started = desk.now - timedelta(minutes=minutes_ago)
    return Call(direction="inbound", number_raw="55 1234 5678", number_e164="+525512345678",
                person_id=desk.ids["maria"], company_id=desk.ids["norte"],
                advisor_id=desk.ids["ana"], started_at=started,
                answered_at=started + timedelta(seconds=15), state=state, **fields)  # fmt: skip


def _board(desk, username: str = "lucia", **kwargs):
    with desk.store.session() as s:
        return team_board(s, desk.viewer(username), desk.now, **kwargs)


def test_a_leader_sees_each_advisor_of_the_team_with_exact_numbers(board_desk):
    desk, ids, now = board_desk, board_desk.ids, board_desk.now
    board = _board(desk)
    assert board.team_name == "Mesa CDMX"
    assert board.loaded_at == now
    # The team's active advisors by name: not the leader, not Beto (no team), not the inactive.
    assert [a.username for a in board.advisors] == ["ana", "carla"]
    ana, carla = board.advisors
    assert (ana.presence, ana.presence_since) == ("on_call", now - 5 * 60 * _S)
    assert (ana.call_id, ana.call_state) == (ids["live_call"], "on_hold")
    assert ana.call_contact == "María Pérez Gómez · Ferretería del Norte"
    assert ana.call_number == "55 1234 5678"
    assert ana.call_hold_seconds == 30
    # Answered 4:45 ago, 30 s of earlier holds and 20 s on hold now: 3:55 of talk.
    assert ana.talk_time(now) == timedelta(minutes=3, seconds=55)
    # To do: the one in Open; doing: the invoice, late, answered late, ok and the two paused.
    assert (ana.to_do, ana.doing) == (1, 6)
    assert ana.at_risk == 1  # "due in two hours" (the paused one due in an hour is not)
    assert ana.breached == 3  # unanswered past due, answered late, ran out before the pause
    # The oldest not waiting on the customer (the paused ones are older).
    assert (ana.oldest_ticket_id, ana.oldest_waiting_since) == (ids["ok"], now - 5 * 24 * HOUR)
    assert (carla.presence, carla.presence_since, carla.call_id) == ("break", now - 12 * 60 * _S,
                                                                      None)  # fmt: skip
    assert (carla.to_do, carla.doing, carla.at_risk, carla.breached) == (1, 0, 0, 0)
    assert carla.oldest_ticket_id == ids["carla_ticket"]
    assert carla.talk_time(now) is None


def test_queue_loads_per_level_under_the_viewers_visibility(board_desk):
    desk, ids = board_desk, board_desk.ids
    loads = {q.level: q for q in _board(desk).queues}
    assert list(loads) == ["L1", "L2", "L3"]
    l1 = loads["L1"]
    assert (l1.unassigned, l1.oldest_ticket_id) == (1, ids["printer"])
    assert l1.oldest_since == desk.now - timedelta(minutes=30)
    # Ana's 7 open + the printer ticket; Beto's hidden ticket is not the leader's to see.
    assert l1.open_total == 8
    assert (loads["L2"].unassigned, loads["L2"].open_total) == (0, 1)
    assert (loads["L3"].unassigned, loads["L3"].oldest_ticket_id, loads["L3"].open_total) == (
        0, None, 0)  # fmt: skip


def test_nobody_without_presence_events_is_offline(desk):
    board = _board(desk)
    assert [(a.username, a.presence, a.presence_since) for a in board.advisors] == [
        ("ana", "offline", None)
    ]


def test_an_advisor_is_refused_with_a_message(board_desk):
    with pytest.raises(PermissionError, match="service leaders and admins"):
        _board(board_desk, "ana")


def test_a_leader_may_not_watch_another_team(board_desk):
    with board_desk.store.transaction() as s:
        other = Team(name="Mesa Lima")
        s.add(other)
        s.flush()
        other_id = other.id
    with pytest.raises(PermissionError, match="own team"):
        _board(board_desk, "lucia", team_id=other_id)
    assert _board(board_desk, "lucia", team_id=board_desk.ids["team"]).team_name == "Mesa CDMX"


def test_an_admin_sees_the_first_team_or_the_one_asked_for(board_desk):
    with board_desk.store.transaction() as s:
        other = Team(name="Mesa Lima")
        s.add(other)
        s.flush()
        other_id = other.id
    assert _board(board_desk, "admin").team_name == "Mesa CDMX"
    lima = _board(board_desk, "admin", team_id=other_id)
    assert (lima.team_name, lima.advisors) == ("Mesa Lima", ())
    with pytest.raises(LookupError, match="no team with id"):
        _board(board_desk, "admin", team_id=other_id + 100)


def test_the_counts_agree_with_the_sla_clock_of_the_ticket_list(desk):
    """Due times computed by the clock itself, then the board and the list's badges compared
    for running tickets created at different moments of the last days."""
    now = desk.now
    made = []
    for hours_ago, priority, criticality in [
        (1, "normal", None), (17, "normal", None), (20, "normal", "minor"),
        (30, "normal", "moderate"), (26, "critical", None), (3, "critical", "severe"),
        (5, "normal", "severe"), (48, "normal", "critical"), (2, "urgent", None),
        (7, "urgent", "moderate"), (70, "normal", None), (120, "normal", "minor"),
    ]:  # fmt: skip
        created = now - hours_ago * HOUR
        made.append(desk.add_ticket(f"{priority} {criticality} {hours_ago} h", created_at=created,
                                    priority=priority, criticality=criticality))  # fmt: skip
    with desk.store.transaction() as s:
        refresh_due_times(s, made, now)
    with desk.store.session() as s:
        badges = list_rows(s, desk.viewer("lucia"), made, now)
    states = Counter(row.sla.state for row in badges.values())
    assert states[BadgeState.AT_RISK] and states[BadgeState.BREACHED]  # the test means something
    ana = _board(desk).advisors[0]
    # The fixture's own invoice ticket has no due times stored: it counts in neither.
    assert (ana.at_risk, ana.breached) == (states[BadgeState.AT_RISK], states[BadgeState.BREACHED])


def test_open_tickets_of_an_advisor_fall_due_first(board_desk):
    desk, ids = board_desk, board_desk.ids
    with desk.store.session() as s:
        found = open_tickets_of(s, desk.viewer("lucia"), ids["ana"])
        hidden = open_tickets_of(s, desk.viewer("lucia"), ids["beto"])
    # By the running clock's due time: the response's until answered, then the resolution's.
    assert found[:4] == [ids["paused_late"], ids["late"], ids["paused"], ids["risk"]]
    assert ids["ana_closed"] not in found and len(found) == 7
    assert hidden == []  # Beto's ticket is outside the leader's visibility
    assert ids["invoice"] == found[-1]  # no due time: last


def test_merged_tickets_do_not_count(board_desk):
    desk, ids = board_desk, board_desk.ids
    with desk.store.transaction() as s:
        s.get(Ticket, ids["risk"]).merged_into_id = ids["invoice"]
    ana = _board(desk).advisors[0]
    assert (ana.to_do, ana.at_risk) == (0, 0)
