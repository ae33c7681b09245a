"""The call panel over the real temporary desk, its DB worker and a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from desk_app.services.calls import CallService
from desk_app.ui.call_panel import CallPanel
from desk_app.ui.db_worker import DbRunner


class MovableClock:
    """Stands still until the test advances it, so timers are exact."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(desk) -> MovableClock:
    return MovableClock(desk.now)


@pytest.fixture
def runner(desk) -> Iterator[DbRunner]:
    made = DbRunner(desk.store)
    yield made
    made.shutdown()


@pytest.fixture
def calls(desk, clock) -> CallService:
    return CallService(desk.store, desk.viewer("ana"), default_region="MX", clock=clock)


@pytest.fixture
def panel(qtbot, runner, calls, clock) -> Iterator[CallPanel]:
    made = CallPanel(runner, calls, clock)
    qtbot.addWidget(made)
    made.resize(320, 700)
    made.show()
    qtbot.waitUntil(lambda: runner.pending_count == 0)
    yield made
    runner.shutdown()  # before the widget goes: no callback into a deleted panel
