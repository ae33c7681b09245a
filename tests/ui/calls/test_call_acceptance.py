"""Issue acceptance: a softphone hook, run as a real `desk-app call` subprocess, reaches the
running window over its local socket; the advisor answers, makes the ticket with one keystroke,
hangs up and wraps up with a survey; the stored call has the clock's durations and is listed in
the history. Out-of-order hook events are refused with a message and change nothing."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox
from sqlalchemy import func, select

from desk_app.local_store.call_queries import call_view
from desk_app.local_store.models import Call, OutboxOp, Ticket
from desk_app.services.tickets import TicketService
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.main_window import MainWindow

from .conftest import MovableClock

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

ROOT = Path(__file__).resolve().parents[3]
NUMBER = "+52 55 1234 5678"
HOOK_TIMEOUT_MS = 60_000
SIP_SCENARIO = ROOT / "tests" / "telephony" / "invite_cancel.xml"


@pytest.fixture
def hook_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A socket name of this test's own, shared by the window and the hook processes."""
    name = f"desk-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("DESK_APP_CTI_NAME", name)
    return {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip


@pytest.fixture
def phone(qtbot, desk, hook_env):
    """(window, clock): Ana's window, listening for hooks, on a clock the test moves."""
    clock = MovableClock(desk.now)
    window = MainWindow(DbRunner(desk.store), TicketService(desk.viewer("ana"), clock=clock),
                        workspace_label=str(desk.path))  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # window shortcuts reach only the active window
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.ticket_list.is_loaded)
    assert window.calls.start_listening()
    yield window, clock
    window.close()


