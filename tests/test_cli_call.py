"""`desk-app call ...` and `desk-app open-url ...` without a running app: checks and failures.

The conversation with a running app is tested in tests/ui/test_cti_server.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desk_app import cli_call
from desk_app.cli import build_parser
from desk_app.cti_events import CtiEvent

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Private user folders and a socket name nobody listens on."""
    return {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "DESK_APP_CTI_NAME": f"desk-test-nobody-{uuid.uuid4().hex[:12]}",
    }


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("number", ["55 12", "hello", "+99 123", ""])
def test_malformed_numbers_exit_2_before_any_socket(env: dict[str, str], number: str) -> None:
    # Without --no-start: a valid number would try to start the app; a bad one must not.
    result = run(env, "call", "incoming", "--from", number)
    assert result.returncode == 2
    assert result.stderr.startswith("desk-app: error: ")
    assert "not running" not in result.stderr


def test_the_number_is_checked_in_the_default_region_setting(env: dict[str, str]) -> None:
    # 601 2345678 is a Bogotá landline: not a Mexican number, valid once the region is CO.
    assert run(env, "call", "incoming", "--from", "601 2345678").returncode == 2
    assert run(env, "settings", "default_region", "CO").returncode == 0
    result = run(env, "call", "incoming", "--from", "601 2345678", "--no-start")
    assert result.returncode == 1
    assert result.stderr.strip() == "desk-app: error: Partner Desk is not running"


def test_no_start_fails_fast_when_nothing_listens(env: dict[str, str]) -> None:
    for args in (
        ("call", "incoming", "--from", "+52 55 1234 5678", "--no-start"),
        ("call", "answered", "--call-id", "x", "--no-start"),
        ("open-url", "deskapp:call/ended?call_id=x&cause=busy", "--no-start"),
    ):
        result = run(env, *args)
        assert result.returncode == 1, args
        assert result.stderr.strip() == "desk-app: error: Partner Desk is not running"


@pytest.mark.parametrize(
    "args",
    [
        ("call",),
        ("call", "ringing", "--from", "1"),
        ("call", "answered"),  # --call-id is required
        ("call", "incoming"),  # --from is required
        ("open-url", "deskapp:call/hangup?call_id=1"),
        ("open-url", "deskapp:call/incoming?name=Juan"),
    ],
)
def test_bad_usage_exits_2(env: dict[str, str], args: tuple[str, ...]) -> None:
    result = run(env, *args, "--no-start") if args[0] == "open-url" else run(env, *args)
    assert result.returncode == 2
    assert "error" in result.stderr


def test_the_command_path_never_imports_qt_for_a_refused_number(env: dict[str, str]) -> None:
    code = (
        "import sys\n"
        "from desk_app.cli import main\n"
        "assert main(['call', 'incoming', '--from', '12']) == 2\n"
        "assert main(['open-url', 'deskapp:nothing']) == 2\n"
        "sys.exit(3 if 'PySide6' in sys.modules else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_arguments_become_events() -> None:
    parser = build_parser()
    incoming = parser.parse_args(
        ["call", "incoming", "--from", "+52 55 1234 5678", "--name", "Juan", "--call-id", "7"]
    )
    assert cli_call.event_from_args(incoming) == CtiEvent(
        "incoming", "+52 55 1234 5678", name="Juan", call_id="7"
    )
    ended = parser.parse_args(["call", "ended", "--call-id", "7", "--cause", "busy"])
    assert cli_call.event_from_args(ended) == CtiEvent("ended", call_id="7", cause="busy")


def test_the_app_is_started_with_the_workspace_the_command_was_given(tmp_path: Path) -> None:
    parser = build_parser()
    args = parser.parse_args(["call", "answered", "--call-id", "7", "--workspace",
                              str(tmp_path / "ws"), "--demo"])  # fmt: skip
    assert cli_call.app_command(args) == [
        sys.executable, "-m", "desk_app", "--workspace", str(tmp_path / "ws"), "--demo"
    ]  # fmt: skip
    top_level = parser.parse_args(["--demo", "call", "answered", "--call-id", "7"])
    assert cli_call.app_command(top_level) == [sys.executable, "-m", "desk_app", "--demo"]
    plain = parser.parse_args(["call", "answered", "--call-id", "7"])
    assert cli_call.app_command(plain) == [sys.executable, "-m", "desk_app"]


def test_check_number_returns_e164() -> None:
    assert cli_call.check_number("55 1234 5678", "MX") == "+525512345678"
    with pytest.raises(cli_call.UsageError, match="not a valid phone number in PE"):
        cli_call.check_number("55 1234 5678", "PE")


def test_when_the_app_cannot_be_started_the_command_says_so(env: dict[str, str]) -> None:
    # No display and no QT_QPA_PLATFORM: the started app refuses to open (exit 1) at once,
    # and the command reports that rather than waiting out its 30 s.
    headless = {k: v for k, v in env.items()
                if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    workspace = str(Path(env["XDG_DATA_HOME"]) / "ws")
    result = run(headless, "call", "answered", "--call-id", "x", "--workspace", workspace)
    assert result.returncode == 1
    assert "Partner Desk is not running and could not be started" in result.stderr
    assert "--workspace" in result.stderr
