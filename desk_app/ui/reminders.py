"""Reminders in the UI (SPEC §3): follow-ups and imminent SLA breaches, even offline.

The checking is desk_app.services.reminders.ReminderJob, an APScheduler job on its own thread
that reads only the local store. `ReminderBridge` owns it and turns its notify() calls, made
on the job's thread, into `reminderDue` emitted on the UI thread (a private signal crosses
threads through a queued connection, as in sync_bridge). The service module is imported off
the UI thread (APScheduler and tzlocal take ~40 ms to import), so start() never stalls the
window. Reminders that arrive together (one check's) are also announced as one group,
`remindersDue`, for a single tray message. `ReminderList` keeps the session's reminders for
the advisor, newest first, and `ReminderButton` shows it from the status bar with a count
(an information icon and "3").
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.local_store.engine import Store
from desk_app.local_store.visibility import Viewer
from desk_app.ui.formatting import date_time
from desk_app.ui.qt_compat import emit

if TYPE_CHECKING:  # imported for real on a worker thread: see the module docstring
    from desk_app.services.reminders import Reminder, ReminderJob

log = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 30.0
WARN_WITHIN = timedelta(minutes=30)
_SERVICE = "desk_app.services.reminders"
_BREACHED = QColor("#b42318")
MAX_LISTED = 300  # the newest; a leader's morning can bring more than anyone reads


def reminder_text(reminder: Reminder) -> str:
    """One line for the tray message and the list, in the user's language."""
    number = str(reminder.ticket_id)
    when = date_time(reminder.due_at)
    kind, target = str(reminder.kind), reminder.target
    if kind == "follow_up":
        text = QCoreApplication.translate("Reminders", "Follow-up due on #%1: %2")
        detail = reminder.note or reminder.subject
        return text.replace("%1", number).replace("%2", detail)
    if kind == "sla_breached":
        if target == "first_response":
            text = QCoreApplication.translate(
                "Reminders", "#%1 missed its first-response target (%2): %3"
            )
        else:
            text = QCoreApplication.translate(
                "Reminders", "#%1 missed its resolution target (%2): %3"
            )
    elif target == "first_response":
        text = QCoreApplication.translate("Reminders", "#%1 needs a first response by %2: %3")
    else:
        text = QCoreApplication.translate("Reminders", "#%1 must be resolved by %2: %3")
    return text.replace("%1", number).replace("%2", when).replace("%3", reminder.subject)


def reminder_title(reminder: Reminder) -> str:
    """The tray message's title for the reminder's kind."""
    kind = str(reminder.kind)
    if kind == "follow_up":
        return QCoreApplication.translate("Reminders", "Follow-up due")
    if kind == "sla_breached":
        return QCoreApplication.translate("Reminders", "SLA target missed")
    return QCoreApplication.translate("Reminders", "SLA target due soon")


def group_message(group: Sequence[Reminder]) -> tuple[str, str]:
    """(title, text) of one tray message for reminders that arrived together."""
    if len(group) == 1:
        return reminder_title(group[0]), reminder_text(group[0])
    # The most pressing one is named: a missed target first, then the earliest due.
    first = min(group, key=lambda r: (str(r.kind) != "sla_breached", r.due_at))
    title = QCoreApplication.translate("Reminders", "%1 reminders").replace("%1", str(len(group)))
    text = QCoreApplication.translate(
        "Reminders", "%1 and %2 more (see the reminders in the status bar)"
    )
    return title, text.replace("%1", reminder_text(first)).replace("%2", str(len(group) - 1))


