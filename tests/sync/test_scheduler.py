"""SyncScheduler on a real APScheduler BackgroundScheduler with real threads (no Qt).

Assertions are about behaviour: the order of states, the delays the backoff policy chose (the
same seeded rng replayed through `backoff_delay`), that runs never overlap, that requests made
during a run coalesce into one follow-up. Waiting uses generous timeouts only as a safety net.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desk_app.sync.connector import AuthenticationFailed, ServerUnreachable, TlsError
from desk_app.sync.scheduler import (
    BACKOFF,
    IDLE,
    OFFLINE,
    STOPPED,
    SYNCING,
    SyncScheduler,
    backoff_delay,
)

SAFETY = 30.0  # seconds; never reached when the code works


class Harness:
    """Records every callback in order and lets the test script what each run does."""

    def __init__(self, script: list[object]) -> None:
        self.script = list(script)  # per run: an exception to raise, or a value to return
        self.events: list[tuple[str, object]] = []
        self.delays: list[float | None] = []
        self.runs = 0
        self.active = 0
        self.max_active = 0
        self.cond = threading.Condition()
        self.gate: threading.Event | None = None
        self.scheduler: SyncScheduler[object] | None = None

    def run(self) -> object:
        with self.cond:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            self.runs += 1
            step = self.script.pop(0) if self.script else f"report {self.runs}"
            self.cond.notify_all()
        try:
            if self.gate is not None:
                assert self.gate.wait(SAFETY)
            if isinstance(step, Exception):
                raise step
            return step
        finally:
            with self.cond:
                self.active -= 1
                self.cond.notify_all()

    def record(self, kind: str) -> Callable[[object], None]:
        def callback(value: object) -> None:
            if kind == "error":
                assert self.scheduler is not None
                self.delays.append(self.scheduler.status().retry_delay)
            with self.cond:
                self.events.append((kind, value))
                self.cond.notify_all()

        return callback

    def wait(self, predicate: Callable[[], bool]) -> None:
        with self.cond:
            assert self.cond.wait_for(predicate, SAFETY), self.events

    def count(self, kind: str) -> int:
        return sum(1 for k, _ in self.events if k == kind)

    def states(self) -> list[object]:
        return [v for k, v in self.events if k == "state"]


@pytest.fixture
def make() -> Iterator[Callable[..., tuple[Harness, SyncScheduler[object]]]]:
    made: list[SyncScheduler[object]] = []

    def factory(script: list[object], **options: object) -> tuple[Harness, SyncScheduler[object]]:
        harness = Harness(script)
        kwargs: dict[str, object] = {"interval_minutes": 60, "rng": random.Random(7),
                                     "backoff_base": 0.01, "backoff_cap": 0.04}  # fmt: skip
        kwargs.update(options)
        scheduler: SyncScheduler[object] = SyncScheduler(
            harness.run,
            on_result=harness.record("result"),
            on_error=harness.record("error"),
            on_state=harness.record("state"),
            **kwargs,  # type: ignore[arg-type]
        )
        harness.scheduler = scheduler
        made.append(scheduler)
        return harness, scheduler

    yield factory
    for scheduler in made:
        scheduler.shutdown()


def test_backoff_policy_is_full_jitter_under_a_capped_exponential() -> None:
    rng = random.Random(1)
    for failures in range(1, 40):
        delay = backoff_delay(failures, base=30, cap=1800, rng=rng)
        assert 0 <= delay <= min(1800, 30 * 2 ** (failures - 1))
    same = [backoff_delay(n, base=30, cap=1800, rng=random.Random(9)) for n in (1, 2, 3)]
    assert same == [backoff_delay(n, base=30, cap=1800, rng=random.Random(9)) for n in (1, 2, 3)]
    assert backoff_delay(10_000, base=30, cap=1800, rng=random.Random(2)) <= 1800
    with pytest.raises(ValueError):
        backoff_delay(0, base=30, cap=1800, rng=rng)


def test_retryable_failures_back_off_by_the_policy_then_success_resets(make) -> None:
    down = ServerUnreachable("connection refused")
    harness, scheduler = make([down, down, down, "first report", down])
    scheduler.start()
    harness.wait(lambda: harness.count("result") == 1)

    assert harness.states() == [SYNCING, OFFLINE, SYNCING, OFFLINE, SYNCING, OFFLINE,
                                SYNCING, IDLE]  # fmt: skip
    replay = random.Random(7)
    expected = [backoff_delay(n, base=0.01, cap=0.04, rng=replay) for n in (1, 2, 3)]
    assert harness.delays == expected
    assert [k for k, _ in harness.events if k in ("error", "result")] == ["error"] * 3 + ["result"]
    status = scheduler.status()
    assert (status.state, status.failures, status.retry_delay) == (IDLE, 0, None)
    # Back on the regular schedule: the next run is an interval away, not a retry away.
    assert status.next_run_at is not None
    assert status.next_run_at > datetime.now(UTC) + timedelta(minutes=59)

    # After the success the failure count starts again: the next delay is a "first" delay.
    scheduler.sync_now()
    harness.wait(lambda: harness.count("error") == 4)
    assert harness.delays[-1] == backoff_delay(1, base=0.01, cap=0.04, rng=replay)


@pytest.mark.parametrize("error", [AuthenticationFailed("401"), TlsError("bad certificate")])
def test_a_non_retryable_error_stops_automatic_runs_until_asked(make, error) -> None:
    harness, scheduler = make([error, "after fix"])
    scheduler.start()
    harness.wait(lambda: harness.count("error") == 1)
    harness.wait(lambda: scheduler.status().state == STOPPED)
    status = scheduler.status()
    assert status.next_run_at is None  # nothing will run by itself
    assert harness.delays == [None] and harness.runs == 1
    assert harness.events[-2:] == [("state", STOPPED), ("error", error)]

    scheduler.set_interval(30)  # a new interval alone does not fix a password
    assert scheduler.status().next_run_at is None

    scheduler.settings_changed()
    harness.wait(lambda: harness.count("result") == 1)
    assert harness.states() == [SYNCING, STOPPED, SYNCING, IDLE]
    assert scheduler.status().next_run_at is not None


def test_an_unexpected_exception_backs_off_instead_of_stopping(make) -> None:
    harness, scheduler = make([RuntimeError("database is locked"), "ok"])
    scheduler.start()
    harness.wait(lambda: harness.count("result") == 1)
    assert harness.states() == [SYNCING, BACKOFF, SYNCING, IDLE]
    assert harness.delays == [backoff_delay(1, base=0.01, cap=0.04, rng=random.Random(7))]


def test_requests_during_a_run_never_overlap_and_coalesce_into_one_more_run(make) -> None:
    harness, scheduler = make([])
    harness.gate = threading.Event()
    scheduler.start()
    harness.wait(lambda: harness.active == 1)

    def hammer() -> None:
        for _ in range(25):
            scheduler.sync_now()
            scheduler.network_restored()

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(SAFETY)
    harness.gate.set()
    harness.wait(lambda: harness.count("result") == 2)
    harness.wait(lambda: harness.active == 0)
    status = scheduler.status()
    assert status.state == IDLE
    # Nothing is pending any more: the next run is the regular one, an hour away.
    assert status.next_run_at is not None
    assert status.next_run_at > datetime.now(UTC) + timedelta(minutes=59)
    assert harness.runs == 2 and harness.max_active == 1
    assert [v for k, v in harness.events if k == "result"] == ["report 1", "report 2"]


def test_a_retry_after_from_the_server_is_a_floor_for_the_delay(make) -> None:
    busy = ServerUnreachable("503 Service Unavailable")
    busy.retry_after = 0.3
    harness, scheduler = make([busy, "ok"])
    scheduler.start()
    harness.wait(lambda: harness.count("result") == 1)
    assert harness.delays == [0.3]  # the policy alone would have chosen at most 0.01 s


def test_network_restored_cuts_a_long_backoff_short(make) -> None:
    harness, scheduler = make([ServerUnreachable("no route"), "back"],
                              backoff_base=3600.0, backoff_cap=3600.0)  # fmt: skip
    scheduler.start()
    harness.wait(lambda: harness.count("error") == 1)
    harness.wait(lambda: scheduler.status().state == OFFLINE)
    assert scheduler.status().next_run_at is not None
    scheduler.network_restored()
    harness.wait(lambda: harness.count("result") == 1)
    assert harness.states() == [SYNCING, OFFLINE, SYNCING, IDLE]


def test_the_regular_interval_runs_again_and_again(make) -> None:
    # 0.02 minutes = 1.2 s: the shortest interval the scheduler accepts is one second.
    harness, scheduler = make([], interval_minutes=60)
    scheduler.set_interval(0.02)  # before start: start() takes it
    scheduler.start(run_now=False)
    harness.wait(lambda: harness.count("result") == 2)
    assert harness.states()[:4] == [SYNCING, IDLE, SYNCING, IDLE]
    assert harness.max_active == 1
    with pytest.raises(ValueError):
        scheduler.set_interval(0)
    with pytest.raises(ValueError):
        scheduler.set_interval(24 * 60 + 1)


def test_a_failing_callback_does_not_stop_the_schedule(make) -> None:
    harness, scheduler = make([])
    seen: list[object] = []

    def explode(report: object) -> None:
        with harness.cond:
            seen.append(report)
            harness.cond.notify_all()
        raise RuntimeError("the window went away")

    scheduler._on_result = explode
    scheduler.start()
    harness.wait(lambda: bool(seen))
    scheduler._on_result = harness.record("result")
    scheduler.sync_now()
    harness.wait(lambda: harness.count("result") == 1)
    assert seen == ["report 1"]


def test_no_callback_after_shutdown(make) -> None:
    harness, scheduler = make([])
    harness.gate = threading.Event()
    scheduler.start()
    harness.wait(lambda: harness.active == 1)
    scheduler.shutdown(wait=False)
    harness.gate.set()
    harness.wait(lambda: harness.active == 0)
    scheduler.sync_now()  # ignored
    assert harness.states() == [SYNCING]
    assert harness.count("result") == 0 and harness.runs == 1
    assert scheduler.status().next_run_at is None
