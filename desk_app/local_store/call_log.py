"""Writes of the call log: a call's events, its wrap-up, and the presence they imply (SPEC §4).

Every function runs in the caller's transaction and takes `now` from the caller's clock. The
live call is kept in SQLite at each event (a crash or restart finds it where it was); the
state machine is domain.calls.CallTimeline, so an event that cannot happen raises
CallEventError before anything is written. When a call is finished (wrap-up saved, or never
answered) ONE outbox operation creates it on the server, with its tickets and survey.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desk_app.domain.calls import (
    LIVE_STATES,
    CallEventError,
    CallState,
    CallTimeline,
    Outcome,
    Presence,
    Survey,
)
from desk_app.domain.ticket_fields import Level
from desk_app.local_store.call_views import current_presence
from desk_app.local_store.follow_ups import create_follow_up
from desk_app.local_store.models import (
    Call,
    Person,
    PresenceEvent,
    SurveyAnswer,
    Ticket,
    User,
    call_tickets,
)
from desk_app.local_store.outbox import enqueue
from desk_app.local_store.ticket_writes import ValidationError, record_change, visible_ticket
from desk_app.local_store.visibility import Viewer

MAX_NOTES = 10_000
MAX_CAUSE = 60
TICKET_OUTCOMES = frozenset({Outcome.TICKET_CREATED, Outcome.TICKET_UPDATED, Outcome.CALLBACK})
CHOSEN_PRESENCE = frozenset({Presence.AVAILABLE, Presence.BREAK, Presence.OFFLINE})


def timeline_of(call: Call) -> CallTimeline:
    return CallTimeline(
        direction=call.direction, state=CallState(call.state), started_at=call.started_at,
        answered_at=call.answered_at, ended_at=call.ended_at,
        wrap_up_ended_at=call.wrap_up_ended_at, hold_seconds=call.hold_seconds or 0,
        held_since=call.held_since,
    )  # fmt: skip


def own_call(session: Session, viewer: Viewer, call_id: int) -> Call:
    """The call `call_id` of this advisor, for a change; CallEventError otherwise."""
    call = session.get(Call, call_id)
    if call is None:
        raise CallEventError(f"no call with id {call_id}")
    if call.advisor_id is not None and call.advisor_id != viewer.user_id:
        raise CallEventError(f"call {call_id} is handled by another advisor")
    return call


def open_call(session: Session, viewer: Viewer, *, direction: str, number_raw: str,
              number_e164: str | None, now: datetime, caller_name: str | None = None,
              external_id: str | None = None, person_id: int | None = None,
              company_id: int | None = None) -> Call:  # fmt: skip
    """A new call of the viewer: inbound ringing or outbound dialling, from `now`."""
    timeline = CallTimeline.start(direction, now)
    call = Call(
        direction=direction, number_raw=number_raw.strip(), number_e164=number_e164,
        caller_name=(caller_name or "").strip() or None, external_id=external_id or None,
        person_id=person_id, company_id=company_id, advisor_id=viewer.user_id,
        started_at=timeline.started_at, state=timeline.state.value, hold_seconds=0, notes="",
    )  # fmt: skip
    session.add(call)
    session.flush()
    refresh_presence(session, viewer.user_id, now)
    return call


def apply_timeline(session: Session, viewer: Viewer, call: Call, timeline: CallTimeline,
                   now: datetime) -> None:  # fmt: skip
    """Store the call's new timeline; a call that just finished unanswered is missed."""
    was_done = call.state == CallState.DONE
    call.state = timeline.state.value
    call.answered_at = timeline.answered_at
    call.ended_at = timeline.ended_at
    call.wrap_up_ended_at = timeline.wrap_up_ended_at
    call.hold_seconds = timeline.hold_seconds
    call.held_since = timeline.held_since
    if timeline.state is CallState.DONE and not was_done:
        if timeline.answered_at is None:
            call.outcome = Outcome.MISSED.value
        session.flush()
        _enqueue_finished(session, call)
    refresh_presence(session, call.advisor_id or viewer.user_id, now)


def end_call(session: Session, viewer: Viewer, call: Call, now: datetime,
             cause: str | None = None) -> None:  # fmt: skip
    """Hang-up: talking or on hold → wrap-up; ringing or dialling → done, missed."""
    timeline = timeline_of(call).hang_up(now)
    cause = (cause or "").strip()
    if len(cause) > MAX_CAUSE:
        raise CallEventError(f"the end cause is longer than {MAX_CAUSE} characters")
    if cause:
        call.end_cause = cause
    apply_timeline(session, viewer, call, timeline, now)


