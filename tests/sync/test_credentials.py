"""Secrets in the real system keyring (GNOME Keyring over the Secret Service, started by
scripts/with_test_keyring.sh), and the session-only fallback when no keyring can be used."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from desk_app.sync import credentials
from desk_app.sync.credentials import NO_KEYRING, CredentialsError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def real_keyring() -> None:
    problem = credentials.keyring_problem()
    if problem is not None:
        if os.environ.get("DESK_TEST_KEYRING"):
            pytest.fail(f"the test keyring does not work: {problem}")
        pytest.skip("no Secret Service here; run under scripts/with_test_keyring.sh")
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"


@pytest.fixture
def server() -> str:
    """A server URL no other test uses, so entries never collide in the shared keyring."""
    return f"https://rt-{uuid.uuid4().hex[:8]}.example.com:8443"


@pytest.fixture
def backend() -> Iterator[None]:
    """Restores the process's keyring backend after a test replaced it."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)
    with credentials._lock:
        credentials._session_secrets.clear()


def secret_tool_lookup(service: str, username: str) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("secret-tool")
    if tool is None:
        pytest.fail("secret-tool missing (scripts/bootstrap.sh --dev installs libsecret-tools)")
    return subprocess.run([tool, "lookup", "service", service, "username", username],
                          capture_output=True, text=True, timeout=30, check=False)  # fmt: skip


def python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


def test_a_secret_round_trips_through_the_real_keyring(real_keyring, server) -> None:
    secret = f"Pw-{uuid.uuid4().hex} ñ!"
    assert credentials.save_secret(server + "/", "ana", secret) == "keyring"
    # However the URL is typed, it names the same entry.
    assert credentials.load_secret(server.upper().replace("HTTPS", "https"), "ana") == secret
    service = credentials.service_name(server)
    assert service == f"partner-desk:{server}"

    # Another program reads it from GNOME Keyring: it is really there, not in our memory.
    assert secret_tool_lookup(service, "ana").stdout == secret
    other = python(
        "from desk_app.sync import credentials as c;"
        f"print(c.load_secret({server!r}, 'ana') == {secret!r})"
    )
    assert other.stdout.strip() == "True", other.stderr

    # Saving again replaces; another account on the same server is another entry.
    assert credentials.save_secret(server, "ana", "second") == "keyring"
    assert credentials.load_secret(server, "ana") == "second"
    assert credentials.load_secret(server, "bruno") is None

    assert credentials.delete_secret(server, "ana") is True
    assert credentials.load_secret(server, "ana") is None
    assert secret_tool_lookup(service, "ana").returncode != 0
    assert credentials.delete_secret(server, "ana") is False


@pytest.mark.parametrize(
    "make", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring], ids=["fail", "null"]
)
def test_without_a_usable_backend_the_secret_lives_for_this_session_only(
    backend, server, make, caplog
) -> None:
    keyring.set_keyring(make())
    problem = credentials.keyring_problem()
    assert problem is not None and problem.startswith(NO_KEYRING)
    assert "kept for this session only" in problem

    secret = f"session-{uuid.uuid4().hex}"
    with caplog.at_level(logging.DEBUG):
        assert credentials.save_secret(server, "ana", secret) == "session"
    assert credentials.load_secret(server, "ana") == secret
    assert credentials.last_problem() is not None
    assert secret not in caplog.text and secret not in str(credentials.last_problem())
    assert credentials.delete_secret(server, "ana") is True
    assert credentials.load_secret(server, "ana") is None


def test_the_fail_backend_in_another_process_remembers_nothing_after_it(server) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    saved = python(
        "from desk_app.sync import credentials as c;"
        f"print(c.save_secret({server!r}, 'ana', 'pw-123'), c.load_secret({server!r}, 'ana'));"
        "print(c.keyring_problem())",
        **env,
    )
    lines = saved.stdout.splitlines()
    assert lines[0] == "session pw-123", saved.stderr
    assert lines[1].startswith(NO_KEYRING)
    later = python(
        f"from desk_app.sync import credentials as c; print(c.load_secret({server!r}, 'ana'))",
        **env,
    )
    assert later.stdout.strip() == "None"


class BrokenKeyring(KeyringBackend):
    """A backend that fails the way a locked or crashed keyring daemon does, and (carelessly)
    quotes what it was given in its error."""

    # 0: never chosen or chained by keyring's own discovery (subclasses register themselves).
    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"could not store {password!r}: locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


def test_a_locked_keyring_falls_back_without_leaking_the_secret(backend, server, caplog) -> None:
    keyring.set_keyring(BrokenKeyring())
    problem = credentials.keyring_problem()
    assert problem is not None and "locked" in problem and problem.startswith(NO_KEYRING)
    secret = "TopSecret-Value-42"
    with caplog.at_level(logging.DEBUG):
        assert credentials.save_secret(server, "ana", secret) == "session"
        assert credentials.load_secret(server, "ana") == secret
        assert credentials.delete_secret(server, "ana") is True
    message = str(credentials.last_problem())
    assert "PasswordSetError" in message and secret not in message
    assert secret not in caplog.text


def test_a_locked_gnome_keyring_is_reported_and_the_secret_kept_for_the_session() -> None:
    """A real GNOME Keyring whose collection is locked, in a private D-Bus session of its own
    (locking the shared test keyring would break the tests after this one). Without a display
    the unlock prompt cannot appear, as on a headless or remote session."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            if os.environ.get("DESK_TEST_KEYRING"):
                pytest.fail(f"{tool} missing (scripts/bootstrap.sh --dev installs it)")
            pytest.skip(f"{tool} missing")
    code = (
        "import secretstorage\n"
        "from desk_app.sync import credentials as c\n"
        "secretstorage.get_default_collection(secretstorage.dbus_init()).lock()\n"
        "print(c.keyring_problem())\n"
        "print(c.save_secret('https://rt.example.com', 'ana', 'pw-locked-1'))\n"
        "print(c.load_secret('https://rt.example.com', 'ana'))\n"
    )
    private = ("_DESK_KEYRING_SESSION", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")
    env = {k: v for k, v in os.environ.items() if k not in private}
    result = subprocess.run([str(ROOT / "scripts" / "with_test_keyring.sh"), sys.executable,
                             "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120, check=False)  # fmt: skip
    lines = result.stdout.splitlines()
    assert len(lines) == 3, result.stderr
    assert lines[0].startswith(NO_KEYRING) and "KeyringLocked" in lines[0]
    assert lines[1:] == ["session", "pw-locked-1"]
    assert "pw-locked-1" not in result.stderr


def test_bad_input_is_refused_without_echoing_a_secret(server) -> None:
    with pytest.raises(CredentialsError, match="empty"):
        credentials.save_secret(server, "ana", "")
    with pytest.raises(CredentialsError, match="empty"):
        credentials.save_secret(server, "  ", "x")
    with pytest.raises(CredentialsError) as caught:
        credentials.save_secret("https://ana:hunter2@rt.example.com", "ana", "x")
    assert "hunter2" not in str(caught.value)
    with pytest.raises(CredentialsError):
        credentials.load_secret("ftp://rt.example.com", "ana")
