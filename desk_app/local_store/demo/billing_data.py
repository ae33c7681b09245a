"""The billing side of the demo (SPEC §6, seed 004), added once every ticket exists.

* Time: the entries the tickets were given become each ticket's story by level: an L2 or L3
  ticket mostly had its L1 analysis first, an L3 one sometimes an L2 look as well, and some
  tickets service-quality time (by the team's leader). They follow one another between the
  ticket leaving "open" and its resolution (or now); one that would overlap the same person's
  entry on another ticket keeps no clock time (a duration logged afterwards).
* Terms of attention: accepted by the requester or the company's key user before every ticket
  left "open" (the app refuses the move without them), and on part of the open ones.
* Warranty or consumption: decided by the advisor during the review on most tickets past
  "open"; warranty mostly for problems.
* Estimates on some. Past two hours (logged or estimated) the key user, or the backup,
  confirmed by portal, e-mail or phone, except on a few tickets of the leader's team left
  awaiting it on purpose: one with more than two hours logged, one whose estimate grew past
  what was confirmed (and more of both in larger demos).

It draws from its own random generator, so the tickets, calls and surveys stay as they were.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from desk_app.domain import statuses as st
from desk_app.domain.billing import THRESHOLD_MINUTES
from desk_app.domain.roles import Role
from desk_app.local_store.billing_queries import FLAT_RATE_KEY
from desk_app.local_store.demo import vocab
from desk_app.local_store.demo.contract_data import (
    FLAT_RATE,
    ContractBook,
    ContractOffer,
    Work,
    company_zones,
    plan_contracts,
    size_packages,
)
from desk_app.local_store.demo.tables import DemoData, ts, uid
from desk_app.local_store.demo.ticket_data import TICKET_COLUMNS

BILLING_COLUMNS = (
    "billing", "billing_decided_at", "billing_decided_by_id", "estimate_minutes",
    "terms_accepted_at", "terms_accepted_by_id", "terms_accepted_how",
)  # fmt: skip
CONFIRMATION_COLUMNS = (
    "uid", "ticket_id", "minutes", "confirmed_by_id", "recorded_by_id", "how", "confirmed_at",
    "note",
)  # fmt: skip
# How customers answer: mostly in the portal, as seed 004 asks (drawn with choice: the hot path).
HOWS = ("portal",) * 6 + ("email",) * 3 + ("phone",)
ESTIMATES = (60, 90, 120, 180, 240, 360)
PENDING_EVERY = 300  # tickets per one left awaiting confirmation (at least two)
_ID, _REQUESTER, _RESPONSIBLE, _CREATOR, _TYPE, _STATUS, _LEVEL, _CREATED, _UPDATED = (
    TICKET_COLUMNS.index(name) for name in (
        "id", "requester_id", "responsible_id", "created_by_id", "ticket_type", "status",
        "level", "created_at", "updated_at"))  # fmt: skip
_LEFT_OPEN = TICKET_COLUMNS.index("first_response_at")  # the second status step: open → …
_RESOLVED = TICKET_COLUMNS.index("resolved_at")
_NOT_TERMS = (None, None, None)


def add_billing(data: DemoData, rng: random.Random, now: datetime, ids: dict[str, list[int]],
                offers: dict[int, ContractOffer]) -> None:  # fmt: skip
    """Contracts, the tickets' billing, time and confirmations, and the flat rate."""
    book = ContractBook(company_zones(data), now)
    key_users = {row[3]: row[0] for row in data.tables["people"].rows if row[8]}
    plan_contracts(rng, offers, key_users, book)
    work = BillingPass(data, rng, now, book, ids["team"]).run()
    team = set(ids["team"])
    network = {company for user, company in data.tables["user_network"].rows if user in team}
    size_packages(data, book, work, network)
    data.meta[FLAT_RATE_KEY] = FLAT_RATE


@dataclass(slots=True)
class _Entry:
    uid: str
    ticket_id: int
    user_id: int | None
    kind: str
    minutes: int
    note: str
    company: int | None
    start: datetime | None = None
    logged: datetime | None = None
    charged: bool = True  # consumption or undecided; False: warranty

    def row(self) -> tuple[Any, ...]:
        assert self.logged is not None  # placed
        return (self.uid, self.ticket_id, self.user_id, self.kind, self.minutes,
                ts(self.start) if self.start else None, self.note, ts(self.logged))  # fmt: skip


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _minutes(value: float) -> timedelta:
    return timedelta(minutes=value)


