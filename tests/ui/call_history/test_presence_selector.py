"""The presence combo: the advisor's choice is stored with its time; calls set the rest."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desk_app.local_store.models import PresenceEvent
from desk_app.ui.presence_selector import PresenceSelector
from desk_app.ui.qt_compat import emit

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
def selector(qtbot, runner, make_calls, clock):
    made = PresenceSelector(runner, make_calls(clock=clock))
    qtbot.addWidget(made)
    _loaded(qtbot, made)
    return made


def _loaded(qtbot, selector: PresenceSelector) -> None:
    done: list[bool] = []
    selector.call_when_loaded(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def _pick(selector: PresenceSelector, state: str) -> None:
    # What a user's pick in the popup does: the combo's `activated` with the item's row.
    emit(selector.combo.activated, selector.combo.findData(state, Qt.ItemDataRole.UserRole))


def _events(desk) -> list[tuple[str, object]]:
    with desk.store.session() as s:
        rows = s.execute(select(PresenceEvent.state, PresenceEvent.at)
                         .where(PresenceEvent.user_id == desk.ids["ana"])
                         .order_by(PresenceEvent.id)).all()  # fmt: skip
    return [(state, at) for state, at in rows]


def test_nothing_stored_reads_offline(selector):
    assert selector.state() == "offline"
    assert selector.combo.currentText() == "Offline"
    assert selector.since_text() == ""


def test_a_choice_is_stored_with_its_time_and_shows_since_when(qtbot, selector, desk, clock):
    with qtbot.waitSignal(selector.presenceChanged, timeout=10_000) as changed:
        _pick(selector, "break")
    assert changed.args == ["break"]
    assert _events(desk) == [("break", desk.now)]
    assert selector.combo.currentText() == "Break"
    assert selector.since_text() == "· 0 min"

    clock.now = desk.now + timedelta(minutes=12, seconds=40)
    selector.update_times()  # what the minute timer does: from the stored time, not a counter
    assert selector.since_text() == "· 12 min"

    clock.now = desk.now + timedelta(minutes=20)
    with qtbot.waitSignal(selector.presenceChanged, timeout=10_000):
        _pick(selector, "available")
    assert _events(desk) == [("break", desk.now), ("available", desk.now + timedelta(minutes=20))]
    assert selector.since_text() == "· 0 min"


def test_call_states_show_but_cannot_be_chosen(qtbot, selector, make_calls, clock, desk):
    for state in ("on_call", "wrap_up"):
        item = selector.combo.model().item(selector.combo.findData(state, Qt.ItemDataRole.UserRole))
        assert not item.flags() & Qt.ItemFlag.ItemIsEnabled

    calls = make_calls(clock=clock)
    call = calls.incoming("+52 55 1234 5678")
    calls.answer(call.id)
    with qtbot.waitSignal(selector.presenceChanged, timeout=10_000):
        selector.set_call_state("talking")
    assert selector.combo.currentText() == "On a call"
    assert not selector.combo.isEnabled()

    # A pick that slips through while the line is open is refused and changes nothing.
    with qtbot.waitSignal(selector.failed, timeout=10_000) as refused:
        _pick(selector, "break")
    assert refused.args == ["finish the current call first"]
    _loaded(qtbot, selector)
    assert selector.state() == "on_call"
    assert [state for state, _at in _events(desk)] == ["on_call"]

    clock.now = desk.now + timedelta(minutes=3)
    calls.hang_up(call.id)
    with qtbot.waitSignal(selector.presenceChanged, timeout=10_000):
        selector.set_call_state("wrap_up")
    assert selector.combo.currentText() == "Wrap-up"
    assert selector.combo.isEnabled()  # the advisor may go on a break from the wrap-up


def test_a_stored_on_call_without_a_call_does_not_lock_the_choice(qtbot, runner, make_calls,
                                                                   clock, desk):  # fmt: skip
    # What a crash mid-call leaves behind: the presence says on a call, no call is live.
    with desk.store.transaction() as s:
        s.add(PresenceEvent(user_id=desk.ids["ana"], state="on_call",
                            at=desk.now - timedelta(hours=2)))  # fmt: skip
    selector = PresenceSelector(runner, make_calls(clock=clock))
    qtbot.addWidget(selector)
    _loaded(qtbot, selector)
    assert selector.combo.currentText() == "On a call"
    assert selector.since_text() == "· 2 h"
    assert selector.combo.isEnabled()
    with qtbot.waitSignal(selector.presenceChanged, timeout=10_000):
        _pick(selector, "available")
    assert [state for state, _at in _events(desk)] == ["on_call", "available"]


def test_a_reload_without_a_change_announces_nothing(qtbot, selector):
    seen: list[str] = []
    selector.presenceChanged.connect(seen.append)
    selector.reload()
    _loaded(qtbot, selector)
    assert seen == []
