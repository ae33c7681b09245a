"""Start-up pieces: the screenshot's timeout and failure paths, quitting on SIGTERM."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QTimer

from desk_app.ui.launch import quit_on_unix_signals, take_screenshot
from desk_app.ui.views import ViewSpec

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_a_view_that_never_loads_times_out_with_a_message(qapp, window, tmp_path) -> None:
    errors: list[str] = []
    never = ViewSpec("never", "does not finish", lambda _window, _ready: None)
    code = take_screenshot(qapp, window, never, tmp_path / "s.png", error=errors.append,
                           timeout_ms=200)  # fmt: skip
    assert code == 1
    assert errors == ["the 'never' view did not finish loading in 0.2 s"]
    assert not (tmp_path / "s.png").exists()


def test_an_unwritable_target_fails_cleanly(qapp, window, tmp_path) -> None:
    errors: list[str] = []
    ready_now = ViewSpec("now", "ready at once", lambda _window, ready: ready())
    target = tmp_path / "missing-folder" / "s.png"
    code = take_screenshot(qapp, window, ready_now, target, error=errors.append)
    assert code == 1
    assert errors == [f"cannot write the screenshot to {target}"]


def test_the_screenshot_is_written(qapp, window, tmp_path) -> None:
    ready_now = ViewSpec("now", "ready at once", lambda _window, ready: ready())
    target = tmp_path / "s.png"
    assert take_screenshot(qapp, window, ready_now, target, error=pytest.fail) == 0
    assert target.read_bytes()[:4] == b"\x89PNG"


def test_sigterm_quits_the_event_loop(qapp) -> None:
    before = signal.getsignal(signal.SIGTERM)
    with quit_on_unix_signals(qapp):
        QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
        assert qapp.exec() == 0
    assert signal.getsignal(signal.SIGTERM) == before
