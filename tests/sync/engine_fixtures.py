"""A small in-memory helpdesk for the engine's ordering and crash-resume unit tests.

Only for what is awkward to provoke on a real server at an exact point (a failure after page
k, a refusal of one given operation). Every behaviour tested with it is also tested against
the real Request Tracker in test_two_workspaces.py.

Imported by path from the tests (`load_engine_fixtures`), as the suite runs with
--import-mode=importlib and tests are not a package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from desk_app.sync.connector import (
    PullPage,
    PushOp,
    PushResult,
    ReferenceData,
    RemoteArticle,
    RemoteComment,
    RemoteQueue,
    RemoteTicket,
    RemoteTimeEntry,
    RemoteUser,
    ServerInfo,
    ServerUnreachable,
)

T0 = datetime(2025, 3, 12, 18, 0, tzinfo=UTC)


@dataclass
class Record:
    remote_id: str
    fields: dict[str, Any]
    updated_at: datetime
    key: str | None
    comments: list[RemoteComment] = field(default_factory=list)
    time_entries: list[RemoteTimeEntry] = field(default_factory=list)
    deleted: bool = False
    merged_into: str | None = None


class MemoryConnector:
    name = "mem"

    def __init__(self, page_size: int = 2) -> None:
        self.page_size = page_size
        self.records: dict[str, Record] = {}
        self.keys: dict[str, str] = {}
        self.pushes: list[PushOp] = []
        self.articles: list[RemoteArticle] = []
        self.refuse: Callable[[PushOp], Exception | None] = lambda _op: None
        self.fail_after_pages: int | None = None  # raise after yielding this many pages
        self.on_page: Callable[[int], None] = lambda _n: None
        self._next = 100
        self._clock = T0

    # -- the "server side" the tests drive --------------------------------------------------

    def tick(self) -> datetime:
        self._clock += timedelta(seconds=1)
        return self._clock

    def new_id(self) -> str:
        self._next += 1
        return str(self._next)

    def server_create(self, **fields: Any) -> str:
        remote_id = self.new_id()
        values = {"status": "open", "ticket_type": "task", "priority": "normal",
                  "channel": "email", "flag": "none", "level": "L1", **fields}  # fmt: skip
        self.records[remote_id] = Record(remote_id, values, self.tick(), None)
        return remote_id

    def server_edit(self, remote_id: str, **fields: Any) -> None:
        record = self.records[remote_id]
        record.fields.update(fields)
        record.updated_at = self.tick()

    # -- Connector ------------------------------------------------------------------------

    def test_connection(self) -> ServerInfo:
        return ServerInfo("Memory", "mem://", "ana")

    def ensure_setup(self) -> list[str]:
        return []

    def fetch_reference(self) -> ReferenceData:
        return ReferenceData(
            users=(RemoteUser("1", "bruno", "Bruno Advisor", "bruno@example.com"),),
            queues=(RemoteQueue("1", "Partner Desk L2", "L2"),),
            choices={"priority": ("normal", "urgent", "critical")},
        )

    def pull_tickets(self, cursor: str | None) -> Iterator[PullPage]:
        since = datetime.fromisoformat(cursor) if cursor else None
        # ">=" like RT: the last second of the previous pull comes again (overlap).
        items = sorted((r for r in self.records.values() if since is None or r.updated_at >= since),
                       key=lambda r: (r.updated_at, int(r.remote_id)))  # fmt: skip
        for number, start in enumerate(range(0, len(items), self.page_size), start=1):
            if self.fail_after_pages is not None and number > self.fail_after_pages:
                raise ConnectionResetError("the connection dropped mid-pull")
            chunk = items[start : start + self.page_size]
            self.on_page(number)
            yield PullPage(tickets=tuple(self._remote(r) for r in chunk),
                           cursor=chunk[-1].updated_at.isoformat(), total=len(items))  # fmt: skip

    def pull_articles(self, cursor: str | None) -> Iterator[PullPage]:
        since = datetime.fromisoformat(cursor) if cursor else None
        items = sorted((a for a in self.articles if since is None or a.updated_at >= since),
                       key=lambda a: (a.updated_at, int(a.remote_id)))  # fmt: skip
        for start in range(0, len(items), self.page_size):
            chunk = items[start : start + self.page_size]
            yield PullPage(articles=tuple(chunk), cursor=chunk[-1].updated_at.isoformat(),
                           total=len(items))  # fmt: skip

    def push(self, operation: PushOp) -> PushResult:
        error = self.refuse(operation)
        if error is not None:
            raise error
        self.pushes.append(operation)
        if operation.idempotency_key in self.keys:
            return PushResult(self.keys[operation.idempotency_key], already_applied=True)
        remote_id = self._apply(operation)
        if remote_id is not None:
            self.keys[operation.idempotency_key] = remote_id
        return PushResult(remote_id, updated_at=self._clock)

    def close(self) -> None:
        pass

    # -- internals ------------------------------------------------------------------------

    def _apply(self, op: PushOp) -> str | None:
        if op.entity == "ticket" and op.op == "create":
            remote_id = self.new_id()
            self.records[remote_id] = Record(remote_id, dict(op.fields), self.tick(),
                                             op.entity_uid)  # fmt: skip
            return remote_id
        if op.ticket_remote_id is None:
            return None
        record = self.records[op.ticket_remote_id]
        record.updated_at = self.tick()
        if op.entity == "ticket" and op.op == "update":
            record.fields.update(op.fields)
            return op.ticket_remote_id
        if op.entity == "ticket" and op.op == "merge":
            record.merged_into = str(op.fields["into_remote_id"])
            return op.ticket_remote_id
        remote_id = self.new_id()
        if op.entity == "comment":
            record.comments.append(RemoteComment(
                remote_id, record.remote_id, bool(op.fields["public"]), str(op.fields["body"]),
                op.fields.get("author_username"), None, self._clock, op.entity_uid,
            ))  # fmt: skip
        elif op.entity == "time_entry":
            record.time_entries.append(RemoteTimeEntry(
                remote_id, record.remote_id, str(op.fields["kind"]), int(op.fields["minutes"]),
                op.fields.get("username"), self._clock, op.entity_uid,
            ))  # fmt: skip
        return remote_id

    def _remote(self, record: Record) -> RemoteTicket:
        return RemoteTicket(
            remote_id=record.remote_id, updated_at=record.updated_at,
            fields=dict(record.fields), idempotency_key=record.key,
            comments=tuple(record.comments), time_entries=tuple(record.time_entries),
            deleted=record.deleted, merged_into_remote_id=record.merged_into,
        )  # fmt: skip


def lost_response(connector: MemoryConnector) -> Callable[[PushOp], PushResult]:
    """A push whose answer never arrives although the server applied it."""
    original = connector.push

    def push(op: PushOp) -> PushResult:
        original(op)
        raise ServerUnreachable("the server did not answer in time")

    return push


# -- real workspaces for the two-advisor tests ---------------------------------------------


def advisor_workspace(path: Any, username: str) -> Any:
    """A fresh workspace signed in as `username`: the advisors of the test RT, one partner
    company in both advisors' networks and its requester María (by e-mail, as RT knows her)."""
    from desk_app.local_store.engine import open_store
    from desk_app.local_store.models import Company, Person, Team, User, WorkspaceMeta
    from desk_app.local_store.visibility import CURRENT_USER_KEY

    store = open_store(path)
    with store.transaction() as s:
        team = Team(
            name="Mesa CDMX", calendar={"country": "MX", "time_zone": "America/Mexico_City"}
        )
        norte = Company(name="Ferretería del Norte", name_key="ferreteria del norte", country="MX")
        s.add_all([team, norte])
        s.flush()
        for name, full_name in (("ana", "Ana Advisor"), ("bruno", "Bruno Advisor")):
            s.add(User(username=name, full_name=full_name, role="advisor", team_id=team.id,
                       network=[norte]))  # fmt: skip
        s.add(User(username="lucia", full_name="Lucía Leader", role="leader", team_id=team.id))
        s.add(Person(full_name="María Pérez Gómez", company=norte, emails=["maria@ferrenorte.mx"]))
        s.add(WorkspaceMeta(key=CURRENT_USER_KEY, value=username))
    return store


