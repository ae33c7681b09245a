"""The one clock the SLA badges repaint from (qutebrowser's named `usertypes.Timer` idea).

The ticker only says what time it is, once a second; what the badges show comes from the SLA
clock's inputs kept with each row (services.queues.LiveSla), never from counting ticks, so a
late or skipped tick cannot make a badge drift. Tests replace the clock and call `tick()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desk_app.ui.qt_compat import emit

TICK_MS = 1000


def wall_clock() -> datetime:
    return datetime.now(UTC)


class SlaTicker(QObject):
    """A named, repeating timer that emits the current time from a replaceable clock."""

    ticked = Signal(object)  # datetime: the clock's time at this tick

    def __init__(
        self,
        clock: Callable[[], datetime] = wall_clock,
        parent: QObject | None = None,
        *,
        name: str = "slaTicker",
        interval_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setObjectName(f"{name}Timer")
        self._timer.setInterval(interval_ms)
        # Coarse: a badge says minutes, so a tick may slip a little to save wake-ups.
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.tick)

    @property
    def clock(self) -> Callable[[], datetime]:
        return self._clock

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def interval(self) -> int:
        return self._timer.interval()

    def tick(self) -> None:
        """Emit the time now (the timer calls this; so can a test, after moving its clock)."""
        emit(self.ticked, self._clock())
