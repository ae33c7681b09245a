"""Billing writes on the store (issue 7): each writes change + history row + outbox operation in
one transaction; a refused one changes nothing. Also the terms guard on status moves, the
balances without warranty time, renewals and the flat rate."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desk_app.local_store import billing_writes as bw
from desk_app.local_store import ticket_actions_store as acts
from desk_app.local_store.billing_queries import flat_rate, ticket_billing
from desk_app.local_store.contract_writes import ContractDraft, save_contract
from desk_app.local_store.models import (
    Company,
    Contract,
    HourConfirmation,
    OutboxOp,
    Person,
    Ticket,
    TicketHistory,
    TimeEntry,
    TimeTimer,
)
from desk_app.local_store.people_queries import contract_balances
from desk_app.local_store.ticket_writes import NewTicket, ValidationError, create_ticket
from tests.local_store.conftest import NOW

LATER = NOW + timedelta(minutes=30)


@pytest.fixture
def ticket_id(store, people, viewer_of) -> int:
    """José's new ticket (Azteca), created by Ana: Open, terms not accepted."""
    draft = NewTicket(subject="No timbra", body="Error 301", requester_id=people["jose"],
                      ticket_type="problem", channel="phone")  # fmt: skip
    with store.transaction() as s:
        return create_ticket(s, viewer_of("ana"), draft, NOW).id


def snapshot(store) -> tuple:
    with store.session() as s:
        tickets = s.execute(
            select(Ticket.id, Ticket.status, Ticket.responsible_id, Ticket.billing,
                   Ticket.billing_decided_at, Ticket.estimate_minutes, Ticket.terms_accepted_at,
                   Ticket.terms_accepted_by_id, Ticket.updated_at).order_by(Ticket.id)
        ).all()  # fmt: skip
        counts = tuple(s.scalar(select(func.count()).select_from(model)) for model in (
            TicketHistory, OutboxOp, TimeEntry, HourConfirmation, TimeTimer, Contract))  # fmt: skip
        timers = s.execute(select(TimeTimer.user_id, TimeTimer.started_at)).all()
        return [tuple(t) for t in tickets], counts, [tuple(t) for t in timers]


def refused(store, action, field: str) -> ValidationError:
    before = snapshot(store)
    with pytest.raises(ValidationError) as error, store.transaction() as s:
        action(s)
    assert field in error.value.errors, error.value.errors
    assert snapshot(store) == before
    return error.value


def since(store, model, after: int) -> list:
    with store.session() as s:
        rows = list(s.scalars(select(model).where(model.id > after).order_by(model.id)))
        s.expunge_all()
        return rows


def last_id(store, model) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.max(model.id))) or 0)


def marks(store) -> tuple[int, int]:
    return last_id(store, TicketHistory), last_id(store, OutboxOp)


# -- decisions -------------------------------------------------------------------------------


def test_decide_records_who_and_when_with_history_and_one_update(store, viewer_of,
                                                                 ticket_id) -> None:  # fmt: skip
    h, o = marks(store)
    with store.transaction() as s:
        assert bw.decide(s, viewer_of("ana"), ticket_id, "warranty", LATER) == ["billing"]
    [row] = since(store, TicketHistory, h)
    assert (row.field, row.old_value, row.new_value) == ("billing", None, "warranty")
    [op] = since(store, OutboxOp, o)
    assert (op.entity, op.op) == ("ticket", "update")
    assert op.payload["fields"] == {"billing": "warranty", "billing_decided_at": LATER.isoformat(),
                                    "billing_decided_by_id": viewer_of("ana").user_id}  # fmt: skip
    with store.session() as s:
        view = ticket_billing(s, viewer_of("ana"), ticket_id, LATER)
    assert (view.billing, view.billing_decided_by, view.billing_decided_at) == (
        "warranty", "Ana López", LATER)  # fmt: skip
    with store.transaction() as s:  # the same decision again writes nothing
        assert bw.decide(s, viewer_of("ana"), ticket_id, "warranty", LATER) == []
    assert marks(store) == (row.id, op.id)


