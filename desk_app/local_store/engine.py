"""The SQLAlchemy engine on a workspace's SQLite file: WAL, foreign keys, migrated at open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.local_store import models as _models  # noqa: F401  (registers every table)
from desk_app.local_store.migrate import probe, upgrade_to_head
from desk_app.local_store.workspace import WorkspaceError, prepare_workspace_dir


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets the UI's reader and the sync writer work at once; NORMAL is durable
        # for committed transactions in WAL mode except against power loss mid-checkpoint.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        # 64 MiB page cache (default 2 MiB): 100,000-ticket workspaces keep their indexes hot.
        cursor.execute("PRAGMA cache_size=-65536")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(db_path: Path) -> Engine:
    # Python's sqlite3 driver only opens a transaction before DML, so DDL and reads would run
    # in autocommit (a bulk load's DROP TRIGGER committed on its own). SQLAlchemy's documented
    # fix: driver autocommit off, and an explicit BEGIN whenever SQLAlchemy begins.
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"isolation_level": None})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Store:
    """One open workspace database. Sessions are short-lived and never shared across threads."""

    def __init__(self, engine: Engine, db_path: Path) -> None:
        self.engine = engine
        self.db_path = db_path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Writers take the write lock up front: a deferred transaction that reads and then
        # writes can fail with SQLITE_BUSY at once when another writer got there first.
        self._writer = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits as one transaction, or rolls back entirely."""
        with self._writer.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(workspace_dir: Path) -> Store:
    """Open (creating or migrating as needed) the workspace in `workspace_dir`."""
    db_path = prepare_workspace_dir(workspace_dir)
    probe(db_path)
    engine = make_engine(db_path)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            upgrade_to_head(connection)
    except SADatabaseError as exc:
        engine.dispose()
        raise WorkspaceError(
            f"{db_path} cannot be opened: the database is damaged ({exc.orig})"
        ) from exc
    return Store(engine, db_path)
