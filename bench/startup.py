"""Cold start to a painted ticket list vs a bare PySide6 window, both as fresh processes.

Each run is a new interpreter rendering offscreen to a PNG: the app through
`desk-app --workspace W --screenshot F` (which waits for the first page of rows to be loaded
and painted), the baseline through a script that shows an empty QWidget and grabs it. Both are
timed from launch until their PNG is completely written (its IEND chunk is on disk): that is
the moment the painted window exists. Interpreter teardown after that is reported apart.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.resize(1400, 850)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""
RUNS = 5
POLL_S = 0.002


def _png_complete(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            handle.seek(-12, os.SEEK_END)
            return handle.read(12)[4:8] == b"IEND"
    except OSError:
        return False


def _timed(command: list[str], png: Path, env: dict[str, str]) -> tuple[float, float]:
    """(seconds until the PNG is complete, seconds until the process has exited)."""
    png.unlink(missing_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    painted = None
    while process.poll() is None or painted is None:
        if painted is None and _png_complete(png):
            painted = time.perf_counter() - started
        if process.poll() is not None and painted is None:
            if not _png_complete(png):
                raise RuntimeError(f"{command[:3]} exited {process.returncode} without a PNG")
            painted = time.perf_counter() - started
        time.sleep(POLL_S)
    exited = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{command[:3]} exited {process.returncode}")
    return painted, exited


def run(workspace: Path, folder: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app_png, bare_png = folder / "app.png", folder / "bare.png"
    app_cmd = [sys.executable, "-m", "desk_app", "--workspace", str(workspace),
               "--screenshot", str(app_png)]  # fmt: skip
    bare_cmd = [sys.executable, "-c", BARE_WINDOW, str(bare_png)]
    # One unmeasured run each: warms the OS file cache, and the app's holiday-table cache,
    # which any real user has after their first start.
    _timed(bare_cmd, bare_png, env)
    _timed(app_cmd, app_png, env)
    bare = [_timed(bare_cmd, bare_png, env) for _ in range(RUNS)]
    app = [_timed(app_cmd, app_png, env) for _ in range(RUNS)]
    bare_painted = statistics.median(p for p, _ in bare)
    app_painted = statistics.median(p for p, _ in app)
    return {
        "bare_window_s": bare_painted,
        "app_painted_list_s": app_painted,
        "startup_ratio": app_painted / bare_painted,
        "app_process_exit_s": statistics.median(e for _, e in app),
    }