class BillingPass:
    """Rewrites the tickets (with the billing columns) and their time; adds history rows and
    the key users' confirmations."""

    def __init__(self, data: DemoData, rng: random.Random, now: datetime, book: ContractBook,
                 team: list[int]) -> None:  # fmt: skip
        self.data, self.rng, self.now, self.book, self.team = data, rng, now, book, team
        people = data.tables["people"].rows
        self.company_of = {row[0]: row[3] for row in people}
        self.name_of = {row[0]: row[2] for row in people}
        self.key_user = {row[3]: row[0] for row in people if row[8]}
        self.backup_user = {row[3]: row[0] for row in people if row[9]}
        users = data.tables["users"].rows  # (id, uid, username, name, email, role, level, team)
        leader_of = {row[7]: row[0] for row in users if row[5] == Role.LEADER.value}
        self.leader = {row[0]: leader_of.get(row[7]) for row in users}
        self.logged: dict[int, list[tuple[Any, ...]]] = {}
        for row in data.tables["time_entries"].rows:  # (uid, ticket_id, user_id, kind, …)
            self.logged.setdefault(row[1], []).append(row)
        self.history = data.tables["ticket_history"]
        self.confirmations = data.table("hour_confirmations", *CONFIRMATION_COLUMNS)
        self.entries: list[_Entry] = []
        self.bare_open = False  # an open ticket of the team without terms, shown for sure

    def run(self) -> Work:
        """Returns each company's consumption: (moment, minutes) of its charged entries."""
        tickets = self.data.tables["tickets"]
        pending = self._pending(tickets.rows)
        tickets.rows = [self._ticket(row, pending.get(row[_ID])) for row in tickets.rows]
        tickets.columns = (*tickets.columns, *BILLING_COLUMNS)
        self._unclock_overlaps()
        self.data.tables["time_entries"].rows = [entry.row() for entry in self.entries]
        work: Work = {}
        for entry in self.entries:
            if entry.charged and entry.company is not None:
                moment = entry.start or entry.logged
                assert moment is not None
                work.setdefault(entry.company, []).append((moment, entry.minutes))
        return work

    def _pending(self, rows: list[tuple[Any, ...]]) -> dict[int, str]:
        """Tickets at work to leave awaiting confirmation, by how: the team's first (the docs'
        advisor "asesor" first), with hours of work behind them, else whatever is at work."""
        team, long_ago = set(self.team), ts(self.now - timedelta(hours=6))
        tiers: tuple[list[tuple[Any, ...]], ...] = ([], [], [])
        for row in rows:
            if row[_STATUS] in (st.IN_PROGRESS, st.WAITING_CUSTOMER) and row[_ID] in self.logged:
                clocked = row[_LEFT_OPEN] <= long_ago  # room on the clock for hours of work
                tiers[(0 if row[_RESPONSIBLE] in team else 1) if clocked else 2].append(row)
        first = self.team[0] if self.team else None
        tiers[0].sort(key=lambda row: (row[_RESPONSIBLE] != first, row[_ID]))
        candidates = [row[_ID] for tier in tiers for row in tier]
        count = min(len(candidates), max(2, len(rows) // PENDING_EVERY))
        step = max(1, (len(candidates) - 2) // max(1, count - 2))
        chosen = (candidates[:2] + candidates[2::step])[:count]
        return {ticket: ("logged", "estimate")[i % 2] for i, ticket in enumerate(chosen)}

    def _ticket(self, row: tuple[Any, ...], pending: str | None) -> tuple[Any, ...]:
        rng = self.rng
        ticket_id, status, requester = row[_ID], row[_STATUS], row[_REQUESTER]
        company = self.company_of.get(requester)
        worker = row[_RESPONSIBLE] or row[_CREATOR]
        created = _dt(row[_CREATED])
        if status == st.OPEN:
            return (*row, None, None, None, None, *self._open_terms(row, company, created))
        left = _dt(row[_LEFT_OPEN])
        end = _dt(row[_RESOLVED]) if row[_RESOLVED] else self.now
        terms_at = created + (left - created) * rng.uniform(0.1, 0.6)
        terms = self._accept(ticket_id, requester, company, row[_CREATOR], terms_at)
        review = min(left + _minutes(rng.uniform(5, 90)), end)
        events = [terms_at]
        work = self._work(ticket_id, row, worker, company)
        billing = None
        if pending or rng.random() < (0.97 if status == st.CLOSED else 0.7):
            warranty = 0.35 if row[_TYPE] == "problem" else 0.06
            billing = "warranty" if not pending and rng.random() < warranty else "consumption"
            self._note_change(ticket_id, worker, review, "billing", None, billing)
            events.append(review)
        for entry in work:
            entry.charged = billing != "warranty"
        estimate = None
        if pending == "estimate" or (not pending and rng.random() < 0.25):
            estimate = 180 if pending else rng.choice(ESTIMATES)
            self._note_change(ticket_id, worker, review, "estimate", None, estimate)
            events.append(review)
        if pending == "logged" and sum(e.minutes for e in work) <= THRESHOLD_MINUTES:
            extra = THRESHOLD_MINUTES + 1 - sum(e.minutes for e in work) + rng.randint(10, 40)
            work.append(self._entry(ticket_id, worker, row[_LEVEL], extra, company))
        self._place(work, left, end)
        events += [entry.logged for entry in work if entry.logged is not None]
        logged = sum(entry.minutes for entry in work)
        if pending == "estimate":  # confirmed for the first estimate, which then grew
            confirmed = min(review + _minutes(rng.uniform(20, 90)), end)
            self._confirm(ticket_id, company, requester, worker, 180, confirmed)
            estimate = max(300, -(-logged // 60) * 60 + 120)
            grown = min(confirmed + timedelta(hours=rng.uniform(1, 5)), end)
            self._note_change(ticket_id, worker, grown, "estimate", 180, estimate)
            events += [confirmed, grown]
        needed = max(logged, estimate or 0)
        if not pending and needed > THRESHOLD_MINUTES:
            events += self._confirmations(ticket_id, company, requester, worker, needed,
                                          estimate, review, work, (left, end))  # fmt: skip
        updated = row[_UPDATED]
        if status != st.CLOSED:  # every change touches the ticket (closed: all came before)
            updated = max(updated, ts(max(events)))
        return (*row[:_UPDATED], updated, *row[_UPDATED + 1:], billing,
                ts(review) if billing else None, worker if billing else None, estimate,
                *terms)  # fmt: skip

    def _open_terms(self, row: tuple[Any, ...], company: int | None,
                    created: datetime) -> tuple[Any, ...]:  # fmt: skip
        """Part of the open tickets have their terms already; the first open ticket of the
        leader's team whose company's contract does not cover the terms surely not."""
        if (not self.bare_open and row[_RESPONSIBLE] in self.team
                and not self.book.terms_cover(company)):  # fmt: skip
            self.bare_open = True
            return _NOT_TERMS
        if self.rng.random() >= 0.45:
            return _NOT_TERMS
        at = min(created + _minutes(self.rng.uniform(2, 60)), self.now)
        return self._accept(row[_ID], row[_REQUESTER], company, row[_CREATOR], at)

    def _accept(self, ticket_id: int, requester: int, company: int | None, recorder: int,
                at: datetime) -> tuple[Any, ...]:  # fmt: skip
        """The terms accepted by the requester, now and then by the key user instead."""
        rng = self.rng
        key = self.key_user.get(company) if company is not None else None
        person = key if key not in (None, requester) and rng.random() < 0.25 else requester
        how = rng.choice(HOWS)
        self._note_change(ticket_id, recorder, at, "terms", None,
                          f"{self.name_of[person]} ({how})")  # fmt: skip
        return ts(at), person, how

    def _work(self, ticket_id: int, row: tuple[Any, ...], worker: int,
              company: int | None) -> list[_Entry]:  # fmt: skip
        logged = self.logged.get(ticket_id)
        if not logged:  # none logged (a slip in the process): it stays so
            return []
        rng, level = self.rng, row[_LEVEL]
        work = []
        if level != "L1" and rng.random() < 0.8:  # first seen at L1, then escalated
            work.append(self._entry(ticket_id, row[_CREATOR], "L1", rng.choice((15, 20, 30, 45)),
                                    company))  # fmt: skip
        if level == "L3" and rng.random() < 0.4:
            work.append(self._entry(ticket_id, worker, "L2", rng.choice((30, 45, 60)), company))
        for entry in logged:  # (uid, ticket_id, user_id, kind, minutes, …): the ticket's level
            work.append(_Entry(entry[0], ticket_id, entry[2], entry[3], entry[4],
                               rng.choice(vocab.TIME_NOTES[entry[3]]), company))  # fmt: skip
        if rng.random() < (0.3 if row[_STATUS] == st.CLOSED else 0.1):
            work.append(self._entry(ticket_id, self.leader.get(worker) or worker, "quality",
                                    rng.choice((10, 15, 20, 30)), company))  # fmt: skip
        return work

    def _entry(self, ticket_id: int, user: int, kind: str, minutes: int,
               company: int | None) -> _Entry:  # fmt: skip
        note = self.rng.choice(vocab.TIME_NOTES[kind])
        return _Entry(uid(self.rng), ticket_id, user, kind, minutes, note, company)

    def _place(self, work: list[_Entry], left: datetime, end: datetime) -> None:
        """One entry after another from when the ticket left "open" to `end`; without room
        on the clock, durations logged at the end."""
        self.entries += work
        slack = (end - left).total_seconds() / 60 - sum(entry.minutes for entry in work)
        if slack < 2 * len(work):
            for entry in work:
                entry.logged = end
            return
        share = slack / (len(work) + 1)  # whole-minute gaps of at most this: all fit
        moment = left + _minutes(max(1, int(min(self.rng.uniform(1, 30), share))))
        for entry in work:
            entry.start = moment
            entry.logged = moment + _minutes(entry.minutes)
            moment = entry.logged + _minutes(max(1, int(min(self.rng.uniform(5, 240), share))))

    def _confirmations(self, ticket_id: int, company: int | None, requester: int, worker: int,
                       needed: int, estimate: int | None, review: datetime,
                       work: list[_Entry], window: tuple[datetime, datetime]
                       ) -> list[datetime]:  # fmt: skip
        """The key user's confirmation(s) covering `needed`: when the estimate asked for it,
        or just before the entry that went past two hours; sometimes 3 h first, then more."""
        rng = self.rng
        if estimate is not None and estimate > THRESHOLD_MINUTES:
            asked = review + _minutes(rng.uniform(10, 120))
        else:
            total, asked = 0, review
            for entry in work:
                total += entry.minutes
                if total > THRESHOLD_MINUTES:
                    moment = entry.start or entry.logged
                    assert moment is not None
                    asked = moment - _minutes(rng.uniform(5, 30))
                    break
        at = max(window[0], min(asked, window[1]))
        moments = []
        if needed > 240 and rng.random() < 0.4:
            earlier = max(window[0], at - _minutes(rng.uniform(30, 600)))
            self._confirm(ticket_id, company, requester, worker, 180, earlier)
            moments.append(earlier)
        covered = -(-needed // 60) * 60 + (60 if rng.random() < 0.3 else 0)
        self._confirm(ticket_id, company, requester, worker, covered, at)
        return [*moments, at]

    def _confirm(self, ticket_id: int, company: int | None, requester: int, worker: int,
                 minutes: int, at: datetime) -> None:  # fmt: skip
        rng = self.rng
        key = self.key_user.get(company) if company is not None else None
        backup = self.backup_user.get(company) if company is not None else None
        person = backup if backup is not None and rng.random() < 0.2 else key or requester
        how = rng.choice(HOWS)
        self.confirmations.add(uid(rng), ticket_id, minutes, person, worker, how, ts(at),
                               rng.choice(vocab.CONFIRMATION_NOTES))  # fmt: skip
        self._note_change(ticket_id, worker, at, "confirmation", None,
                          f"{minutes} min, {self.name_of[person]} ({how})")  # fmt: skip

    def _note_change(self, ticket_id: int, user: int, at: datetime, field: str, old: Any,
                     new: Any) -> None:  # fmt: skip
        """A history row as billing_writes records the change (values as text)."""
        self.history.add(ticket_id, user, ts(at), field, None if old is None else str(old),
                         str(new), 0)  # fmt: skip

    def _unclock_overlaps(self) -> None:
        """Nobody works on two things at once: an entry overlapping an earlier one of the
        same person keeps its duration but no clock time."""
        by_user: dict[int | None, list[_Entry]] = {}
        for entry in self.entries:
            if entry.start is not None:
                by_user.setdefault(entry.user_id, []).append(entry)
        for entries in by_user.values():
            entries.sort(key=lambda entry: entry.start or self.now)
            busy_until: datetime | None = None
            for entry in entries:
                assert entry.start is not None and entry.logged is not None
                if busy_until is not None and entry.start < busy_until:
                    entry.start = None
                    continue
                busy_until = entry.logged
