"""When sync runs: every N minutes, on demand, on reconnect, and after failures with backoff.

One APScheduler BackgroundScheduler job runs the sync callable on a worker thread (never the
UI thread). After every run the job's next run time is set from the outcome:

- success: the regular interval from now, and the failure count starts again;
- a retryable error (server unreachable, 5xx, timeouts): exponential backoff with full jitter,
  `uniform(0, min(cap, base * 2**(failures - 1)))`, so many desks coming back together spread
  out; never sooner than the server's Retry-After (`ConnectorError.retry_after`);
- a non-retryable error (401, 403, certificate, not configured): no automatic retry, because
  repeating a wrong password only locks the account; `sync_now()`, `network_restored()` or
  `settings_changed()` start again.

Two syncs never overlap: a request that arrives while one runs is remembered and served by one
follow-up run as soon as the current one ends (requests coalesce). Callbacks run on the worker
thread; the UI turns them into Qt signals.
"""

from __future__ import annotations

import logging
import math
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final, Generic, TypeVar

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler

from desk_app.sync.connector import ConnectorError, ServerUnreachable

log = logging.getLogger(__name__)

IDLE: Final = "idle"  # the last sync succeeded (or none ran yet); waiting for the next one
SYNCING: Final = "syncing"
OFFLINE: Final = "offline"  # the server could not be reached; retrying with backoff
BACKOFF: Final = "backoff"  # another retryable failure; retrying with backoff
STOPPED: Final = "stopped"  # a failure retrying cannot fix (401, 403, TLS); waiting for the user
STATES: Final = (IDLE, SYNCING, OFFLINE, BACKOFF, STOPPED)

DEFAULT_BACKOFF_BASE = 30.0  # seconds
MAX_BACKOFF_CAP = 30 * 60.0  # seconds
MAX_RETRY_AFTER = 60 * 60.0  # seconds
MIN_INTERVAL_MINUTES = 1 / 60  # one second: tests use short intervals; settings allow >= 1
MAX_INTERVAL_MINUTES = 24 * 60
_JOB_ID = "sync"

R = TypeVar("R")
V = TypeVar("V")


def backoff_delay(failures: int, *, base: float, cap: float, rng: random.Random) -> float:
    """Seconds to wait after the `failures`-th consecutive failure (1 = the first one).

    Full jitter (AWS architecture blog, "Exponential Backoff and Jitter"): uniform between 0
    and the capped exponential, which spreads retries best when many clients fail together.
    """
    if failures < 1:
        raise ValueError("failures starts at 1")
    # 2**failures grows without bound; past 60 doublings every realistic cap has been reached.
    ceiling = min(cap, base * math.pow(2, min(failures - 1, 60)))
    return rng.uniform(0, ceiling)


@dataclass(frozen=True)
class SchedulerStatus:
    state: str
    failures: int  # consecutive failures since the last success
    next_run_at: datetime | None  # None: no automatic run planned (stopped or shut down)
    retry_delay: float | None  # seconds chosen by the backoff after the last failure


