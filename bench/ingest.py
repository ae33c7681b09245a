"""Store load vs raw sqlite3 executemany of the same rows into the same tables.

Baseline: a fresh SQLite file with the same tables and indexes (DDL from the models), the same
pragmas, and the same rows inserted with plain sqlite3 executemany in one transaction.
Store: a fresh workspace opened the app's way (migrations) and the same rows loaded through
the store's bulk path, which also builds the full-text index. Generation is outside both.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.schema import CreateIndex, CreateTable

from desk_app.local_store.base import Base
from desk_app.local_store.demo import generate, load
from desk_app.local_store.demo.tables import DemoData
from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.engine import open_store
from desk_app.local_store.models import WorkspaceMeta
from desk_app.local_store.visibility import CURRENT_USER_KEY


def schema_ddl() -> list[str]:
    dialect = create_engine("sqlite://").dialect
    statements = []
    for table in Base.metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)))
        statements += [str(CreateIndex(ix).compile(dialect=dialect)) for ix in table.indexes]
    return statements


def raw_load(path: Path, data: DemoData) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA cache_size=-65536")
    for statement in schema_ddl():
        connection.execute(statement)
    started = time.perf_counter()
    connection.execute("BEGIN")
    for name, table in data.tables.items():
        marks = ", ".join("?" for _ in table.columns)
        connection.executemany(
            f"INSERT INTO {name} ({', '.join(table.columns)}) VALUES ({marks})", table.rows
        )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def store_load(workspace: Path, data: DemoData, now: datetime) -> tuple[float, float]:
    """(seconds for rows + search index, seconds for the SLA due-time cache)."""
    store = open_store(workspace)
    started = time.perf_counter()
    with store.engine.begin() as connection:
        load(connection, data)
    loaded = time.perf_counter() - started
    with store.transaction() as session:  # sign the demo advisor in, as ensure_demo does
        session.add(WorkspaceMeta(key=CURRENT_USER_KEY, value=data.current_username))
    ticket_count = len(data.tables["tickets"].rows)
    started = time.perf_counter()
    with store.transaction() as session:
        refresh_due_times(session, list(range(1, ticket_count + 1)), now)
    due = time.perf_counter() - started
    store.close()
    return loaded, due


def run(folder: Path, tickets: int, articles: int) -> tuple[dict[str, float], DemoData]:
    now = datetime.now(UTC)
    started = time.perf_counter()
    data = generate(tickets, articles=articles, now=now)
    generated = time.perf_counter() - started
    raw = raw_load(folder / "raw.sqlite", data)
    loaded, due = store_load(folder / "workspace", data, now)
    rows = sum(len(t.rows) for t in data.tables.values())
    return {
        "rows": rows,
        "generate_s": generated,
        "raw_sqlite3_s": raw,
        "store_load_s": loaded,
        "load_ratio": loaded / raw,
        "sla_due_cache_s": due,
    }, data
