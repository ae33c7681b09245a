"""The advisor's presence in the status bar: a combo, and how long it has lasted (SPEC §4, §6).

Available, Break and Offline are the advisor's to choose; On a call and Wrap-up are set by the
calls themselves (the call log writes them), so they show but cannot be picked. The "since"
text is computed from the stored time of the latest presence event each minute, never
counted, so it stays right across a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.calls import LIVE_STATES, CallState, Presence, presence_for
from desk_app.local_store.models import PresenceEvent
from desk_app.services.calls import CallService
from desk_app.ui.db_worker import DbRunner, LatestOnly, when_alive
from desk_app.ui.formatting import duration
from desk_app.ui.qt_compat import emit

Clock = Callable[[], datetime]

REFRESH_MS = 60_000  # the text says minutes: once a minute is enough
CHOOSABLE = (Presence.AVAILABLE, Presence.BREAK, Presence.OFFLINE)


@dataclass(frozen=True, slots=True)
class StoredPresence:
    state: str
    since: datetime | None  # None: no presence event stored yet


def _stored_presence(calls: CallService, session: Session) -> StoredPresence:
    state = calls.presence(session)
    # CallService.presence() gives the state only; the time it began is the latest event's.
    # TODO(lead): move into call_views.current_presence (A2) and drop this query from the UI.
    since = session.scalars(
        select(PresenceEvent.at)
        .where(PresenceEvent.user_id == calls.viewer.user_id)
        .order_by(PresenceEvent.at.desc(), PresenceEvent.id.desc())
        .limit(1)
    ).first()
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return StoredPresence(state, since)


def _wall_clock() -> datetime:
    return datetime.now(UTC)


class PresenceSelector(QWidget):
    """A compact combo with the advisor's presence and the time spent in it."""

    presenceChanged = Signal(str)  # the stored state, after a choice or a call changed it
    failed = Signal(str)  # a choice the service refused (message for the status bar)

    def __init__(self, runner: DbRunner, calls: CallService, parent: QWidget | None = None,
                 *, clock: Clock | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("presenceSelector")
        self._runner = runner
        self._calls = calls
        self._clock: Clock = clock or getattr(calls, "clock", None) or _wall_clock
        self._query = LatestOnly(runner)
        self._stored: StoredPresence | None = None  # None while a reload is on its way
        self._announced = ""  # the state presenceChanged last told
        # Told by the call panel: while the line is open the call decides the presence. (A
        # stored "on_call" alone says nothing: a crash may have left it behind a finished call.)
        self._line_open = False
        self._waiters: list[Callable[[], None]] = []

        self.combo = QComboBox(self)
        self.combo.setObjectName("presenceCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(self.tr("Your presence, as your leader's board shows it"))
        self._items = QStandardItemModel(self.combo)
        for presence, label in self._labels().items():
            item = QStandardItem(label)
            item.setData(presence.value, Qt.ItemDataRole.UserRole)
            if presence not in CHOOSABLE:
                # Shown when a call sets it; greyed out in the list so nobody picks it.
                item.setEnabled(False)
            self._items.appendRow(item)
        self.combo.setModel(self._items)
        self.combo.activated.connect(self._on_activated)
        self.since = QLabel(self)
        self.since.setObjectName("presenceSince")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.since)

        self._minute = QTimer(self)
        self._minute.setObjectName("presenceMinuteTimer")
        self._minute.setInterval(REFRESH_MS)
        self._minute.setTimerType(Qt.TimerType.CoarseTimer)
        self._minute.timeout.connect(self.update_times)
        self._minute.start()
        self.reload()

    def _labels(self) -> dict[Presence, str]:
        return {
            Presence.AVAILABLE: self.tr("Available"),
            Presence.BREAK: self.tr("Break"),
            Presence.OFFLINE: self.tr("Offline"),
            Presence.ON_CALL: self.tr("On a call"),
            Presence.WRAP_UP: self.tr("Wrap-up"),
        }

    # -- public ----------------------------------------------------------------------------

    def state(self) -> str:
        """The presence on screen (a Presence value)."""
        return str(self.combo.currentData(Qt.ItemDataRole.UserRole) or "")

    def since_text(self) -> str:
        return self.since.text()

    @property
    def is_loaded(self) -> bool:
        return self._stored is not None and not self._query.busy

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def set_call_state(self, state: str) -> None:
        """The call panel's call changed (a CallState value; "" when there is no call). The
        call log has stored the presence it implies; show it now and read its time back."""
        try:
            call_state = CallState(state) if state else None
        except ValueError:
            call_state = None
        self._line_open = call_state in LIVE_STATES
        presence = presence_for(call_state)
        if presence is not None:
            self._show_state(presence.value)  # at once; the stored time follows
        self.reload()

    def reload(self) -> None:
        """Read the stored presence again."""
        self._stored = None
        calls = self._calls
        self._query.request(lambda session: _stored_presence(calls, session),
                            when_alive(self, self._on_stored))  # fmt: skip

    # -- internals ---------------------------------------------------------------------------

    def _on_activated(self, index: int) -> None:
        chosen = str(self.combo.itemData(index, Qt.ItemDataRole.UserRole))
        if self._stored is not None and chosen == self._stored.state:
            return
        calls = self._calls

        def write(_session: Session) -> None:
            calls.set_presence(chosen)  # its own transaction (CallService)

        self.combo.setEnabled(False)  # one choice at a time
        self._runner.run(write, when_alive(self, lambda _result: self.reload()),
                         when_alive(self, self._on_refused))  # fmt: skip

    def _on_refused(self, message: str) -> None:
        emit(self.failed, message.split(": ", 1)[-1])  # drop the exception's class name
        self.reload()  # back to what is stored

    def _on_stored(self, stored: StoredPresence) -> None:
        changed = stored.state != self._announced
        self._announced = stored.state
        self._stored = stored
        self._show_state(stored.state)
        self.update_times()
        if changed:
            emit(self.presenceChanged, stored.state)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    def _show_state(self, state: str) -> None:
        index = self.combo.findData(state, Qt.ItemDataRole.UserRole)
        if index < 0:
            index = self.combo.findData(Presence.OFFLINE.value, Qt.ItemDataRole.UserRole)
        self.combo.setCurrentIndex(index)
        # While the line is open the call decides; a wrap-up may end with a break.
        self.combo.setEnabled(not self._line_open)

    def update_times(self) -> None:
        """The time in the presence, from its stored start and the clock (each minute)."""
        stored = self._stored
        if stored is None or stored.since is None or stored.state != self.state():
            self.since.setText("")
            return
        self.since.setText(self.tr("· %1").replace("%1", duration(self._clock() - stored.since)))
        self.since.setToolTip(self.tr("Since the time of your last presence change"))
