"""`desk-app call incoming` with no app running starts one (detached), which takes the event
once it listens; later hooks reach that same app. Real processes only: the hook, the app it
starts (offscreen), and the workspace file read afterwards."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _pids_with(path: str) -> list[int]:
    """The app processes opened on the workspace `path` (the app has its own session)."""
    text = f"-m desk_app --workspace {path} "
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if text in cmdline:
            found.append(int(entry.name))
    return found


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "autostarted"
    yield path
    pids = _pids_with(str(path))  # the app the hook started, if the test left it running
    for pid in pids:
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 30
    while _pids_with(str(path)) and time.monotonic() < deadline:
        time.sleep(0.2)


def test_a_hook_starts_the_app_and_the_next_hooks_reach_it(tmp_path: Path,
                                                           workspace: Path) -> None:  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "DESK_APP_CTI_NAME": f"desk-test-auto-{uuid.uuid4().hex[:12]}"}  # fmt: skip

    def hook(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desk_app", "call", *args], cwd=ROOT,
                              env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=120, check=False)  # fmt: skip

    first = hook("incoming", "--from", "+52 55 1234 5678", "--call-id", "auto-1",
                 "--workspace", str(workspace), "--demo")  # fmt: skip
    assert first.returncode == 0, first.stderr
    [app_pid] = _pids_with(str(workspace))
    # The same app answers the next events; nothing else is started.
    again = hook("incoming", "--from", "+52 55 1234 5678", "--call-id", "auto-1", "--no-start")
    assert (again.returncode, again.stderr.strip()) == (
        1, "desk-app: error: call auto-1 is already ringing")  # fmt: skip
    ended = hook("ended", "--call-id", "auto-1", "--cause", "caller-hangup", "--no-start")
    assert ended.returncode == 0, ended.stderr
    assert _pids_with(str(workspace)) == [app_pid]

    os.kill(app_pid, signal.SIGTERM)  # the app quits cleanly on SIGTERM
    deadline = time.monotonic() + 30
    while _pids_with(str(workspace)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _pids_with(str(workspace))
    with sqlite3.connect(workspace / "desk.sqlite") as db:
        rows = db.execute(
            "SELECT number_e164, state, outcome, end_cause FROM calls WHERE external_id = ?",
            ("auto-1",),
        ).fetchall()
    assert rows == [("+525512345678", "done", "missed", "caller-hangup")]
