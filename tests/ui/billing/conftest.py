"""The ticket pane's time and billing over the real temporary desk: Ferretería del Norte with a
monthly 4-hour contract (terms accepted), María as key user, Pedro as backup user, 1 h 20 min
already consumed this month on another ticket, and a clock the tests move by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desk_app.local_store.models import Contract, Person, TimeEntry
from desk_app.services.people import PeopleService
from desk_app.services.ticket_actions import TicketActions
from desk_app.services.tickets import TicketService
from desk_app.ui.customer_panel import CustomerPanel
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.ticket_detail_pane import TicketDetailPane


class MovableClock:
    """The injected clock: stands still until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **span: float) -> None:
        self.now += timedelta(**span)


@pytest.fixture
def clock(desk) -> MovableClock:
    return MovableClock(desk.now)


@pytest.fixture
def contract(desk) -> dict[str, int]:
    with desk.store.transaction() as s:
        made = Contract(company_id=desk.ids["norte"], name="Bolsa mensual", period_kind="monthly",
                        hours=4, hourly_rate=650, starts_on=date(2025, 1, 1),
                        ends_on=date(2025, 12, 31),
                        terms_accepted_at=datetime(2025, 1, 2, 16, 0, tzinfo=UTC),
                        terms_accepted_by_id=desk.ids["maria"])  # fmt: skip
        s.add(made)
        s.get(Person, desk.ids["maria"]).is_key_user = True
        backup = Person(full_name="Pedro Sánchez", company_id=desk.ids["norte"],
                        is_backup_user=True)  # fmt: skip
        s.add(backup)
        s.add(TimeEntry(ticket_id=desk.ids["closing"], user_id=desk.ids["ana"], kind="L2",
                        minutes=80, started_at=desk.now - timedelta(days=1),
                        created_at=desk.now - timedelta(days=1)))  # fmt: skip
        s.flush()
        return {"contract": made.id, "pedro": backup.id}


@pytest.fixture
def runners(desk):
    made: list[DbRunner] = []
    yield made
    for runner in made:
        runner.shutdown()  # before the desk's store closes


@pytest.fixture
def make_pane(qtbot, desk, clock, runners):
    """`make_pane()` → a shown, active, editable TicketDetailPane for Ana on the movable
    clock (a second one is the window after a restart)."""

    def make(username: str = "ana") -> TicketDetailPane:
        viewer = desk.viewer(username)
        runner = DbRunner(desk.store)
        runners.append(runner)
        pane = TicketDetailPane(runner, TicketService(viewer, clock=clock),
                                actions=TicketActions(desk.store, viewer, clock))  # fmt: skip
        qtbot.addWidget(pane)
        pane.resize(760, 1000)
        pane.show()
        qtbot.waitExposed(pane)
        pane.activateWindow()
        qtbot.waitUntil(pane.isActiveWindow)
        return pane

    return make


@pytest.fixture
def make_customer(qtbot, desk, clock, runners):
    def make() -> CustomerPanel:
        runner = DbRunner(desk.store)
        runners.append(runner)
        panel = CustomerPanel(runner, PeopleService(desk.store, desk.viewer(), clock=clock))
        qtbot.addWidget(panel)
        panel.resize(520, 700)
        panel.show()
        return panel

    return make
