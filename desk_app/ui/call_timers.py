"""The call panel's clock faces: one 1 s QTimer that only repaints.

The numbers come from the call's timestamps and the injected clock (CallView.durations), never
from counting ticks, so a panel rebuilt after a crash or a slow tick still shows the truth.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer

TICK_MS = 1000


def span_text(span: timedelta) -> str:
    """m:ss, or h:mm:ss past an hour; never negative (a clock set back shows 0:00)."""
    seconds = max(int(span.total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


class CallTicker(QObject):
    """Calls `repaint` now and then every second while started."""

    def __init__(self, repaint: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repaint = repaint
        self._timer = QTimer(self)
        self._timer.setObjectName("callTicker")
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._repaint)

    def start(self) -> None:
        self._repaint()
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()
