"""Schema migrations (Alembic), applied when a workspace opens.

Alembic is imported only when the file is behind: a workspace already at head opens with
one cheap query, which keeps it off the start-up path.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Connection, text

from desk_app.local_store.workspace import WorkspaceError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Every revision this build knows, oldest first; a test checks it against the scripts.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_search_and_sla_due",
    "0003_sync",
    "0004_list_indexes",
    "0005_calls",
    "0006_kpi_indexes",
    "0007_billing",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


def probe(db_path: Path) -> str | None:
    """Identify the file before anything writes to it; returns its schema revision.

    Runs on a bare sqlite3 connection that only reads: no WAL switch, no pragmas, so a file
    we refuse (damaged, another program's, a newer schema) keeps every byte.
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(db_path)) as connection:
            connection.execute("PRAGMA query_only = ON")
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            f"{db_path} cannot be opened: the database is damaged ({exc})"
        ) from exc
    if revision is None and any(not name.startswith("sqlite_") for name in tables):
        raise WorkspaceError("this SQLite file is not a Partner Desk workspace")
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise WorkspaceError(
            f"this workspace was written by a newer Partner Desk (schema {revision}); "
            "update the app to open it"
        )
    return revision


def current_revision(connection: Connection) -> str | None:
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if has_table is None:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def upgrade_to_head(connection: Connection) -> None:
    revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise WorkspaceError(
            f"this workspace was written by a newer Partner Desk (schema {revision}); "
            "update the app to open it"
        )
    if revision is None and _has_user_tables(connection):
        raise WorkspaceError("this SQLite file is not a Partner Desk workspace")
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _has_user_tables(connection: Connection) -> bool:
    row = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' LIMIT 1")
    ).first()
    return row is not None
