"""Follow-up reminders (SPEC §3): announced in the app when they fall due, even offline.

The reminders are rows in the local store, so they need no network; a timer asks the DB
worker for the viewer's due ones and announces each only once per session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.local_store.follow_ups import FollowUpView, due_follow_ups
from desk_app.local_store.visibility import Viewer
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.qt_compat import emit

CHECK_EVERY_MS = 30_000


class FollowUpReminders(QObject):
    reminderDue = Signal(object)  # FollowUpView

    def __init__(
        self,
        runner: DbRunner,
        viewer: Viewer,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        interval_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._viewer = viewer
        self._clock = clock
        self._query = LatestOnly(runner)
        self._announced: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setObjectName("followUpReminderTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.timer.start()
        self.check_now()

    def check_now(self) -> None:
        viewer, until = self._viewer, self._clock()
        self._query.request(lambda session: due_follow_ups(session, viewer, until), self._on_due)

    def _on_due(self, due: tuple[FollowUpView, ...]) -> None:
        for follow_up in due:
            if follow_up.id not in self._announced:
                self._announced.add(follow_up.id)
                emit(self.reminderDue, follow_up)
