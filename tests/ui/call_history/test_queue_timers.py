"""Queue timers: each level's unassigned count and its oldest ticket's wait, from timestamps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desk_app.ui.badges import Tone
from desk_app.ui.queue_timers import QueueTimers, wait_tone

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock(desk) -> Clock:
    return Clock(desk.now)


@pytest.fixture
def timers(qtbot, runner, make_calls, clock):
    made = QueueTimers(runner, make_calls(clock=clock), clock)
    qtbot.addWidget(made)
    done: list[bool] = []
    made.call_when_loaded(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    return made


def test_the_oldest_unassigned_ticket_and_its_wait(timers, desk, clock):
    # The fixture's printer ticket is the only unassigned one: L1, created 30 min ago.
    [l1] = [wait for wait in timers.waits() if wait.level == "L1"]
    assert (l1.oldest_ticket_id, l1.count) == (desk.ids["printer"], 1)
    assert timers.text_of("L1") == "L1  1 · 30 min"
    assert timers.tone_of("L1") is Tone.WARN  # over 15 min, not yet over 30
    assert timers.text_of("L2") == "L2  0"
    assert not timers.buttons["L2"].isEnabled()

    clock.now = desk.now + timedelta(minutes=1)
    timers.update_times()  # the one-second repaint: from the creation time, not a counter
    assert timers.text_of("L1") == "L1  1 · 31 min"
    assert timers.tone_of("L1") is Tone.BAD


def test_a_click_opens_the_oldest_ticket(qtbot, timers, desk):
    with qtbot.waitSignal(timers.ticketActivated) as activated:
        qtbot.mouseClick(timers.buttons["L1"], Qt.MouseButton.LeftButton)
    assert activated.args == [desk.ids["printer"]]


def test_an_older_ticket_takes_over_after_a_reload(qtbot, timers, desk):
    older = desk.add_ticket("Sin conexión al servidor", status="open", responsible_id=None,
                            created_at=desk.now - timedelta(minutes=50))  # fmt: skip
    timers.reload()
    qtbot.waitUntil(lambda: timers.text_of("L1") == "L1  2 · 50 min", timeout=10_000)
    [l1] = [wait for wait in timers.waits() if wait.level == "L1"]
    assert l1.oldest_ticket_id == older


def test_colour_thresholds():
    assert wait_tone(None) is None
    assert wait_tone(timedelta(minutes=15)) is None
    assert wait_tone(timedelta(minutes=15, seconds=1)) is Tone.WARN
    assert wait_tone(timedelta(minutes=30)) is Tone.WARN
    assert wait_tone(timedelta(minutes=30, seconds=1)) is Tone.BAD
