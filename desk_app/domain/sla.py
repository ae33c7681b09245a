"""The SLA clock (SPEC §3): a pure function of the ticket's history, the calendar and "now".

Nothing here counts or stores elapsed time, so timers stay right offline and after a sync.

Rules the seeds leave open, decided here:

* Time used = business time from creation to the end of the clock minus paused business time.
  The end is the completion (first response / resolution) when it happened at or before `now`,
  else `now`.
* Paused: time in a status whose `pauses_sla` is set, and time in a DONE-stage status that was
  later reopened (nobody is expected to work on a closed ticket).
* A resolved ticket with no recorded first response had its first response at resolution.
* Resolution completes at the last transition into the DONE stage when the ticket is done now;
  reopening a ticket restarts that clock where it stopped (closed time is paused). An explicit
  `resolved_at` wins over what the history says.
* Due time = the instant at which the used time reaches the target, so a pause only moves it
  when it starts before it. While paused now, the due time assumes the clock resumes now.
* State: MET / BREACHED once complete (by used ≤ allowed); before that BREACHED when
  used > allowed, AT_RISK from 75 % used, else OK. NO_TARGET when the clock has no target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desk_app.domain.calendar import BusinessCalendar, require_aware
from desk_app.domain.sla_policy import NO_TARGET, SlaPolicy, SlaRule, SlaTarget
from desk_app.domain.statuses import StatusCatalog

__all__ = [
    "AT_RISK_FRACTION",
    "NO_TARGET",
    "ClockSnapshot",
    "PauseInterval",
    "SlaClock",
    "SlaPolicy",
    "SlaRule",
    "SlaSnapshot",
    "SlaState",
    "SlaTarget",
    "StatusChange",
    "queue_wait",
]

AT_RISK_FRACTION = 0.75
_ZERO = timedelta(0)


class SlaState(StrEnum):
    OK = "ok"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    MET = "met"
    NO_TARGET = "no_target"


@dataclass(frozen=True)
class StatusChange:
    """One entry of a ticket's status history; the first entry is the creation status."""

    at: datetime
    status: str

    def __post_init__(self) -> None:
        require_aware(self.at, "StatusChange.at")


@dataclass(frozen=True)
class PauseInterval:
    start: datetime
    end: datetime  # clipped to the end of the clock; equals it when still paused
    status: str
    business_time: timedelta


@dataclass(frozen=True)
class ClockSnapshot:
    due_at: datetime | None
    used: timedelta
    allowed: timedelta | None
    fraction: float | None  # used / allowed; above 1 when breached
    state: SlaState
    completed_at: datetime | None
    paused_time: timedelta
    is_paused: bool

    @property
    def remaining(self) -> timedelta | None:
        """Business time left; negative once breached."""
        return None if self.allowed is None else self.allowed - self.used


@dataclass(frozen=True)
class SlaSnapshot:
    first_response: ClockSnapshot
    resolution: ClockSnapshot
    paused_time: timedelta  # business time paused up to the end of the resolution clock
    pauses: tuple[PauseInterval, ...]
    is_paused: bool
    current_status: str | None


def queue_wait(created_at: datetime, assigned_at: datetime | None, now: datetime) -> timedelta:
    """Wall time the ticket waited unassigned: until assignment, or until now if never."""
    require_aware(created_at, "created_at")
    require_aware(now, "now")
    end = now
    if assigned_at is not None:
        require_aware(assigned_at, "assigned_at")
        end = min(assigned_at, now)
    return max(end - created_at, _ZERO)