class _JobHolder:
    """The job and its start-up, apart from the QObject so that the bridge's `destroyed` can
    still stop the job once the bridge itself is gone."""

    def __init__(self, make: Callable[[], ReminderJob]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._closed = False
        self._starter: threading.Thread | None = None
        self._check_asked = False  # check_soon() before the job was up
        self.job: ReminderJob | None = None

    def start(self) -> None:
        with self._lock:
            if self._closed or self._starter is not None:
                return
            self._starter = threading.Thread(target=self._start_job, name="desk-reminders-start",
                                             daemon=True)  # fmt: skip
            self._starter.start()

    def _start_job(self) -> None:
        try:
            job = self._make()
        except Exception:
            log.exception("reminders could not start")
            return
        with self._lock:
            if self._closed:
                return
            job.start()
            self.job = job
            again = self._check_asked
        if again:  # the first check may have read the store before what was asked for
            job.check_soon()

    def check_soon(self) -> None:
        with self._lock:
            job = self.job
            if job is None:
                self._check_asked = True
                return
        job.check_soon()

    def stop(self, wait: bool = True) -> None:
        with self._lock:
            self._closed = True
            starter = self._starter
        if starter is not None and starter is not threading.current_thread():
            starter.join()  # at most the import: after it, `job` is final
        if self.job is not None:
            self.job.stop(wait=wait)

    def stop_without_waiting(self, *_args: object) -> None:
        self.stop(wait=False)


class ReminderBridge(QObject):
    """Runs the reminder job for `viewer` and announces each reminder on the UI thread."""

    reminderDue = Signal(object)  # desk_app.services.reminders.Reminder
    # The same reminders, once per group that arrived together (usually one check's): a tray
    # shows one message for the group, not hundreds when a leader's day starts.
    remindersDue = Signal(object)  # list[Reminder]
    _due_w = Signal()  # emitted on the job's thread: reminders wait in the buffer

    def __init__(
        self,
        store: Store,
        viewer: Viewer,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        *,
        every_seconds: float = CHECK_EVERY_SECONDS,
        warn_within: timedelta = WARN_WITHIN,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBridge")
        notify = self.notify

        def make() -> ReminderJob:  # runs on the starter thread
            service: Any = importlib.import_module(_SERVICE)
            job: ReminderJob = service.ReminderJob(store, viewer, clock, notify,
                                                   every_seconds=every_seconds,
                                                   warn_within=warn_within)  # fmt: skip
            return job

        self._holder = _JobHolder(make)
        self._buffer: list[Reminder] = []
        self._buffer_lock = threading.Lock()
        self._due_w.connect(self._on_due, Qt.ConnectionType.QueuedConnection)
        # The window stops the job on close; these cover a bridge dropped without that.
        self.destroyed.connect(self._holder.stop_without_waiting)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._holder.stop_without_waiting)

    @property
    def job(self) -> ReminderJob | None:
        """The running job, once start() has brought it up (None before, or if it failed)."""
        return self._holder.job

    def start(self) -> None:
        """Start checking: at once, then every `every_seconds`. Returns immediately."""
        self._holder.start()

    def stop(self, *, wait: bool = True) -> None:
        """Stop checking; with `wait`, return once a check in progress has ended. Idempotent."""
        self._holder.stop(wait=wait)

    def check_now(self) -> None:
        """Check soon on the job's thread (a follow-up was just added). Never reads the store
        on the calling thread."""
        self._holder.check_soon()

    def notify(self, reminder: Reminder) -> None:
        """The job's callback, on its thread."""
        with self._buffer_lock:
            wake = not self._buffer  # else a wake-up is already on its way
            self._buffer.append(reminder)
        if wake:
            emit(self._due_w)

    @Slot()
    def _on_due(self) -> None:
        with self._buffer_lock:
            group, self._buffer = self._buffer, []
        for reminder in group:
            emit(self.reminderDue, reminder)
        if group:
            emit(self.remindersDue, group)


class ReminderList(QWidget):
    """The session's reminders, newest first; a click opens the ticket."""

    ticketActivated = Signal(int)
    countChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderList")
        self.list = QListWidget(self)
        self.list.setObjectName("reminderItems")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("No reminders yet."), self)
        self.empty.setObjectName("reminderEmpty")
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("clearReminders")
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemClicked.connect(self._open)
        self.list.itemActivated.connect(self._open)  # Enter on the keyboard
        self._update()

    def count(self) -> int:
        return self.list.count()

    def ticket_ids(self) -> list[int]:
        """The tickets of the listed reminders, top (newest) first."""
        return [int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.list.count())]  # fmt: skip

    @Slot(object)
    def add(self, reminder: Reminder) -> None:
        item = QListWidgetItem(reminder_text(reminder))
        item.setData(Qt.ItemDataRole.UserRole, reminder.ticket_id)
        item.setToolTip(reminder_title(reminder))
        if str(reminder.kind) == "sla_breached":
            item.setForeground(QBrush(_BREACHED))
        self.list.insertItem(0, item)
        while self.list.count() > MAX_LISTED:
            self.list.takeItem(self.list.count() - 1)
        self._update()

    @Slot()
    def clear(self) -> None:
        self.list.clear()
        self._update()

    def _open(self, item: QListWidgetItem) -> None:
        emit(self.ticketActivated, int(item.data(Qt.ItemDataRole.UserRole)))

    def _update(self) -> None:
        count = self.list.count()
        self.empty.setVisible(count == 0)
        self.clear_button.setEnabled(count > 0)
        emit(self.countChanged, count)


class ReminderButton(QToolButton):
    """A status-bar button (icon and "3") that pops up the ReminderList; opening a ticket
    closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderButton")
        self.setAutoRaise(True)
        # A style icon, not a bell emoji: many Linux desktops have no emoji font.
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setObjectName("reminderPopup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.reminders = ReminderList(self.popup)
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reminders)
        self.popup.resize(420, 300)
        self.reminders.countChanged.connect(self._show_count)
        self.reminders.ticketActivated.connect(lambda _ticket: self.popup.hide())
        self.clicked.connect(self.show_popup)
        self._show_count(0)

    @property
    def ticketActivated(self) -> Any:  # the list's signal, for the window to connect
        return self.reminders.ticketActivated

    def add(self, reminder: Reminder) -> None:
        self.reminders.add(reminder)

    def show_popup(self) -> None:
        # Above the button: it lives in the status bar at the bottom of the window.
        corner = self.mapToGlobal(QPoint(0, 0))
        self.popup.move(corner.x(), max(0, corner.y() - self.popup.height()))
        self.popup.show()
        self.reminders.list.setFocus()

    def _show_count(self, count: int) -> None:
        self.setText(str(count))
        self.setToolTip(self.tr("Reminders: follow-ups and SLA targets"))
