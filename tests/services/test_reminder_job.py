"""The reminder job on a real APScheduler and the real desk: what it announces, and once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.follow_ups import complete_follow_up, create_follow_up
from desk_app.services.reminders import Reminder, ReminderJob, ReminderKind

WAIT_S = 10.0  # an upper bound for a slow machine, not a timing assertion


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(desk) -> Clock:
    return Clock(desk.now)


@pytest.fixture
def heard() -> list[Reminder]:
    return []


@pytest.fixture
def job(desk, clock, heard) -> Iterator[ReminderJob]:
    made = ReminderJob(desk.store, desk.viewer("ana"), clock, heard.append)
    yield made
    made.stop()


def _follow_up(desk, minutes: int, note: str, username: str = "ana") -> int:
    with desk.store.transaction() as s:
        follow_up = create_follow_up(s, desk.viewer(username), desk.ids["invoice"],
                                     desk.now + timedelta(minutes=minutes), note,
                                     desk.now - timedelta(hours=1))  # fmt: skip
        return follow_up.id


def _critical(desk, subject: str, minutes_ago: int) -> int:
    """A critical ticket of Ana's: its first response is due an hour after creation."""
    ticket_id = desk.add_ticket(subject, priority="critical",
                                created_at=desk.now - timedelta(minutes=minutes_ago))  # fmt: skip
    with desk.store.transaction() as s:
        refresh_due_times(s, [ticket_id], desk.now)
    return ticket_id


def test_a_due_follow_up_is_announced_once_with_its_ticket(desk, clock, job, heard) -> None:
    follow_up_id = _follow_up(desk, -5, "Llamar a José")
    _follow_up(desk, 60, "Más tarde")  # not due yet
    fresh = job.run_now()
    assert fresh == heard
    assert [(r.kind, r.follow_up_id, r.ticket_id, r.note, r.subject) for r in fresh] == [
        (ReminderKind.FOLLOW_UP, follow_up_id, desk.ids["invoice"], "Llamar a José",
         "Error de facturación en CFDI"),
    ]  # fmt: skip
    assert fresh[0].due_at == desk.now - timedelta(minutes=5)
    assert job.run_now() == []  # still due, already announced
    assert len(heard) == 1


def test_a_follow_up_is_announced_when_its_time_comes(desk, clock, job, heard) -> None:
    _follow_up(desk, 10, "Confirmar timbrado")
    assert job.run_now() == []
    clock.advance(minutes=10)
    assert [r.note for r in job.run_now()] == ["Confirmar timbrado"]


def test_done_and_other_peoples_follow_ups_are_not_announced(desk, job) -> None:
    done = _follow_up(desk, -5, "Hecho")
    with desk.store.transaction() as s:
        complete_follow_up(s, desk.viewer("ana"), done, desk.now - timedelta(minutes=1))
    _follow_up(desk, -5, "De Lucía", username="lucia")
    assert job.run_now() == []


def test_an_sla_target_warns_then_reports_the_breach_once_each(desk, clock, job) -> None:
    ticket_id = _critical(desk, "Timbrado caído", 40)  # first response due in 20 minutes
    warned = job.run_now()
    assert [(r.kind, r.ticket_id, r.target, r.subject) for r in warned] == [
        (ReminderKind.SLA_WARNING, ticket_id, "first_response", "Timbrado caído")
    ]
    assert warned[0].due_at == desk.now + timedelta(minutes=20)
    clock.advance(minutes=5)
    assert job.run_now() == []
    clock.advance(minutes=20)  # 5 minutes past the due time
    assert [(r.kind, r.target) for r in job.run_now()] == [
        (ReminderKind.SLA_BREACHED, "first_response")
    ]
    clock.advance(minutes=1)
    assert job.run_now() == []


def test_the_warning_window_is_the_jobs(desk, clock, heard) -> None:
    _critical(desk, "Timbrado caído", 40)
    narrow = ReminderJob(desk.store, desk.viewer("ana"), clock, heard.append,
                         warn_within=timedelta(minutes=10))  # fmt: skip
    assert narrow.run_now() == []


def test_a_failing_receiver_does_not_hold_back_the_other_reminders(desk, clock) -> None:
    _follow_up(desk, -5, "Uno")
    _follow_up(desk, -4, "Dos")
    received: list[str] = []

    def notify(reminder: Reminder) -> None:
        received.append(reminder.note)
        raise RuntimeError("the window went away")

    job = ReminderJob(desk.store, desk.viewer("ana"), clock, notify)
    assert [r.note for r in job.run_now()] == ["Uno", "Dos"]
    assert received == ["Uno", "Dos"]


def test_the_schedule_runs_checks_on_its_own_thread(desk, clock) -> None:
    _follow_up(desk, -5, "Llamar a José")
    delivered = threading.Event()
    threads: list[threading.Thread] = []

    def notify(reminder: Reminder) -> None:
        threads.append(threading.current_thread())
        delivered.set()

    job = ReminderJob(desk.store, desk.viewer("ana"), clock, notify, every_seconds=0.05)
    try:
        job.start(run_now=False)  # the first check comes from the schedule, not from start()
        assert job.running
        assert delivered.wait(WAIT_S)
        assert threads[0] is not threading.main_thread()
        # A reminder that falls due later is found by a later scheduled check.
        delivered.clear()
        _follow_up(desk, 1, "Después")
        clock.advance(minutes=2)
        assert delivered.wait(WAIT_S)
    finally:
        job.stop()
    assert not job.running
    assert len(threads) == 2  # each announced once, however many checks ran


def test_check_soon_runs_the_next_check_at_once(desk, clock) -> None:
    delivered = threading.Event()
    job = ReminderJob(desk.store, desk.viewer("ana"), clock, lambda _r: delivered.set(),
                      every_seconds=3600)  # fmt: skip
    try:
        job.start()  # checks now: nothing due yet
        _follow_up(desk, -1, "Recién creado")
        job.check_soon()
        assert delivered.wait(WAIT_S)
    finally:
        job.stop()


def test_a_stopped_job_stays_stopped(desk, clock, heard) -> None:
    job = ReminderJob(desk.store, desk.viewer("ana"), clock, heard.append, every_seconds=1)
    job.start()
    job.stop()
    job.stop()  # idempotent
    job.check_soon()  # ignored
    with pytest.raises(RuntimeError, match="cannot be started again"):
        job.start()


@pytest.mark.parametrize("options", [{"every_seconds": 0}, {"warn_within": timedelta(-1)}])
def test_bad_settings_are_refused(desk, clock, heard, options) -> None:
    with pytest.raises(ValueError):
        ReminderJob(desk.store, desk.viewer("ana"), clock, heard.append, **options)
