"""`desk-app` as a user runs it: real subprocesses (`python -m desk_app`), real workspaces."""

from __future__ import annotations

import hashlib
import os
import queue
import signal
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NO_DISPLAY = (
    "desk-app: no display available; set DISPLAY, or use --screenshot FILE / "
    "QT_QPA_PLATFORM=offscreen"
)
TIMEOUT = 180


@pytest.fixture
def home(tmp_path) -> dict[str, str]:
    """An environment with no display and private user folders."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


def run(env: dict[str, str], *args: str | Path, **extra_env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *map(str, args)],
        cwd=ROOT,
        env={**env, **extra_env},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (length, kind) == (13, b"IHDR")
    return struct.unpack(">II", data[16:24])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_error_line(result: subprocess.CompletedProcess, fragment: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("desk-app: error: ")
    assert fragment in lines[0]


def test_help_lists_every_option_and_subcommand(home) -> None:
    result = run(home, "--help")
    assert result.returncode == 0
    for option in ("--workspace", "--demo", "--demo-size", "--user", "--screenshot", "--view",
                   "--lang", "--version", "search", "settings", "tickets", "ticket"):  # fmt: skip
        assert option in result.stdout, option
    search = run(home, "search", "--help")
    assert search.returncode == 0
    assert "--limit" in search.stdout and "--workspace" in search.stdout


def test_help_version_and_errors_do_not_import_qt(home) -> None:
    code = (
        "import sys\n"
        "from desk_app.cli import main\n"
        "for argv in (['--help'], ['--version'], ['--view', 'nope']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "assert main(['--workspace', '/proc/partner-desk-test/ws', '--screenshot', 'x.png']) == 2\n"
        "sys.exit(3 if 'PySide6' in sys.modules else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=home,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    version = run(home, "--version")
    assert version.returncode == 0 and version.stdout.startswith("desk-app 0.")


@pytest.mark.parametrize("view", ["tickets", "ticket"])
def test_screenshot_of_a_real_workspace(home, desk, tmp_path, view) -> None:
    shot = tmp_path / f"{view}.png"
    result = run(home, "--workspace", desk.path, "--view", view, "--screenshot", shot)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert png_size(shot) == (1600, 900)


def test_demo_screenshot_shows_a_filled_ticket_list(home, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    from desk_app.ui.badges import Tone

    workspace, shot = tmp_path / "demo", tmp_path / "shot.png"
    result = run(home, "--demo", "--demo-size", "40", "--workspace", workspace,
                 "--screenshot", shot)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert png_size(shot) == (1600, 900)
    image = QImage(str(shot))
    fills = {Tone.GOOD.fill.rgb(), Tone.WARN.fill.rgb(), Tone.BAD.fill.rgb(),
             Tone.INFO.fill.rgb()}  # fmt: skip
    # Badge colours painted down the list's left half: rows were loaded and drawn.
    found = {
        image.pixel(x, y)
        for y in range(100, 800, 4)
        for x in range(200, 700, 4)
        if image.pixel(x, y) in fills
    }
    assert len(found) >= 3, [QColor(c).name() for c in found]
    # The same workspace answers a headless search.
    search = run(home, "search", "factura", "--workspace", workspace)
    assert search.returncode in (0, 1)
    for line in search.stdout.splitlines():
        ticket_id, status, subject = line.split("\t")
        assert ticket_id.isdigit() and status and subject


def test_search_prints_tab_separated_matches_within_visibility(home, desk) -> None:
    found = run(home, "search", "facturacion", "--workspace", desk.path)
    assert found.returncode == 0, found.stderr
    assert found.stdout == f"{desk.ids['invoice']}\tin_progress\tError de facturación en CFDI\n"
    hidden = run(home, "search", "portal", "--workspace", desk.path)
    assert (hidden.returncode, hidden.stdout) == (1, "")
    empty = run(home, "search", '"', "--workspace", desk.path)
    assert empty.returncode == 2
    one_error_line(empty, "nothing to search for")
    missing = run(home, "search", "x", "--workspace", desk.path.parent / "nowhere")
    assert missing.returncode == 2
    one_error_line(missing, "no workspace at")
    assert not (desk.path.parent / "nowhere").exists()


def test_a_corrupt_database_is_reported_and_kept(home, tmp_path) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    database = workspace / "desk.sqlite"
    database.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    before = digest(database)
    result = run(home, "--workspace", workspace, "--screenshot", tmp_path / "s.png")
    assert result.returncode == 2
    one_error_line(result, "damaged")
    assert digest(database) == before
    assert sorted(p.name for p in workspace.iterdir()) == ["desk.sqlite"]
    assert not (tmp_path / "s.png").exists()


def test_a_file_that_is_not_sqlite_is_reported_and_kept(home, tmp_path) -> None:
    workspace = tmp_path / "ws"
    workspace.mkdir()
    database = workspace / "desk.sqlite"
    database.write_text("name,phone\nAna,555\n")
    before = digest(database)
    result = run(home, "--workspace", workspace, "--screenshot", tmp_path / "s.png")
    assert result.returncode == 2
    one_error_line(result, "not an SQLite file")
    assert digest(database) == before


def test_a_workspace_path_that_is_a_file_is_reported_and_kept(home, tmp_path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a folder")
    before = digest(path)
    result = run(home, "--workspace", path, "--screenshot", tmp_path / "s.png")
    assert result.returncode == 2
    one_error_line(result, "is a file, not a folder")
    assert digest(path) == before


def test_an_uncreatable_workspace_folder_is_reported(home, tmp_path) -> None:
    # Tests run as root in CI, where permissions do not stop anything; /proc does.
    result = run(home, "--workspace", "/proc/partner-desk-test/ws",
                 "--screenshot", tmp_path / "s.png")  # fmt: skip
    assert result.returncode == 2
    one_error_line(result, "cannot create workspace folder /proc/partner-desk-test/ws")


def test_a_screenshot_into_a_missing_folder_is_refused_early(home, desk, tmp_path) -> None:
    result = run(home, "--workspace", desk.path, "--screenshot", tmp_path / "no" / "s.png")
    assert result.returncode == 2
    one_error_line(result, "does not exist")


def test_bad_usage_exits_2(home) -> None:
    unknown = run(home, "--view", "nope", "--screenshot", "x.png")
    assert unknown.returncode == 2
    assert "invalid choice: 'nope'" in unknown.stderr
    assert run(home, "--demo-size", "5").returncode == 2
    too_big = run(home, "--demo", "--demo-size", "200001")
    assert too_big.returncode == 2 and "between 1 and 200,000" in too_big.stderr
    assert run(home, "--lang", "fr").returncode == 2


def test_no_display_gives_one_line_and_touches_nothing(home, tmp_path) -> None:
    result = run(home)
    assert result.returncode == 1
    assert result.stderr.strip() == NO_DISPLAY
    assert not (tmp_path / "data").exists()  # no default workspace was created


@pytest.mark.parametrize(("user", "shown"), [((), "3 tickets"), (("--user", "admin"), "4 tickets")])
def test_offscreen_without_screenshot_runs_until_terminated(home, desk, user, shown) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "desk_app", "--workspace", str(desk.path), "-v", *user],
        cwd=ROOT,
        env={**home, "QT_QPA_PLATFORM": "offscreen"},
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in process.stderr],
                              daemon=True)  # fmt: skip
    reader.start()
    try:
        seen = []
        while not any("window ready" in line for line in seen):
            seen.append(lines.get(timeout=TIMEOUT))
        assert shown in seen[-1]  # Ana's three, or all four for the admin
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=TIMEOUT) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        reader.join(timeout=TIMEOUT)


def test_settings_command_reads_and_writes_the_config_file(home) -> None:
    listed = run(home, "settings")
    assert listed.returncode == 0
    assert "language = auto" in listed.stdout and "sync_interval_minutes = 15" in listed.stdout
    changed = run(home, "settings", "language", "es")
    assert (changed.returncode, changed.stdout) == (0, "language = es\n")
    assert run(home, "settings", "language").stdout == "language = es\n"
    bad = run(home, "settings", "sync_interval_minutes", "0")
    assert bad.returncode == 2
    one_error_line(bad, "below the minimum")
    unknown = run(home, "settings", "password", "x")
    assert unknown.returncode == 2
    one_error_line(unknown, "unknown setting")


def test_user_opens_the_workspace_as_that_user_for_one_run(home, tmp_path) -> None:
    from desk_app.services.workspace import open_workspace

    workspace = tmp_path / "demo"
    open_workspace(workspace, demo_size=40).close()  # signs in the leader, lfernandez

    def calls(*args: str) -> list[str]:
        result = run(home, *args)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()[1:]  # without the CSV header

    export = ("export", "calls", "--format", "csv", "--workspace", str(workspace))
    leader = calls(*export)
    advisor = calls(*export, "--user", "asesor")
    assert 0 < len(advisor) < len(leader)  # her own calls; the leader sees her team's
    assert calls("--user", "asesor", *export) == advisor  # before the command too
    assert len(calls(*export, "--user", "admin")) > len(leader)
    assert calls(*export) == leader  # nothing was saved: the leader is still signed in


def test_user_applies_to_search(home, desk) -> None:
    hidden = run(home, "search", "portal", "--workspace", desk.path)
    assert (hidden.returncode, hidden.stdout) == (1, "")  # Beto's ticket: Ana cannot see it
    for args in (("--user", "beto", "search", "portal"), ("search", "portal", "--user", "beto")):
        found = run(home, *args, "--workspace", desk.path)
        assert found.returncode == 0, found.stderr
        assert found.stdout == f"{desk.ids['hidden']}\tin_progress\tAcceso bloqueado al portal\n"


def test_an_unknown_user_exits_2_listing_the_users_before_qt_starts(home, desk, tmp_path) -> None:
    shot = tmp_path / "shot.png"
    for args in (("--user", "nadie", "--screenshot", shot),
                 ("export", "tickets", "--format", "json", "--user", "nadie"),
                 ("search", "portal", "--user", "nadie")):  # fmt: skip
        result = run(home, "--workspace", desk.path, *args)
        assert result.returncode == 2, args
        one_error_line(result, "no active user named 'nadie'")
        assert "active users: admin, ana, beto, lucia" in result.stderr
        assert result.stdout == ""
    assert not shot.exists()
    code = (
        "import sys\n"
        "from desk_app.cli import main\n"
        f"assert main(['--workspace', {str(desk.path)!r}, '--user', 'x', '--screenshot', "
        f"{str(shot)!r}]) == 2\n"
        "sys.exit(3 if 'PySide6' in sys.modules else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=home, capture_output=True,
                            text=True, timeout=TIMEOUT, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
