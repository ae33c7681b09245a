"""Demo calls: a month of business days played call by call for every advisor.

Each advisor's day runs from about 09:00 to 18:00 in their team's zone, Monday to Friday, with
a lunch break; calls follow one another (never overlapping), and every call leaves the presence
events it implies (on call, wrap-up, available), so the board's "since" times and the KPIs
come from the same story. Surveys, ticket links and outcomes agree with each call: a missed
call has no answer time, no wrap-up and no survey. Larger demos (benchmarks) add older calls,
without presence, so the call tables grow with the tickets.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desk_app.local_store.demo.profiles import AdvisorProfile
from desk_app.local_store.demo.tables import DemoData, ts, uid

HISTORY_DAYS = 30
OLDER_DAYS = 120  # how far back the extra calls of a large demo go
CALL_COLUMNS = (
    "id", "uid", "direction", "number_raw", "number_e164", "caller_name", "person_id",
    "company_id", "advisor_id", "started_at", "answered_at", "ended_at", "wrap_up_ended_at",
    "hold_seconds", "outcome", "notes", "state", "held_since",
)  # fmt: skip
# Answered inbound calls not resolved on the first contact end in one of these.
OTHER_OUTCOMES = ("ticket_created", "ticket_updated", "transferred", "callback")
OTHER_WEIGHTS = (45, 30, 12, 13)
OUTBOUND_OUTCOMES = ("resolved_first_contact", "ticket_updated", "callback")
# call_log.TICKET_OUTCOMES: the wrap-up of these needs a linked ticket.
LINKED = frozenset({"ticket_created", "ticket_updated", "callback"})
SURVEY_SHARE = 0.30
_MINUTE = timedelta(minutes=1)
_TALK_MEDIAN_S = math.log(270)


def _sec(seconds: float) -> timedelta:
    return timedelta(seconds=seconds)


class CallWriter:
    """Appends calls with their ticket links, survey answers and presence events."""

    def __init__(self, data: DemoData, rng: random.Random, ticket_count: int) -> None:
        self.rng, self.ticket_count = rng, ticket_count
        self.calls = data.table("calls", *CALL_COLUMNS)
        self.links = data.table("call_tickets", "call_id", "ticket_id")
        self.surveys = data.table(
            "survey_answers", "uid", "call_id", "ticket_id", "advisor_id", "answered_at",
            "csat", "ces", "nps",
        )  # fmt: skip
        self.presence = data.table("presence_events", "user_id", "state", "at")
        self.last: dict[int, tuple[datetime, str]] = {}  # advisor → latest presence event
        self.people = data.tables["people"].rows
        network: dict[int, set[int]] = {}
        for user_id, company_id in data.tables["user_network"].rows:
            network.setdefault(user_id, set()).add(company_id)
        self.callers = {advisor: [row for row in self.people if row[3] in companies]
                        for advisor, companies in network.items()}  # fmt: skip
        self.tickets_of: dict[int, list[int]] = {}
        for row in data.tables["tickets"].rows:  # (id, uid, subject, body, requester, resp.…)
            if row[5] is not None:
                self.tickets_of.setdefault(row[5], []).append(row[0])

    @property
    def next_id(self) -> int:
        return len(self.calls.rows) + 1

    def mark(self, advisor: int, state: str, at: datetime) -> None:
        self.presence.add(advisor, state, ts(at))
        self.last[advisor] = (at, state)

    def caller(self, advisor: int) -> tuple[str, str | None, str | None, int | None, int | None]:
        """(number as dialled, E.164, name, person id, company id): mostly the advisor's own
        partners, sometimes anyone's, now and then a number nobody knows."""
        rng = self.rng
        roll = rng.random()
        own = self.callers.get(advisor)
        if roll < 0.04 or not self.people:
            digits = "".join(rng.choice("0123456789") for _ in range(8))
            return f"55 {digits[:4]} {digits[4:]}", f"+5255{digits}", None, None, None
        person = rng.choice(own) if own and roll < 0.88 else rng.choice(self.people)
        return person[6], person[7], person[2], person[0], person[3]

    def ticket_for(self, advisor: int) -> int | None:
        own = self.tickets_of.get(advisor)
        if own:
            return self.rng.choice(own)
        return self.rng.randint(1, self.ticket_count) if self.ticket_count else None

    def finished(self, advisor: int, profile: AdvisorProfile, start: datetime,
                 presence: bool = True) -> datetime:  # fmt: skip
        """One finished call starting at `start`; returns when the advisor is free again."""
        rng = self.rng
        call_id = self.next_id
        outbound = rng.random() < profile.outbound
        number, e164, name, person, company = self.caller(advisor)
        answered: datetime | None = None
        hold = 0
        if rng.random() < (0.78 if outbound else profile.answer_rate):
            answered = start + _sec(rng.randint(4, 28))
            talk = min(max(rng.lognormvariate(_TALK_MEDIAN_S, 0.6), 45.0), 1800.0)
            hold = rng.choice((0, 0, 0, 0, 0, 30, 45, 90))
            ended = answered + _sec(int(talk) + hold)
            wrapped = ended + _sec(rng.randint(20, 200))
            if outbound:
                outcome = rng.choices(OUTBOUND_OUTCOMES, (40, 45, 15))[0]
            elif rng.random() < profile.fcr:
                outcome = "resolved_first_contact"
            else:
                outcome = rng.choices(OTHER_OUTCOMES, OTHER_WEIGHTS)[0]
        else:  # rang out or the caller hung up first: over, with nothing to wrap up
            ended = wrapped = start + _sec(rng.randint(20, 75))
            outcome = "missed"
        self.calls.add(call_id, uid(rng), "outbound" if outbound else "inbound", number, e164,
                       name, person, company, advisor, ts(start),
                       ts(answered) if answered else None, ts(ended), ts(wrapped), hold,
                       outcome, "", "done", None)  # fmt: skip
        ticket = None
        if outcome in LINKED or (outcome == "transferred" and rng.random() < 0.3):
            ticket = self.ticket_for(advisor)
            if ticket is not None:
                self.links.add(call_id, ticket)
        if answered and not outbound and rng.random() < SURVEY_SHARE:
            self._survey(call_id, ticket, advisor, profile, wrapped)
        if presence:
            self.mark(advisor, "on_call", start)
            if answered:
                self.mark(advisor, "wrap_up", ended)
            self.mark(advisor, "available", wrapped)
        return wrapped

    def _survey(self, call_id: int, ticket: int | None, advisor: int, profile: AdvisorProfile,
                at: datetime) -> None:  # fmt: skip
        rng = self.rng
        r = rng.random
        # Callers skip questions: each KPI counts only the answers it got.
        csat = rng.choices((5, 4, 3, 2, 1), profile.csat)[0] if r() >= 0.06 else None
        ces = rng.choices((7, 6, 5, 4, 3, 2, 1), profile.ces)[0] if r() >= 0.12 else None
        nps = rng.choices(range(11), profile.nps)[0] if r() >= 0.22 else None
        if csat is None and ces is None and nps is None:
            csat = rng.choices((5, 4, 3, 2, 1), profile.csat)[0]
        self.surveys.add(uid(rng), call_id, ticket, advisor, ts(at), csat, ces, nps)