def test_bad_decisions_change_nothing(store, viewer_of, people, ticket_id) -> None:
    refused(store, lambda s: bw.decide(s, viewer_of("ana"), ticket_id, "free", LATER), "billing")
    refused(store, lambda s: bw.decide(s, viewer_of("ana"), ticket_id, None, LATER), "billing")
    with pytest.raises(LookupError), store.transaction() as s:  # Beto does not see it
        bw.decide(s, viewer_of("beto"), ticket_id, "warranty", LATER)


def test_estimate_history_and_update(store, viewer_of, ticket_id) -> None:
    h, o = marks(store)
    with store.transaction() as s:
        assert bw.set_estimate(s, viewer_of("ana"), ticket_id, 180, LATER) == ["estimate"]
        assert bw.set_estimate(s, viewer_of("ana"), ticket_id, None, LATER) == ["estimate"]
    assert [(r.field, r.old_value, r.new_value) for r in since(store, TicketHistory, h)] == [
        ("estimate", None, "180"), ("estimate", "180", None)]  # fmt: skip
    assert [op.payload["fields"] for op in since(store, OutboxOp, o)] == [
        {"estimate_minutes": 180}, {"estimate_minutes": None}]  # fmt: skip
    for bad in (0, -30, 10**9, True, "90"):
        refused(store, lambda s, b=bad: bw.set_estimate(s, viewer_of("ana"), ticket_id, b, LATER),
                "estimate")  # fmt: skip


def test_a_confirmation_is_a_row_a_history_row_and_an_operation(store, viewer_of, people,
                                                                 ticket_id) -> None:  # fmt: skip
    h, o = marks(store)
    with store.transaction() as s:
        made = bw.record_confirmation(s, viewer_of("ana"), ticket_id, 240, people["jose"],
                                      "email", LATER, note="OK por correo")  # fmt: skip
        uid = made.uid
    [row] = since(store, TicketHistory, h)
    assert (row.field, row.new_value) == ("confirmation", "240 min, José Núñez (email)")
    [op] = since(store, OutboxOp, o)
    with store.session() as s:
        jose_uid = s.get(Person, people["jose"]).uid
        ticket_uid = s.get(Ticket, ticket_id).uid
    assert (op.entity, op.entity_uid, op.op) == ("hour_confirmation", uid, "create")
    assert op.payload == {"ticket_uid": ticket_uid, "minutes": 240, "confirmed_by_uid": jose_uid,
                          "recorded_by_id": viewer_of("ana").user_id, "how": "email",
                          "confirmed_at": LATER.isoformat(), "note": "OK por correo"}  # fmt: skip
    with store.session() as s:
        view = ticket_billing(s, viewer_of("ana"), ticket_id, LATER)
    assert view.confirmed_minutes == 240
    [shown] = view.confirmations
    assert (shown.confirmed_by, shown.recorded_by, shown.how) == ("José Núñez", "Ana López",
                                                                  "email")  # fmt: skip


def test_bad_confirmations_change_nothing(store, viewer_of, people, ticket_id) -> None:
    ana = viewer_of("ana")

    def confirm(minutes=180, person=people["jose"], how="phone"):
        return lambda s: bw.record_confirmation(s, ana, ticket_id, minutes, person, how, LATER)

    refused(store, confirm(minutes=0), "minutes")
    refused(store, confirm(minutes=-60), "minutes")
    refused(store, confirm(how="pigeon"), "how")
    refused(store, confirm(person=people["rosa"]), "person")  # another company's
    refused(store, confirm(person=999_999), "person")


