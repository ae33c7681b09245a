"""A workspace is a folder: the SQLite file plus whatever else the desk keeps beside it.

Everything here checks before it touches: a path that is a file, an unwritable folder, or a
database file that is not SQLite is reported as a WorkspaceError and nothing is created,
truncated or migrated.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_FILE_NAME = "desk.sqlite"
SQLITE_HEADER = b"SQLite format 3\x00"


class WorkspaceError(Exception):
    """A workspace that cannot be opened; the message is meant for the user."""


def default_workspace_dir() -> Path:
    return Path(platformdirs.user_data_dir("partner-desk", "PartnerDesk")) / "workspace"


def demo_workspace_dir() -> Path:
    return Path(platformdirs.user_data_dir("partner-desk", "PartnerDesk")) / "demo"


def prepare_workspace_dir(path: Path) -> Path:
    """Create the folder if missing and return the database file path inside it."""
    path = path.expanduser()
    if path.exists() and not path.is_dir():
        raise WorkspaceError(f"workspace path {path} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"cannot create workspace folder {path}: {exc.strerror}") from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise WorkspaceError(f"workspace folder {path} is not writable")
    db_path = path / DB_FILE_NAME
    check_database_file(db_path)
    return db_path


def check_database_file(db_path: Path) -> None:
    """Refuse a database file that exists but is not SQLite, before SQLite sees it."""
    if not db_path.exists():
        return
    if db_path.is_dir():
        raise WorkspaceError(f"{db_path} is a folder, expected the workspace database file")
    try:
        with db_path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(f"cannot read {db_path}: {exc.strerror}") from exc
    if header and header != SQLITE_HEADER:
        raise WorkspaceError(f"{db_path} is not a Partner Desk database (not an SQLite file)")
    if not os.access(db_path, os.W_OK):
        raise WorkspaceError(f"workspace database {db_path} is read-only")
