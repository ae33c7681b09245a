"""The database worker: jobs off the UI thread, results back on it, clean shutdown."""

from __future__ import annotations

import threading

from sqlalchemy import text

from desk_app.ui.db_worker import DbRunner


def test_jobs_run_off_the_ui_thread_and_results_come_back_on_it(qtbot, desk) -> None:
    runner = DbRunner(desk.store)
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def job(session):
        seen["job_thread"] = threading.get_ident()
        return session.execute(text("SELECT count(*) FROM tickets")).scalar_one()

    def done(result):
        seen["callback_thread"] = threading.get_ident()
        seen["result"] = result

    runner.run(job, done)
    qtbot.waitUntil(lambda: "result" in seen)
    runner.shutdown()
    assert seen["job_thread"] != ui_thread
    assert seen["callback_thread"] == ui_thread
    assert seen["result"] == 4


def test_failures_reach_the_error_callback_or_the_error_signal(qtbot, desk) -> None:
    runner = DbRunner(desk.store)
    errors: list[str] = []

    def boom(_session):
        raise ValueError("no such thing")

    runner.run(boom, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    with qtbot.waitSignal(runner.error) as blocker:
        runner.run(boom, lambda _r: None)
    runner.shutdown()
    assert errors == ["ValueError: no such thing"]
    assert blocker.args == ["ValueError: no such thing"]


def test_cancel_drops_the_callback_and_jobs_keep_their_order(qtbot, desk) -> None:
    runner = DbRunner(desk.store)
    results: list[int] = []
    first = runner.run(lambda _s: 1, results.append)
    runner.run(lambda _s: 2, results.append)
    runner.run(lambda _s: 3, results.append)
    runner.cancel(first)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert results == [2, 3]
    assert runner.pending_count == 0
    runner.shutdown()


def test_shutdown_stops_the_thread_and_later_jobs_are_ignored(qtbot, desk) -> None:
    runner = DbRunner(desk.store)
    assert runner.is_running
    runner.shutdown()
    runner.shutdown()  # idempotent
    assert not runner.is_running
    assert runner.run(lambda _s: 1, lambda _r: None) == 0
    assert DbRunner.running_instances() == []


def test_latest_only_answers_the_newest_request_and_never_queues_stale_ones(qtbot, desk) -> None:
    from desk_app.ui.db_worker import LatestOnly

    runner = DbRunner(desk.store)
    latest = LatestOnly(runner)
    ran: list[str] = []
    answers: list[str] = []

    def job(name):
        def run(_session):
            ran.append(name)
            return name

        return run

    for name in ("f", "fa", "fac", "factura"):
        latest.request(job(name), answers.append)
    qtbot.waitUntil(lambda: not latest.busy)
    runner.shutdown()
    # The first job was already running; the two in between were replaced before they ran.
    assert ran == ["f", "factura"]
    assert answers == ["factura"]