class SlaClock:
    def __init__(self, calendar: BusinessCalendar, statuses: StatusCatalog) -> None:
        self.calendar = calendar
        self.statuses = statuses

    def compute(
        self,
        created_at: datetime,
        history: Sequence[StatusChange],
        target: SlaTarget,
        first_response_at: datetime | None,
        resolved_at: datetime | None,
        now: datetime,
    ) -> SlaSnapshot:
        for name, moment in (("created_at", created_at), ("now", now)):
            require_aware(moment, name)
        for name, optional in (
            ("first_response_at", first_response_at),
            ("resolved_at", resolved_at),
        ):
            if optional is not None:
                require_aware(optional, name)
        self._check_history(created_at, history)
        if resolved_at is None:
            resolved_at = self._resolved_from_history(history)
        if first_response_at is None and resolved_at is not None:
            first_response_at = resolved_at  # closing a ticket answers it, too
        first = self._clock(
            created_at,
            history,
            target.first_response,
            target.until_end_of_business_day,
            first_response_at,
            now,
        )
        resolution = self._clock(
            created_at,
            history,
            target.resolution,
            target.resolution_until_end_of_business_day,
            resolved_at,
            now,
        )
        pauses = self._pauses(created_at, history, _clock_end(created_at, resolved_at, now))
        current = [c.status for c in history if c.at <= now]
        return SlaSnapshot(
            first_response=first,
            resolution=resolution,
            paused_time=sum((p.business_time for p in pauses), _ZERO),
            pauses=tuple(pauses),
            is_paused=resolution.is_paused,
            current_status=current[-1] if current else None,
        )

    # -- pieces -------------------------------------------------------------------------

    def _check_history(self, created_at: datetime, history: Sequence[StatusChange]) -> None:
        previous = created_at
        for change in history:
            if change.at < previous:
                raise ValueError(
                    f"status history must be in time order and not before creation: "
                    f"{change.status!r} at {change.at.isoformat()}"
                )
            self.statuses.get(change.status)  # unknown keys fail here, loudly
            previous = change.at

    def _resolved_from_history(self, history: Sequence[StatusChange]) -> datetime | None:
        """Start of the trailing run of DONE statuses, i.e. the last transition into DONE."""
        resolved: datetime | None = None
        for change in reversed(history):
            if not self.statuses.get(change.status).is_done:
                break
            resolved = change.at
        return resolved

    def _pauses(
        self, created_at: datetime, history: Sequence[StatusChange], end: datetime
    ) -> list[PauseInterval]:
        pauses: list[PauseInterval] = []
        for index, change in enumerate(history):
            start = max(change.at, created_at)
            stop = history[index + 1].at if index + 1 < len(history) else end
            stop = min(stop, end)
            status = self.statuses.get(change.status)
            # A DONE status that is followed by a reopening pauses; the final one ends the clock.
            paused = status.pauses_sla or (status.is_done and index + 1 < len(history))
            if paused and start < stop:
                used = self.calendar.business_time_between(start, stop)
                pauses.append(PauseInterval(start, stop, change.status, used))
        return pauses

    def _pauses_at(self, history: Sequence[StatusChange], moment: datetime) -> bool:
        current = [c.status for c in history if c.at <= moment]
        return bool(current) and self.statuses.pauses(current[-1])

    def _clock(
        self,
        created_at: datetime,
        history: Sequence[StatusChange],
        duration: timedelta | None,
        end_of_day: bool,
        completion: datetime | None,
        now: datetime,
    ) -> ClockSnapshot:
        end = _clock_end(created_at, completion, now)
        completed = completion is not None and completion <= now
        pauses = self._pauses(created_at, history, end)
        paused = sum((p.business_time for p in pauses), _ZERO)
        used = self.calendar.business_time_between(created_at, end) - paused
        is_paused = not completed and self._pauses_at(history, end)
        done_at = completion if completed else None
        allowed = duration
        if end_of_day:
            closing = self.calendar.end_of_business_day(created_at)
            allowed = self.calendar.business_time_between(created_at, closing)
        if allowed is None:
            return ClockSnapshot(None, used, None, None, SlaState.NO_TARGET, done_at, paused, False)
        due = self._due(created_at, allowed, pauses)
        fraction = used / allowed
        if completed:
            state = SlaState.MET if used <= allowed else SlaState.BREACHED
        elif used > allowed:
            state = SlaState.BREACHED
        elif fraction >= AT_RISK_FRACTION:
            state = SlaState.AT_RISK
        else:
            state = SlaState.OK
        return ClockSnapshot(due, used, allowed, fraction, state, done_at, paused, is_paused)

    def _due(
        self, created_at: datetime, allowed: timedelta, pauses: Sequence[PauseInterval]
    ) -> datetime:
        """Walk the pauses in order: each one that starts before the target is reached pushes
        the remaining business time past its end."""
        cursor, remaining = created_at, allowed
        for pause in pauses:
            candidate = self.calendar.add_business_time(cursor, remaining)
            if candidate <= pause.start:
                return candidate
            remaining -= self.calendar.business_time_between(cursor, pause.start)
            cursor = pause.end
        return self.calendar.add_business_time(cursor, remaining)


def _clock_end(created_at: datetime, completion: datetime | None, now: datetime) -> datetime:
    end = completion if completion is not None and completion <= now else now
    return max(end, created_at)
