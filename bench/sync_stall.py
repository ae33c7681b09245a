"""The UI event loop's longest stall while a sync runs, vs the same window idle as long.

The real MainWindow (offscreen) over a fresh workspace signed in as ana, with its real
SyncBridge, status bar, ticket list and first-sync progress dialog. A 5 ms precise QTimer
records the gap between its ticks. The sync starts the way the connection dialog starts it
(settings saved, then `reconfigure()` on the UI thread), so the scheduler's start counts too;
the window is measured until the sync has finished and the list has reloaded, then idle for
as long again (the baseline).

The helpdesk is the engine's in-memory test connector (tests/sync/engine_fixtures.py): the
figure is about the UI thread while the engine writes thousands of tickets, and a real RT
serves ~15 tickets/s (bench/sync_pull.py), so a few thousand tickets from it would take
minutes, and its HTTP waits (GIL released) would only make the UI's life easier.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_EF = Path(__file__).resolve().parent.parent / "tests" / "sync" / "engine_fixtures.py"


def _engine_fixtures() -> Any:
    name = "desk_bench_engine_fixtures"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, _EF)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _stats(gaps: list[float]) -> tuple[float, float]:
    ordered = sorted(gaps) or [0.0]
    return ordered[-1], ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def run(folder: Path, tickets: int) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desk_app.local_store.visibility import Viewer
    from desk_app.services.tickets import TicketService
    from desk_app.settings import Settings
    from desk_app.ui.db_worker import DbRunner
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.sync_bridge import SyncBridge

    app = QApplication.instance() or QApplication([])
    ef = _engine_fixtures()
    store = ef.advisor_workspace(folder / "stall-ws", "ana")
    server = ef.MemoryConnector(page_size=100)
    for n in range(tickets):
        server.server_create(subject=f"Remoto {n}", requester_email="maria@ferrenorte.mx",
                             requester_name="María Pérez", responsible_username="ana")  # fmt: skip
    settings = Settings(folder / "stall-settings.json")
    runner = DbRunner(store)
    bridge = SyncBridge(runner, settings, connector_factory=lambda _s: server,
                        watch_network=False)  # fmt: skip
    with store.session() as session:
        from desk_app.local_store.visibility import viewer_for

        viewer: Viewer = viewer_for(session, "ana")
    window = MainWindow(runner, TicketService(viewer), settings=settings, sync=bridge)
    window.show()
    deadline = time.monotonic() + 30
    while not window.ticket_list.is_loaded and time.monotonic() < deadline:
        app.processEvents()

    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    finished: list[Any] = []
    bridge.finished.connect(finished.append)
    bridge.failed.connect(lambda message, _r: finished.append(message))

    def measure(seconds: float | None) -> list[float]:
        loop = QEventLoop()
        if seconds is None:  # until the sync has finished and the list has reloaded
            bridge.finished.connect(lambda _r: QTimer.singleShot(1000, loop.quit))
            bridge.failed.connect(lambda _m, _r: QTimer.singleShot(1000, loop.quit))
        else:
            QTimer.singleShot(int(seconds * 1000), loop.quit)
        gaps.clear()
        clock.start()
        last[0] = 0.0
        timer.start()
        loop.exec()
        timer.stop()
        return list(gaps)

    started = time.perf_counter()
    settings.set("sync_server_url", "https://helpdesk.example")
    settings.set("sync_username", "ana")
    QTimer.singleShot(50, bridge.reconfigure)  # inside the measured loop, as a click would be
    during = measure(None)
    elapsed = time.perf_counter() - started
    idle = measure(elapsed)
    window.close()
    runner.shutdown()
    store.close()
    report = finished[0] if finished else None
    worst, p99 = _stats(during)
    idle_worst, idle_p99 = _stats(idle)
    return {
        "stall_sync_tickets": float(getattr(report, "pulled", -1)),
        "stall_sync_s": elapsed,
        "stall_max_ms": worst,
        "stall_p99_ms": p99,
        "stall_idle_max_ms": idle_worst,
        "stall_idle_p99_ms": idle_p99,
    }


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="desk-stall-") as tmp:
        count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
        print(run(Path(tmp), count))
