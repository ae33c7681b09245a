"""The frozen build: build_installer.spec produces a one-folder app that starts and renders.

The PyInstaller build runs once per session (about a minute) and is marked slow; the default test
command still runs it. The frozen app runs from a scratch folder, away from the source tree and
the virtual environment, so it can only use what the bundle carries.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from desk_app import resources_path
from desk_app.resources_path import resource_path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_installer.spec"
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 300
CLI_OPTIONS = ("--workspace", "--demo", "--demo-size", "--screenshot", "--view")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a well-formed PNG; AssertionError when it is not one."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13, "first chunk is not IHDR"
    body = data[16 : 16 + length]
    (crc,) = struct.unpack(">I", data[16 + length : 20 + length])
    assert zlib.crc32(kind + body) == crc, "IHDR checksum mismatch"
    assert data[-12:] == b"\x00\x00\x00\x00IEND\xaeB`\x82", "PNG is truncated (no IEND)"
    width, height = struct.unpack(">II", body[:8])
    return width, height


def hermetic_env(home: Path) -> dict[str, str]:
    """The caller's environment minus anything pointing at the venv or the source tree."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QT_PLUGIN_PATH"}
        and not key.startswith(("XDG_", "QT_"))
    }
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        LANG=os.environ.get("LANG") or "C.UTF-8",
    )
    return env


def tail(text: str, lines: int = 60) -> str:
    return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the installer once; the path of the frozen executable."""
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "build"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    result = subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, f"PyInstaller failed:\n{tail(result.stdout + result.stderr)}"
    shutil.rmtree(work, ignore_errors=True)  # intermediate files only; dist/ stays for inspection
    executable = dist / "desk-app" / "desk-app"
    assert executable.is_file() and os.access(executable, os.X_OK), "no dist/desk-app/desk-app"
    return executable


@pytest.mark.slow
def test_bundle_carries_resources_and_migrations(frozen_app: Path) -> None:
    internal = frozen_app.parent / "_internal"
    bundled_resources = internal / "resources"
    for source in (ROOT / "resources").rglob("*"):
        if source.is_file() and source.suffix != ".ts" and not source.name.startswith("."):
            relative = source.relative_to(ROOT / "resources")
            assert (bundled_resources / relative).is_file(), f"not bundled: resources/{relative}"
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = bundled_resources / "translations" / ts.with_suffix(".qm").name
        assert qm.is_file(), f"translation not compiled into the bundle: {qm.name}"
    migrations = ROOT / "desk_app" / "local_store" / "migrations"
    for script in migrations.rglob("*.py"):
        if "__pycache__" in script.parts:
            continue
        relative = script.relative_to(ROOT)
        assert (internal / relative).is_file(), f"migration not bundled as a file: {relative}"


@pytest.mark.slow
def test_frozen_app_lists_its_options(frozen_app: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(frozen_app), "--help"],
        cwd=tmp_path,
        env=hermetic_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    assert result.returncode == 0, tail(result.stdout + result.stderr)
    for option in CLI_OPTIONS:
        assert option in result.stdout, f"--help does not list {option}"


@pytest.mark.slow
def test_frozen_app_renders_the_demo_to_png(frozen_app: Path, tmp_path: Path) -> None:
    workspace, shot = tmp_path / "ws", tmp_path / "shot.png"
    result = subprocess.run(
        [
            str(frozen_app),
            "--demo",
            "--workspace",
            str(workspace),
            "--screenshot",
            str(shot),
        ],
        cwd=tmp_path,
        env=hermetic_env(tmp_path),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    output = tail(result.stdout + result.stderr)
    assert result.returncode == 0, f"frozen app exited {result.returncode}:\n{output}"
    assert shot.is_file(), f"no screenshot written:\n{output}"
    data = shot.read_bytes()
    assert len(data) > 10_000, f"screenshot suspiciously small ({len(data)} bytes)"
    width, height = png_size(data)
    assert width >= 400 and height >= 300, f"screenshot is {width}x{height}"
    assert workspace.is_dir(), "the demo workspace was not created"


# The helpers above, and the resource locator the bundle relies on: quick, not slow.


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_png_size_reads_ihdr() -> None:
    assert png_size(_png(640, 480)) == (640, 480)


@pytest.mark.parametrize(
    "damage",
    [
        lambda png: b"GIF89a" + png[6:],
        lambda png: png[:-12],
        lambda png: png[:20] + bytes([png[20] ^ 0xFF]) + png[21:],
    ],
    ids=["signature", "truncated", "ihdr-crc"],
)
def test_png_size_rejects_broken_files(damage: Callable[[bytes], bytes]) -> None:
    with pytest.raises(AssertionError):
        png_size(damage(_png(640, 480)))


def test_resource_path_from_source() -> None:
    assert resource_path() == ROOT / "resources"
    assert resource_path("translations", "x.qm") == ROOT / "resources" / "translations" / "x.qm"


def test_resource_path_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    expected = tmp_path / "resources" / "icons" / "app.svg"
    assert resources_path.resource_path("icons", "app.svg") == expected
