"""What the demo's advisors are doing right now: the board's live column on first start.

Some are on a call still on the line (rows in state talking / on hold with no end), one is in
wrap-up, the others available, on a break or signed off. The signed-in advisor of the
docs ("asesor", first of the team) is free: the call panel resumes the live calls of whoever
signs in, and the screenshots put their own call there.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desk_app.domain.calendar import BusinessCalendar
from desk_app.domain.sla_policy import SlaPolicy
from desk_app.domain.ticket_fields import Criticality, Priority
from desk_app.local_store.demo.call_data import CallWriter
from desk_app.local_store.demo.tables import ts, uid
from desk_app.local_store.demo.ticket_data import Staged

# (state, minutes since it began) for the leader's ten by position, then for the other team.
TEAM_NOW = (("available", 6), ("talking", 4), ("on_hold", 7), ("break", 12), ("talking", 2),
            ("wrap_up", 1), ("available", 18), ("offline", 75), ("available", 3),
            ("available", 9))  # fmt: skip
OTHER_NOW = (("talking", 5), ("available", 11), ("break", 4), ("offline", 120))
_CALL_STATES = ("talking", "on_hold", "wrap_up")
_LEAD = {"talking": 0.2, "on_hold": 0.2, "wrap_up": 6.0}  # minutes from ringing to `since`


def add_live_states(writer: CallWriter, now: datetime, team: list[int],
                    others: list[int]) -> None:  # fmt: skip
    plan = list(zip(team, TEAM_NOW, strict=False)) + list(zip(others, OTHER_NOW, strict=False))
    for advisor, (state, minutes) in plan:
        since = now - timedelta(minutes=minutes)
        first = since - timedelta(minutes=_LEAD.get(state, 0.0))
        last_at, last_state = writer.last.get(advisor, (None, None))
        if state == "offline" and last_state in (None, "offline"):
            # Signed off already (a night, a weekend): today shows a short stint, then off.
            first -= timedelta(minutes=95)
        if last_at is not None and first <= last_at:  # after whatever the history ended with
            shift = last_at - first + timedelta(seconds=30)
            since, first = since + shift, first + shift
        if state in _CALL_STATES:
            _live_call(writer, advisor, state, first, since, now)
            continue
        if first < since:
            writer.mark(advisor, "available", first)
        writer.mark(advisor, state, min(since, now))


def _live_call(writer: CallWriter, advisor: int, state: str, started: datetime,
               since: datetime, now: datetime) -> None:  # fmt: skip
    """A call in `state` since `since` (answered then, or hung up then for wrap-up)."""
    rng = writer.rng
    since = min(since, now - timedelta(seconds=20))
    started = min(started, since - timedelta(seconds=10))
    number, e164, name, person, company = writer.caller(advisor)
    answered = started + timedelta(seconds=12)
    ended = since if state == "wrap_up" else None
    held = max(now - timedelta(seconds=50), answered) if state == "on_hold" else None
    call_id = writer.next_id
    writer.calls.add(call_id, uid(rng), "inbound", number, e164, name, person, company, advisor,
                     ts(started), ts(answered), ts(ended) if ended else None, None,
                     0, None, "", state, ts(held) if held else None)  # fmt: skip
    writer.mark(advisor, "on_call", started)
    if ended is not None:
        writer.mark(advisor, "wrap_up", ended)


# Team positions with a ticket close to its resolution target, and the share of it used (past
# domain.sla.AT_RISK_FRACTION, short of breached).
AT_RISK = ((1, 0.80), (3, 0.92), (5, 0.86), (8, 0.78))


def at_risk_tickets(now: datetime, team: list[int], size: int,
                    calendar: BusinessCalendar) -> dict[int, Staged]:  # fmt: skip
    """The last ticket ids, in progress for team members and at risk now: however the
    random tickets fell, the board has some at risk (besides the breached backlog)."""
    if size < 40 or not team:
        return {}
    severe = Criticality.SEVERE
    allowed = SlaPolicy.default().target_for(Priority.NORMAL, severe, None).resolution
    assert allowed is not None  # the default policy has a target for every criticality
    staged: dict[int, Staged] = {}
    for offset, (position, used) in enumerate(AT_RISK):
        created = _business_time_before(calendar, now, allowed * used)
        staged[size - offset] = Staged(team[position % len(team)], created, severe.value)
    return staged


def _business_time_before(calendar: BusinessCalendar, now: datetime,
                          used: timedelta) -> datetime:  # fmt: skip
    """The moment from which `used` business time has passed by `now` (to the second)."""
    early, late = now - timedelta(days=30), now
    while late - early > timedelta(seconds=1):
        middle = early + (late - early) / 2
        if calendar.business_time_between(middle, now) > used:
            early = middle
        else:
            late = middle
    return late
