"""The new ticket dialog over the real temporary desk, as Ana (an advisor) opens it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_app.local_store.models import Category, Company, OutboxOp, Person, Ticket
from desk_app.services.new_ticket import NewTicketService
from desk_app.services.people import PeopleService
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.new_ticket_dialog import NewTicketDialog


@pytest.fixture
def runner(desk):
    made = DbRunner(desk.store)
    yield made
    made.shutdown()


@pytest.fixture
def categories(desk) -> dict[str, int]:
    with desk.store.transaction() as s:
        billing = Category(name="Facturación")
        s.add(billing)
        s.flush()
        stamping = Category(name="Timbrado", parent_id=billing.id)
        s.add_all([stamping, Category(name="Nómina")])
        s.flush()
        return {"billing": billing.id, "stamping": stamping.id}


@pytest.fixture
def make_dialog(qtbot, desk, runner, fixed_clock, categories):
    """`make_dialog(prefill=None, username="ana")` → a shown, active, loaded dialog."""

    def make(prefill=None, username: str = "ana") -> NewTicketDialog:
        viewer = desk.viewer(username)
        tickets = NewTicketService(desk.store, viewer, clock=fixed_clock)
        people = PeopleService(desk.store, viewer, clock=fixed_clock)
        dialog = NewTicketDialog(runner, tickets, people, prefill=prefill)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.is_loaded and dialog.isActiveWindow())
        return dialog

    return make


@pytest.fixture
def store_counts(desk):
    """`store_counts()` → rows in companies, people, tickets and the outbox, right now."""

    def count() -> dict[str, int]:
        with desk.store.session() as s:
            return {
                name: int(s.scalar(select(func.count()).select_from(model)) or 0)
                for name, model in (("companies", Company), ("people", Person),
                                    ("tickets", Ticket), ("outbox", OutboxOp))
            }  # fmt: skip

    return count
