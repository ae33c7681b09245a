"""One sync at a time per workspace, across processes.

The app's scheduler never overlaps its own runs, but `desk-app sync --once` from a script can
start while the app syncs the same workspace; two pushers reading the same unsent operation
would both send it. An advisory lock file beside the database settles who runs. The kernel
drops the lock when its holder dies, so a killed sync never leaves the workspace locked.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desk_app.sync.connector import ConnectorError

LOCK_NAME = "sync.lock"


class SyncBusy(ConnectorError):
    """Another process is syncing this workspace; trying again shortly is right."""

    retryable = True


@contextmanager
def sync_lock(db_path: Path) -> Iterator[None]:
    path = db_path.with_name(LOCK_NAME)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SyncBusy(
                "Another sync of this workspace is running; try again in a moment."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
