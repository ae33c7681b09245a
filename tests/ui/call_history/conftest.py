"""Call history, presence and queue timers over the real temporary desk and its DB worker."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest

from desk_app.local_store.models import Call, Person, SurveyAnswer, call_tickets
from desk_app.services.calls import CallService
from desk_app.ui.db_worker import DbRunner


@pytest.fixture
def runner(desk) -> Iterator[DbRunner]:
    made = DbRunner(desk.store)
    yield made
    made.shutdown()


@pytest.fixture
def make_calls(desk, fixed_clock) -> Callable[..., CallService]:
    def make(username: str = "ana", clock: Callable[[], datetime] = fixed_clock) -> CallService:
        return CallService(desk.store, desk.viewer(username), default_region="MX", clock=clock)

    return make


@pytest.fixture
def calls(make_calls) -> CallService:
    return make_calls()


@pytest.fixture
def call_data(desk) -> dict[str, int]:
    """Five finished calls (NOW = Wed 12 March 2025 17:00 UTC):
    today   Ana, María, 30 min ago, rang 12 s, talked 3:05 with a 0:20 hold, 0:40 wrap-up,
            ticket created (the invoice ticket), survey, notes that look like a formula;
    missed  Ana, 90 min ago, an unknown number that rang 40 s and nobody answered;
    callback  Ana, outbound to María 3 days ago, callback scheduled on the printer ticket;
    old     Ana, 10 days ago (outside the default week), resolved on first contact;
    hidden  Beto with Jorge of Grupo Sur: not in Ana's network, she must never see it."""
    now = desk.now
    ids: dict[str, int] = {}

    def add(s, name: str, minutes_ago: int, *, ring: int, talk: int | None, hold: int = 0,
            wrap: int = 30, tickets: tuple[int, ...] = (), **fields) -> Call:  # fmt: skip
        started = now - timedelta(minutes=minutes_ago)
        answered = None if talk is None else started + timedelta(seconds=ring)
        ended = started + timedelta(seconds=ring + (talk or 0) + hold)
        values = {
            "direction": "inbound", "number_raw": "55 1234 5678",
            "number_e164": "+525512345678", "person_id": desk.ids["maria"],
            "company_id": desk.ids["norte"], "advisor_id": desk.ids["ana"],
            **fields,
        }  # fmt: skip
        call = Call(started_at=started, answered_at=answered, ended_at=ended,
                    wrap_up_ended_at=None if talk is None else ended + timedelta(seconds=wrap),
                    hold_seconds=hold, state="done", **values)  # fmt: skip
        s.add(call)
        s.flush()
        for ticket_id in tickets:
            s.execute(call_tickets.insert().values(call_id=call.id, ticket_id=ticket_id))
        ids[name] = call.id
        return call

    with desk.store.transaction() as s:
        today = add(s, "today", 30, ring=12, talk=185, hold=20, wrap=40,
                    outcome="ticket_created", tickets=(desk.ids["invoice"],),
                    notes='=HYPERLINK("http://evil.example","clic")')  # fmt: skip
        s.add(SurveyAnswer(call_id=today.id, advisor_id=desk.ids["ana"],
                           answered_at=now - timedelta(minutes=26), csat=5, nps=9))  # fmt: skip
        add(s, "missed", 90, ring=40, talk=None, outcome="missed", number_raw="55 9876 5432",
            number_e164="+525598765432", person_id=None, company_id=None,
            caller_name="Desconocido")  # fmt: skip
        add(s, "callback", 3 * 24 * 60, ring=5, talk=60, direction="outbound",
            outcome="callback", tickets=(desk.ids["printer"],),
            notes="Llamar el viernes")  # fmt: skip
        add(s, "old", 10 * 24 * 60, ring=8, talk=120, outcome="resolved_first_contact")
        jorge = s.get(Person, desk.ids["jorge"])
        add(s, "hidden", 20, ring=3, talk=50, outcome="resolved_first_contact",
            number_raw="55 4444 1111", number_e164="+525544441111", person_id=jorge.id,
            company_id=desk.ids["sur"], advisor_id=desk.ids["beto"])  # fmt: skip
    return ids
