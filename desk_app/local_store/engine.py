"""The SQLAlchemy engine on a workspace's SQLite file: WAL, foreign keys, migrated at open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.local_store import models as _models  # noqa: F401  (registers every table)
from desk_app.local_store.migrate import upgrade_to_head
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


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


class Store:
    """One open workspace database. Sessions are short-lived and never shared across threads."""

    def __init__(self, engine: Engine, db_path: Path) -> None:
        self.engine = engine
        self.db_path = db_path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits as one transaction, or rolls back entirely."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_store(workspace_dir: Path) -> Store:
    """Open (creating or migrating as needed) the workspace in `workspace_dir`."""
    db_path = prepare_workspace_dir(workspace_dir)
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
