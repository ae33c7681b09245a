"""Issue 7 acceptance in the ticket pane: log L1 and L2 time with the timer, cross two hours,
see the confirmation request, record it, mark the ticket warranty and see the company's
balance go back up; the terms of attention hold a ticket in Open until they are recorded; bad
durations never leave the log-time dialog."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from desk_app.local_store.models import HourConfirmation, OutboxOp, Ticket, TicketHistory, TimeEntry
from desk_app.ui.detail_billing_dialogs import ConfirmationDialog, ManualTimeDialog, TermsDialog

# The offscreen platform cannot resize a window to its dialog's size hints; nothing to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
WAIT = 20_000


def open_ticket(qtbot, pane, ticket_id: int) -> None:
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        pane.show_ticket(ticket_id)


def click(qtbot, pane, button) -> None:
    """Click a billing control and wait for the write and the reload."""
    assert button.isEnabled(), button.objectName()
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def dialog_of(qtbot, pane, kind):
    qtbot.waitUntil(lambda: isinstance(pane.dialog, kind) and pane.dialog.isVisible())
    return pane.dialog


def accept(qtbot, pane, dialog) -> None:
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def customer_label(qtbot, customer, name: str) -> QLabel:
    """The one label of that name (a reload deletes the previous ones later)."""
    qtbot.waitUntil(lambda: len(customer.findChildren(QLabel, name)) == 1)
    return customer.findChild(QLabel, name)


def outbox(desk) -> list[tuple[str, str, dict]]:
    with desk.store.session() as s:
        return [(o.entity, o.op, o.payload) for o in s.scalars(select(OutboxOp).order_by(
            OutboxOp.id))]  # fmt: skip


def fields_changed(desk, ticket_id: int) -> list[str]:
    with desk.store.session() as s:
        return list(s.scalars(select(TicketHistory.field).where(
            TicketHistory.ticket_id == ticket_id).order_by(TicketHistory.id)))  # fmt: skip


def test_timer_confirmation_and_warranty(qtbot, desk, clock, contract, make_pane,
                                         make_customer) -> None:  # fmt: skip
    invoice = desk.ids["invoice"]
    pane = make_pane()
    section, banners = pane.billing_section, pane.billing_banners
    open_ticket(qtbot, pane, invoice)
    assert section.isVisible() and not banners.isVisible()
    assert section.kinds["total"].text() == "0 min"
    assert section.balance.text() == "Bolsa mensual · Balance: 2 h 40 min left of 4 h this period."
    started = clock()

    # L1 (the ticket's level) for 70 minutes: the elapsed time ticks from the clock.
    assert section.kind.currentData() == "L1"
    click(qtbot, pane, section.start_button)
    assert section.elapsed.text() == "Timer running: Level 1 · 0:00:00"
    assert section.stop_button.isEnabled() and not section.start_button.isEnabled()
    clock.advance(minutes=70)
    qtbot.waitUntil(lambda: section.elapsed.text().endswith("1:10:00"), timeout=3_000)

    # The timer is a row: a window opened afterwards (a restart) finds it running.
    again = make_pane()
    open_ticket(qtbot, again, invoice)
    assert again.billing_section.elapsed.text() == "Timer running: Level 1 · 1:10:00"
    again.close()

    click(qtbot, pane, section.stop_button)
    assert not section.elapsed.isVisible()
    assert section.kinds["L1"].text() == "1 h 10 min"
    assert not pane.message.isVisible() and not banners.isVisible()

    # Then L2 for an hour: 2 h 10 min in all, over two hours without a confirmation.
    section.kind.setCurrentIndex(section.kind.findData("L2"))
    click(qtbot, pane, section.start_button)
    clock.advance(minutes=60)
    click(qtbot, pane, section.stop_button)
    assert [section.kinds[k].text() for k in ("L1", "L2", "L3", "quality", "total")] == [
        "1 h 10 min", "1 h", "0 min", "0 min", "2 h 10 min"]  # fmt: skip
    assert banners.confirmation.isVisible()
    assert banners.confirmation.label.text() == (
        "Awaiting the key user's confirmation: 2 h 10 min logged, nothing confirmed yet "
        "(needed over 2 h)")  # fmt: skip
    # Logging warned (in amber): the confirmation is missing and the balance runs low.
    assert pane.message.isVisible()
    assert pane.message.text().splitlines() == [
        "Time logged, but the ticket is awaiting the key user's confirmation of the hours: "
        "record it before going on.",
        "Low balance: Ferretería del Norte has 30 min of contract hours left.",
    ]
    assert "#fef3c7" in pane.message.styleSheet()
    assert section.balance.text() == (
        "Bolsa mensual · Low balance: 30 min left of 4 h this period.")  # fmt: skip
    customer = make_customer()
    with qtbot.waitSignal(customer.loaded, timeout=WAIT):
        customer.show_for_ticket(invoice)
    warning = customer_label(qtbot, customer, "contractWarning")
    assert warning.isVisible() and warning.text() == "Low balance: 30 min left of the period's 4 h."

    # The key user's confirmation, recorded from the banner: up to 3 h (2 h 10 rounded up).
    qtbot.mouseClick(banners.confirmation.button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, pane, ConfirmationDialog)
    people = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert people == ["María Pérez Gómez (key user, requester)", "Pedro Sánchez (backup user)"]
    assert dialog.minutes() == 180
    dialog.how.setCurrentIndex(dialog.how.findData("phone"))
    accept(qtbot, pane, dialog)
    assert not banners.isVisible()
    assert section.confirmation.text().startswith(
        "Confirmed up to 3 h by María Pérez Gómez by phone on ")  # fmt: skip

    # Warranty: its time no longer consumes the contract.
    click(qtbot, pane, section.warranty)
    assert section.warranty.isChecked() and section.decided.text().startswith(
        "Decided by Ana López on ")  # fmt: skip
    assert section.balance.text() == (
        "Bolsa mensual · Balance: 2 h 40 min left of 4 h this period. "
        "Warranty: this ticket's time does not consume it.")  # fmt: skip
    with qtbot.waitSignal(customer.loaded, timeout=WAIT):
        customer.refresh()
    balance = customer_label(qtbot, customer, "contractBalance")
    assert balance.text() == "1 h 20 min of 4 h used · 2 h 40 min left"
    assert not customer_label(qtbot, customer, "contractWarning").isVisible()

    # What was stored: the two timed entries, the confirmation, the decision; history; outbox.
    with desk.store.session() as s:
        entries = [
            (e.kind, e.minutes, e.started_at, e.user_id)
            for e in s.scalars(
                select(TimeEntry).where(TimeEntry.ticket_id == invoice).order_by(TimeEntry.id)
            )
        ]
        confirmation = s.scalars(select(HourConfirmation)).one()
        ticket = s.get(Ticket, invoice)
        assert ticket is not None
        decided = (ticket.billing, ticket.billing_decided_by_id, ticket.billing_decided_at)
    ana = desk.ids["ana"]
    assert entries == [("L1", 70, started, ana),
                       ("L2", 60, started + timedelta(minutes=70), ana)]  # fmt: skip
    assert (confirmation.minutes, confirmation.confirmed_by_id, confirmation.recorded_by_id,
            confirmation.how) == (180, desk.ids["maria"], ana, "phone")  # fmt: skip
    assert decided == ("warranty", ana, clock())
    assert fields_changed(desk, invoice)[-2:] == ["confirmation", "billing"]
    ops = outbox(desk)
    assert [(e, op) for e, op, _ in ops] == [
        ("time_entry", "create"), ("time_entry", "create"), ("hour_confirmation", "create"),
        ("ticket", "update")]  # fmt: skip
    assert ops[-1][2]["fields"]["billing"] == "warranty"


def test_terms_hold_the_ticket_in_open_until_recorded(qtbot, desk, make_pane) -> None:
    ticket = desk.add_ticket("Alta de usuario en el portal", status="open",
                             terms_accepted_at=None)  # fmt: skip
    pane = make_pane()
    open_ticket(qtbot, pane, ticket)
    terms = pane.billing_banners.terms
    assert terms.isVisible()
    assert terms.label.text() == (
        "Terms of attention not accepted: the ticket cannot move past Open")  # fmt: skip
    with qtbot.waitSignal(pane.actionFailed, timeout=WAIT):
        pane.form.status.choose("in_progress")
    assert pane.message.isVisible() and "terms of attention" in pane.message.text().lower()
    assert "#fee2e2" in pane.message.styleSheet()
    assert pane.form.status.value() == "open"
    with desk.store.session() as s:
        assert s.get(Ticket, ticket).status == "open"  # type: ignore[union-attr]

    qtbot.mouseClick(terms.button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, pane, TermsDialog)
    dialog.how.setCurrentIndex(dialog.how.findData("email"))
    accept(qtbot, pane, dialog)
    assert not terms.isVisible()
    assert pane.billing_section.terms.text().startswith(
        "Terms of attention accepted by María Pérez Gómez by email on ")  # fmt: skip
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        pane.form.status.choose("in_progress")
    with desk.store.session() as s:
        stored = s.get(Ticket, ticket)
        assert stored is not None
        assert (stored.status, stored.terms_accepted_by_id, stored.terms_accepted_how) == (
            "in_progress", desk.ids["maria"], "email")  # fmt: skip


def test_bad_durations_never_leave_the_dialog(qtbot, desk, clock, make_pane) -> None:
    invoice = desk.ids["invoice"]
    pane = make_pane()
    open_ticket(qtbot, pane, invoice)
    pane.activateWindow()
    qtbot.keyClick(pane.subject, Qt.Key.Key_L, CTRL)
    dialog = dialog_of(qtbot, pane, ManualTimeDialog)
    for minutes, problem in ((0, "Log at least one minute."),
                             (1500, "At most 24 hours in one entry: split longer work into "
                                    "several.")):  # fmt: skip
        dialog.minutes.setValue(minutes)
        assert not dialog.ok_button.isEnabled() and dialog.error.text() == problem
    dialog.minutes.setValue(45)
    dialog.with_start.setChecked(True)
    future = clock() + timedelta(hours=1)
    dialog.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(future.timestamp())))
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.text() == "The start must be in the past."
    start = clock() - timedelta(hours=2)
    dialog.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
    assert dialog.ok_button.isEnabled() and not dialog.error.isVisible()
    accept(qtbot, pane, dialog)
    assert pane.billing_section.kinds["L1"].text() == "45 min"

    # Overlapping my own entry: the store refuses, nothing is written.
    qtbot.mouseClick(pane.billing_section.log_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, pane, ManualTimeDialog)
    dialog.with_start.setChecked(True)
    overlap = start + timedelta(minutes=30)
    dialog.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(overlap.timestamp())))
    with qtbot.waitSignal(pane.actionFailed, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "overlaps" in pane.message.text().lower()
    # A timer stopped within its first minute logs nothing.
    click(qtbot, pane, pane.billing_section.start_button)
    clock.advance(seconds=30)
    with qtbot.waitSignal(pane.actionFailed, timeout=WAIT):
        qtbot.mouseClick(pane.billing_section.stop_button, Qt.MouseButton.LeftButton)
    assert "shorter than a minute" in pane.message.text().lower()
    click(qtbot, pane, pane.billing_section.discard_button)
    assert not pane.billing_section.elapsed.isVisible()
    assert pane.billing_section.start_button.isEnabled()
    with desk.store.session() as s:
        assert [e.minutes for e in s.scalars(
            select(TimeEntry).where(TimeEntry.ticket_id == invoice))] == [45]  # fmt: skip


def test_customer_360_shows_an_exhausted_balance(qtbot, desk, clock, contract,
                                                 make_customer) -> None:  # fmt: skip
    with desk.store.transaction() as s:
        s.add(TimeEntry(ticket_id=desk.ids["printer"], user_id=desk.ids["ana"], kind="L3",
                        minutes=200, started_at=clock() - timedelta(hours=4)))  # fmt: skip
    customer = make_customer()
    with qtbot.waitSignal(customer.loaded, timeout=WAIT):
        customer.show_for_ticket(desk.ids["printer"])
    assert customer_label(qtbot, customer, "contractBalance").text() == (
        "4 h 40 min of 4 h used · overdrawn by 40 min")  # fmt: skip
    warning = customer_label(qtbot, customer, "contractWarning")
    assert warning.isVisible()
    assert warning.text() == "Balance exhausted: work beyond it is billed at the flat hourly rate."
    assert "#991b1b" in warning.styleSheet()
