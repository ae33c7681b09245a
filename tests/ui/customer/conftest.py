"""The customer 360 panel over the real temporary desk, with a contract, time and calls."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desk_app.local_store.models import Call, Contract, Person, TimeEntry
from desk_app.services.people import PeopleService
from desk_app.ui.customer_panel import CustomerPanel
from desk_app.ui.db_worker import DbRunner


@pytest.fixture
def runner(desk):
    made = DbRunner(desk.store)
    yield made
    made.shutdown()


@pytest.fixture
def customer_data(desk) -> dict[str, int]:
    """Ferretería del Norte: a monthly 10 h contract, María as key user, a backup user, time
    logged in March (counted) and February (not), and three calls."""
    now = desk.now  # 12 March 2025
    with desk.store.transaction() as s:
        s.add(Contract(company_id=desk.ids["norte"], name="Bolsa mensual de horas",
                       period_kind="monthly", hours=10, hourly_rate=650,
                       starts_on=date(2025, 1, 1), ends_on=date(2025, 12, 31),
                       terms_accepted_at=datetime(2025, 1, 2, 16, 0, tzinfo=UTC),
                       terms_accepted_by_id=desk.ids["maria"]))  # fmt: skip
        s.get(Person, desk.ids["maria"]).is_key_user = True
        backup = Person(full_name="Pedro Sánchez", company_id=desk.ids["norte"],
                        is_backup_user=True, phone="55 2222 3333")  # fmt: skip
        s.add(backup)
        s.add_all([
            TimeEntry(ticket_id=desk.ids["invoice"], kind="L1", minutes=60,
                      started_at=now - timedelta(hours=1)),
            TimeEntry(ticket_id=desk.ids["closing"], kind="quality", minutes=30,
                      started_at=now - timedelta(days=1)),
            TimeEntry(ticket_id=desk.ids["closing"], kind="L2", minutes=45,
                      started_at=datetime(2025, 2, 20, 18, 0, tzinfo=UTC)),
        ])  # fmt: skip
        for minutes_ago, outcome, talk in (
            (30, "ticket_created", 185),
            (90, "missed", None),
            (60 * 30, "resolved_first_contact", 62),
        ):
            started = now - timedelta(minutes=minutes_ago)
            s.add(Call(direction="inbound", number_raw="55 1234 5678",
                       caller_name="María Pérez Gómez", person_id=desk.ids["maria"],
                       company_id=desk.ids["norte"], advisor_id=desk.ids["ana"],
                       started_at=started, outcome=outcome,
                       answered_at=started if talk is not None else None,
                       ended_at=started + timedelta(seconds=talk or 40)))  # fmt: skip
        s.flush()
        return {"backup": backup.id}


@pytest.fixture
def make_panel(qtbot, desk, runner, fixed_clock, customer_data):
    def make(username: str = "ana") -> CustomerPanel:
        panel = CustomerPanel(runner, PeopleService(desk.store, desk.viewer(username),
                                                    clock=fixed_clock))  # fmt: skip
        qtbot.addWidget(panel)
        panel.resize(560, 720)
        panel.show()
        return panel

    return make
