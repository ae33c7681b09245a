"""The UI's handle on background sync: owns the SyncScheduler and turns its callbacks, which
arrive on the scheduler's worker threads, into Qt signals delivered on the UI thread.

Every callback first crosses to the UI thread through a private signal connected to a slot of
this object (a queued connection, since the bridge lives on the UI thread); only there are the
public signals emitted, so whatever listens to them may touch widgets. The bridge never reads
the database on the UI thread: the status numbers come from a DbRunner job, and the sync itself
runs on the scheduler's thread with its own sessions.

Online or offline is known from the last sync's outcome, and, where Qt has a network backend,
from QNetworkInformation, whose "back online" starts a sync at once.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation
from sqlalchemy.orm import Session

from desk_app.local_store.engine import Store
from desk_app.local_store.sync_store import SyncStatus, sync_status
from desk_app.settings import (
    SYNC_AUTH,
    SYNC_INTERVAL_MINUTES,
    SYNC_SERVER_URL,
    SYNC_USERNAME,
    Settings,
)
from desk_app.sync.connector import Connector, ConnectorError, ServerUnreachable
from desk_app.sync.engine import SyncEngine, SyncProgress, SyncReport
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.qt_compat import emit
from desk_app.ui.sync_errors import explain
from desk_app.ui.sync_status import Connection, SyncView

log = logging.getLogger(__name__)


class Scheduler(Protocol):
    """What the bridge uses of desk_app.sync.scheduler.SyncScheduler."""

    def start(self) -> None: ...
    def shutdown(self, *, wait: bool = True) -> None: ...
    def sync_now(self) -> None: ...
    def network_restored(self) -> None: ...
    def settings_changed(self) -> None: ...
    def set_interval(self, minutes: float) -> None: ...


class SchedulerFactory(Protocol):
    def __call__(
        self,
        run: Callable[[], Any],
        *,
        interval_minutes: int,
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_state: Callable[[str], None] | None = None,
    ) -> Scheduler: ...


ConnectorFactory = Callable[[Settings], Connector]
# (store, connector, progress, cancel) → SyncReport; the default runs SyncEngine.run_once.
SyncRun = Callable[[Store, Connector, Callable[[SyncProgress], None], threading.Event], SyncReport]


def is_configured(settings: Settings) -> bool:
    return bool(settings.get(SYNC_SERVER_URL) and settings.get(SYNC_USERNAME))


def _interval(settings: Settings) -> int:
    return settings.get(SYNC_INTERVAL_MINUTES)


def _default_scheduler(run: Callable[[], Any], **options: Any) -> Scheduler:
    from desk_app.sync.scheduler import SyncScheduler

    scheduler: Scheduler = SyncScheduler(run, **options)
    return scheduler


def _default_connector(settings: Settings) -> Connector:
    from desk_app.sync.factory import connector_from_settings

    return connector_from_settings(settings)


def _default_run(store: Store, connector: Connector, progress: Callable[[SyncProgress], None],
                 cancel: threading.Event) -> SyncReport:  # fmt: skip
    return SyncEngine(store, connector).run_once(progress=progress, cancel=cancel)


def _read_status(session: Session) -> SyncStatus:
    return sync_status(session)


class SyncBridge(QObject):
    started = Signal()
    # The first full sync began (nothing synced before): the window shows its progress dialog.
    firstSyncStarted = Signal()
    progress = Signal(str, int, object)  # phase, done, total (int or None)
    finished = Signal(object)  # SyncReport
    failed = Signal(str, bool)  # translated message, retryable
    state_changed = Signal(str)  # the scheduler's own state name
    # What the status bar shows changed (a SyncView).
    viewChanged = Signal(object)

    # Worker thread → UI thread hops (queued: the bridge lives on the UI thread).
    _started_w = Signal(bool)
    _progress_w = Signal(str, int, object)
    _result_w = Signal(object)
    _error_w = Signal(object)
    _state_w = Signal(str)

    def __init__(
        self,
        runner: DbRunner,
        settings: Settings,
        *,
        connector_factory: ConnectorFactory = _default_connector,
        scheduler_factory: SchedulerFactory = _default_scheduler,
        sync_run: SyncRun = _default_run,
        watch_network: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._connector_factory = connector_factory
        self._scheduler_factory = scheduler_factory
        self._sync_run = sync_run
        self._scheduler: Scheduler | None = None
        # One event per run, so a cancelled run never cancels the next one; set at shutdown.
        self._cancel = threading.Event()
        self._closing = False
        self._status = LatestOnly(runner)
        self._view = SyncView()
        self._syncing = False
        self._watch_network = watch_network
        self._started_w.connect(self._on_started)
        self._progress_w.connect(self._on_progress)
        self._result_w.connect(self._on_result)
        self._error_w.connect(self._on_error)
        self._state_w.connect(self._on_state)

    # -- public API ---------------------------------------------------------------------

    @property
    def runner(self) -> DbRunner:
        return self._runner

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def view(self) -> SyncView:
        return self._view

    @property
    def configured(self) -> bool:
        return is_configured(self._settings)

    @property
    def running(self) -> bool:
        """A scheduler is active (a server is configured and the bridge was started)."""
        return self._scheduler is not None

    @property
    def syncing(self) -> bool:
        return self._syncing

    def start(self) -> None:
        """Start syncing on schedule when a server is configured; show the state either way."""
        if self._watch_network:
            self._watch_reachability()
        if not self.configured:  # syncing may be switched on later, from the UI thread
            self._warm_scheduler_import()
        self._apply_configuration()
        self.refresh_status()

    @Slot()
    def sync_now(self) -> None:
        if self._scheduler is not None:
            self._scheduler.sync_now()

    @Slot()
    def network_restored(self) -> None:
        if self._scheduler is not None:
            self._scheduler.network_restored()

    @Slot()
    def cancel(self) -> None:
        """Stop the running sync between two pages; what was committed stays consistent."""
        self._cancel.set()  # the running sync's event; the next run gets a fresh one

    @Slot()
    def reconfigure(self) -> None:
        """The connection settings changed: follow them and sync at once."""
        self._set_view(last_error=None)
        self._apply_configuration()
        if self._scheduler is not None:
            self._scheduler.set_interval(_interval(self._settings))
            self._scheduler.settings_changed()  # also leaves a stop after a 401
        self.refresh_status()

    @Slot()
    def refresh_status(self) -> None:
        """Re-read pending operations, conflicts and the last success, on the DB worker."""
        self._status.request(_read_status, self._on_status)

    def shutdown(self, *, wait: bool = True) -> None:
        """Cancel a running sync and stop the scheduler; with `wait` (the window is closing),
        return once a sync in progress has stopped at its next page. Idempotent."""
        self._closing = True
        self._cancel.set()
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=wait)
        self._syncing = False

    # -- configuration --------------------------------------------------------------------

    def _apply_configuration(self) -> None:
        if not self.configured:
            if self._scheduler is not None:
                self.shutdown(wait=False)  # a running sync ends on its own, unreported
            self._set_view(connection=Connection.NOT_CONFIGURED, syncing=False)
            return
        if self._view.connection is Connection.NOT_CONFIGURED:
            self._set_view(connection=Connection.UNKNOWN)
        if self._scheduler is None:
            self._closing = False
            self._scheduler = self._scheduler_factory(
                self._run,
                interval_minutes=_interval(self._settings),
                on_result=lambda report: emit(self._result_w, report),
                on_error=lambda error: emit(self._error_w, error),
                on_state=lambda state: emit(self._state_w, str(state)),
            )
            self._scheduler.start()

    def _warm_scheduler_import(self) -> None:
        # Importing the scheduler (APScheduler, tzlocal) takes ~40 ms; done on the UI thread
        # when the connection dialog's "Save" starts syncing, it stalled the window.
        threading.Thread(target=importlib.import_module, args=("desk_app.sync.scheduler",),
                         name="desk-sync-import", daemon=True).start()  # fmt: skip

    def _watch_reachability(self) -> None:
        feature = QNetworkInformation.Feature.Reachability
        if QNetworkInformation.instance() is None and not (
            QNetworkInformation.loadBackendByFeatures(feature)
        ):
            log.info("no network information backend: online state comes from sync results")
            return
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self.on_reachability)

    @Slot(QNetworkInformation.Reachability)
    def on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        if not self.configured:
            return
        if reachability == QNetworkInformation.Reachability.Disconnected:
            message = self.tr("This computer has no network connection.")
            self._set_view(connection=Connection.OFFLINE, last_error=message)
        elif reachability in (QNetworkInformation.Reachability.Online,
                              QNetworkInformation.Reachability.Site) and (
            self._view.connection in (Connection.OFFLINE, Connection.UNKNOWN)
        ):  # fmt: skip
            self.network_restored()

    # -- worker side (scheduler threads) ------------------------------------------------

    def _run(self) -> SyncReport:
        """One sync, on a scheduler thread. Raises what the connector or engine raised."""
        cancel = threading.Event()
        if self._closing:
            cancel.set()
        self._cancel = cancel
        emit(self._started_w, self._never_synced())
        connector = self._connector_factory(self._settings)
        # A full collection holds the GIL while it walks every object of the process (the
        # window, its models, SQLAlchemy's registries): one triggered by the engine's
        # allocations froze the UI for ~100 ms. Frozen objects are left out of collections
        # for the run; cycles among the new objects are still collected.
        gc.freeze()
        try:
            return self._sync_run(self._runner.store, connector, self._report_progress, cancel)
        finally:
            gc.unfreeze()
            connector.close()

    def _never_synced(self) -> bool:
        try:
            with self._runner.store.session() as session:
                status = _read_status(session)
        except Exception:  # an unreadable status must not stop the sync itself
            log.warning("cannot read the sync status", exc_info=True)
            return False
        return status.last_success_at is None

    def _report_progress(self, progress: SyncProgress) -> None:
        emit(self._progress_w, progress.phase, progress.done, progress.total)

    # -- UI side ----------------------------------------------------------------------------

    @Slot(bool)
    def _on_started(self, first_sync: bool) -> None:
        if self._scheduler is None:  # queued before a shutdown: nothing to show any more
            return
        self._syncing = True
        self._set_view(syncing=True)
        emit(self.started)
        if first_sync:
            emit(self.firstSyncStarted)

    @Slot(str, int, object)
    def _on_progress(self, phase: str, done: int, total: object) -> None:
        emit(self.progress, phase, done, total)

    @Slot(object)
    def _on_result(self, report: object) -> None:
        if self._scheduler is None:
            return
        self._syncing = False
        changes: dict[str, Any] = {"connection": Connection.ONLINE, "syncing": False,
                                   "last_error": None}  # fmt: skip
        if isinstance(report, SyncReport):
            changes["pending_ops"] = report.pending
            if not report.cancelled:
                changes["last_success_at"] = report.finished_at
        self._set_view(**changes)
        emit(self.finished, report)
        self.refresh_status()

    @Slot(object)
    def _on_error(self, error: object) -> None:
        if self._scheduler is None:
            return
        self._syncing = False
        if not isinstance(error, BaseException):
            error = RuntimeError(str(error))
        text = explain(error, auth=self._settings.get(SYNC_AUTH))
        log.warning("sync failed: %s", error)
        # As the scheduler decides: anything but a ConnectorError that says otherwise is
        # retried; only an unreachable server means "offline".
        retryable = not isinstance(error, ConnectorError) or error.retryable
        connection = (
            Connection.OFFLINE if isinstance(error, ServerUnreachable) else Connection.ERROR
        )
        if not self.configured:
            connection = Connection.NOT_CONFIGURED
        self._set_view(connection=connection, syncing=False, last_error=text.full())
        emit(self.failed, text.full(), retryable)
        self.refresh_status()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        emit(self.state_changed, state)

    def _on_status(self, status: SyncStatus) -> None:
        last_error = self._view.last_error
        if last_error is None and self._view.connection is not Connection.ONLINE:
            last_error = status.last_error  # from an earlier session
        self._set_view(
            last_success_at=status.last_success_at,
            pending_ops=status.pending_ops,
            open_conflicts=status.open_conflicts,
            failed_ops=status.failed_ops,
            last_error=last_error,
        )

    def _set_view(self, **changes: Any) -> None:
        view = self._view.but(**changes)
        if view != self._view:
            self._view = view
            emit(self.viewChanged, view)