def test_terms_on_the_ticket_with_history_and_update(store, viewer_of, people,
                                                     ticket_id) -> None:  # fmt: skip
    h, o = marks(store)
    with store.transaction() as s:
        assert bw.accept_terms(s, viewer_of("ana"), ticket_id, people["jose"], "portal",
                               LATER) == ["terms"]  # fmt: skip
    [row] = since(store, TicketHistory, h)
    assert (row.field, row.old_value, row.new_value) == ("terms", None, "José Núñez (portal)")
    [op] = since(store, OutboxOp, o)
    assert op.payload["fields"] == {"terms_accepted_at": LATER.isoformat(),
                                    "terms_accepted_by_id": people["jose"],
                                    "terms_accepted_how": "portal"}  # fmt: skip
    with store.session() as s:
        terms = ticket_billing(s, viewer_of("ana"), ticket_id, LATER).terms
    assert (terms.accepted, terms.source, terms.accepted_by, terms.how) == (
        True, "ticket", "José Núñez", "portal")  # fmt: skip
    refused(store, lambda s: bw.accept_terms(s, viewer_of("ana"), ticket_id, people["rosa"],
                                             "portal", LATER), "person")  # fmt: skip
    refused(store, lambda s: bw.accept_terms(s, viewer_of("ana"), ticket_id, people["jose"],
                                             "telepathy", LATER), "how")  # fmt: skip


# -- the terms guard -------------------------------------------------------------------------


def test_without_terms_a_ticket_cannot_leave_open(store, viewer_of, people, ticket_id) -> None:
    ana = viewer_of("ana")
    error = refused(store, lambda s: acts.set_status(s, ana, ticket_id, "in_progress", LATER),
                    "status")  # fmt: skip
    assert "terms of attention" in error.errors["status"]
    refused(store, lambda s: acts.set_status(s, ana, ticket_id, "closed", LATER), "status")
    refused(store, lambda s: acts.close(s, ana, ticket_id, LATER), "status")
    # Taking it makes me the responsible; it stays Open until the terms are accepted.
    with store.transaction() as s:
        assert "status" not in acts.take(s, ana, ticket_id, LATER)
        assert s.get(Ticket, ticket_id).status == "open"
        bw.accept_terms(s, ana, ticket_id, people["jose"], "email", LATER)
    with store.transaction() as s:
        assert acts.set_status(s, ana, ticket_id, "in_progress", LATER) == ["status"]


def test_a_contract_with_accepted_terms_covers_its_companys_tickets(store, viewer_of, people,
                                                                    ticket_id) -> None:  # fmt: skip
    ana = viewer_of("ana")
    draft = ContractDraft(company_id=people["acme"], name="Póliza", period_kind="annual",
                          hours=100, hourly_rate="800", starts_on=date(2026, 1, 1),
                          ends_on=date(2026, 12, 31), terms_accepted_at=NOW - timedelta(days=300),
                          terms_accepted_by_id=people["jose"])  # fmt: skip
    with store.transaction() as s:
        save_contract(s, ana, draft, NOW)
    after_it = NOW.replace(year=2027)
    refused(store, lambda s: acts.set_status(s, ana, ticket_id, "in_progress", after_it),
            "status")  # the contract has ended  # fmt: skip
    with store.session() as s:
        terms = ticket_billing(s, ana, ticket_id, LATER).terms
    assert (terms.source, terms.contract_name, terms.accepted_by) == ("contract", "Póliza",
                                                                      "José Núñez")  # fmt: skip
    with store.transaction() as s:
        assert acts.set_status(s, ana, ticket_id, "in_progress", LATER) == ["status"]


# -- time ------------------------------------------------------------------------------------


def test_an_entry_with_a_start_carries_it_to_the_outbox(store, viewer_of, ticket_id) -> None:
    start = NOW - timedelta(hours=2)
    o = last_id(store, OutboxOp)
    with store.transaction() as s:
        entry = bw.log_time(s, viewer_of("ana"), ticket_id, "L2", 45, NOW, started_at=start,
                            note="análisis")  # fmt: skip
        uid = entry.uid
    [op] = since(store, OutboxOp, o)
    assert (op.entity, op.entity_uid, op.op) == ("time_entry", uid, "create")
    assert op.payload["started_at"] == start.isoformat()
    assert (op.payload["kind"], op.payload["minutes"]) == ("L2", 45)


