"""The call panel driven as an advisor would: real service, real store, a clock we move."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from desk_app.local_store.call_queries import call_view
from desk_app.local_store.models import Call, Person
from desk_app.services.new_ticket import Prefill

# The offscreen platform warns when a shown top-level widget adjusts its size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NUMBER = "+52 55 1234 5678"


def child(panel, cls, name):
    found = panel.findChild(cls, name)
    assert found is not None, name
    return found


def settle(qtbot, runner):
    qtbot.waitUntil(lambda: runner.pending_count == 0)


def state_text(panel) -> str:
    return child(panel, QLabel, "callState").text()


def click(qtbot, runner, panel, name):
    button = child(panel, QPushButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)


def wait_label(qtbot, panel, name, text):
    label = child(panel, QLabel, name)
    qtbot.waitUntil(lambda: text in label.text())


def test_full_call_incoming_to_wrap_up_with_survey(qtbot, desk, runner, calls, clock, panel):
    assert state_text(panel) == "No call"
    panel.show_call(calls.incoming(NUMBER, name="MARIA PEREZ", external_id="pbx-1"))
    call_id = panel.current_call_id()
    assert call_id is not None
    settle(qtbot, runner)
    assert state_text(panel) == "Incoming call"
    assert child(panel, QLabel, "callNumber").text() == NUMBER
    assert child(panel, QLabel, "callPbxName").text() == "MARIA PEREZ"
    assert child(panel, QLabel, "callerPerson").text() == "María Pérez Gómez"
    assert child(panel, QLabel, "callerCompany").text() == "Ferretería del Norte"
    tickets = child(panel, QListWidget, "callerTickets")
    assert tickets.count() >= 1
    first = tickets.item(0)
    with qtbot.waitSignal(panel.openTicketRequested) as opened:
        tickets.itemClicked.emit(first)  # as a click on the row sends it
    assert opened.args == [int(first.text().split()[0].lstrip("#"))]
    assert not panel.new_ticket_action.isEnabled()

    clock.advance(12)
    wait_label(qtbot, panel, "ringTimer", "0:12")
    click(qtbot, runner, panel, "answerButton")
    assert state_text(panel) == "On the phone"
    assert panel.new_ticket_action.isEnabled()
    clock.advance(60)
    wait_label(qtbot, panel, "talkTimer", "1:00")

    qtbot.keyClicks(child(panel, QPlainTextEdit, "notesEdit"), "Pide reenviar la factura")
    qtbot.waitUntil(lambda: calls_notes(desk, call_id) == "Pide reenviar la factura")

    click(qtbot, runner, panel, "holdButton")
    assert state_text(panel) == "On hold"
    assert child(panel, QPushButton, "holdButton").text() == "Resume"
    clock.advance(20)
    wait_label(qtbot, panel, "holdTimer", "0:20")
    assert "1:00" in child(panel, QLabel, "talkTimer").text()  # hold time is not talk time
    click(qtbot, runner, panel, "holdButton")
    assert state_text(panel) == "On the phone"
    clock.advance(30)
    wait_label(qtbot, panel, "talkTimer", "1:30")
    assert "0:20" in child(panel, QLabel, "holdTimer").text()

    with qtbot.waitSignal(panel.newTicketRequested) as asked:
        click(qtbot, runner, panel, "newTicketButton")
    assert asked.args == [Prefill(requester_id=desk.ids["maria"], channel="phone", phone=NUMBER,
                                  subject="Phone call from María Pérez Gómez",
                                  body="Pide reenviar la factura")]  # fmt: skip

    qtbot.keyClicks(panel.live.link_edit, str(desk.ids["invoice"]))
    click(qtbot, runner, panel, "linkTicketButton")
    assert child(panel, QLabel, "linkedTickets").text().endswith(f"#{desk.ids['invoice']}")

    click(qtbot, runner, panel, "hangUpButton")
    assert state_text(panel) == "Wrap-up"
    assert panel.wrap_up.ticket_ids() == (desk.ids["invoice"],)
    assert panel.wrap_up.notes.toPlainText() == "Pide reenviar la factura"
    clock.advance(40)
    wait_label(qtbot, panel, "wrapUpTimer", "0:40")
    outcome = child(panel, QComboBox, "wrapUpOutcome")
    outcome.setCurrentIndex(outcome.findData("ticket_updated"))
    child(panel, QSpinBox, "csatSpin").setValue(5)
    child(panel, QSpinBox, "npsSpin").setValue(9)
    assert child(panel, QSpinBox, "cesSpin").text() == "Not asked"
    with qtbot.waitSignal(panel.callChanged) as changed:
        click(qtbot, runner, panel, "wrapUpSave")
    assert changed.args == [None]
    assert state_text(panel) == "No call"
    assert panel.current_call_id() is None
    assert not panel.new_ticket_action.isEnabled()

    with desk.store.session() as s:
        view = call_view(s, call_id)
    assert view.state == "done"
    assert view.outcome == "ticket_updated"
    assert (view.csat, view.ces, view.nps) == (5, None, 9)
    assert view.ticket_ids == (desk.ids["invoice"],)
    spans = view.durations(clock())
    assert (spans.ring, spans.talk, spans.hold, spans.wrap_up) == (
        timedelta(seconds=12), timedelta(seconds=90), timedelta(seconds=20),
        timedelta(seconds=40),
    )  # fmt: skip
    settle(qtbot, runner)
    recent = child(panel, QListWidget, "recentNumbers")
    assert "+525512345678" in [recent.item(i).text() for i in range(recent.count())]


def calls_notes(desk, call_id: int) -> str:
    with desk.store.session() as s:
        return s.get(Call, call_id).notes or ""


def test_unknown_caller_offers_create_person_and_reject_logs_a_missed_call(
    qtbot, desk, runner, calls, clock, panel
):
    panel.show_call(calls.incoming("55 9999 0000"))
    call_id = panel.current_call_id()
    settle(qtbot, runner)
    assert child(panel, QLabel, "callerPerson").text() == "Unknown caller"
    with qtbot.waitSignal(panel.createPersonRequested) as asked:
        click(qtbot, runner, panel, "createPersonButton")
    assert asked.args == ["55 9999 0000"]
    clock.advance(25)
    click(qtbot, runner, panel, "rejectButton")
    assert state_text(panel) == "No call"
    with desk.store.session() as s:
        view = call_view(s, call_id)
    assert (view.state, view.outcome, view.answered_at) == ("done", "missed", None)
    assert view.durations(clock()).ring == timedelta(seconds=25)


def test_several_candidates_let_the_advisor_choose_the_caller(qtbot, desk, runner, calls, panel):
    with desk.store.transaction() as s:
        maria = s.get(Person, desk.ids["maria"])
        mario = Person(full_name="Mario Pérez", company_id=maria.company_id,
                       emails=["mario@ferrenorte.mx"], phone="55 1234 5678",
                       phone_e164="+525512345678")  # fmt: skip
        s.add(mario)
        s.flush()
        mario_id = mario.id
    panel.show_call(calls.incoming(NUMBER))
    settle(qtbot, runner)
    assert panel.live.caller.person.text().startswith("2 ")
    candidates = child(panel, QListWidget, "callerCandidates")
    assert candidates.isVisible() and candidates.count() == 2
    row = next(i for i in range(candidates.count()) if "Mario" in candidates.item(i).text())
    with qtbot.waitSignal(panel.callChanged) as changed:
        candidates.itemClicked.emit(candidates.item(row))
    settle(qtbot, runner)
    assert changed.args[0].person_id == mario_id
    assert child(panel, QLabel, "callerPerson").text() == "Mario Pérez"
    click(qtbot, runner, panel, "answerButton")
    with qtbot.waitSignal(panel.newTicketRequested) as asked:
        panel.new_ticket_action.trigger()
    assert asked.args[0].requester_id == mario_id


def test_malformed_number_shows_the_error_and_dials_nothing(qtbot, desk, runner, panel):
    number = panel.idle.number
    qtbot.keyClicks(number, "12ab")
    click(qtbot, runner, panel, "dialButton")
    error = child(panel, QLabel, "error_number")
    assert error.isVisible() and error.text()
    assert state_text(panel) == "No call"
    with desk.store.session() as s:
        assert s.query(Call).count() == 0

    number.clear()
    for key in "5512345678":
        qtbot.mouseClick(child(panel, QToolButton, f"dialKey_{key}"), Qt.MouseButton.LeftButton)
    assert number.text() == "5512345678"
    click(qtbot, runner, panel, "dialButton")
    assert not error.isVisible()
    assert state_text(panel) == "Dialling…"
    assert child(panel, QLabel, "callerPerson").text() == "María Pérez Gómez"


def test_callback_without_time_is_refused_beside_the_field(qtbot, desk, runner, calls, clock,
                                                          panel):  # fmt: skip
    panel.show_call(calls.incoming(NUMBER))
    settle(qtbot, runner)
    click(qtbot, runner, panel, "answerButton")
    clock.advance(30)
    click(qtbot, runner, panel, "hangUpButton")
    outcome = child(panel, QComboBox, "wrapUpOutcome")
    outcome.setCurrentIndex(outcome.findData("callback"))
    click(qtbot, runner, panel, "wrapUpSave")
    error = child(panel, QLabel, "error_wrapUp_callback")
    assert error.isVisible() and "callback" in error.text()
    assert state_text(panel) == "Wrap-up"
    assert child(panel, QPushButton, "wrapUpSave").isEnabled()
    with desk.store.session() as s:
        assert s.get(Call, panel.current_call_id()).state == "wrap_up"


def test_pages_fit_a_320_px_dock(qtbot, runner, calls, panel):
    assert panel.minimumSizeHint().width() <= 320
    panel.show_call(calls.incoming(NUMBER))
    settle(qtbot, runner)
    assert panel.minimumSizeHint().width() <= 320


def test_transfer_menu_lists_advisors_and_level_queues(qtbot, desk, runner, calls, panel):
    panel.show_call(calls.incoming(NUMBER))
    settle(qtbot, runner)
    click(qtbot, runner, panel, "answerButton")
    menu = panel.live.transfer_menu
    menu.aboutToShow.emit()  # as opening the Transfer button's menu does
    settle(qtbot, runner)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["Beto Díaz", "Lucía Fernández", "Queue L1", "Queue L2", "Queue L3"]
    next(a for a in menu.actions() if a.text() == "Queue L2").trigger()
    settle(qtbot, runner)
    assert state_text(panel) == "Wrap-up"
    assert child(panel, QComboBox, "wrapUpOutcome").currentData() == "transferred"
    with desk.store.session() as s:
        assert s.get(Call, panel.current_call_id()).transferred_to == "level:L2"


def test_a_wrap_up_interrupted_by_a_new_call_comes_back_after_it(qtbot, desk, runner, calls,
                                                                 clock, panel):  # fmt: skip
    first = calls.incoming(NUMBER, external_id="first")
    calls.answer(first.id)
    clock.advance(30)
    panel.show_call(calls.hang_up(first.id))
    settle(qtbot, runner)
    assert state_text(panel) == "Wrap-up"
    # The PBX rings again before the wrap-up is saved: the panel shows the new call...
    second = calls.incoming("+52 33 8765 4321", external_id="second")
    panel.show_call(second)
    settle(qtbot, runner)
    assert (state_text(panel), panel.current_call_id()) == ("Incoming call", second.id)
    # ...and once that one is over (missed here), the first call's wrap-up is back.
    panel.show_call(calls.hang_up(second.id))
    qtbot.waitUntil(lambda: panel.current_call_id() == first.id)
    assert state_text(panel) == "Wrap-up"
