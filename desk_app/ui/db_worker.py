"""The database worker: one QThread that runs every store job, off the UI thread.

Modelled on Anki's `taskman`: the UI hands a job (a function of a Session) and a callback to
`DbRunner.run`; the worker opens a short Session, runs the job and sends the result back
through a queued signal, so callbacks always run on the UI thread and the worker never
touches a widget. Jobs run one at a time in submission order, so a later job sees what an
earlier one committed.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any, ClassVar
from weakref import WeakSet

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlalchemy.orm import Session

from desk_app.local_store.engine import Store
from desk_app.ui.qt_compat import emit

log = logging.getLogger(__name__)

Job = Callable[[Session], Any]
Callback = Callable[[Any], None]
ErrorCallback = Callable[[str], None]


class _Worker(QObject):
    finished = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store

    @Slot(int, object)
    def execute(self, request_id: int, job: Job) -> None:
        try:
            with self._store.session() as session:
                result = job(session)
        except Exception as exc:
            log.error("database job %d failed:\n%s", request_id, traceback.format_exc())
            emit(self.failed, request_id, f"{type(exc).__name__}: {exc}")
        else:
            emit(self.finished, request_id, result)


class DbRunner(QObject):
    """Runs store jobs on the worker thread; results come back on the UI thread."""

    # A job failed and its caller gave no error callback: for a status bar or a dialog.
    error = Signal(str)
    _submit = Signal(int, object)

    _live: ClassVar[WeakSet[DbRunner]] = WeakSet()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callback, ErrorCallback | None]] = {}
        self._store = store
        self._thread = QThread()
        self._thread.setObjectName("desk-db-worker")
        self._worker = _Worker(store)
        self._worker.moveToThread(self._thread)
        # The worker lives in the other thread, so these connections are queued both ways.
        self._submit.connect(self._worker.execute)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        DbRunner._live.add(self)

    @property
    def store(self) -> Store:
        """The store the jobs run against; writers open their own transactions on it."""
        return self._store

    def run(self, job: Job, on_done: Callback, on_error: ErrorCallback | None = None) -> int:
        """Queue `job`; `on_done(result)` runs on the UI thread. Returns an id for `cancel`,
        or 0 when the worker has been shut down (the window is closing: nothing to show)."""
        if not self.is_running:
            log.debug("database job ignored: the worker has been shut down")
            return 0
        request_id = next(self._ids)
        self._pending[request_id] = (on_done, on_error)
        emit(self._submit, request_id, job)
        return request_id

    def cancel(self, request_id: int) -> None:
        """Drop the callback of a job; the job itself may still run."""
        self._pending.pop(request_id, None)

    @property
    def is_running(self) -> bool:
        return self._thread.isRunning()

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def shutdown(self) -> None:
        """Finish the job in progress, drop the rest and stop the thread. Idempotent."""
        self._pending.clear()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        DbRunner._live.discard(self)

    @classmethod
    def running_instances(cls) -> list[DbRunner]:
        """Runners whose thread still runs: tests assert none is left behind."""
        return [r for r in cls._live if r.is_running]

    @Slot(int, object)
    def _on_finished(self, request_id: int, result: object) -> None:
        callbacks = self._pending.pop(request_id, None)
        if callbacks is not None:
            callbacks[0](result)

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        callbacks = self._pending.pop(request_id, None)
        if callbacks is None:
            return
        on_error = callbacks[1]
        if on_error is not None:
            on_error(message)
        else:
            emit(self.error, message)


class LatestOnly:
    """At most one job of a kind in flight, answering only the newest request.

    Typing "factura" asks for a new list per pause; with one database worker, queued
    searches would make the last answer wait behind all the stale ones. Here a request made
    while a job runs replaces any request still waiting, and the answer of a job that has
    been overtaken is dropped.
    """

    def __init__(self, runner: DbRunner) -> None:
        self._runner = runner
        self._busy = False
        self._waiting: tuple[Job, Callback] | None = None

    def request(self, job: Job, on_done: Callback) -> None:
        self._waiting = (job, on_done)
        if not self._busy:
            self._start()

    @property
    def busy(self) -> bool:
        return self._busy

    def _start(self) -> None:
        assert self._waiting is not None
        job, on_done = self._waiting
        self._waiting = None
        self._busy = True
        started = self._runner.run(job, lambda result: self._done(on_done, result), self._failed)
        if not started:  # the worker has been shut down
            self._busy = False

    def _done(self, on_done: Callback, result: object) -> None:
        self._busy = False
        if self._waiting is not None:
            self._start()  # this answer is already out of date
        else:
            on_done(result)

    def _failed(self, message: str) -> None:
        self._busy = False
        if self._waiting is not None:
            self._start()
        else:
            emit(self._runner.error, message)


def when_alive(widget: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """`callback`, skipped once `widget` has been deleted.

    An answer from the database worker can arrive after the widget that asked for it was
    closed and deleted (a dialog with WA_DeleteOnClose); touching it then would raise.
    """

    def call(*args: Any) -> None:
        if shiboken6.isValid(widget):
            callback(*args)

    return call
