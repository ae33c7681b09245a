"""The reminder job (SPEC §3): due follow-ups and imminent SLA breaches, announced to the advisor.

One APScheduler BackgroundScheduler job (as desk_app.sync.scheduler) checks the local store
every `every_seconds` on its own worker thread, never the UI thread, and hands each new
reminder to `notify` on that thread; the UI turns it into a Qt signal. Only the local store
is read, so reminders fire offline too.

Each reminder is announced once per session (per job): a follow-up by its id, an SLA warning
by (ticket, target, breached), so a ticket that is first "about to breach" and later
"breached" is announced twice, and never again after that.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Final

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.local_store.engine import Store
from desk_app.local_store.follow_ups import due_follow_ups
from desk_app.local_store.models import Ticket
from desk_app.local_store.reminder_queries import BreachWarning, Target, imminent_breaches
from desk_app.local_store.visibility import Viewer

log = logging.getLogger(__name__)

DEFAULT_EVERY_SECONDS: Final = 30.0
DEFAULT_WARN_WITHIN: Final = timedelta(minutes=30)
_JOB_ID = "reminders"


class ReminderKind(StrEnum):
    FOLLOW_UP = "follow_up"
    SLA_WARNING = "sla_warning"  # a target falls due within the warning window
    SLA_BREACHED = "sla_breached"  # a target was just missed


@dataclass(frozen=True, slots=True)
class Reminder:
    """What to tell the advisor: plain facts; the UI words and translates them."""

    kind: ReminderKind
    ticket_id: int
    subject: str
    note: str  # the follow-up's note; "" for SLA reminders
    due_at: datetime  # the follow-up's time, or the SLA target's due time
    follow_up_id: int | None = None
    target: Target | None = None  # SLA reminders: "first_response" or "resolution"

    @property
    def key(self) -> Hashable:
        """Identity within a session: the same key is announced once."""
        if self.follow_up_id is not None:
            return (ReminderKind.FOLLOW_UP, self.follow_up_id)
        return (self.ticket_id, self.target, self.kind is ReminderKind.SLA_BREACHED)


def due_reminders(
    session: Session, viewer: Viewer, now: datetime, warn_within: timedelta
) -> list[Reminder]:
    """Every reminder that applies at `now` (announced or not), soonest first."""
    follow_ups = due_follow_ups(session, viewer, now)
    subjects: dict[int, str] = {}
    if follow_ups:
        ids = sorted({f.ticket_id for f in follow_ups})
        query = select(Ticket.id, Ticket.subject).where(Ticket.id.in_(ids))
        subjects = {ticket_id: subject for ticket_id, subject in session.execute(query)}
    reminders = [
        Reminder(ReminderKind.FOLLOW_UP, f.ticket_id, subjects.get(f.ticket_id, ""), f.note,
                 f.remind_at, follow_up_id=f.id)
        for f in follow_ups
    ]  # fmt: skip
    reminders += [_from_warning(w) for w in imminent_breaches(session, viewer, now, warn_within)]
    reminders.sort(key=lambda r: r.due_at)
    return reminders


def _from_warning(warning: BreachWarning) -> Reminder:
    kind = ReminderKind.SLA_BREACHED if warning.breached else ReminderKind.SLA_WARNING
    return Reminder(kind, warning.ticket_id, warning.subject, "", warning.due_at,
                    target=warning.target)  # fmt: skip


class ReminderJob:
    """Checks for reminders every `every_seconds` once started; see the module docstring."""

    def __init__(
        self,
        store: Store,
        viewer: Viewer,
        clock: Callable[[], datetime],
        notify: Callable[[Reminder], None],
        *,
        every_seconds: float = DEFAULT_EVERY_SECONDS,
        warn_within: timedelta = DEFAULT_WARN_WITHIN,
    ) -> None:
        if every_seconds <= 0:
            raise ValueError("every_seconds must be positive")
        if warn_within < timedelta(0):
            raise ValueError("warn_within cannot be negative")
        self._store = store
        self._viewer = viewer
        self._clock = clock
        self._notify = notify
        self._every = float(every_seconds)
        self._warn_within = warn_within
        self._announced: set[Hashable] = set()
        # One check at a time, whoever runs it (the schedule or run_now), so a reminder found
        # by both is announced once.
        self._check_lock = threading.Lock()
        self._closed = False
        self._scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            # One worker: checks run one after another. A second instance may be *submitted*
            # (it waits for the worker), or check_soon() during a check would be dropped as
            # "already running". A check missed while the machine slept runs once on waking.
            job_defaults={"coalesce": True, "max_instances": 2, "misfire_grace_time": None},
        )

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running) and not self._closed

    def start(self, *, run_now: bool = True) -> None:
        """Check on schedule from now on; with `run_now` the first check starts at once."""
        if self._closed:
            raise RuntimeError("a stopped reminder job cannot be started again")
        first = datetime.now(UTC)
        if not run_now:
            first += timedelta(seconds=self._every)
        self._scheduler.add_job(self._scheduled, "interval", seconds=self._every, id=_JOB_ID,
                                next_run_time=first)  # fmt: skip
        self._scheduler.start()

    def stop(self, *, wait: bool = True) -> None:
        """Stop checking; with `wait`, return after a check in progress ends. Idempotent; no
        notify() is made after this returns (with wait)."""
        self._closed = True
        if self._scheduler.running:
            self._scheduler.shutdown(wait=wait)

    def check_soon(self) -> None:
        """Run the next scheduled check at once (on the job's thread), e.g. after a follow-up
        was added. Does nothing before start() or after stop()."""
        if self._closed or not self._scheduler.running:
            return
        try:
            self._scheduler.modify_job(_JOB_ID, next_run_time=datetime.now(UTC))
        except JobLookupError:
            log.debug("reminder job gone (stopped)")

    def run_now(self) -> list[Reminder]:
        """Check at once on the calling thread; notify and return the reminders not announced
        before in this session."""
        with self._check_lock:
            with self._store.session() as session:
                found = due_reminders(session, self._viewer, self._clock(), self._warn_within)
            fresh = [r for r in found if r.key not in self._announced]
            self._announced.update(r.key for r in fresh)
            for reminder in fresh:
                if self._closed:
                    break
                try:
                    self._notify(reminder)
                except Exception:  # a failing receiver must not stop the next reminders
                    log.exception("reminder callback failed")
        return fresh

    def _scheduled(self) -> None:
        if self._closed:
            return
        try:
            self.run_now()
        except Exception:  # an unreadable store now must not end the schedule
            log.exception("reminder check failed")
