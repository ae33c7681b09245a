"""The KPI screen over the real temporary desk, with calls, surveys and closed tickets whose
KPIs are computed by hand below (NOW = Wednesday 12 March 2025, 11:00 in Mexico City).

Team Mesa CDMX: Ana (from conftest) and Carla, advisors; Lucía, leader. March 2025:
  Ana   10 inbound calls (6 on Mon 10, 4 on Tue 11), 9 answered, 5 resolved at first contact,
        plus one outbound call that counts nowhere
        → service level 9 of 10 = 90.0 % (meets 90), FCR 5 of 9 = 55.6 %
  Carla 3 inbound calls on Tue 11, all answered, none resolved → too few for SL and FCR
  Team  service level 12 of 13 = 92.3 % (green); FCR 5 of 12 = 41.7 % (amber: 45 − 3.3)
  Surveys (Ana): CSAT 5 5 4 4 3 2 → 4 of 6 = 66.7 % (red); CES 7 6 5 → too few (n=3), though
        all three are "easy"; NPS 10 9 9 7 3 → 3 promoters − 1 detractor of 5 = +40 (no target
        in the first year)
  Tickets closed by Ana's responsibility: the desk's "Cierre mensual" (no tags, no body, no
        time, not closed by her), 4 that follow the process and 1 without time logged
        → adherence 4 of 6 = 66.7 % (red)
February 2025: Ana 6 inbound calls on Thu 20, all answered and resolved → 100.0 %.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desk_app.domain.kpi import ProgramPhase
from desk_app.local_store.models import (
    Call,
    SurveyAnswer,
    Tag,
    TimeEntry,
    User,
    call_tickets,
    ticket_tags,
)
from desk_app.services.kpis import KpiService
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.kpi_view import KpiView

MAR_10 = datetime(2025, 3, 10, 16, 0, tzinfo=UTC)  # 10:00 in Mexico City
MAR_11 = datetime(2025, 3, 11, 16, 0, tzinfo=UTC)
FEB_20 = datetime(2025, 2, 20, 16, 0, tzinfo=UTC)


@pytest.fixture
def runner(desk) -> Iterator[DbRunner]:
    made = DbRunner(desk.store)
    yield made
    made.shutdown()


def _call(s, desk, advisor: str, started: datetime, outcome: str | None, *, answered: bool = True,
          direction: str = "inbound", ticket: int | None = None) -> int:  # fmt: skip
    call = Call(
        direction=direction, number_raw="55 1234 5678", number_e164="+525512345678",
        person_id=desk.ids["maria"], company_id=desk.ids["norte"],
        advisor_id=desk.ids[advisor], started_at=started,
        answered_at=started + timedelta(seconds=10) if answered else None,
        ended_at=started + timedelta(minutes=3), hold_seconds=0, state="done", outcome=outcome,
    )  # fmt: skip
    s.add(call)
    s.flush()
    if ticket is not None:
        s.execute(call_tickets.insert().values(call_id=call.id, ticket_id=ticket))
    return call.id


def _closed_ticket(desk, subject: str, closed: datetime, *, minutes: int | None) -> int:
    ana = desk.ids["ana"]
    ticket_id = desk.add_ticket(
        subject, body="Detalle del caso.", status="closed", resolved_at=closed,
        closed_by_id=ana, created_at=closed - timedelta(hours=3), updated_at=closed,
        history=[(closed - timedelta(hours=3), "open"), (closed - timedelta(hours=2),
                 "in_progress"), (closed, "closed")],
    )  # fmt: skip
    with desk.store.transaction() as s:
        tag = s.scalars(select(Tag).where(Tag.name == "facturación")).one()
        s.execute(ticket_tags.insert().values(ticket_id=ticket_id, tag_id=tag.id))
        if minutes is not None:
            s.add(TimeEntry(ticket_id=ticket_id, user_id=ana, kind="L1", minutes=minutes))
    return ticket_id


@pytest.fixture
def kpi_data(desk) -> dict[str, object]:
    ids: dict[str, object] = {}
    with desk.store.transaction() as s:
        carla = User(username="carla", full_name="Carla Núñez", role="advisor",
                     team_id=s.get(User, desk.ids["ana"]).team_id)  # fmt: skip
        s.add(carla)
        s.flush()
        desk.ids["carla"] = carla.id
        at = MAR_10
        mar_10 = ["resolved_first_contact"] * 4 + ["ticket_created"] * 2
        for n, outcome in enumerate(mar_10):
            ticket = desk.ids["invoice"] if outcome == "ticket_created" else None
            _call(s, desk, "ana", at + timedelta(minutes=10 * n), outcome, ticket=ticket)
        for n, outcome in enumerate(["resolved_first_contact", "transferred", "callback"]):
            _call(s, desk, "ana", MAR_11 + timedelta(minutes=10 * n), outcome)
        ids["missed"] = _call(s, desk, "ana", MAR_11 + timedelta(minutes=40), "missed",
                              answered=False)  # fmt: skip
        _call(s, desk, "ana", MAR_11 + timedelta(minutes=50), "resolved_first_contact",
              direction="outbound")  # fmt: skip
        for n in range(3):
            _call(s, desk, "carla", MAR_11 + timedelta(minutes=5 + 10 * n), "ticket_updated")
        for n in range(6):
            _call(s, desk, "ana", FEB_20 + timedelta(minutes=10 * n), "resolved_first_contact")
        answers = [(5, 7, 10), (5, 6, 9), (4, 5, 9), (4, None, 7), (3, None, 3), (2, None, None)]
        for n, (csat, ces, nps) in enumerate(answers):
            s.add(SurveyAnswer(advisor_id=desk.ids["ana"], csat=csat, ces=ces, nps=nps,
                               answered_at=MAR_10 + timedelta(minutes=5 + 10 * n)))  # fmt: skip
    ids["adhering"] = [
        _closed_ticket(desk, f"Caso resuelto {n}", MAR_11 + timedelta(hours=n), minutes=30)
        for n in range(4)
    ]
    ids["no_time"] = _closed_ticket(desk, "Caso sin tiempo", MAR_10, minutes=None)
    return ids


@pytest.fixture
def make_view(qtbot, desk, runner, fixed_clock) -> Callable[..., KpiView]:
    def make(username: str = "lucia", *, show: bool = True) -> KpiView:
        service = KpiService(desk.store, desk.viewer(username), phase=ProgramPhase.FIRST_YEAR,
                             clock=fixed_clock)  # fmt: skip
        view = KpiView(runner, service, fixed_clock)
        qtbot.addWidget(view)
        view.resize(1200, 800)
        if show:
            view.show()
            qtbot.waitExposed(view)
        wait_loaded(qtbot, view)
        return view

    return make


def wait_loaded(qtbot, view: KpiView) -> None:
    done: list[bool] = []
    view.call_when_loaded(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
