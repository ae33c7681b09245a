"""The level queues' loads above the team board: per level the unassigned open tickets, how
long the oldest of them has waited (amber over 15 min, red over 30, as the queue timers of the
ticket list), and the level's open tickets in total. Waits are recomputed from the stored
creation time at every tick, never counted.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desk_app.local_store.team_board import QueueLoad
from desk_app.ui import labels
from desk_app.ui.formatting import duration
from desk_app.ui.queue_timers import wait_tone


class QueueStrip(QWidget):
    """One box per level queue: unassigned tickets, the oldest one's wait, open in total."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("teamBoardQueues")
        self.boxes: dict[str, QLabel] = {}
        self._loads: tuple[QueueLoad, ...] = ()
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)

    def set_loads(self, loads: tuple[QueueLoad, ...], now: datetime) -> None:
        self._loads = loads
        for load in loads:
            if load.level not in self.boxes:
                box = QLabel(self)
                box.setObjectName(f"teamBoardQueue_{load.level}")
                box.setTextFormat(Qt.TextFormat.PlainText)
                self._layout.addWidget(box, 1)
                self.boxes[load.level] = box
        self.update_times(now)

    def text_of(self, level: str) -> str:
        box = self.boxes.get(level)
        return box.text() if box is not None else ""

    def update_times(self, now: datetime) -> None:
        for load in self._loads:
            box = self.boxes[load.level]
            lines = [labels.level(load.level),
                     self.tr("%n waiting unassigned", "", load.unassigned)]  # fmt: skip
            wait = now - load.oldest_since if load.oldest_since is not None else None
            if wait is not None:
                lines[-1] += " · " + self.tr("oldest %1").replace("%1", duration(wait))
            lines.append(self.tr("%n open in total", "", load.open_total))
            box.setText("\n".join(lines))
            tone = wait_tone(wait)
            fill, text = (tone.fill.name(), tone.text.name()) if tone else ("#f9fafb", "#111827")
            box.setStyleSheet(
                f"QLabel {{ background: {fill}; color: {text}; "
                "border: 1px solid #e5e7eb; border-radius: 6px; padding: 6px; }"
            )
