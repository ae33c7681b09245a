"""The ticket actions through the detail pane, with the keyboard, as an advisor works: what
the pane shows afterwards and what the store then holds (change, history, outbox)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from desk_app.ui.detail_dialogs import (
    CloseDialog,
    DispatchDialog,
    EscalateDialog,
    FollowUpDialog,
    LogTimeDialog,
)
from desk_app.ui.detail_merge import MergeDialog
from tests.ui.detail.conftest import history, open_ticket, outbox, stored

# The pane is shown (window shortcuts need a visible, active window); offscreen Qt warns.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, pane, key: Qt.Key, modifiers=CTRL) -> None:
    # Window-wide shortcuts: the key goes wherever the focus is, here the subject line. The
    # offscreen platform has no window manager to hand activation back after a dialog.
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    qtbot.keyClick(pane.subject, key, modifiers)


def _dialog(qtbot, pane, kind):
    qtbot.waitUntil(lambda: isinstance(pane.dialog, kind) and pane.dialog.isVisible())
    return pane.dialog


def test_every_action_has_a_shortcut_the_help_dialog_can_list(pane) -> None:
    keys = {
        action.text().replace("&", ""): action.shortcut().toString()
        for action in pane.findChildren(QAction)
        if not action.shortcut().isEmpty()
    }
    assert keys == {
        "Take": "Ctrl+T", "Dispatch…": "Ctrl+D", "Escalate…": "Ctrl+E",
        "Merge into…": "Ctrl+M", "Change status": "Ctrl+Shift+S", "Close…": "Ctrl+Shift+C",
        "Reply": "Ctrl+R", "Internal note": "Ctrl+Shift+N", "Log time…": "Ctrl+L",
        "Follow-up…": "Ctrl+U", "Send reply or note": "Ctrl+Return",
        "Insert canned response…": "Ctrl+Shift+R",
    }  # fmt: skip
    assert all(a.property("shortcutGroup") == "Ticket" for a in pane.findChildren(QAction)
               if not a.shortcut().isEmpty())  # fmt: skip
    for taken in ("Ctrl+F", "F5", "Ctrl+N", "Ctrl+K", "Ctrl+B", "Ctrl+I"):
        assert QKeySequence(taken).toString() not in keys.values()


def test_take_with_ctrl_t(qtbot, pane, desk) -> None:
    printer = desk.ids["printer"]
    open_ticket(qtbot, pane, printer)
    assert pane.fields["responsible"].text() == "Unassigned"
    with (qtbot.waitSignal(pane.ticketChanged, timeout=20_000) as changed,
          qtbot.waitSignal(pane.loaded, timeout=20_000)):  # fmt: skip
        _press(qtbot, pane, Qt.Key.Key_T)
    assert changed.args == [printer]
    assert pane.fields["responsible"].text() == "Ana López"
    assert pane.status_badge.text() == "In progress"
    assert pane.fields["flag"].text() == "Blue: being worked on"
    assert pane.history.changes()[:3] == [
        "Flag: No flag → Blue: being worked on",
        "Status: Open → In progress",
        "Responsible: — → Ana López",
    ]
    assert not pane.detail_actions.take.isEnabled()  # it is mine now
    ticket = stored(desk, printer)
    assert (ticket.responsible_id, ticket.status) == (desk.ids["ana"], "in_progress")
    assert ticket.flag == "blue"
    assert ticket.assigned_at == desk.now
    assert outbox(desk) == [("ticket", ticket.uid, "update")]


def test_dispatch_to_the_leader_with_a_note(qtbot, pane, desk) -> None:
    invoice = desk.ids["invoice"]
    open_ticket(qtbot, pane, invoice)
    _press(qtbot, pane, Qt.Key.Key_D)
    dialog = _dialog(qtbot, pane, DispatchDialog)
    names = [dialog.user.itemText(i) for i in range(dialog.user.count())]
    assert names == ["Beto Díaz · Level 1", "Lucía Fernández · Level 1"]  # not me, no admin
    dialog.user.setFocus()
    qtbot.keyClick(dialog.user, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.note, "El PAC pide revisar el certificado")
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert pane.fields["responsible"].text() == "Lucía Fernández"
    assert pane.status_badge.text() == "Open"  # nobody is working on it yet
    conversation = pane.conversation.text()
    assert conversation.rindex("Internal note") < conversation.index("El PAC pide revisar")
    ticket = stored(desk, invoice)
    assert (ticket.responsible_id, ticket.status, ticket.flag) == (desk.ids["lucia"], "open",
                                                                    "none")  # fmt: skip
    assert history(desk, invoice)[-3:] == [
        ("responsible", str(desk.ids["ana"]), str(desk.ids["lucia"])),
        ("status", "in_progress", "open"),
        ("flag", "blue", "none"),
    ]
    assert [entity for entity, _, _ in outbox(desk)] == ["comment", "ticket"]


def test_escalate_needs_a_reason_and_goes_up_one_level(qtbot, pane, desk) -> None:
    invoice = desk.ids["invoice"]
    open_ticket(qtbot, pane, invoice)
    _press(qtbot, pane, Qt.Key.Key_E)
    dialog = _dialog(qtbot, pane, EscalateDialog)
    assert not dialog.ok_button.isEnabled()  # no reason, no escalation
    qtbot.keyClicks(dialog.reason, "Falla del servicio del PAC, requiere soporte L2")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert pane.fields["level"].text() == "Level 2"
    assert pane.fields["responsible"].text() == "Unassigned"  # in the L2 queue, to be taken
    assert "L1 → L2: Falla del servicio del PAC" in pane.conversation.text()
    assert "Escalation reason: Falla del servicio del PAC, requiere soporte L2" in (
        pane.history.changes())  # fmt: skip
    ticket = stored(desk, invoice)
    assert (ticket.level, ticket.responsible_id) == ("L2", None)
    assert ("escalation_reason", None, "Falla del servicio del PAC, requiere soporte L2") in (
        history(desk, invoice))  # fmt: skip
    # Once more to L3, and then the action is off: there is no level above.
    _press(qtbot, pane, Qt.Key.Key_E)
    dialog = _dialog(qtbot, pane, EscalateDialog)
    qtbot.keyClicks(dialog.reason, "Defecto del producto")
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert pane.fields["level"].text() == "Level 3"
    assert not pane.detail_actions.escalate.isEnabled()


def test_close_shows_the_adherence_gaps_first(qtbot, pane, desk) -> None:
    invoice = desk.ids["invoice"]  # Ana's, in progress, but no tags and no time logged
    open_ticket(qtbot, pane, invoice)
    _press(qtbot, pane, Qt.Key.Key_C, CTRL_SHIFT)
    dialog = _dialog(qtbot, pane, CloseDialog)
    gaps = [text for text in dialog.gap_texts() if text.startswith("✗")]
    assert gaps == ["✗  At least one tag", "✗  Time logged"]
    assert "✓  Went through In progress" in dialog.gap_texts()
    assert "2 step(s) of the standard process missing" in dialog.summary.text()
    assert dialog.ok_button.text() == "Close anyway"
    # Go back: nothing changes.
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert stored(desk, invoice).status == "in_progress"
    assert outbox(desk) == []
    # Through the status field this time: choosing Closed asks the same checklist.
    pane.form.status.setFocus()
    qtbot.keyClick(pane.form.status, Qt.Key.Key_End)
    dialog = _dialog(qtbot, pane, CloseDialog)
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert pane.status_badge.text() == "Closed"
    assert "closed by Ana López" in pane.summary.text()
    assert not pane.detail_actions.close.isEnabled()
    ticket = stored(desk, invoice)
    assert ticket.status == "closed"
    assert (ticket.closed_by_id, ticket.resolved_at) == (desk.ids["ana"], desk.now)


def test_only_the_responsible_may_close(qtbot, pane, desk) -> None:
    open_ticket(qtbot, pane, desk.ids["printer"])  # nobody's yet
    _press(qtbot, pane, Qt.Key.Key_C, CTRL_SHIFT)
    dialog = _dialog(qtbot, pane, CloseDialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.findChild(type(dialog.summary), "closeRefusal").text().startswith(
        "Only the responsible (nobody yet)")  # fmt: skip
    assert "✗  Closed by the responsible" in dialog.gap_texts()
    dialog.reject()


def test_merge_a_duplicate_into_the_original(qtbot, pane, desk) -> None:
    invoice = desk.ids["invoice"]
    duplicate = desk.add_ticket("CFDI no timbra (duplicado)", status="open")
    open_ticket(qtbot, pane, duplicate)
    _press(qtbot, pane, Qt.Key.Key_M)
    dialog = _dialog(qtbot, pane, MergeDialog)
    with qtbot.waitSignal(dialog.searched, timeout=20_000):
        qtbot.keyClicks(dialog.search, f"#{invoice}")
    assert dialog.results.item(0).text().startswith(f"#{invoice} · Error de facturación en CFDI")
    with qtbot.waitSignal(pane.openTicketRequested, timeout=20_000):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.is_loaded and pane.shown.id == invoice)
    assert pane.banner.text() == (
        f"Merged into this ticket: #{duplicate} “CFDI no timbra (duplicado)”")  # fmt: skip
    assert f"Merged ticket: — → #{duplicate}" in pane.history.changes()
    merged = stored(desk, duplicate)
    assert (merged.merged_into_id, merged.status) == (invoice, "closed")
    assert outbox(desk)[-1] == ("ticket", merged.uid, "merge")
    # The duplicate links back and can no longer be worked.
    open_ticket(qtbot, pane, duplicate)
    assert pane.banner.text().startswith(f"Merged into #{invoice}")
    assert not pane.detail_actions.take.isEnabled() and not pane.form.status.isEnabled()


def test_follow_up_and_log_time(qtbot, pane, desk) -> None:
    invoice = desk.ids["invoice"]
    open_ticket(qtbot, pane, invoice)
    _press(qtbot, pane, Qt.Key.Key_U)
    dialog = _dialog(qtbot, pane, FollowUpDialog)
    qtbot.keyClicks(dialog.note, "Llamar a Maria para confirmar el timbrado")
    remind_at, _note = dialog.values()
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert pane.tabs.currentWidget() is pane.follow_ups
    assert pane.tabs.tabText(2) == "Follow-ups (1)"
    item = pane.follow_ups.tree.topLevelItem(0)
    assert item.text(1) == "Llamar a Maria para confirmar el timbrado"
    assert remind_at > desk.now
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.mouseClick(pane.follow_ups.done_button, Qt.MouseButton.LeftButton)
    assert pane.tabs.tabText(2) == "Follow-ups (0)"
    assert pane.follow_ups.tree.topLevelItem(0).text(3) != ""
    assert [f for f, _, _ in history(desk, invoice)][-2:] == ["follow_up", "follow_up"]

    _press(qtbot, pane, Qt.Key.Key_L)
    dialog = _dialog(qtbot, pane, LogTimeDialog)
    dialog.minutes.setFocus()
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "30")
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert pane.fields["time"].text() == "Level 1: 30 min"
    assert [(e, op) for e, _, op in outbox(desk)] == [
        ("follow_up", "create"), ("follow_up", "update"), ("time_entry", "create")]  # fmt: skip


def test_without_actions_the_pane_is_read_only(qtbot, make_pane, desk) -> None:
    pane = make_pane(editable=False)
    open_ticket(qtbot, pane, desk.ids["invoice"])
    assert not any(action.isEnabled() for action in pane.detail_actions.all())
    assert not pane.form.priority.isEnabled() and not pane.form.status.isEnabled()
    assert not pane.reply_box.isEnabled()
    assert pane.fields["priority"].text() == "Urgent"


def test_escalating_hands_the_ticket_out_of_my_view(qtbot, pane, desk) -> None:
    # Jorge's company is not in Ana's network: she sees this ticket only while it is hers.
    theirs = desk.add_ticket("Acceso al portal de Grupo Sur", requester_id=desk.ids["jorge"],
                             created_by_id=desk.ids["beto"])  # fmt: skip
    open_ticket(qtbot, pane, theirs)
    _press(qtbot, pane, Qt.Key.Key_E)
    dialog = _dialog(qtbot, pane, EscalateDialog)
    qtbot.keyClicks(dialog.reason, "Permisos del portal: lo ve L2")
    with qtbot.waitSignal(pane.ticketChanged, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no longer in your tickets" in pane.placeholder.text())
    assert pane.shown is None
    assert not any(action.isEnabled() for action in pane.detail_actions.ticket_actions())
    assert (stored(desk, theirs).level, stored(desk, theirs).responsible_id) == ("L2", None)