# -- a sync process to kill: `python engine_fixtures.py WORKSPACE URL USER PER_PAGE [DIE_AT]` --
# The password comes on stdin (never on the command line, where `ps` shows it). With DIE_AT
# = n > 0 the process SIGKILLs itself at the n-th risky point: before or after a push reaches
# the server (after = applied there, not yet recorded here), or between two tickets inside a
# page's transaction.


def _die_at(point: int) -> Callable[[], None]:
    import os
    import signal

    seen = [0]

    def tick() -> None:
        seen[0] += 1
        if seen[0] == point:
            os.kill(os.getpid(), signal.SIGKILL)

    return tick


def _sync_once(argv: list[str]) -> int:
    import sys
    from pathlib import Path

    from desk_app.local_store.engine import open_store
    from desk_app.sync import engine as engine_module
    from desk_app.sync.engine import SyncEngine
    from desk_app.sync.rt import RtConnector, wire

    workspace, url, username, per_page, *rest = argv
    wire.PER_PAGE = int(per_page)  # type: ignore[misc]
    secret = sys.stdin.readline().strip()
    store = open_store(Path(workspace))
    connector = RtConnector(url, username, secret)
    if rest and int(rest[0]) > 0:
        tick = _die_at(int(rest[0]))
        real_push, real_apply = connector.push, engine_module.apply_ticket

        def push(op: PushOp) -> PushResult:
            tick()
            result = real_push(op)
            tick()
            return result

        def apply_ticket(*args: Any) -> None:
            tick()
            real_apply(*args)

        connector.push = push  # type: ignore[method-assign]
        engine_module.apply_ticket = apply_ticket  # type: ignore[assignment]
    try:
        SyncEngine(store, connector).run_once()
    finally:
        connector.close()
        store.close()
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(_sync_once(sys.argv[1:]))
