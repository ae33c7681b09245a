"""One sync run: reference data, pull tickets, push the outbox, pull articles.

The pull comes before the push on purpose: the three-way merge can only keep "the server's
value wins, the local one becomes a conflict" if it sees the server's change before our
unsent change overwrites it there. Fields the server decided are taken out of the unsent
operations, so the push that follows sends only what nobody else touched.

Every page is committed with its cursor (SyncState "<connector>:tickets" / ":articles") in
one transaction, so a crash or a cancel between pages resumes where it stopped, and a page
pulled twice changes nothing the second time. Nothing here imports Qt; callers run it on a
worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from desk_app.local_store.base import utc_now
from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.engine import Store
from desk_app.local_store.models import SyncState
from desk_app.local_store.sync_store import LAST_ERROR_KEY, LAST_SUCCESS_KEY, sync_status
from desk_app.sync.calls import apply_call
from desk_app.sync.catalog import apply_article, apply_reference, last_time
from desk_app.sync.connector import Connector, PullPage
from desk_app.sync.contracts import apply_contract
from desk_app.sync.pull import PullOutcome, apply_ticket, link_merged, prefetch
from desk_app.sync.push import push_outbox
from desk_app.sync.workspace_lock import sync_lock

REFERENCE_EVERY = timedelta(hours=12)


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "reference" | "pull_tickets" | "push" | "pull_articles" | "pull_calls" | ...
    done: int
    total: int | None


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    conflicts: int
    pending: int
    finished_at: datetime
    cancelled: bool
    first_sync: bool
    failed: int = 0  # operations the server refused this run (listed, not retried)


class _Cancelled(Exception):
    pass


class SyncEngine:
    def __init__(self, store: Store, connector: Connector, *,
                 clock: Callable[[], datetime] = utc_now) -> None:  # fmt: skip
        self.store = store
        self.connector = connector
        self.clock = clock

    def key(self, stream: str) -> str:
        return f"{self.connector.name}:{stream}"

    def run_once(self, *, progress: Callable[[SyncProgress], None] | None = None,
                 cancel: threading.Event | None = None) -> SyncReport:  # fmt: skip
        """One run; raises SyncBusy when another process is syncing this workspace."""
        with sync_lock(self.store.db_path):
            return self._run_once(progress, cancel)

    def _run_once(self, progress: Callable[[SyncProgress], None] | None,
                  cancel: threading.Event | None) -> SyncReport:  # fmt: skip
        report = progress or (lambda _progress: None)
        with self.store.session() as session:
            first_sync = session.get(SyncState, self.key("tickets_complete")) is None
        counts = PullOutcome()
        pushed = failed = 0
        cancelled = False
        try:
            self._reference(report, force=first_sync)
            self._pull("tickets", self.connector.pull_tickets, "pull_tickets", report, cancel,
                       counts)  # fmt: skip
            if first_sync:  # the first full pull is through: later runs are incremental
                self._remember(self.key("tickets_complete"), self.clock().isoformat())
            outcome = push_outbox(self.store, self.connector, self.clock,
                                  lambda done, total: report(SyncProgress("push", done, total)),
                                  cancel)  # fmt: skip
            pushed, failed = outcome.pushed, outcome.failed
            if outcome.cancelled:
                raise _Cancelled
            self._pull("articles", self.connector.pull_articles, "pull_articles", report, cancel,
                       counts)  # fmt: skip
            # Calls and survey answers are not in the Connector protocol: only connectors
            # whose helpdesk can hold them (RT) offer pull_calls.
            pull_calls = getattr(self.connector, "pull_calls", None)
            if callable(pull_calls):
                self._pull("calls", pull_calls, "pull_calls", report, cancel, counts)
            # Contracts likewise (RT keeps them as assets); after the push, so a local change
            # reaches the server before the server's version is read back.
            pull_contracts = getattr(self.connector, "pull_contracts", None)
            if callable(pull_contracts):
                self._pull("contracts", pull_contracts, "pull_contracts", report, cancel, counts)
        except _Cancelled:
            cancelled = True
        except Exception as exc:
            self._remember(LAST_ERROR_KEY, str(exc) or type(exc).__name__)
            raise
        finished = self.clock()
        if not cancelled:
            self._remember(LAST_SUCCESS_KEY, finished.isoformat(), clear_error=True)
        with self.store.session() as session:
            pending = sync_status(session).pending_ops
        return SyncReport(pushed=pushed, pulled=counts.applied, conflicts=counts.conflicts,
                          pending=pending, finished_at=finished, cancelled=cancelled,
                          first_sync=first_sync, failed=failed)  # fmt: skip

    def _remember(self, key: str, value: str, *, clear_error: bool = False) -> None:
        with self.store.transaction() as session:
            session.merge(SyncState(key=key, value=value))
            if clear_error:
                session.merge(SyncState(key=LAST_ERROR_KEY, value=""))

    def _reference(self, report: Callable[[SyncProgress], None], *, force: bool) -> None:
        key = self.key("reference_at")
        with self.store.session() as session:
            last = last_time(session, key)
        if not force and last is not None and self.clock() - last < REFERENCE_EVERY:
            return
        report(SyncProgress("reference", 0, None))
        data = self.connector.fetch_reference()
        with self.store.transaction() as session:
            written = apply_reference(session, data, self.key("choices"))
            session.merge(SyncState(key=key, value=self.clock().isoformat()))
        report(SyncProgress("reference", written, written))

    def _pull(self, stream: str, pull: Callable[[str | None], Iterator[PullPage]], phase: str,
              report: Callable[[SyncProgress], None], cancel: threading.Event | None,
              counts: PullOutcome) -> None:  # fmt: skip
        key = self.key(stream)
        with self.store.session() as session:
            state = session.get(SyncState, key)
            cursor = None if state is None else state.value
        done = 0
        report(SyncProgress(phase, 0, None))
        for page in pull(cursor):
            with self.store.transaction() as session:
                done += self._apply_page(session, stream, page, counts)
                if page.cursor is not None:
                    session.merge(SyncState(key=key, value=page.cursor))
            report(SyncProgress(phase, done, page.total))
            if cancel is not None and cancel.is_set():
                raise _Cancelled

    def _apply_page(self, session: Session, stream: str, page: PullPage,
                    counts: PullOutcome) -> int:  # fmt: skip
        now = self.clock()
        if stream == "calls":
            for call in page.calls:
                apply_call(session, call)
            counts.applied += len(page.calls)
            return len(page.calls)
        if stream == "contracts":
            for contract in page.contracts:
                apply_contract(session, contract)
            counts.applied += len(page.contracts)
            return len(page.contracts)
        if stream == "articles":
            for article in page.articles:
                apply_article(session, article)
            counts.applied += len(page.articles)
            return len(page.articles)
        before = counts.applied
        touched = PullOutcome()
        # Flushed once per ticket instead of before every lookup query (autoflush): the
        # lookups only need rows of earlier tickets, and the resolvers flush what they create.
        prefetch(session, page.tickets)
        with session.no_autoflush:
            for ticket in page.tickets:
                apply_ticket(session, ticket, now, touched)
                session.flush()
        touched.touched.update(link_merged(session, now))
        session.flush()
        live = sorted(touched.touched)
        if live:
            refresh_due_times(session, live, now)
        counts.applied += touched.applied
        counts.conflicts += touched.conflicts
        return counts.applied - before
