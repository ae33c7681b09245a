"""BillingService (issue 7): the timer survives a restart (a new service on the same
workspace), overlapping time is refused, logging warns while the ticket awaits the key user's
confirmation or the balance runs low, and every write returns the fresh TicketBilling."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desk_app.local_store.contract_writes import ContractDraft, save_contract
from desk_app.local_store.engine import open_store
from desk_app.services.billing import (
    AWAITING_CONFIRMATION,
    BALANCE_EXHAUSTED,
    BALANCE_LOW,
    BillingService,
    ValidationError,
)
from tests.conftest import NOW


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def service(desk, clock) -> BillingService:
    return BillingService(desk.store, desk.viewer("ana"), clock)


def give_contract(desk, hours: int) -> None:
    draft = ContractDraft(company_id=desk.ids["norte"], name="Bolsa mensual",
                          period_kind="monthly", hours=hours, hourly_rate="800",
                          starts_on=date(2025, 1, 1), ends_on=date(2025, 12, 31))  # fmt: skip
    with desk.store.transaction() as s:
        save_contract(s, desk.viewer("ana"), draft, NOW)


def test_the_timer_survives_a_restart(desk, clock, service) -> None:
    invoice = desk.ids["invoice"]
    started = service.start_timer(invoice, "L1")
    assert started.timer_here and started.timer is not None and started.timer.kind == "L1"
    desk.store.close()  # the app quits with the timer running …
    clock.advance(minutes=42, seconds=10)
    desk.store = open_store(desk.path)  # … and starts again
    again = BillingService(desk.store, desk.viewer("ana"), clock)
    with desk.store.session() as s:
        running = again.running_timer(s)
    assert running is not None and running.ticket_id == invoice
    assert running.elapsed_minutes(clock()) == 42
    logged = again.stop_timer()
    assert logged.billing.minutes_by_kind["L1"] == 42 and logged.billing.timer is None
    with desk.store.session() as s:
        assert again.running_timer(s) is None


def test_a_timer_under_a_minute_logs_nothing_and_keeps_running(desk, clock, service) -> None:
    service.start_timer(desk.ids["invoice"], "L2")
    clock.advance(seconds=30)
    with pytest.raises(ValidationError, match="shorter than a minute: nothing logged"):
        service.stop_timer()
    with desk.store.session() as s:
        assert service.ticket_billing(s, desk.ids["invoice"]).logged_minutes == 0
        assert service.running_timer(s) is not None
    assert service.cancel_timer() is True


def test_overlapping_time_is_refused(desk, clock, service) -> None:
    invoice = desk.ids["invoice"]
    service.log_time(invoice, "L1", 60, started_at=NOW - timedelta(hours=2))
    with pytest.raises(ValidationError, match="overlaps"):
        service.log_time(invoice, "L2", 30, started_at=NOW - timedelta(minutes=90))
    service.start_timer(invoice, "L2")
    clock.advance(minutes=20)
    with pytest.raises(ValidationError, match="overlaps"):
        service.log_time(invoice, "L1", 5, started_at=NOW + timedelta(minutes=5))
    with desk.store.session() as s:
        assert service.ticket_billing(s, invoice).minutes_by_kind == {
            "L1": 60, "L2": 0, "L3": 0, "quality": 0}  # fmt: skip


def test_crossing_two_hours_warns_until_the_key_user_confirms(desk, clock, service) -> None:
    invoice = desk.ids["invoice"]
    first = service.log_time(invoice, "L1", 90)
    assert first.warnings == () and not first.billing.needs_confirmation
    second = service.log_time(invoice, "L2", 40)
    assert second.warnings == (AWAITING_CONFIRMATION,)
    assert second.billing.needs_confirmation and second.billing.requested_minutes == 130
    confirmed = service.confirm(invoice, 240, desk.ids["maria"], "phone", "hasta 4 h")
    assert not confirmed.needs_confirmation and confirmed.confirmed_minutes == 240
    assert service.log_time(invoice, "L3", 60).warnings == ()
    # the estimate grows past what was confirmed: it asks again, before any more time
    grown = service.set_estimate(invoice, 360)
    assert grown.needs_confirmation and grown.requested_minutes == 360
    assert service.log_time(invoice, "quality", 5).warnings == (AWAITING_CONFIRMATION,)


def test_balance_warnings_and_warranty(desk, clock, service) -> None:
    give_contract(desk, hours=2)
    invoice = desk.ids["invoice"]
    low = service.log_time(invoice, "L1", 100)
    assert low.warnings == (BALANCE_LOW,)
    assert low.billing.balance is not None and low.billing.balance.remaining_minutes == 20
    exhausted = service.log_time(invoice, "L2", 20)
    assert exhausted.warnings == (BALANCE_EXHAUSTED,)
    warranty = service.decide(invoice, "warranty")
    assert warranty.billing == "warranty" and warranty.billing_decided_by == "Ana López"
    assert warranty.balance is not None and warranty.balance.used_minutes == 0
    # past two hours now: it awaits confirmation, but warranty time says nothing of the balance
    assert service.log_time(invoice, "L1", 10).warnings == (AWAITING_CONFIRMATION,)


def test_no_contract_no_balance_warning(desk, service) -> None:
    logged = service.log_time(desk.ids["invoice"], "L1", 30)
    assert logged.warnings == () and logged.billing.balance_state == "no_contract"


def test_terms_and_contacts_for_the_dialogs(desk, service) -> None:
    printer = desk.add_ticket("Sin términos", status="open", terms_accepted_at=None)
    with desk.store.session() as s:
        view = service.ticket_billing(s, printer)
    assert not view.terms.accepted and view.terms.source is None
    assert [(c.full_name, c.is_requester) for c in view.contacts] == [("María Pérez Gómez", True)]
    accepted = service.accept_terms(printer, desk.ids["maria"], "email")
    assert accepted.terms.accepted and accepted.terms.accepted_by == "María Pérez Gómez"


def test_bad_input_is_refused_with_a_message(desk, service) -> None:
    invoice = desk.ids["invoice"]
    with pytest.raises(ValidationError, match="at least one minute"):
        service.log_time(invoice, "L1", -10)
    with pytest.raises(ValidationError, match="24 hours"):
        service.log_time(invoice, "L1", 60 * 30)
    with pytest.raises(ValidationError):
        service.confirm(invoice, 120, desk.ids["jorge"], "phone")  # not María's company
    with pytest.raises(LookupError):
        service.decide(desk.ids["hidden"], "warranty")
    with desk.store.session() as s:
        view = service.ticket_billing(s, invoice)
    assert view.logged_minutes == 0 and view.confirmations == () and view.billing is None
