"""Reminders in the UI: the bridge hands the job's reminders to the UI thread; the list shows
them newest first and opens their tickets."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from desk_app.local_store.models import FollowUp
from desk_app.services.reminders import Reminder, ReminderKind
from desk_app.ui.reminders import (
    MAX_LISTED,
    ReminderBridge,
    ReminderButton,
    ReminderList,
    group_message,
    reminder_text,
    reminder_title,
)

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "does not support grabbing the keyboard",  # the offscreen platform and a popup
)
WAIT_MS = 10_000  # an upper bound for a slow machine, not a timing assertion


def _reminder(desk, kind: ReminderKind, ticket: str = "invoice", **fields) -> Reminder:
    values = {
        "subject": "Error de facturación en CFDI",
        "note": "",
        "due_at": desk.now + timedelta(minutes=20),
        "target": None if kind is ReminderKind.FOLLOW_UP else "first_response",
        "follow_up_id": 1 if kind is ReminderKind.FOLLOW_UP else None,
        **fields,
    }
    return Reminder(kind, desk.ids[ticket], **values)


def _due_follow_up(desk, note: str) -> None:
    with desk.store.transaction() as s:
        s.add(FollowUp(ticket_id=desk.ids["invoice"], user_id=desk.viewer("ana").user_id,
                       remind_at=desk.now - timedelta(minutes=5), note=note))  # fmt: skip


@pytest.fixture
def bridge(qtbot, desk, fixed_clock):
    made = ReminderBridge(desk.store, desk.viewer("ana"), fixed_clock, every_seconds=3600)
    yield made
    made.stop()


def test_a_reminder_notified_on_another_thread_arrives_on_the_ui_thread(qtbot, desk, bridge):
    arrived: list[tuple[Reminder, threading.Thread]] = []
    bridge.reminderDue.connect(lambda r: arrived.append((r, threading.current_thread())))
    reminder = _reminder(desk, ReminderKind.SLA_WARNING)
    sender = threading.Thread(target=bridge.notify, args=(reminder,), name="not-the-ui")
    with qtbot.waitSignal(bridge.reminderDue, timeout=WAIT_MS):
        sender.start()
    sender.join()
    assert arrived == [(reminder, threading.main_thread())]


def test_reminders_that_arrive_together_are_also_announced_as_one_group(qtbot, desk, bridge):
    each: list[Reminder] = []
    bridge.reminderDue.connect(each.append)
    reminders = [_reminder(desk, ReminderKind.SLA_WARNING, due_at=desk.now + timedelta(minutes=m))
                 for m in (5, 10, 15)]  # fmt: skip

    def send() -> None:
        for reminder in reminders:
            bridge.notify(reminder)

    sender = threading.Thread(target=send)
    sender.start()
    sender.join()  # the UI thread handles no event meanwhile: all three wait together
    with qtbot.waitSignal(bridge.remindersDue, timeout=WAIT_MS) as grouped:
        pass
    assert grouped.args == [reminders]
    assert each == reminders


def test_a_group_makes_one_message_naming_the_most_pressing_reminder(desk) -> None:
    warning = _reminder(desk, ReminderKind.SLA_WARNING)
    assert group_message([warning]) == (reminder_title(warning), reminder_text(warning))
    missed = _reminder(desk, ReminderKind.SLA_BREACHED, ticket="printer",
                       subject="La impresora de tickets no imprime",
                       due_at=desk.now + timedelta(minutes=30))  # fmt: skip
    follow_up = _reminder(desk, ReminderKind.FOLLOW_UP, note="Llamar a José")
    title, text = group_message([warning, follow_up, missed])
    assert "3" in title
    assert text.startswith(reminder_text(missed)) and "2" in text.removeprefix(
        reminder_text(missed)
    )


def test_the_started_job_announces_a_due_follow_up_once(qtbot, desk, bridge) -> None:
    _due_follow_up(desk, "Llamar a José")
    arrived: list[tuple[Reminder, threading.Thread]] = []
    bridge.reminderDue.connect(lambda r: arrived.append((r, threading.current_thread())))
    bridge.start()  # returns at once: the job starts (and checks) on other threads
    qtbot.waitUntil(lambda: len(arrived) == 1, timeout=WAIT_MS)
    reminder, thread = arrived[0]
    assert (reminder.kind, reminder.ticket_id, reminder.note) == (
        ReminderKind.FOLLOW_UP, desk.ids["invoice"], "Llamar a José")  # fmt: skip
    assert thread is threading.main_thread()
    job = bridge.job
    assert job is not None and job.running
    assert job.run_now() == []  # already announced in this session
    bridge.stop()
    assert not job.running
    bridge.check_now()  # after stop: nothing happens, nothing fails


def test_check_now_finds_a_follow_up_added_after_start(qtbot, desk, bridge) -> None:
    bridge.start()
    qtbot.waitUntil(lambda: bridge.job is not None, timeout=WAIT_MS)
    _due_follow_up(desk, "Recién creado")
    with qtbot.waitSignal(bridge.reminderDue, timeout=WAIT_MS) as signal:
        bridge.check_now()
    assert signal.args[0].note == "Recién creado"


def test_each_kind_has_its_own_wording(desk) -> None:
    follow_up = _reminder(desk, ReminderKind.FOLLOW_UP, note="Llamar a José")
    warning = _reminder(desk, ReminderKind.SLA_WARNING)
    missed = _reminder(desk, ReminderKind.SLA_BREACHED, target="resolution")
    texts = [reminder_text(r) for r in (follow_up, warning, missed)]
    number = f"#{desk.ids['invoice']}"
    assert all(number in text for text in texts)
    assert "Llamar a José" in texts[0]
    assert all("Error de facturación en CFDI" in text for text in texts[1:])
    assert "first response" in texts[1] and "resolution" in texts[2]
    assert len(set(texts)) == 3
    titles = {reminder_title(r) for r in (follow_up, warning, missed)}
    assert len(titles) == 3
    # A follow-up without a note names its ticket instead.
    bare = reminder_text(_reminder(desk, ReminderKind.FOLLOW_UP, note=""))
    assert "Error de facturación en CFDI" in bare


def _item_center(panel: ReminderList, row: int) -> QPoint:
    return panel.list.visualItemRect(panel.list.item(row)).center()


def test_the_list_shows_reminders_newest_first_and_opens_their_ticket(qtbot, desk) -> None:
    panel = ReminderList()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.count() == 0 and panel.empty.isVisible()
    assert not panel.clear_button.isEnabled()
    panel.add(_reminder(desk, ReminderKind.FOLLOW_UP, note="Llamar a José"))
    with qtbot.waitSignal(panel.countChanged) as counted:
        panel.add(_reminder(desk, ReminderKind.SLA_BREACHED, ticket="printer",
                            subject="La impresora de tickets no imprime"))  # fmt: skip
    assert counted.args == [2]
    assert panel.ticket_ids() == [desk.ids["printer"], desk.ids["invoice"]]
    assert "impresora" in panel.list.item(0).text()
    assert "Llamar a José" in panel.list.item(1).text()
    assert not panel.empty.isVisible()
    with qtbot.waitSignal(panel.ticketActivated) as opened:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=_item_center(panel, 1))  # fmt: skip
    assert opened.args == [desk.ids["invoice"]]
    with qtbot.waitSignal(panel.countChanged) as counted:
        qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert counted.args == [0]
    assert panel.count() == 0 and panel.empty.isVisible()


def test_the_list_keeps_the_newest_when_too_many_arrive(qtbot, desk) -> None:
    panel = ReminderList()
    qtbot.addWidget(panel)
    for minutes in range(MAX_LISTED + 5):
        panel.add(_reminder(desk, ReminderKind.SLA_WARNING, subject=f"Ticket {minutes}"))
    assert panel.count() == MAX_LISTED
    assert f"Ticket {MAX_LISTED + 4}" in panel.list.item(0).text()
    assert "Ticket 5" in panel.list.item(MAX_LISTED - 1).text()


def test_the_status_bar_button_counts_and_pops_up_the_list(qtbot, desk) -> None:
    button = ReminderButton()
    qtbot.addWidget(button)
    button.show()
    assert button.text() == "0"
    button.add(_reminder(desk, ReminderKind.SLA_WARNING))
    button.add(_reminder(desk, ReminderKind.FOLLOW_UP, ticket="printer", note="Volver a llamar"))
    assert button.text() == "2"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(button.popup.isVisible)
    panel = button.reminders
    with qtbot.waitSignal(button.ticketActivated) as opened:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=_item_center(panel, 0))  # fmt: skip
    assert opened.args == [desk.ids["printer"]]
    assert not button.popup.isVisible()  # opening a ticket closes the popup
