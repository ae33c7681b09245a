"""The call panel's service: call events from the advisor or the PBX, the wrap-up, presence,
and the reads the panel, the history and the queue timers ask for (SPEC §3, §4).

Each write opens its own `Store.transaction()`: the call row, the history of the tickets it
touches, presence and (when the call is finished) its outbox operation commit together. A bad
event raises CallEventError with a message for the user and, as the transaction rolls back,
changes nothing. Times come from `clock`, so tests drive the timers with a controllable one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.domain.calls import LIVE_STATES, CallEventError, CallState, CallTimeline, Survey
from desk_app.local_store import call_log
from desk_app.local_store.call_queries import (
    CallerLookup,
    CallFilters,
    CallView,
    QueueWait,
    active_call,
    call_by_external_id,
    call_history,
    call_view,
    current_presence,
    lookup_caller,
    queue_waits,
    recent_numbers,
)
from desk_app.local_store.engine import Store
from desk_app.local_store.models import Call
from desk_app.local_store.visibility import Viewer
from desk_app.services.tickets import Clock, utc_now

MAX_EXTERNAL_ID = 120
MAX_NAME = 200
# "call X is already …" for a repeated incoming event of an unfinished call.
_ALREADY = {"ringing": "ringing", "dialing": "dialling", "talking": "in progress",
            "on_hold": "on hold", "wrap_up": "in wrap-up"}  # fmt: skip


class CallService:
    def __init__(self, store: Store, viewer: Viewer, *, default_region: str,
                 clock: Clock = utc_now) -> None:  # fmt: skip
        self.store = store
        self.viewer = viewer
        self.default_region = default_region
        self.clock = clock

    # -- new calls ----------------------------------------------------------------------------

    def incoming(self, number: str, *, name: str | None = None,
                 external_id: str | None = None) -> CallView:  # fmt: skip
        """A call ringing for this advisor (from the panel, the CLI hook or the SIP listener).
        The caller is matched when exactly one person has the number."""
        external_id = (external_id or "").strip() or None
        if external_id is not None and len(external_id) > MAX_EXTERNAL_ID:
            raise CallEventError(f"the call id is longer than {MAX_EXTERNAL_ID} characters")
        name = (name or "").strip() or None
        if name is not None and len(name) > MAX_NAME:
            name = name[:MAX_NAME]  # a PBX's display name is informative only

        def job(session: Session, now: datetime) -> int:
            if external_id is not None:
                known = call_by_external_id(session, external_id)
                if known is not None and known.state != CallState.DONE:
                    words = _ALREADY.get(known.state, known.state)
                    raise CallEventError(f"call {external_id} is already {words}")
            return self._open(session, now, "inbound", number, name, external_id)

        return self._write(job)

    def dial(self, number: str) -> CallView:
        """An outbound call this advisor dials."""
        return self._write(lambda session, now: self._open(session, now, "outbound", number,
                                                           None, None))  # fmt: skip

    # -- events of a call -----------------------------------------------------------------

    def answer(self, call_id: int) -> CallView:
        return self._event(call_id, lambda call, tl, now: tl.answer(now))

    def hold(self, call_id: int) -> CallView:
        return self._event(call_id, lambda call, tl, now: tl.hold(now))

    def resume(self, call_id: int) -> CallView:
        return self._event(call_id, lambda call, tl, now: tl.resume(now))

    def hang_up(self, call_id: int, cause: str | None = None) -> CallView:
        """Talking or on hold → wrap-up; still ringing → finished as missed."""

        def job(session: Session, now: datetime) -> int:
            call = call_log.own_call(session, self.viewer, call_id)
            call_log.end_call(session, self.viewer, call, now, cause)
            return call.id

        return self._write(job)

    def transfer(self, call_id: int, target: str) -> CallView:
        """To an advisor ("user:<username>") or a level queue ("level:L2"); wrap-up follows."""

        def job(session: Session, now: datetime) -> int:
            call = call_log.own_call(session, self.viewer, call_id)
            call_log.transfer_call(session, self.viewer, call, target, now)
            return call.id

        return self._write(job)

    def set_caller(self, call_id: int, person_id: int) -> CallView:
        def job(session: Session, now: datetime) -> int:
            call = call_log.own_call(session, self.viewer, call_id)
            call_log.set_caller(session, call, person_id)
            return call.id

        return self._write(job)

    def save_notes(self, call_id: int, notes: str) -> CallView:
        def job(session: Session, now: datetime) -> int:
            call = call_log.own_call(session, self.viewer, call_id)
            call_log.save_notes(call, notes)
            return call.id

        return self._write(job)

    def link_ticket(self, call_id: int, ticket_id: int) -> CallView:
        def job(session: Session, now: datetime) -> int:
            call = call_log.own_call(session, self.viewer, call_id)
            call_log.link_ticket(session, self.viewer, call, ticket_id, now)
            return call.id

        return self._write(job)

    def wrap_up(self, call_id: int, outcome: str, *, ticket_ids: Sequence[int] = (),
                notes: str | None = None, survey: Survey | None = None,
                callback_at: datetime | None = None) -> CallView:  # fmt: skip
        """Save the wrap-up form; the call is finished and queued for sync."""

        def job(session: Session, now: datetime) -> int:
            call = call_log.own_call(session, self.viewer, call_id)
            call_log.wrap_up(session, self.viewer, call, outcome, now, ticket_ids=ticket_ids,
                             notes=notes, survey=survey, callback_at=callback_at)  # fmt: skip
            return call.id

        return self._write(job)

    # -- CTI: events named by the PBX's call id ---------------------------------------------

    def answered_external(self, external_id: str) -> CallView:
        def job(session: Session, now: datetime) -> int:
            call = self._by_external(session, external_id)
            call_log.apply_timeline(session, self.viewer, call,
                                    call_log.timeline_of(call).answer(now), now)  # fmt: skip
            return call.id

        return self._write(job)

    def ended_external(self, external_id: str, cause: str | None = None) -> CallView:
        """The PBX says the call ended: before an answer it was missed; ending twice is an
        error (the first end is kept)."""

        def job(session: Session, now: datetime) -> int:
            call = self._by_external(session, external_id)
            if call.state in (CallState.WRAP_UP, CallState.DONE):
                raise CallEventError(f"call {external_id} has already ended")
            call_log.end_call(session, self.viewer, call, now, cause)
            return call.id

        return self._write(job)

    # -- presence -------------------------------------------------------------------------

    def set_presence(self, state: str) -> None:
        """available, break or offline, chosen by the advisor (calls set on_call, wrap_up)."""
        with self.store.transaction() as session:
            call_log.choose_presence(session, self.viewer, state, self.clock())

    # -- reads (the caller's session) -------------------------------------------------------

    def lookup(self, session: Session, number: str) -> CallerLookup:
        try:
            return lookup_caller(session, number, self.default_region, viewer=self.viewer,
                                 now=self.clock())  # fmt: skip
        except ValueError as exc:
            raise CallEventError(str(exc)) from exc

    def call(self, session: Session, call_id: int) -> CallView:
        return call_view(session, call_id)

    def active(self, session: Session) -> CallView | None:
        return active_call(session, self.viewer)

    def history(self, session: Session, filters: CallFilters) -> tuple[CallView, ...]:
        return call_history(session, self.viewer, filters)

    def recent_numbers(self, session: Session) -> tuple[str, ...]:
        return recent_numbers(session, self.viewer)

    def presence(self, session: Session) -> str:
        return current_presence(session, self.viewer.user_id)

    def queue_waits(self, session: Session) -> tuple[QueueWait, ...]:
        return queue_waits(session, self.viewer)

    # -- internals ------------------------------------------------------------------------

    def _open(self, session: Session, now: datetime, direction: str, number: str,
              name: str | None, external_id: str | None) -> int:  # fmt: skip
        try:
            found = lookup_caller(session, number, self.default_region, viewer=self.viewer,
                                  now=now)  # fmt: skip
        except ValueError as exc:
            raise CallEventError(str(exc)) from exc
        current = active_call(session, self.viewer)
        if current is not None and CallState(current.state) in LIVE_STATES:
            raise CallEventError("finish the current call first")
        match = found.candidates[0] if len(found.candidates) == 1 else None
        call = call_log.open_call(
            session, self.viewer, direction=direction, number_raw=number,
            number_e164=found.number_e164, now=now, caller_name=name, external_id=external_id,
            person_id=None if match is None else match.person_id,
            company_id=None if match is None else match.company_id,
        )  # fmt: skip
        return call.id

    def _by_external(self, session: Session, external_id: str) -> Call:
        call = call_by_external_id(session, (external_id or "").strip())
        if call is None:
            raise CallEventError(f"no call with id {external_id}")
        return call_log.own_call(session, self.viewer, call.id)

    def _event(self, call_id: int,
               step: Callable[[Call, CallTimeline, datetime], CallTimeline]
               ) -> CallView:  # fmt: skip
        def job(session: Session, now: datetime) -> int:
            call = call_log.own_call(session, self.viewer, call_id)
            call_log.apply_timeline(session, self.viewer, call,
                                    step(call, call_log.timeline_of(call), now), now)  # fmt: skip
            return call.id

        return self._write(job)

    def _write(self, job: Callable[[Session, datetime], int]) -> CallView:
        """Run `job` in one transaction at the clock's time; the call as it then is."""
        now = self.clock()
        with self.store.transaction() as session:
            call_id = job(session, now)
            session.flush()
            return call_view(session, call_id)
