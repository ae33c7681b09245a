"""Passwords and tokens for the central helpdesk: in the system keyring, nowhere else (SPEC §8).

One entry per server and account: service "partner-desk:<normalised server URL>", username the
account. Where no usable keyring exists (no backend, the fail/null backends, a locked or broken
one) the secret is held in this process's memory for the session only, and `keyring_problem()`
says so in words a user can act on.

No function here logs, prints or puts the secret into an exception message; errors raised by a
keyring backend are reported by their type and a scrubbed text only.
"""

from __future__ import annotations

import logging
import threading
from typing import Literal

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desk_app.settings import SettingsError, normalise_server_url

log = logging.getLogger(__name__)

SecretStorage = Literal["keyring", "session"]
SERVICE_PREFIX = "partner-desk"
NO_KEYRING = (
    "No system keyring is available; the password is kept for this session only and will be "
    "asked again next time"
)
# Backends that accept a secret and keep nothing, or refuse everything.
_USELESS_BACKENDS = ("keyring.backends.fail", "keyring.backends.null")

_lock = threading.Lock()
_session_secrets: dict[tuple[str, str], str] = {}
_last_problem: str | None = None


class CredentialsError(ValueError):
    """A server URL, account or secret that cannot be stored; the message never holds it."""


def service_name(server_url: str) -> str:
    """The keyring service of a server: the same entry however the URL was typed."""
    try:
        return f"{SERVICE_PREFIX}:{normalise_server_url(server_url)}"
    except SettingsError as exc:
        raise CredentialsError(str(exc)) from None


def _key(server_url: str, username: str) -> tuple[str, str]:
    if not username.strip():
        raise CredentialsError("the account name is empty")
    return service_name(server_url), username.strip()


def _scrub(text: str, secret: str | None) -> str:
    if secret:
        text = text.replace(secret, "***")
    return text


def _describe(exc: BaseException, secret: str | None = None) -> str:
    detail = _scrub(str(exc), secret).strip()
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _backend() -> KeyringBackend:
    return keyring.get_keyring()


def _backend_problem(backend: KeyringBackend) -> str | None:
    module = type(backend).__module__
    if module.startswith(_USELESS_BACKENDS):
        return f"no keyring backend ({type(backend).__module__}.{type(backend).__name__})"
    # The chainer with nothing to chain: every call would fail or do nothing.
    if getattr(backend, "backends", None) == []:
        return "no keyring backend"
    return None


def keyring_unavailable_reason() -> str | None:
    """None when a system keyring can store secrets; otherwise the technical reason.

    Probes the backend with a read of an entry that does not exist, so a locked or broken
    keyring is found before anyone types a password into a dialog.
    """
    global _last_problem
    reason = _backend_problem(_backend())
    if reason is None:
        try:
            _backend().get_password(f"{SERVICE_PREFIX}:probe", "probe")
        except Exception as exc:  # any backend may raise anything (D-Bus, locked, ...)
            reason = _describe(exc)
    with _lock:
        _last_problem = None if reason is None else f"{NO_KEYRING} ({reason})"
    return reason


def keyring_problem() -> str | None:
    """None when secrets are kept in a system keyring; otherwise a message for the user."""
    reason = keyring_unavailable_reason()
    return None if reason is None else f"{NO_KEYRING} ({reason})"


def save_secret(server_url: str, username: str, secret: str) -> SecretStorage:
    """Store `secret` for the account; "session" when only this process will remember it."""
    global _last_problem
    if not secret:
        raise CredentialsError("the password or token is empty")
    key = _key(server_url, username)
    reason = _backend_problem(_backend())
    if reason is None:
        try:
            _backend().set_password(key[0], key[1], secret)
        except Exception as exc:
            reason = _describe(exc, secret)
        else:
            with _lock:
                _session_secrets.pop(key, None)
                _last_problem = None
            return "keyring"
    log.warning("secret for %s on %s kept for this session only: %s", key[1], key[0], reason)
    with _lock:
        _session_secrets[key] = secret
        _last_problem = f"{NO_KEYRING} ({reason})"
    return "session"


def load_secret(server_url: str, username: str) -> str | None:
    """The stored secret, or None when neither the keyring nor this session holds one."""
    global _last_problem
    key = _key(server_url, username)
    with _lock:
        remembered = _session_secrets.get(key)
    if remembered is not None:
        return remembered
    if _backend_problem(_backend()) is not None:
        return None
    try:
        return _backend().get_password(*key)
    except Exception as exc:
        log.warning("cannot read the keyring: %s", _describe(exc))
        with _lock:
            _last_problem = f"{NO_KEYRING} ({_describe(exc)})"
        return None


def delete_secret(server_url: str, username: str) -> bool:
    """Forget the account's secret everywhere; True when something was removed."""
    key = _key(server_url, username)
    with _lock:
        removed = _session_secrets.pop(key, None) is not None
    if _backend_problem(_backend()) is not None:
        return removed
    try:
        _backend().delete_password(*key)
    except keyring.errors.PasswordDeleteError:
        return removed  # there was nothing to delete
    except Exception as exc:
        log.warning("cannot remove the secret from the keyring: %s", _describe(exc))
        return removed
    return True


def last_problem() -> str | None:
    """The message from the last keyring failure seen by this module, for a status line."""
    with _lock:
        return _last_problem
