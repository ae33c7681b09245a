"""Pull of N Request Tracker tickets into the cache vs raw sqlite3 executemany of the same rows.

Creating tickets through RT's REST costs ~65 ms each, so N = 10,000 real tickets would take
most of an hour. Instead: a real RT 5 is launched, `real` tickets are created in it through
the connector (each with a note, a reply and a time entry), and the real end-to-end pull
(`SyncEngine.run_once` over HTTP) into a fresh workspace is timed. The connector's real
RemoteTicket pages from that pull are then replicated to N tickets (distinct remote ids,
subjects, comment and time-entry ids) and replayed through `SyncEngine.run_once` — the same
per-page apply + cursor commit a real pull does — into another fresh workspace.

Baseline: the rows that ingest wrote (every table but the full-text shadow tables, which the
schema's own triggers fill) are read back and inserted with plain sqlite3 `executemany` in
one transaction into a copy of the same fresh workspace (same schema, triggers, indexes and
pragmas). Without RT installed the pages are synthesised from the in-memory test helpdesk and
the end-to-end figure is left out (said so on the output).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.models import SyncState
from desk_app.sync.connector import PullPage, PushOp, ReferenceData, RemoteTicket
from desk_app.sync.engine import SyncEngine

_TESTS = Path(__file__).resolve().parent.parent / "tests" / "sync"


def _load(name: str, file: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _TESTS / file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


class ReplayConnector:
    """Hands the engine pages captured from a real pull (plus their replicas)."""

    name = "rt"

    def __init__(self, reference: ReferenceData, pages: list[PullPage]) -> None:
        self.reference, self.pages = reference, pages

    def fetch_reference(self) -> ReferenceData:
        return self.reference

    def pull_tickets(self, cursor: str | None) -> Iterator[PullPage]:
        return iter(self.pages)

    def pull_articles(self, cursor: str | None) -> Iterator[PullPage]:
        return iter(())

    def push(self, operation: PushOp) -> Any:  # the fresh workspace has nothing to push
        raise AssertionError(operation)

    def close(self) -> None:
        pass


def _real_rt(folder: Path, real: int) -> tuple[ReferenceData, list[RemoteTicket], dict[str, float]]:
    from desk_app.sync.rt import RtConnector

    rt = _load("desk_tests_rt_server", "rt_server.py")
    tickets_mod = _load("desk_tests_rt_tickets", "test_rt_tickets.py")
    ef = _load("desk_bench_engine_fixtures", "engine_fixtures.py")
    server, proc = rt.launch(folder / "rt")
    try:
        root = RtConnector(server.url, "root", server.users["root"])
        root.ensure_setup()
        root.close()
        ana = RtConnector(server.url, "ana", server.token, auth="token")
        started = time.perf_counter()
        for n in range(real):
            tid = ana.push(tickets_mod.create_op(f"bench pull {n}")).remote_id
            for entity, fields in (
                ("comment", {"public": False, "body": f"Nota interna {n}: revisar el RFC."}),
                ("comment", {"public": True, "body": f"Hola María, respuesta {n}."}),
                ("time_entry", {"kind": "L2", "minutes": 15 + n % 30, "note": ""}),
            ):
                uid = f"bench-{entity}-{n}-{len(fields)}-{fields.get('public')}"
                ana.push(PushOp(uid, entity, "create", uid, tid, fields))
        created = time.perf_counter() - started
        store = ef.advisor_workspace(folder / "e2e", "ana")
        started = time.perf_counter()
        report = SyncEngine(store, ana).run_once()
        e2e = time.perf_counter() - started
        store.close()
        reference = ana.fetch_reference()
        remotes = [t for page in ana.pull_tickets(None) for t in page.tickets]
        ana.close()
    finally:
        rt.stop(proc)
    return (
        reference,
        remotes,
        {
            "rt_real_tickets": float(report.pulled),
            "rt_create_s": created,
            "rt_e2e_pull_s": e2e,
            "rt_e2e_tickets_per_s": report.pulled / e2e,
        },
    )


def _memory_pages(real: int) -> tuple[ReferenceData, list[RemoteTicket]]:
    ef = _load("desk_bench_engine_fixtures", "engine_fixtures.py")
    server = ef.MemoryConnector(page_size=100)
    for n in range(real):
        server.server_create(subject=f"bench pull {n}", requester_email="maria@cliente.test",
                             requester_name="María Pérez")  # fmt: skip
    return server.fetch_reference(), [t for p in server.pull_tickets(None) for t in p.tickets]


def replicate(samples: list[RemoteTicket], count: int, page_size: int = 100) -> list[PullPage]:
    tickets = []
    for n in range(count):
        sample = samples[n % len(samples)]
        rid = str(100_000 + n)
        comments = tuple(dataclasses.replace(c, remote_id=f"{rid}-c{i}", idempotency_key=None)
                         for i, c in enumerate(sample.comments))  # fmt: skip
        entries = tuple(dataclasses.replace(e, remote_id=f"{rid}-t{i}", idempotency_key=None)
                        for i, e in enumerate(sample.time_entries))  # fmt: skip
        subject = f"Ticket replicado {n}: {sample.fields.get('subject')}"
        fields = {**sample.fields, "subject": subject}
        tickets.append(dataclasses.replace(sample, remote_id=rid, idempotency_key=None,
                                           fields=fields, comments=comments,
                                           time_entries=entries))  # fmt: skip
    return [PullPage(tickets=tuple(tickets[i : i + page_size]), cursor=f"page-{i}", total=count)
            for i in range(0, count, page_size)]  # fmt: skip


def _row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    names = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")]  # fmt: skip
    counts = {n: connection.execute(f"SELECT coalesce(max(rowid), 0) FROM {n}").fetchone()[0]
              for n in names}  # fmt: skip
    connection.close()
    return counts


def raw_insert(ingested: Path, base: Path, target: Path) -> tuple[float, int]:
    """Seconds to executemany every row ingest added into a copy of the fresh workspace."""
    before = _row_counts(base)
    source = sqlite3.connect(ingested)
    rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    for name, top in before.items():
        cursor = source.execute(f"SELECT * FROM {name} WHERE rowid > ?", (top,))
        rows[name] = ([d[0] for d in cursor.description], cursor.fetchall())
    source.close()
    shutil.copyfile(base, target)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    started = time.perf_counter()
    connection.execute("BEGIN")
    for name, (columns, values) in rows.items():
        if values:
            marks = ", ".join("?" for _ in columns)
            connection.executemany(
                f"INSERT OR REPLACE INTO {name} ({', '.join(columns)}) VALUES ({marks})", values
            )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, sum(len(v) for _, v in rows.values())


def _fresh(path: Path) -> Store:
    ef = _load("desk_bench_engine_fixtures", "engine_fixtures.py")
    store: Store = ef.advisor_workspace(path, "ana")
    return store


def run(folder: Path, count: int, real: int) -> dict[str, float]:
    results: dict[str, float] = {}
    rt = _load("desk_tests_rt_server", "rt_server.py")
    missing = rt.rt_missing_reason()
    if missing is None:
        reference, samples, figures = _real_rt(folder, real)
        results.update(figures)
    else:
        print(f"sync pull: RT not available ({missing}); pages come from the in-memory"
              " helpdesk and there is no end-to-end figure", flush=True)  # fmt: skip
        reference, samples = _memory_pages(real)
    pages = replicate(samples, count)
    base = folder / "sync-base"
    _fresh(base).close()
    work = folder / "sync-ingest"
    shutil.copytree(base, work)
    store = open_store(work)
    engine = SyncEngine(store, ReplayConnector(reference, pages))  # type: ignore[arg-type]
    started = time.perf_counter()
    report = engine.run_once()
    ingest = time.perf_counter() - started
    with store.session() as session:
        assert session.get(SyncState, "rt:tickets") is not None
    db = store.db_path
    store.close()
    raw, rows = raw_insert(db, base / Path(db).relative_to(work), folder / "sync-raw.sqlite")
    results.update({"sync_tickets": float(report.pulled), "sync_rows": float(rows),
                    "sync_ingest_s": ingest, "sync_raw_sqlite3_s": raw,
                    "sync_ingest_ratio": ingest / raw})  # fmt: skip
    return results