def test_overlapping_or_absurd_entries_change_nothing(store, viewer_of, ticket_id) -> None:
    ana = viewer_of("ana")
    start = NOW - timedelta(hours=3)
    with store.transaction() as s:
        bw.log_time(s, ana, ticket_id, "L1", 60, NOW, started_at=start)

    def entry(minutes=30, at=start, kind="L1"):
        return lambda s: bw.log_time(s, ana, ticket_id, kind, minutes, NOW, started_at=at)

    refused(store, entry(at=start + timedelta(minutes=30)), "started_at")
    refused(store, entry(at=start - timedelta(minutes=20)), "started_at")
    refused(store, entry(at=NOW + timedelta(hours=1)), "started_at")  # in the future
    refused(store, entry(at=start.replace(tzinfo=None)), "started_at")
    for bad in (0, -15, 1441, 10**6):
        refused(store, entry(minutes=bad, at=start - timedelta(days=3)), "minutes")
    refused(store, entry(kind="L4", at=start - timedelta(days=3)), "kind")
    with store.transaction() as s:  # right after it is fine; so is another user's time
        bw.log_time(s, ana, ticket_id, "L1", 30, NOW, started_at=start + timedelta(minutes=60))
        bw.log_time(s, viewer_of("lucia"), ticket_id, "L1", 30, NOW, started_at=start)


def test_a_timer_is_a_row_until_stopped_then_an_entry(store, viewer_of, ticket_id) -> None:
    ana = viewer_of("ana")
    with store.transaction() as s:
        bw.start_timer(s, ana, ticket_id, "L2", NOW)
    o = last_id(store, OutboxOp)
    assert since(store, OutboxOp, 0)[-1].entity != "time_entry"  # nothing to sync yet
    refused(store, lambda s: bw.start_timer(s, ana, ticket_id, "L1", NOW), "timer")
    # a manual entry inside the running timer's time overlaps it
    inside = NOW + timedelta(minutes=10)
    refused(store, lambda s: bw.log_time(s, ana, ticket_id, "L1", 5, LATER, started_at=inside),
            "started_at")  # fmt: skip
    refused(store, lambda s: bw.stop_timer(s, ana, NOW + timedelta(seconds=50)), "timer")
    with store.transaction() as s:
        entry = bw.stop_timer(s, ana, NOW + timedelta(minutes=25, seconds=40), note="hecho")
        assert (entry.kind, entry.minutes, entry.started_at, entry.note) == ("L2", 25, NOW,
                                                                             "hecho")  # fmt: skip
        assert s.scalar(select(func.count()).select_from(TimeTimer)) == 0
    [op] = since(store, OutboxOp, o)
    assert (op.entity, op.payload["minutes"], op.payload["started_at"]) == (
        "time_entry", 25, NOW.isoformat())  # fmt: skip
    refused(store, lambda s: bw.stop_timer(s, ana, LATER), "timer")  # none is running


def test_a_forgotten_timer_is_refused_and_can_be_discarded(store, viewer_of, ticket_id) -> None:
    ana = viewer_of("ana")
    with store.transaction() as s:
        bw.start_timer(s, ana, ticket_id, "L1", NOW)
    refused(store, lambda s: bw.stop_timer(s, ana, NOW + timedelta(hours=25)), "timer")
    with store.transaction() as s:
        assert bw.cancel_timer(s, ana) is True
        assert bw.cancel_timer(s, ana) is False
    assert snapshot(store)[1][2] == 0  # no time entry was written


# -- balances, renewals, the flat rate -------------------------------------------------------


