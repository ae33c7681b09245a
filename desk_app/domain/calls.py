"""A call's life as a softphone shows it, and the advisor presence it implies (SPEC §4).

The timeline is a value: every event returns a new one or raises CallEventError, so a
rejected event can never leave a half-changed call behind. Durations are computed from the
timestamps alone (never counted), so they stay right after a crash, a restart or a sync.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

ZERO = timedelta(0)


class CallState(StrEnum):
    RINGING = "ringing"
    DIALING = "dialing"
    TALKING = "talking"
    ON_HOLD = "on_hold"
    WRAP_UP = "wrap_up"
    DONE = "done"


ACTIVE_STATES = frozenset(
    {CallState.RINGING, CallState.DIALING, CallState.TALKING, CallState.ON_HOLD, CallState.WRAP_UP}
)
# The states in which the line is still open (the advisor is on the phone).
LIVE_STATES = frozenset(
    {CallState.RINGING, CallState.DIALING, CallState.TALKING, CallState.ON_HOLD}
)
_STATE_WORDS = {
    CallState.RINGING: "still ringing",
    CallState.DIALING: "still dialling",
    CallState.TALKING: "in progress",
    CallState.ON_HOLD: "on hold",
    CallState.WRAP_UP: "already hung up (in wrap-up)",
    CallState.DONE: "already finished",
}


class Outcome(StrEnum):
    RESOLVED_FIRST_CONTACT = "resolved_first_contact"
    TICKET_CREATED = "ticket_created"
    TICKET_UPDATED = "ticket_updated"
    TRANSFERRED = "transferred"
    CALLBACK = "callback"
    MISSED = "missed"


class CallEventError(ValueError):
    """A call event that cannot happen now; the message is for the user (English)."""


class Presence(StrEnum):
    AVAILABLE = "available"
    ON_CALL = "on_call"
    WRAP_UP = "wrap_up"
    BREAK = "break"
    OFFLINE = "offline"


def presence_for(state: CallState | None) -> Presence | None:
    """The presence a call in `state` puts its advisor in; None: the call says nothing."""
    if state is None:
        return None
    if state in LIVE_STATES:
        return Presence.ON_CALL
    if state is CallState.WRAP_UP:
        return Presence.WRAP_UP
    return Presence.AVAILABLE


_SCORE_RANGES = {"csat": (1, 5), "ces": (1, 7), "nps": (0, 10)}


@dataclass(frozen=True)
class Survey:
    """Answers to the end-of-call survey; each one is optional."""

    csat: int | None = None  # 1–5
    ces: int | None = None  # 1–7
    nps: int | None = None  # 0–10

    def __post_init__(self) -> None:
        for name, (low, high) in _SCORE_RANGES.items():
            value = getattr(self, name)
            if value is None:
                continue
            # bool is an int to Python, but True is no score anyone gave.
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise CallEventError(
                    f"{name.upper()} must be a whole number from {low} to {high}, not {value!r}"
                )

    @property
    def empty(self) -> bool:
        return self.csat is None and self.ces is None and self.nps is None


@dataclass(frozen=True)
class Durations:
    ring: timedelta
    talk: timedelta  # answered to hang-up, without the time on hold
    hold: timedelta
    wrap_up: timedelta

    @property
    def total(self) -> timedelta:
        return self.ring + self.talk + self.hold + self.wrap_up


@dataclass(frozen=True)
class CallTimeline:
    direction: str  # "inbound" | "outbound"
    state: CallState
    started_at: datetime
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    wrap_up_ended_at: datetime | None = None
    hold_seconds: int = 0  # finished holds, whole seconds
    held_since: datetime | None = None  # a hold in progress

    @classmethod
    def start(cls, direction: str, at: datetime) -> CallTimeline:
        """A new inbound call ringing, or an outbound one dialling, from `at`."""
        if direction not in ("inbound", "outbound"):
            raise CallEventError(f"a call is inbound or outbound, not {direction!r}")
        _check_aware(at)
        state = CallState.RINGING if direction == "inbound" else CallState.DIALING
        return cls(direction=direction, state=state, started_at=at)

    # -- events ------------------------------------------------------------------------

    def answer(self, at: datetime) -> CallTimeline:
        self._expect(at, "answer", {CallState.RINGING, CallState.DIALING})
        return replace(self, state=CallState.TALKING, answered_at=at)

    def hold(self, at: datetime) -> CallTimeline:
        self._expect(at, "put on hold", {CallState.TALKING})
        return replace(self, state=CallState.ON_HOLD, held_since=at)

    def resume(self, at: datetime) -> CallTimeline:
        self._expect(at, "resume", {CallState.ON_HOLD})
        return replace(self._closed_hold(at), state=CallState.TALKING)

    def hang_up(self, at: datetime) -> CallTimeline:
        """Talking or on hold: the line closes and wrap-up begins. Ringing or dialling: the
        call was never answered, so it is over (missed) and has no wrap-up."""
        allowed = {CallState.RINGING, CallState.DIALING, CallState.TALKING, CallState.ON_HOLD}
        self._expect(at, "hang up", allowed)
        if self.state in (CallState.RINGING, CallState.DIALING):
            return replace(self, state=CallState.DONE, ended_at=at, wrap_up_ended_at=at)
        return replace(self._closed_hold(at), state=CallState.WRAP_UP, ended_at=at)

    def finish(self, at: datetime) -> CallTimeline:
        self._expect(at, "finish the wrap-up of", {CallState.WRAP_UP})
        return replace(self, state=CallState.DONE, wrap_up_ended_at=at)

    # -- reading -------------------------------------------------------------------------

    @property
    def missed(self) -> bool:
        return self.answered_at is None and self.ended_at is not None

    @property
    def last_event_at(self) -> datetime:
        moments = (self.started_at, self.answered_at, self.ended_at, self.wrap_up_ended_at,
                   self.held_since)  # fmt: skip
        return max(m for m in moments if m is not None)

    def durations(self, now: datetime) -> Durations:
        """Ring, talk, hold and wrap-up time; an interval still open runs up to `now`.

        ring = start → answer (or → hang-up when never answered); talk = answer → hang-up
        minus the holds; wrap-up = hang-up → end of wrap-up. Together they span the call.
        """
        ring_end = self.answered_at or self.ended_at or now
        ring = _span(self.started_at, ring_end)
        hold = timedelta(seconds=max(self.hold_seconds, 0))
        if self.held_since is not None:
            hold += _span(self.held_since, self.ended_at or now)
        talk = hold_span = ZERO
        if self.answered_at is not None:
            line = _span(self.answered_at, self.ended_at or now)
            hold_span = min(hold, line)  # a stored hold longer than the line is bad data
            talk = line - hold_span
        wrap_up = ZERO
        if self.ended_at is not None:
            wrap_up = _span(self.ended_at, self.wrap_up_ended_at or now)
        return Durations(ring=ring, talk=talk, hold=hold_span, wrap_up=wrap_up)

    # -- internals ----------------------------------------------------------------------

    def _expect(self, at: datetime, action: str, allowed: set[CallState]) -> None:
        if self.state not in allowed:
            raise CallEventError(f"cannot {action} the call: it is {_STATE_WORDS[self.state]}")
        _check_aware(at)
        if at < self.last_event_at:
            raise CallEventError(
                f"cannot {action} the call at {at.isoformat()}: time goes backwards "
                f"(its last event was at {self.last_event_at.isoformat()})"
            )

    def _closed_hold(self, at: datetime) -> CallTimeline:
        if self.held_since is None:
            return self
        # Whole seconds, rounded down: the stored hold never exceeds the real one.
        held = int((at - self.held_since).total_seconds())
        return replace(self, hold_seconds=self.hold_seconds + held, held_since=None)


def _span(start: datetime, end: datetime) -> timedelta:
    return max(end - start, ZERO)


def _check_aware(at: datetime) -> None:
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise CallEventError("call times must be dates and times with a time zone")
