"""Incremental ticket pull: LastUpdated keyset pages with an overlap window, plus removals.

RT keeps one-second timestamps and caps pages at 100, and paging by page number over a
result that changes while we read it skips rows. So the pull walks a keyset instead:
`LastUpdated >= S` ordered by LastUpdated gives the next 100; the last (possibly cut) second
of a full page is dropped and read completely with `LastUpdated in [T, T+1s) AND id > N`
ordered by id. A new run starts `overlap_seconds` before the cursor and delivers again
what it finds there: a ticket changed twice within one second keeps the same LastUpdated,
so skipping "already seen" (id, LastUpdated) pairs would lose the second change. The
engine's merge is idempotent, so a repeated ticket costs only a comparison.

Deletions and merges do not show in TicketSQL (RT hides deleted and merged-away tickets),
so they come from a transaction search by transaction id, which only grows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from desk_app.sync.connector import InvalidRemoteData, PullPage, RemoteCall, RemoteTicket
from desk_app.sync.rt import wire
from desk_app.sync.rt.calls import NO_NOTES, remote_call
from desk_app.sync.rt.client import RtClient
from desk_app.sync.rt.mapping import RtMapping
from desk_app.sync.rt.setup import queue_ids
from desk_app.sync.rt.tickets import TICKET_FIELDS, UserCache, page_history, remote_ticket

_REMOVALS = (
    "ObjectType = 'RT::Ticket' AND ((Type = 'Status' AND NewValue = 'deleted') OR "
    "(Type = 'AddLink' AND Field = 'MergedInto')) AND id > {after}"
)


@dataclass
class Cursor:
    since: datetime | None = None  # greatest LastUpdated delivered
    txn: int | None = None  # greatest transaction id looked at for removals

    @classmethod
    def parse(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        try:
            data = json.loads(text)
            since = data.get("since")
            return cls(
                since=None if since is None else datetime.fromisoformat(since),
                txn=None if data.get("txn") is None else int(data["txn"]),
            )
        except (ValueError, TypeError, AttributeError):
            raise InvalidRemoteData("the saved ticket cursor is unreadable") from None

    def dump(self) -> str:
        since = None if self.since is None else self.since.isoformat()
        return json.dumps({"since": since, "txn": self.txn}, sort_keys=True)

    def remember(self, items: list[Mapping[str, Any]]) -> None:
        for item in items:
            moment = wire.required_time(item.get("LastUpdated"))
            if self.since is None or moment > self.since:
                self.since = moment


class TicketPull:
    """Tickets of every queue but the calls queue; with `calls=True`, only the calls queue
    (call records and survey answers, see calls.py)."""

    def __init__(self, client: RtClient, mapping: RtMapping, *, calls: bool = False) -> None:
        self._client = client
        self._mapping = mapping
        self._calls = calls
        queue = mapping.calls_queue.replace("'", "\\'")
        self._scope = f"Queue {'=' if calls else '!='} '{queue}' AND "
        self._users = UserCache(client)
        self._queues: dict[str, str] = {}

    def pages(self, cursor_text: str | None) -> Iterator[PullPage]:
        cursor = Cursor.parse(cursor_text)
        yielded = False
        self._queues = {qid: name for name, qid in queue_ids(self._client).items()}
        if self._calls:
            pass  # call records are never merged or deleted by Partner Desk's users
        elif cursor.txn is None:
            # First sync: what is deleted or merged now is simply not in the search.
            cursor.txn = self._last_transaction_id()
        else:
            removals = self._removals(cursor)
            if removals:
                yielded = True
                yield PullPage(tickets=tuple(removals), cursor=cursor.dump())
        overlap = timedelta(seconds=self._mapping.overlap_seconds)
        start = (cursor.since - overlap) if cursor.since else datetime(1970, 1, 2, tzinfo=UTC)
        total: int | None = None
        # (second, last id) while finishing one second id by id; None while walking seconds.
        within: tuple[datetime, int] | None = None
        lower = start
        while True:
            if within is None:
                query = f"LastUpdated >= '{wire.sql_time(lower)}'"
                body = self._search(query, "LastUpdated")
                if total is None:
                    total = _int_or_none(wire.as_object(body, "tickets").get("total"))
                items = wire.page_items(body, "tickets")
                if len(items) == wire.PER_PAGE:
                    last = max(wire.required_time(i.get("LastUpdated")) for i in items)
                    items = [i for i in items if wire.required_time(i.get("LastUpdated")) < last]
                    within = (last, 0)
                    done = False
                else:
                    done = True
            else:
                second, after = within
                query = (
                    f"LastUpdated >= '{wire.sql_time(second)}' AND "
                    f"LastUpdated < '{wire.sql_time(second + wire.one_second())}' AND id > {after}"
                )
                items = wire.page_items(self._search(query, "id"), "tickets")
                done = False
                if len(items) == wire.PER_PAGE:
                    within = (second, max(int(str(i["id"])) for i in items))
                else:
                    within = None
                    lower = second + wire.one_second()
            if items:
                cursor.remember(items)
                yielded = True
                if self._calls:
                    records = self._calls_of(items)
                    yield PullPage(calls=records, cursor=cursor.dump(), total=total)
                else:
                    tickets = self._convert(items)
                    yield PullPage(tickets=tickets, cursor=cursor.dump(), total=total)
            if done:
                if not yielded:
                    # Nothing changed: still hand back the cursor (it holds the removals mark).
                    yield PullPage(cursor=cursor.dump(), total=0)
                return

    def _search(self, query: str, order: str) -> Any:
        return self._client.get(
            "/tickets",
            {
                "query": self._scope + query,
                "orderby": order,
                "order": "ASC",
                "per_page": wire.PER_PAGE,
                "page": 1,
                "fields": TICKET_FIELDS,
            },
        )

    def _calls_of(self, items: list[Mapping[str, Any]]) -> tuple[RemoteCall, ...]:
        history, texts = page_history(self._client, [str(i["id"]) for i in items])
        records = []
        for item in items:
            created = [t for t in history[str(item["id"])] if t.get("Type") == "Create"]
            notes = texts.get(str(created[0]["id"]), "") if created else ""
            records.append(remote_call(item, self._mapping, "" if notes == NO_NOTES else notes))
        return tuple(records)

    def _convert(self, items: list[Mapping[str, Any]]) -> tuple[RemoteTicket, ...]:
        history, texts = page_history(self._client, [str(i["id"]) for i in items])
        names = []
        for item in items:
            requestors = item.get("Requestor")
            if isinstance(requestors, list) and requestors:
                names.append(wire.ref_id(requestors[0]) or "")
        self._users.prefetch(names)
        return tuple(
            remote_ticket(i, history[str(i["id"])], texts, self._mapping, self._queues, self._users)
            for i in items
        )

    def cursor_since(self, moment: datetime) -> str:
        """A cursor that starts the pull at `moment` instead of the beginning of time (a
        first sync limited to recent tickets; tests on a shared server)."""
        return Cursor(since=moment.astimezone(UTC), txn=self._last_transaction_id()).dump()

    def _last_transaction_id(self) -> int:
        body = self._client.get(
            "/transactions",
            {"query": "id > 0", "orderby": "id", "order": "DESC", "per_page": 1},
        )
        items = wire.page_items(body, "transactions")
        return int(str(items[0]["id"])) if items else 0

    def _removals(self, cursor: Cursor) -> list[RemoteTicket]:
        found: dict[str, RemoteTicket] = {}
        params = {"fields": "ObjectId,Type,NewValue,Created", "orderby": "id", "order": "ASC"}
        query = _REMOVALS.format(after=int(cursor.txn or 0))
        for txn in wire.all_pages(
            self._client, "/transactions", {**params, "query": query}, "transactions"
        ):
            cursor.txn = max(int(cursor.txn or 0), int(str(txn["id"])))
            ticket = str(txn.get("ObjectId"))
            when = wire.required_time(txn.get("Created"))
            if txn.get("Type") == "Status":
                found[ticket] = RemoteTicket(ticket, when, {}, None, deleted=True)
                continue
            target = str(txn.get("NewValue") or "").rsplit("/", 1)[-1]
            if target.isdigit() and target != ticket:
                found[ticket] = RemoteTicket(ticket, when, {}, None, merged_into_remote_id=target)
        return list(found.values())


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None