def hook(qtbot, env: dict[str, str], *args: str) -> tuple[int, str]:
    """Run `desk-app call ARGS --no-start` while the window's event loop keeps answering."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desk_app", "call", *args, "--no-start"], cwd=ROOT, env=env,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=HOOK_TIMEOUT_MS)
    out, err = process.communicate()
    return process.returncode, (out + err).strip()


def label(panel, name: str) -> str:
    found = panel.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def click(qtbot, window, panel, name: str) -> None:
    button = panel.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.pending_count == 0)


def test_a_hooked_call_from_ringing_to_history(qtbot, desk, phone, hook_env) -> None:
    window, clock = phone
    panel = window.calls.panel
    window.calls.dock.hide()  # the ringing call must bring it back

    code, text = hook(qtbot, hook_env, "incoming", "--from", NUMBER, "--name", "MARIA PEREZ",
                      "--call-id", "pbx-77")  # fmt: skip
    assert code == 0, text
    qtbot.waitUntil(lambda: label(panel, "callerPerson") == "María Pérez Gómez")
    assert window.calls.dock.isVisible()
    assert label(panel, "callState") == "Incoming call"
    assert label(panel, "callerCompany") == "Ferretería del Norte"
    assert label(panel, "callPbxName") == "MARIA PEREZ"
    call_id = panel.current_call_id()
    assert call_id is not None

    clock.advance(8)
    click(qtbot, window, panel, "answerButton")
    assert label(panel, "callState") == "On the phone"
    qtbot.waitUntil(lambda: window.calls.presence.state() == "on_call")
    qtbot.keyClicks(panel.live.notes, "No puede timbrar la nomina")
    clock.advance(45)

    # One keystroke: the New ticket dialog, prefilled from the call, with the focus on the body.
    qtbot.keyClick(
        window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.new_ticket_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.is_loaded and dialog.requester.selected() is not None)
    assert dialog.subject.text() == "Phone call from María Pérez Gómez"
    assert dialog.requester.selected().id == desk.ids["maria"]
    assert dialog.channel.currentData() == "phone"
    assert dialog.body.toPlainText() == "No puede timbrar la nomina"
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.body
    # The advisor classifies the request (the standard process asks for its type), then sends.
    dialog.ticket_type.setFocus()
    qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Down)
    assert dialog.ticket_type.currentData() == "task"
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as created:
        qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ticket_id = created.args[0]
    qtbot.waitUntil(lambda: f"#{ticket_id}" in label(panel, "linkedTickets"))

    click(qtbot, window, panel, "holdButton")
    clock.advance(10)
    click(qtbot, window, panel, "holdButton")
    clock.advance(20)
    click(qtbot, window, panel, "hangUpButton")
    assert label(panel, "callState") == "Wrap-up"
    qtbot.waitUntil(lambda: window.calls.presence.state() == "wrap_up")
    assert panel.wrap_up.ticket_ids() == (ticket_id,)
    clock.advance(30)
    outcome = panel.findChild(QComboBox, "wrapUpOutcome")
    outcome.setCurrentIndex(outcome.findData("ticket_created"))
    panel.findChild(QSpinBox, "csatSpin").setValue(4)
    panel.findChild(QSpinBox, "cesSpin").setValue(2)
    panel.findChild(QSpinBox, "npsSpin").setValue(10)
    click(qtbot, window, panel, "wrapUpSave")
    assert label(panel, "callState") == "No call"
    qtbot.waitUntil(lambda: window.calls.presence.state() == "available")

    with desk.store.session() as s:
        view = call_view(s, call_id)
        ticket = s.get(Ticket, ticket_id)
        ops = s.scalars(select(OutboxOp.entity).where(OutboxOp.entity_uid == view.uid)).all()
        assert (ticket.channel, ticket.requester_id) == ("phone", desk.ids["maria"])
    assert (view.state, view.outcome, view.external_id) == ("done", "ticket_created", "pbx-77")
    assert (view.person_id, view.number_e164) == (desk.ids["maria"], "+525512345678")
    assert view.ticket_ids == (ticket_id,)
    assert (view.csat, view.ces, view.nps) == (4, 2, 10)
    spans = view.durations(clock())
    assert (spans.ring, spans.talk, spans.hold, spans.wrap_up) == (
        timedelta(seconds=8), timedelta(seconds=65), timedelta(seconds=10),
        timedelta(seconds=30),
    )  # fmt: skip
    assert ops == ["call"]  # queued for sync once, when it was finished

    history = window.calls.history
    window.show_calls()
    assert window.pages.currentWidget() is history
    qtbot.waitUntil(lambda: history.is_loaded and history.model.rowCount() >= 1)
    listed = history.model.call_at(0)
    assert listed is not None and listed.id == call_id


def test_hook_events_out_of_order_are_refused_and_change_nothing(qtbot, desk, phone,
                                                                hook_env) -> None:  # fmt: skip
    window, clock = phone

    def calls_in_store() -> list[tuple[str | None, str]]:
        with desk.store.session() as s:
            return [tuple(row) for row in s.execute(select(Call.external_id, Call.state))]

    code, text = hook(qtbot, hook_env, "answered", "--call-id", "ghost")
    assert (code, text) == (1, "desk-app: error: no call with id ghost")
    assert calls_in_store() == []

    code, text = hook(qtbot, hook_env, "incoming", "--from", "55 12", "--call-id", "bad")
    assert code == 2 and "55 12" in text  # refused before reaching the app
    assert calls_in_store() == []

    assert hook(qtbot, hook_env, "incoming", "--from", NUMBER, "--call-id", "pbx-1")[0] == 0
    code, text = hook(qtbot, hook_env, "incoming", "--from", NUMBER, "--call-id", "pbx-1")
    assert (code, text) == (1, "desk-app: error: call pbx-1 is already ringing")
    assert "already ringing" in window.statusBar().currentMessage()
    clock.advance(12)
    # Hung up before anyone answered: a missed call, finished at once (no wrap-up).
    assert hook(qtbot, hook_env, "ended", "--call-id", "pbx-1", "--cause", "caller-hangup")[0] == 0
    qtbot.waitUntil(lambda: window.calls.panel.current_call_id() is None)
    code, text = hook(qtbot, hook_env, "answered", "--call-id", "pbx-1")
    assert code == 1 and "already finished" in text
    code, text = hook(qtbot, hook_env, "ended", "--call-id", "pbx-1")
    assert code == 1 and "already ended" in text
    assert calls_in_store() == [("pbx-1", "done")]
    with desk.store.session() as s:
        missed = s.scalar(select(Call))
        assert (missed.outcome, missed.end_cause, missed.answered_at) == (
            "missed", "caller-hangup", None)  # fmt: skip
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 1


def test_a_sipp_invite_rings_in_the_window_and_its_cancel_logs_a_missed_call(
    qtbot, desk, phone, tmp_path: Path
) -> None:
    window, _clock = phone
    sipp = shutil.which("sipp")
    if sipp is None:
        if os.environ.get("CI"):
            pytest.fail("sipp is missing (scripts/bootstrap.sh --dev installs sip-tester)")
        pytest.skip("sipp is not installed (apt install sip-tester)")
    assert window.calls.start_sip(0)  # 0: any free port, as the test cannot know one
    listener = window.calls.sip
    assert listener is not None
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        own_port = probe.getsockname()[1]
    rang: list[tuple[str | None, str]] = []
    window.calls.panel.callChanged.connect(
        lambda view: rang.append((view.caller_name, view.state)) if view is not None else None
    )
    process = subprocess.Popen(
        [sipp, "-sf", str(SIP_SCENARIO), "-m", "1", "-timeout", "20", "-recv_timeout", "5000",
         "-i", "127.0.0.1", "-p", str(own_port), f"127.0.0.1:{listener.port}"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=tmp_path,
    )  # fmt: skip
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=HOOK_TIMEOUT_MS)
    out, err = process.communicate()
    assert process.returncode == 0, out[-3000:] + err[-3000:]
    qtbot.waitUntil(lambda: window.runner.pending_count == 0 and len(rang) >= 1)
    assert rang[0] == ("Juan Pérez", "ringing")  # the panel showed the SIP display name

    def stored_state() -> str | None:
        with desk.store.session() as s:
            return s.scalar(select(Call.state))

    qtbot.waitUntil(lambda: stored_state() == "done")  # the CANCEL ended it
    with desk.store.session() as s:
        call = s.scalar(select(Call))
        assert (call.number_e164, call.caller_name, call.person_id) == (
            "+525512345678", "Juan Pérez", desk.ids["maria"])  # fmt: skip
        assert (call.outcome, call.end_cause) == ("missed", "cancelled")
        assert call.external_id  # the SIP Call-ID, so the CANCEL found it
    window.calls.stop_listening()
    assert window.calls.sip is None
