"""Cold start to a painted ticket list vs a bare PySide6 window, both as fresh processes.

Each run is a new interpreter rendering offscreen to a PNG: the app through
`desk-app --workspace W --screenshot F` (which waits for the first page of rows to be loaded
and painted), the baseline through a script that shows an empty QWidget and grabs it.
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


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True, timeout=120)
    return time.perf_counter() - started


def run(workspace: Path, folder: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app_cmd = [sys.executable, "-m", "desk_app", "--workspace", str(workspace),
               "--screenshot", str(folder / "app.png")]  # fmt: skip
    bare_cmd = [sys.executable, "-c", BARE_WINDOW, str(folder / "bare.png")]
    _timed(bare_cmd, env)  # warm the OS file cache for both, so neither pays a disk read
    _timed(app_cmd, env)
    bare = statistics.median(_timed(bare_cmd, env) for _ in range(RUNS))
    app = statistics.median(_timed(app_cmd, env) for _ in range(RUNS))
    return {"bare_window_s": bare, "app_painted_list_s": app, "startup_ratio": app / bare}
