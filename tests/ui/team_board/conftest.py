"""The team board over the real temporary desk: Lucía leads a team with Ana (on a live call)
and Carla (L2, on a break); Ana has a ticket at risk. The clock is movable."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desk_app.local_store.models import Call, PresenceEvent, User
from desk_app.services.ticket_actions import TicketActions
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.team_board import TeamBoardView


@dataclass
class MovableClock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(desk) -> MovableClock:
    return MovableClock(desk.now)


@pytest.fixture
def runner(desk) -> Iterator[DbRunner]:
    made = DbRunner(desk.store)
    yield made
    made.shutdown()


@pytest.fixture
def team(desk):
    now, ids = desk.now, desk.ids
    with desk.store.transaction() as s:
        team_id = s.scalar(select(User.team_id).where(User.id == ids["ana"]))
        carla = User(username="carla", full_name="Carla Nava", role="advisor", level="L2",
                     team_id=team_id)  # fmt: skip
        s.add(carla)
        s.flush()
        ids["carla"] = carla.id
        s.add_all([
            PresenceEvent(user_id=ids["ana"], state="on_call", at=now - timedelta(minutes=4)),
            PresenceEvent(user_id=carla.id, state="break", at=now - timedelta(minutes=12)),
        ])  # fmt: skip
        call = Call(direction="inbound", number_raw="55 1234 5678",
                    number_e164="+525512345678", person_id=ids["maria"],
                    company_id=ids["norte"], advisor_id=ids["ana"],
                    started_at=now - timedelta(minutes=4),
                    answered_at=now - timedelta(minutes=3, seconds=45),
                    state="talking")  # fmt: skip
        s.add(call)
    ids["risk"] = desk.add_ticket(
        "Se cae el punto de venta", status="open", flag="none",
        created_at=now - timedelta(hours=1), response_due_at=now + timedelta(hours=2),
        resolution_due_at=now + timedelta(hours=2),
    )  # fmt: skip
    return desk


@pytest.fixture
def make_view(qtbot, team, runner, clock):
    def make(username: str = "lucia") -> TeamBoardView:
        actions = TicketActions(team.store, team.viewer(username), clock)
        view = TeamBoardView(runner, actions, clock)
        qtbot.addWidget(view)
        view.resize(1000, 700)
        return view

    return make


@pytest.fixture
def view(qtbot, make_view) -> TeamBoardView:
    made = make_view()
    with qtbot.waitSignal(made.loaded):
        made.refresh()
    return made
