"""How long each level queue has kept its oldest unassigned ticket waiting (SPEC §3).

One line per level queue, e.g. "L1  3 · 18 min": the unassigned open tickets and the wait of
the oldest one. The counts come from the database every 30 seconds; the waits are recomputed
every second from the stored creation time and the clock, never counted, so they cannot drift.
Clicking a line opens that queue's oldest ticket.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget
from sqlalchemy.orm import Session

from desk_app.local_store.call_queries import QueueWait
from desk_app.services.calls import CallService
from desk_app.ui.badges import Tone
from desk_app.ui.db_worker import DbRunner, LatestOnly, when_alive
from desk_app.ui.formatting import duration
from desk_app.ui.qt_compat import emit

Clock = Callable[[], datetime]

# A ticket nobody has taken for a quarter of an hour needs a look (amber); after half an hour
# the first-response targets of the urgent policies are at risk (red). Strictly "over".
AMBER_AFTER = timedelta(minutes=15)
RED_AFTER = timedelta(minutes=30)
RELOAD_MS = 30_000  # counts from the database
RENDER_MS = 1_000  # waits from the timestamps


def wait_tone(wait: timedelta | None) -> Tone | None:
    """The colour of a wait: None (plain) up to 15 min, amber over it, red over 30 min."""
    if wait is None or wait <= AMBER_AFTER:
        return None
    return Tone.BAD if wait > RED_AFTER else Tone.WARN


class QueueTimers(QWidget):
    """A row of buttons, one per level queue, with its waiting count and oldest wait."""

    ticketActivated = Signal(int)  # the oldest unassigned ticket of the clicked queue

    def __init__(self, runner: DbRunner, calls: CallService, clock: Clock,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("queueTimers")
        self._calls = calls
        self._clock = clock
        self._query = LatestOnly(runner)
        self._waits: tuple[QueueWait, ...] = ()
        self._loaded = False
        self._waiters: list[Callable[[], None]] = []
        self.buttons: dict[str, QToolButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

        self._reload_timer = QTimer(self)
        self._reload_timer.setObjectName("queueTimersReload")
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._render_timer = QTimer(self)
        self._render_timer.setObjectName("queueTimersRender")
        self._render_timer.setInterval(RENDER_MS)
        self._render_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._render_timer.timeout.connect(self.update_times)
        self._reload_timer.start()
        self._render_timer.start()
        self.reload()

    # -- public ----------------------------------------------------------------------------

    def waits(self) -> tuple[QueueWait, ...]:
        return self._waits

    def text_of(self, level: str) -> str:
        button = self.buttons.get(level)
        return button.text() if button is not None else ""

    def tone_of(self, level: str) -> Tone | None:
        for wait in self._waits:
            if wait.level == level:
                return wait_tone(self._wait(wait))
        return None

    @property
    def is_loaded(self) -> bool:
        return self._loaded and not self._query.busy

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def reload(self) -> None:
        """Read the queues again (also after a ticket was assigned, to not wait 30 s)."""
        calls = self._calls

        def job(session: Session) -> tuple[QueueWait, ...]:
            return calls.queue_waits(session)

        self._query.request(job, when_alive(self, self._on_waits))

    def update_times(self) -> None:
        """Recompute every wait from its stored time and the clock."""
        for wait in self._waits:
            button = self.buttons.get(wait.level)
            if button is None:
                continue
            span = self._wait(wait)
            if span is None:
                text = self.tr("%1  %2").replace("%1", wait.level).replace("%2", str(wait.count))
            else:
                text = (self.tr("%1  %2 · %3").replace("%1", wait.level)
                        .replace("%2", str(wait.count)).replace("%3", duration(span)))  # fmt: skip
            button.setText(text)
            tone = wait_tone(span)
            button.setStyleSheet(
                "" if tone is None else
                f"QToolButton {{ background: {tone.value[0]}; color: {tone.value[1]}; "
                "border-radius: 3px; padding: 1px 6px; font-weight: 600; }"
            )  # fmt: skip

    # -- internals ---------------------------------------------------------------------------

    def _wait(self, wait: QueueWait) -> timedelta | None:
        if wait.waiting_since is None or not wait.count:
            return None
        return max(self._clock() - wait.waiting_since, timedelta(0))

    def _on_waits(self, waits: tuple[QueueWait, ...]) -> None:
        self._waits = waits
        for wait in waits:
            button = self.buttons.get(wait.level)
            if button is None:
                button = QToolButton(self)
                button.setObjectName(f"queueTimer{wait.level}")
                button.setAutoRaise(True)
                level = wait.level
                button.clicked.connect(lambda _checked=False, lv=level: self._activate(lv))
                self._layout.addWidget(button)
                self.buttons[level] = button
            button.setEnabled(wait.oldest_ticket_id is not None)
            button.setToolTip(
                self.tr(
                    "%1: %n unassigned ticket(s); click to open the oldest", "", wait.count
                ).replace("%1", wait.queue_name)
            )
        self.update_times()
        self._loaded = True
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    def _activate(self, level: str) -> None:
        for wait in self._waits:
            if wait.level == level and wait.oldest_ticket_id is not None:
                emit(self.ticketActivated, wait.oldest_ticket_id)
                return