def _local(day: date, at: time, zone: ZoneInfo, jitter_min: float = 0.0) -> datetime:
    moment = datetime.combine(day, at, tzinfo=zone) + timedelta(minutes=jitter_min)
    return moment.astimezone(UTC)


def play_month(writer: CallWriter, now: datetime, profiles: dict[int, AdvisorProfile],
               zones: dict[int, ZoneInfo]) -> None:  # fmt: skip
    """Every business day of the last HISTORY_DAYS for every advisor, up to an hour ago
    (what happens now is live_data's)."""
    rng = writer.rng
    window = now - timedelta(days=HISTORY_DAYS)
    cutoff = now - timedelta(hours=1)
    for advisor, profile in profiles.items():
        zone = zones[advisor]
        today = now.astimezone(zone).date()
        # Minutes between one call's end and the next call, for the profile's calls a day.
        gap = max(480 / profile.calls_per_day - 8.5, 2.0)
        for back in range(HISTORY_DAYS, -1, -1):
            day = today - timedelta(days=back)
            if day.weekday() >= 5 or rng.random() < 0.03:  # weekend, or a day off
                continue
            start = _local(day, time(9), zone, rng.uniform(0, 8))
            if start < window or start >= cutoff:
                continue
            writer.mark(advisor, "available", start)
            lunch = _local(day, time(14), zone, rng.uniform(-25, 25))
            free = _calls_until(writer, advisor, profile, start, min(lunch, cutoff), gap)
            lunch = max(lunch, free)
            if lunch >= cutoff:
                continue
            writer.mark(advisor, "break", lunch)
            back_at = lunch + timedelta(minutes=rng.randint(40, 60))
            if back_at >= cutoff:
                continue
            writer.mark(advisor, "available", back_at)
            closing = _local(day, time(18), zone)
            free = _calls_until(writer, advisor, profile, back_at, min(closing, cutoff), gap)
            leaves = max(free, closing) + timedelta(minutes=rng.uniform(1, 9))
            if leaves < cutoff:
                writer.mark(advisor, "offline", leaves)


def _calls_until(writer: CallWriter, advisor: int, profile: AdvisorProfile, free: datetime,
                 until: datetime, gap: float) -> datetime:  # fmt: skip
    """Calls one after another from `free` while they start before `until`; returns when the
    last one is wrapped up."""
    rng = writer.rng
    while True:
        start = free + timedelta(minutes=rng.expovariate(1 / gap))
        if start >= until - 3 * _MINUTE:
            return free
        free = writer.finished(advisor, profile, start)


def add_older(writer: CallWriter, now: datetime, count: int, profiles: dict[int, AdvisorProfile],
              zones: dict[int, ZoneInfo]) -> None:  # fmt: skip
    """`count` calls from before the month, on weekdays in business hours, without presence:
    the bulk a large (benchmark) demo needs, drawn cheaply."""
    rng = writer.rng
    advisors: Sequence[int] = list(profiles)
    for _ in range(count):
        advisor = advisors[int(rng.random() * len(advisors))]
        zone = zones[advisor]
        day = (now - timedelta(days=rng.uniform(HISTORY_DAYS + 1, OLDER_DAYS))).astimezone(zone)
        on = day.date() - timedelta(days=max(day.weekday() - 4, 0))  # weekend → Friday
        start = _local(on, time(9), zone, rng.uniform(0, 8.5 * 60))
        writer.finished(advisor, profiles[advisor], start, presence=False)