class SyncScheduler(Generic[R]):
    """Runs `run` on a schedule; see the module docstring for the rules."""

    def __init__(
        self,
        run: Callable[[], R],
        *,
        interval_minutes: float,
        on_result: Callable[[R], None],
        on_error: Callable[[Exception], None],
        on_state: Callable[[str], None] | None = None,
        rng: random.Random | None = None,
        backoff_base: float = DEFAULT_BACKOFF_BASE,
        backoff_cap: float | None = None,
    ) -> None:
        self._run = run
        self._on_result = on_result
        self._on_error = on_error
        self._on_state = on_state
        self._rng = rng or random.Random()
        if backoff_base <= 0:
            raise ValueError("backoff_base must be positive")
        self._base = backoff_base
        self._cap_override = backoff_cap
        self._interval = _check_interval(interval_minutes)
        self._lock = threading.Lock()
        self._running = False
        self._pending = False  # a run was asked for while one was in progress
        self._closed = False
        self._state: str = IDLE
        self._failures = 0
        self._retry_delay: float | None = None
        self._scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            # One worker thread: runs are serialised. Two instances may be *submitted* (the
            # second waits in the pool), because APScheduler counts a run as running until its
            # thread returns, and would otherwise drop a "sync now" made during the callbacks.
            # No misfire limit: a run the scheduler thread reaches late (a busy machine) still
            # runs; coalesce folds several due runs into one.
            job_defaults={"coalesce": True, "max_instances": 2, "misfire_grace_time": None},
        )

    # --- control (any thread) --------------------------------------------------------------

    def start(self, *, run_now: bool = True) -> None:
        """Start the schedule; with `run_now`, the first sync starts at once (app start-up)."""
        first = _now() if run_now else _now() + self._interval_delta()
        self._scheduler.add_job(
            self._job, "interval", seconds=self._interval * 60, id=_JOB_ID, next_run_time=first
        )
        self._scheduler.start()

    def shutdown(self, *, wait: bool = True) -> None:
        """Stop scheduling; with `wait`, return after a sync in progress ends. No callback runs
        after this returns (with wait) or after the running sync ends (without)."""
        with self._lock:
            self._closed = True
        if self._scheduler.running:
            self._scheduler.shutdown(wait=wait)

    def sync_now(self) -> None:
        """Sync as soon as possible; during a running sync, once more right after it."""
        self._request_run()

    def network_restored(self) -> None:
        """The machine is back online: try at once, whatever the backoff said."""
        self._request_run()

    def settings_changed(self) -> None:
        """New URL, account or secret: leave the stopped state and try them at once."""
        self._request_run()

    def set_interval(self, minutes: float) -> None:
        """Change the regular interval; the next regular run is `minutes` from now. A backoff
        or a stop in force stays in force."""
        interval = _check_interval(minutes)
        with self._lock:
            self._interval = interval
            regular = not self._running and self._state == IDLE and not self._pending
        try:
            self._scheduler.reschedule_job(_JOB_ID, trigger="interval", seconds=interval * 60)
        except JobLookupError:  # not started yet: start() uses the new interval
            return
        if not regular:
            # reschedule_job moved the next run; put back what the backoff or stop decided.
            with self._lock:
                state = self._state
                delay = self._retry_delay
            if state == STOPPED:
                self._set_next_run(None)
            elif delay is not None and state in (OFFLINE, BACKOFF):
                self._set_next_run(_now() + timedelta(seconds=delay))

    def status(self) -> SchedulerStatus:
        with self._lock:
            state, failures, delay = self._state, self._failures, self._retry_delay
        try:
            job = self._scheduler.get_job(_JOB_ID)
        except Exception:  # shut down
            job = None
        next_run = job.next_run_time if job is not None and not self._closed else None
        return SchedulerStatus(state, failures, next_run, delay)

    # --- internals ---------------------------------------------------------------------------

    def _interval_delta(self) -> timedelta:
        return timedelta(minutes=self._interval)

    def _cap(self) -> float:
        if self._cap_override is not None:
            return max(self._cap_override, self._base)
        return max(self._base, min(self._interval * 60, MAX_BACKOFF_CAP))

    def _request_run(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._pending = True
            running = self._running
        if not running:
            self._set_next_run(_now())

    def _set_next_run(self, when: datetime | None) -> None:
        try:
            if when is None:
                self._scheduler.pause_job(_JOB_ID)
            else:
                self._scheduler.modify_job(_JOB_ID, next_run_time=when)
        except JobLookupError:
            log.debug("sync job gone (scheduler shut down)")

    def _set_state(self, state: str) -> None:
        with self._lock:
            changed = state != self._state
            self._state = state
            closed = self._closed
        if changed and not closed and self._on_state is not None:
            _call(self._on_state, state)

    def _job(self) -> None:
        with self._lock:
            if self._closed:
                return
            if self._running:  # defensive: the single-worker pool already serialises runs
                self._pending = True
                return
            self._running = True
            # This run serves every request made until now.
            self._pending = False
        try:
            self._run_and_report()
        finally:
            with self._lock:
                self._running = False
                again = self._pending and not self._closed
            if again:  # asked for during the callbacks
                self._set_next_run(_now())

    def _run_and_report(self) -> None:
        self._set_state(SYNCING)
        outcome: list[R] = []  # empty when the run raised
        error: Exception | None = None
        try:
            outcome.append(self._run())
        except Exception as exc:
            error = exc
        next_state, next_run = self._plan(error)
        with self._lock:
            again = self._pending
            self._pending = False
            closed = self._closed
        if closed:
            return
        self._set_next_run(_now() if again else next_run)
        self._set_state(next_state)
        if error is None:
            _call(self._on_result, outcome[0])
        else:
            _call(self._on_error, error)

    def _plan(self, error: Exception | None) -> tuple[str, datetime | None]:
        """The state after a run and the time of the next automatic run (None: none)."""
        now = _now()
        with self._lock:
            if error is None:
                self._failures = 0
                self._retry_delay = None
                return IDLE, now + self._interval_delta()
            self._failures += 1
            failures = self._failures
        retryable = not isinstance(error, ConnectorError) or error.retryable
        if not retryable:
            log.warning("sync stopped until the connection is changed: %s", error)
            with self._lock:
                self._retry_delay = None
            return STOPPED, None
        delay = backoff_delay(failures, base=self._base, cap=self._cap(), rng=self._rng)
        retry_after = getattr(error, "retry_after", None)
        if isinstance(retry_after, int | float) and retry_after > 0:
            # The server said when (429/503 Retry-After): never sooner; an absurd value must
            # not stop sync for days.
            delay = max(delay, min(float(retry_after), MAX_RETRY_AFTER))
        with self._lock:
            self._retry_delay = delay
        log.info("sync failed (%s); retry %d in %.1f s", type(error).__name__, failures, delay)
        state = OFFLINE if isinstance(error, ServerUnreachable) else BACKOFF
        return state, now + timedelta(seconds=delay)


def _check_interval(minutes: float) -> float:
    if isinstance(minutes, bool) or not MIN_INTERVAL_MINUTES <= minutes <= MAX_INTERVAL_MINUTES:
        raise ValueError(
            f"sync interval must be between 1 and {MAX_INTERVAL_MINUTES} minutes, got {minutes}"
        )
    return float(minutes)


def _now() -> datetime:
    return datetime.now(UTC)


def _call(callback: Callable[[V], None], value: V) -> None:
    # A failing callback (a UI bridge that went away) must not kill the scheduler thread.
    try:
        callback(value)
    except Exception:
        log.exception("sync callback failed")