def transfer_call(session: Session, viewer: Viewer, call: Call, target: str,
                  now: datetime) -> None:  # fmt: skip
    """Hand the caller to an advisor ("user:<username>") or a level queue ("level:L2")."""
    kind, _, name = target.strip().partition(":")
    if kind == "user":
        user = session.scalars(select(User).where(User.username == name)).first()
        if user is None or not user.is_active:
            raise CallEventError(f"no active advisor with user name {name!r}")
        if user.id == viewer.user_id:
            raise CallEventError("a call cannot be transferred to yourself")
    elif kind == "level":
        if name not in {level.value for level in Level}:
            raise CallEventError(f"no level queue {name!r}: choose L1, L2 or L3")
    else:
        raise CallEventError(f"transfer to {target!r}: say user:<user name> or level:<L1|L2|L3>")
    if call.state not in (CallState.TALKING, CallState.ON_HOLD):
        raise CallEventError("only a call in progress can be transferred: answer it first")
    timeline = timeline_of(call).hang_up(now)
    call.transferred_to = f"{kind}:{name}"
    call.outcome = Outcome.TRANSFERRED.value  # the wrap-up form's suggestion; it may change it
    apply_timeline(session, viewer, call, timeline, now)


def set_caller(session: Session, call: Call, person_id: int) -> None:
    person = session.get(Person, person_id)
    if person is None:
        raise CallEventError(f"no person with id {person_id}")
    call.person_id = person.id
    call.company_id = person.company_id


def save_notes(call: Call, notes: str) -> None:
    if call.state == CallState.DONE:
        raise CallEventError(f"call {call.id} is already finished: its notes are kept as saved")
    if len(notes) > MAX_NOTES:
        raise CallEventError(f"the notes are longer than {MAX_NOTES} characters")
    call.notes = notes


def link_ticket(session: Session, viewer: Viewer, call: Call, ticket_id: int,
                now: datetime) -> bool:  # fmt: skip
    """Link the call to a ticket the viewer can see; False when it already was linked."""
    if call.state == CallState.DONE:
        raise CallEventError(f"call {call.id} is already finished: link tickets before the end")
    try:
        ticket = visible_ticket(session, viewer, ticket_id)
    except LookupError as exc:
        raise CallEventError(str(exc)) from exc
    if ticket.id in linked_ticket_ids(session, call.id):
        return False
    session.execute(insert(call_tickets).values(call_id=call.id, ticket_id=ticket.id))
    record_change(session, ticket, viewer, now, "call", None, call.uid)
    ticket.updated_at = now
    return True


def linked_ticket_ids(session: Session, call_id: int) -> list[int]:
    query = select(call_tickets.c.ticket_id).where(call_tickets.c.call_id == call_id)
    return sorted(session.scalars(query))


def wrap_up(session: Session, viewer: Viewer, call: Call, outcome: str, now: datetime, *,
            ticket_ids: Sequence[int] = (), notes: str | None = None,
            survey: Survey | None = None, callback_at: datetime | None = None) -> None:  # fmt: skip
    """Save the wrap-up form and finish the call. `ticket_ids` are linked in addition to the
    tickets already linked; the survey answer belongs to the first linked ticket."""
    try:
        chosen = Outcome(outcome)
    except ValueError:
        names = ", ".join(o.value for o in Outcome)
        raise CallEventError(f"unknown outcome {outcome!r}: choose one of {names}") from None
    if call.state in LIVE_STATES:
        raise CallEventError(f"call {call.id} is still on the line: hang up before the wrap-up")
    timeline = timeline_of(call).finish(now)
    if chosen is Outcome.MISSED:
        raise CallEventError("an answered call cannot be wrapped up as missed")
    if survey is not None and not isinstance(survey, Survey):
        raise CallEventError("the survey answers are not a Survey")
    if notes is not None and len(notes) > MAX_NOTES:
        raise CallEventError(f"the notes are longer than {MAX_NOTES} characters")
    if chosen is Outcome.CALLBACK:
        if callback_at is None:
            raise CallEventError("a callback needs the time to call back")
        if callback_at.tzinfo is None or callback_at <= now:
            raise CallEventError("choose a callback time in the future")
    if any(isinstance(t, bool) or not isinstance(t, int) for t in ticket_ids):
        raise CallEventError(f"ticket ids are whole numbers, not {list(ticket_ids)!r}")
    wanted = list(dict.fromkeys(ticket_ids))
    for ticket_id in wanted:  # check them all before linking any
        try:
            visible_ticket(session, viewer, ticket_id)
        except LookupError as exc:
            raise CallEventError(str(exc)) from exc
    already = linked_ticket_ids(session, call.id)
    if chosen in TICKET_OUTCOMES and not (wanted or already):
        raise CallEventError(f"the outcome {chosen.value!r} needs a linked ticket")
    for ticket_id in wanted:
        link_ticket(session, viewer, call, ticket_id, now)
    first_ticket = (wanted or already)[0] if (wanted or already) else None
    if notes is not None:
        call.notes = notes
    call.outcome = chosen.value
    if chosen is Outcome.CALLBACK and callback_at is not None and first_ticket is not None:
        note = f"Call back {call.number_e164 or call.number_raw}"
        try:
            create_follow_up(session, viewer, first_ticket, callback_at, note, now)
        except ValidationError as exc:
            raise CallEventError(str(exc)) from exc
    if survey is not None and not survey.empty:
        session.add(SurveyAnswer(call_id=call.id, ticket_id=first_ticket,
                                 advisor_id=viewer.user_id, answered_at=now, csat=survey.csat,
                                 ces=survey.ces, nps=survey.nps))  # fmt: skip
    apply_timeline(session, viewer, call, timeline, now)