def test_warranty_time_does_not_consume_the_balance(store, viewer_of, people, ticket_id) -> None:
    ana = viewer_of("ana")
    draft = ContractDraft(company_id=people["acme"], name="Bolsa", period_kind="monthly",
                          hours=10, hourly_rate="800", starts_on=date(2026, 11, 1),
                          ends_on=date(2027, 10, 31))  # fmt: skip
    with store.transaction() as s:
        save_contract(s, ana, draft, NOW)
        bw.log_time(s, ana, ticket_id, "L1", 90, NOW)
        bw.log_time(s, ana, ticket_id, "quality", 30, NOW)

    def used() -> int:
        with store.session() as s:
            [balance] = contract_balances(s, s.get(Company, people["acme"]), NOW)
            return balance.used_minutes

    assert used() == 120  # not decided yet: counts as consumption
    with store.transaction() as s:
        bw.decide(s, ana, ticket_id, "warranty", NOW)
    assert used() == 0
    with store.transaction() as s:
        bw.decide(s, ana, ticket_id, "consumption", NOW)
    assert used() == 120


def test_a_renewal_is_a_new_contract_following_on(store, viewer_of, people) -> None:
    ana = viewer_of("ana")
    draft = ContractDraft(company_id=people["acme"], name="Póliza 2026", period_kind="annual",
                          hours=120, hourly_rate="750.00", starts_on=date(2026, 1, 1),
                          ends_on=date(2026, 12, 31))  # fmt: skip
    with store.transaction() as s:
        old = save_contract(s, ana, draft, NOW)
        old_id, old_uid = old.id, old.uid
    o = last_id(store, OutboxOp)
    with store.transaction() as s:
        new = bw.renew_contract(s, ana, old_id, NOW)
        assert (new.renewal_of_id, new.starts_on, new.ends_on) == (old_id, date(2027, 1, 1),
                                                                   date(2027, 12, 31))  # fmt: skip
        assert (new.hours, new.hourly_rate, new.period_kind) == (120, Decimal("750.00"), "annual")
    [op] = since(store, OutboxOp, o)
    assert (op.entity, op.op, op.payload["renewal_of_uid"]) == ("contract", "create", old_uid)
    refused(store, lambda s: bw.renew_contract(s, ana, old_id, NOW), "contract")  # once
    with store.transaction() as s:
        fixed = save_contract(s, ana, ContractDraft(**{**draft.__dict__, "renewable": False,
                                                       "name": "Fija"}), NOW)  # fmt: skip
        fixed_id = fixed.id
    refused(store, lambda s: bw.renew_contract(s, ana, fixed_id, NOW), "contract")
    refused(store, lambda s: bw.renew_contract(s, ana, 999_999, NOW), "contract")


def test_a_contract_ending_before_it_starts_is_refused(store, viewer_of, people) -> None:
    draft = ContractDraft(company_id=people["acme"], name="Mal", period_kind="monthly", hours=5,
                          hourly_rate="1", starts_on=date(2026, 2, 1),
                          ends_on=date(2026, 1, 31))  # fmt: skip
    refused(store, lambda s: save_contract(s, viewer_of("ana"), draft, NOW), "ends_on")


def test_the_flat_rate_is_set_by_a_leader(store, viewer_of) -> None:
    refused(store, lambda s: bw.set_flat_rate(s, viewer_of("ana"), "900"), "flat_rate")
    with store.transaction() as s:
        assert bw.set_flat_rate(s, viewer_of("lucia"), "950.5") == Decimal("950.50")
    for bad in ("-3", "mucho"):
        with pytest.raises(ValidationError), store.transaction() as s:
            bw.set_flat_rate(s, viewer_of("lucia"), bad)
    with store.session() as s:
        assert flat_rate(s) == Decimal("950.50")
    with store.transaction() as s:
        assert bw.set_flat_rate(s, viewer_of("admin"), None) is None
    with store.session() as s:
        assert flat_rate(s) is None
