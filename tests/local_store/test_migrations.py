"""Workspaces open across schema versions; bad files are refused and left untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select, text

from desk_app.local_store.base import Base
from desk_app.local_store.engine import open_store
from desk_app.local_store.migrate import HEAD_REVISION, KNOWN_REVISIONS, MIGRATIONS_DIR
from desk_app.local_store.models import Ticket
from desk_app.local_store.ticket_filters import TicketFilter
from desk_app.local_store.ticket_list_queries import ticket_ids
from desk_app.local_store.visibility import viewer_for
from desk_app.local_store.workspace import DB_FILE_NAME, WorkspaceError

V0001 = Path(__file__).parent.parent / "data" / "workspace_v0001" / DB_FILE_NAME


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_the_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_current_head() == HEAD_REVISION
    chain = [rev.revision for rev in scripts.walk_revisions()][::-1]
    assert tuple(chain) == KNOWN_REVISIONS


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    store = open_store(tmp_path / "ws")
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_object": lambda obj, name, type_, *a: not str(name).endswith("fts")
                  and "_fts_" not in str(name)},
        )  # fmt: skip
        assert _without_fk_names(compare_metadata(context, Base.metadata)) == []
    store.close()


def _fk_shape(fk: Any) -> tuple[object, ...]:
    return (fk.parent.name, tuple(c.name for c in fk.columns), fk.referred_table.name,
            tuple(e.column.name for e in fk.elements))  # fmt: skip


def _without_fk_names(diffs: list[Any]) -> list[Any]:
    """The differences, less foreign keys that differ only by their name: a column added by
    ALTER TABLE ADD COLUMN (migration 0007; a table rebuild would break the search triggers)
    keeps its REFERENCES … ON DELETE (PRAGMA foreign_key_list shows it; checked in
    test_added_references_keep_on_delete), but SQLAlchemy reflects neither the name nor the
    ON DELETE of a column constraint."""
    removed = {_fk_shape(d[1]) for d in diffs if d[0] == "remove_fk"}
    added = {_fk_shape(d[1]) for d in diffs if d[0] == "add_fk"}
    same = removed & added
    return [d for d in diffs if not (d[0] in ("remove_fk", "add_fk") and _fk_shape(d[1]) in same)]


def test_a_workspace_written_by_schema_0001_opens_and_is_migrated(tmp_path: Path) -> None:
    workspace = tmp_path / "old"
    workspace.mkdir()
    shutil.copy(V0001, workspace / DB_FILE_NAME)
    store = open_store(workspace)
    with store.session() as s:
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
        ticket = s.scalars(select(Ticket)).one()
        assert ticket.subject == "No timbra la factura A-1001"
        assert ticket.created_at.tzinfo is not None
        # The new search index was filled from the old rows: body, comment and requester.
        viewer = viewer_for(s, "asesor")
        for query in ("facturacion", "bitacora", "nunez", "guadalupana"):
            assert ticket_ids(s, viewer, TicketFilter(text=query)) == [ticket.id], query
    store.close()


def test_a_newer_schema_is_refused_without_changes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "ws")
    with store.transaction() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    db = tmp_path / "ws" / DB_FILE_NAME
    before = _digest(db)
    with pytest.raises(WorkspaceError, match="newer Partner Desk"):
        open_store(tmp_path / "ws")
    assert _digest(db) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    db = workspace / DB_FILE_NAME
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = _digest(db)
    with pytest.raises(WorkspaceError, match="not a Partner Desk workspace"):
        open_store(workspace)
    assert _digest(db) == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    db = workspace / DB_FILE_NAME
    db.write_bytes(b"%PDF-1.7 definitely not a database" * 100)
    before = _digest(db)
    with pytest.raises(WorkspaceError, match="not an SQLite file"):
        open_store(workspace)
    assert _digest(db) == before


def test_a_corrupt_database_is_refused_and_kept(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    open_store(workspace).close()
    db = workspace / DB_FILE_NAME
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xde\xad\xbe\xef" * ((4096 - 100) // 4)  # wreck the schema page
    db.write_bytes(bytes(data))
    before = _digest(db)
    with pytest.raises(WorkspaceError, match="damaged"):
        open_store(workspace)
    assert _digest(db) == before


def test_a_workspace_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("keep me")
    with pytest.raises(WorkspaceError, match="is a file"):
        open_store(target)
    assert target.read_text() == "keep me"


def test_an_uncreatable_workspace_folder_is_refused() -> None:
    # Under /proc even root cannot create folders: CI runs these tests as root.
    with pytest.raises(WorkspaceError, match="cannot create"):
        open_store(Path("/proc/partner-desk-test/ws"))


def test_foreign_keys_and_wal_are_on(tmp_path: Path) -> None:
    store = open_store(tmp_path / "ws")
    with store.engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    store.close()


def test_opening_at_head_does_not_need_alembic(tmp_path: Path) -> None:
    open_store(tmp_path / "ws").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'ws' / DB_FILE_NAME}")
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
    engine.dispose()


def test_added_references_keep_on_delete(tmp_path: Path) -> None:
    store = open_store(tmp_path / "ws")
    with store.engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA foreign_key_list(tickets)").all()
    store.close()
    added = {row[3]: (row[2], row[6]) for row in rows
             if row[3] in ("billing_decided_by_id", "terms_accepted_by_id")}  # fmt: skip
    assert added == {"billing_decided_by_id": ("users", "SET NULL"),
                     "terms_accepted_by_id": ("people", "SET NULL")}  # fmt: skip