def record_presence(session: Session, user_id: int, state: Presence, now: datetime) -> bool:
    """A presence event, unless the user already is in that state; True when written."""
    if current_presence(session, user_id) == state.value:
        return False
    session.add(PresenceEvent(user_id=user_id, state=state.value, at=now))
    return True


def refresh_presence(session: Session, user_id: int, now: datetime) -> None:
    """The presence the advisor's calls imply: on a call while one is on the line, in wrap-up
    while one waits for it, else available (a call just ended ends a break too)."""
    session.flush()
    states = set(session.scalars(
        select(Call.state).where(Call.advisor_id == user_id, Call.state != CallState.DONE.value)
    ))  # fmt: skip
    if states & {s.value for s in LIVE_STATES}:
        presence = Presence.ON_CALL
    elif CallState.WRAP_UP.value in states:
        presence = Presence.WRAP_UP
    else:
        presence = Presence.AVAILABLE
    record_presence(session, user_id, presence, now)


def choose_presence(session: Session, viewer: Viewer, state: str, now: datetime) -> bool:
    """The advisor's own choice: available, break or offline (calls set the others)."""
    try:
        chosen = Presence(state)
    except ValueError:
        chosen = None
    if chosen is None or chosen not in CHOSEN_PRESENCE:
        raise CallEventError(f"choose available, break or offline, not {state!r}")
    live = session.scalar(
        select(func.count(Call.id)).where(Call.advisor_id == viewer.user_id,
                                          Call.state.in_([s.value for s in LIVE_STATES]))
    )  # fmt: skip
    if live:
        raise CallEventError("finish the current call first")
    return record_presence(session, viewer.user_id, chosen, now)


def _enqueue_finished(session: Session, call: Call) -> None:
    uids = list(session.scalars(
        select(Ticket.uid).join(call_tickets, call_tickets.c.ticket_id == Ticket.id)
        .where(call_tickets.c.call_id == call.id).order_by(Ticket.id)
    ))  # fmt: skip
    answer = session.scalars(
        select(SurveyAnswer).where(SurveyAnswer.call_id == call.id)
        .order_by(SurveyAnswer.id.desc()).limit(1)
    ).first()  # fmt: skip
    survey = None
    if answer is not None:
        survey = {"answered_at": answer.answered_at.isoformat(), "csat": answer.csat,
                  "ces": answer.ces, "nps": answer.nps}  # fmt: skip
    payload: dict[str, Any] = {
        "direction": call.direction,
        "number": call.number_e164 or call.number_raw,
        "number_raw": call.number_raw,
        "caller_name": call.caller_name,
        "started_at": _iso(call.started_at),
        "answered_at": _iso(call.answered_at),
        "ended_at": _iso(call.ended_at),
        "wrap_up_ended_at": _iso(call.wrap_up_ended_at),
        "hold_seconds": call.hold_seconds or 0,
        "outcome": call.outcome,
        "notes": call.notes or "",
        "transferred_to": call.transferred_to,
        "end_cause": call.end_cause,
        "ticket_uids": uids,
        "survey": survey,
    }
    enqueue(session, "call", call.uid, "create", payload)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()
