"""Creating a ticket through the dialog, keyboard first, and what the store then holds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from desk_app.local_store.models import OutboxOp, Person, Ticket, TicketHistory
from desk_app.services.new_ticket import Prefill
from desk_app.ui.new_ticket_dialog import new_ticket_action

# Completer popups on the offscreen platform: Qt warns it cannot raise them or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(widget) -> None:
    widget.setFocus()
    assert QApplication.focusWidget() is widget


def _search_requester(qtbot, dialog, text: str) -> None:
    picker = dialog.requester
    _focus(picker.search)
    qtbot.keyClicks(picker.search, text)
    qtbot.waitUntil(lambda: picker.search_settled)


def _create(qtbot, dialog, widget=None) -> None:
    """Ctrl+Return where the cursor is, and wait for the store's answer."""
    widget = widget or QApplication.focusWidget()
    qtbot.keyClick(widget, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog._busy)


def test_a_ticket_is_created_end_to_end_from_the_keyboard(qtbot, make_dialog, desk):
    dialog = make_dialog()
    assert QApplication.focusWidget() is dialog.subject
    qtbot.keyClicks(dialog.subject, "No timbra la factura A-25828")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)  # Enter moves on, never submits
    assert QApplication.focusWidget() is dialog.requester.search

    # A partial, accent-less name finds "María Pérez Gómez"; Enter picks the best match.
    qtbot.keyClicks(dialog.requester.search, "maria per")
    qtbot.waitUntil(lambda: dialog.requester.search_settled)
    model = dialog.requester.model
    assert model.rowCount() == 1
    assert model.data(model.index(0)).startswith("María Pérez Gómez · Ferretería del Norte")
    qtbot.keyClick(dialog.requester.search, Qt.Key.Key_Return)
    assert dialog.requester.selected().id == desk.ids["maria"]
    assert dialog.requester.chip_label.text() == (
        "María Pérez Gómez · Ferretería del Norte · maria@ferrenorte.mx · 55 1234 5678"
    )
    assert QApplication.focusWidget() is dialog.responsible  # the next step of the process

    qtbot.keyClick(dialog.responsible, Qt.Key.Key_Down)
    assert dialog.responsible.currentText() == "Ana López (me)"

    # The type sets the priority until the user picks one; then the choice stays.
    _focus(dialog.ticket_type)
    assert dialog.priority.currentIndex() == -1
    qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Down)
    assert (dialog.ticket_type.currentText(), dialog.priority.currentText()) == ("Task", "Normal")
    qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Down)
    assert (dialog.ticket_type.currentText(), dialog.priority.currentText()) == (
        "Problem",
        "Urgent",
    )
    assert dialog.priority_hint.text() == "default for Problem"
    qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Up)
    assert dialog.priority.currentText() == "Normal"  # re-defaulted for Task
    qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.priority
    qtbot.keyClick(dialog.priority, Qt.Key.Key_Down)
    assert dialog.priority.currentText() == "Critical"
    assert dialog.priority_hint.text() == "chosen by you"
    _focus(dialog.ticket_type)
    qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Down)  # Configuration: would default Urgent
    qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Up)
    assert (dialog.ticket_type.currentText(), dialog.priority.currentText()) == (
        "Problem",
        "Critical",
    )

    _focus(dialog.tags)
    qtbot.keyClicks(dialog.tags, "CFDI, timbrado")
    qtbot.keyClick(dialog.tags, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.due_check
    qtbot.keyClick(dialog.due_check, Qt.Key.Key_Space)
    assert dialog.due.isEnabled()
    qtbot.keyClick(dialog.due_check, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.due  # (Tab then walks its date sections)
    _focus(dialog.body)
    qtbot.keyClicks(dialog.body, "El timbrado falla con el error 301 desde ayer.")

    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as created:
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return, CTRL)
    ticket_id = created.args[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.body.toPlainText().endswith("ayer.")  # Ctrl+Return added no new line

    with desk.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        assert (ticket.subject, ticket.requester_id, ticket.responsible_id) == (
            "No timbra la factura A-25828",
            desk.ids["maria"],
            desk.ids["ana"],
        )
        assert (ticket.ticket_type, ticket.priority, ticket.channel, ticket.status) == (
            "problem",
            "critical",
            "direct",
            "open",
        )
        assert ticket.body == "El timbrado falla con el error 301 desde ayer."
        assert sorted(t.name for t in ticket.tags) == ["cfdi", "timbrado"]
        assert ticket.due_at == desk.now + timedelta(hours=2)  # the default: 2 h, on the hour
        assert ticket.created_by_id == desk.ids["ana"]
        history = s.execute(
            select(TicketHistory.field, TicketHistory.old_value, TicketHistory.new_value)
            .where(TicketHistory.ticket_id == ticket_id)
            .order_by(TicketHistory.id)
        ).all()
        ops = s.scalars(select(OutboxOp).where(OutboxOp.entity_uid == ticket.uid)).all()
    assert [tuple(row) for row in history] == [
        ("status", None, "open"),
        ("responsible", None, str(desk.ids["ana"])),
    ]
    [op] = ops
    assert (op.entity, op.op) == ("ticket", "create")
    assert op.payload["subject"] == "No timbra la factura A-25828"
    assert op.payload["priority"] == "critical"
    assert op.payload["tags"] == ["cfdi", "timbrado"]


def test_tab_follows_the_process(qtbot, make_dialog):
    dialog = make_dialog()
    seen = [QApplication.focusWidget()]
    assert seen == [dialog.subject]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [w.objectName() for w in seen] == [
        "subject", "requesterSearch", "newRequesterButton", "responsible", "ticketType",
        "priority", "tags", "dueCheck", "body", "channel", "subjectKind", "category",
        "createTicket",  # the subcategory is disabled until a category has subcategories
    ]  # fmt: skip


def test_errors_show_next_to_their_fields_and_nothing_is_written(qtbot, make_dialog, store_counts):
    dialog = make_dialog()
    before = store_counts()
    qtbot.keyClicks(dialog.subject, "   ")
    _create(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["subject"].isVisible()
    assert dialog.errors["subject"].text() == "Write a subject."
    assert dialog.requester.error.text() == "Choose a requester, or create one."
    assert dialog.errors["ticket_type"].text() == "Choose the ticket type."
    assert not dialog.errors["body"].isVisible()
    assert QApplication.focusWidget() is dialog.subject  # the first field with a problem
    assert store_counts() == before

    # Fixing a field clears its message on the next try.
    qtbot.keyClicks(dialog.subject, "Alta de usuarios")
    _create(qtbot, dialog)
    assert not dialog.errors["subject"].isVisible()
    assert dialog.requester.error.isVisible()
    assert QApplication.focusWidget() is dialog.requester.search


def test_category_then_subcategory(qtbot, make_dialog, desk, categories):
    dialog = make_dialog()
    assert not dialog.subcategory.isEnabled()
    _focus(dialog.category)
    while dialog.category.currentText() != "Facturación":
        qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    assert dialog.subcategory.isEnabled()
    assert [dialog.subcategory.itemText(i) for i in range(dialog.subcategory.count())] == [
        "—", "Timbrado"]  # fmt: skip
    assert dialog.draft().category_id == categories["billing"]
    dialog.subcategory.setCurrentIndex(1)
    assert dialog.draft().category_id == categories["stamping"]


def test_a_call_prefills_the_caller_phone_channel_and_subject(qtbot, make_dialog, desk,
                                                              store_counts):  # fmt: skip
    before = store_counts()
    dialog = make_dialog(Prefill(requester_id=desk.ids["maria"], channel="phone",
                                 subject="Llamada de María"))  # fmt: skip
    assert dialog.subject.text() == "Llamada de María"
    assert dialog.channel.currentData() == "phone"
    assert dialog.requester.selected().id == desk.ids["maria"]
    assert dialog.requester.chip.isVisible()
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert store_counts() == before


def test_an_unknown_caller_opens_the_new_requester_form_with_the_number(qtbot, make_dialog):
    dialog = make_dialog(Prefill(channel="phone", phone="+52 55 8765 4321"))
    assert dialog.requester.is_creating()
    assert dialog.requester.form.phone.text() == "+52 55 8765 4321"
    assert dialog.channel.currentData() == "phone"


def test_the_window_action_is_ctrl_n(qtbot):
    opened = []
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    action = new_ticket_action(window, lambda: opened.append(True))
    window.addAction(action)
    assert action.shortcut().toString() == "Ctrl+N"
    assert action.property("shortcutGroup") == "Tickets"
    action.trigger()
    assert opened == [True]


def test_the_dialog_lists_its_shortcuts(make_dialog):
    from PySide6.QtGui import QAction

    dialog = make_dialog()
    keys = {a.text(): [k.toString() for k in a.shortcuts()] for a in dialog.findChildren(QAction)}
    assert keys["Create ticket"] == ["Ctrl+Return", "Ctrl+Enter"]
    assert keys["New requester"] == ["Ctrl+Shift+N"]


def test_a_requester_found_by_email_or_phone(qtbot, make_dialog, desk):
    dialog = make_dialog()
    for text in ("MARIA@FERRENORTE", "5512345678", "norte"):
        dialog.requester.search.clear()
        _search_requester(qtbot, dialog, text)
        names = [dialog.requester.model.match_at(r).full_name
                 for r in range(dialog.requester.model.rowCount())]  # fmt: skip
        assert names == ["María Pérez Gómez"], text
    dialog.requester.search.clear()
    _search_requester(qtbot, dialog, "nadie se llama asi")
    assert dialog.requester.no_match.isVisible()
    assert "Ctrl+Shift+N" in dialog.requester.no_match.text()
    with desk.store.session() as s:
        assert s.scalar(select(Person.id).where(Person.full_name == "nadie")) is None
