"""Testing a helpdesk connection off the UI thread, for the connection dialog.

`check_connection` runs on a thread-pool thread (network and keyring calls may block); a
`ConnectionJob` carries its Outcome back to the UI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import ClassVar, Literal

from PySide6.QtCore import QObject, QRunnable, Signal

from desk_app.settings import SettingsError, normalise_server_url
from desk_app.sync.connector import Connector, ServerInfo
from desk_app.sync.factory import build_connector
from desk_app.ui.qt_compat import emit

log = logging.getLogger(__name__)

TEST_TIMEOUT_S = 10.0
Auth = Literal["password", "token"]


@dataclass(frozen=True)
class ConnectionParams:
    url: str
    username: str
    secret: str = field(repr=False)  # never in a repr, a log line or an error message
    auth: Auth = "password"
    verify_tls: bool = True


ConnectorMaker = Callable[[ConnectionParams], Connector]


def rt_connector(params: ConnectionParams) -> Connector:
    return build_connector(params.url, params.username, params.secret, auth=params.auth,
                           verify_tls=params.verify_tls, timeout=TEST_TIMEOUT_S)  # fmt: skip


@dataclass(frozen=True)
class Outcome:
    """What a test (and maybe save) on the worker found."""

    info: ServerInfo | None = None
    error: BaseException | None = None
    missing_secret: bool = False
    storage: str | None = None  # "keyring" | "session" when saved
    keyring_problem: str | None = None


def check_connection(params: ConnectionParams, make: ConnectorMaker, *, save: bool,
                     use_stored_secret: bool) -> Outcome:  # fmt: skip
    """Test `params` against the server and, when `save` and it is usable, store the secret.
    Runs on a worker thread: network and keyring calls may block."""
    from desk_app.sync import credentials

    if not params.secret and use_stored_secret:
        params = replace(params, secret=credentials.load_secret(params.url, params.username) or "")
    if not params.secret:
        return Outcome(missing_secret=True)
    info: ServerInfo | None = None
    error: BaseException | None = None
    try:
        connector = make(params)
        try:
            info = connector.test_connection()
        finally:
            connector.close()
    except Exception as exc:
        error = exc
    if not save or (error is not None and not getattr(error, "retryable", False)):
        return Outcome(info, error)
    storage = credentials.save_secret(params.url, params.username, params.secret)
    problem = credentials.keyring_problem() if storage != "keyring" else None
    return Outcome(info, error, storage=str(storage), keyring_problem=problem)


def forget_secret(url: str, username: str) -> Outcome:
    """Remove the account's secret from the keyring and this session (worker thread)."""
    from desk_app.sync import credentials

    credentials.delete_secret(url, username)
    return Outcome()


class JobSignals(QObject):
    done = Signal(object)


class ConnectionJob(QRunnable):
    # Jobs whose dialog may be gone before they finish stay referenced until they report.
    live: ClassVar[set[ConnectionJob]] = set()

    def __init__(self, work: Callable[[], Outcome]) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._work = work

    def run(self) -> None:
        try:
            outcome = self._work()
        except Exception as exc:  # keyring failures and the like: shown, not swallowed
            log.warning("connection check failed", exc_info=True)
            outcome = Outcome(error=exc)
        emit(self.signals.done, outcome)


def normalized_url(text: str) -> str:
    """The URL as the settings keep it, or as typed when it is not usable (refused later)."""
    try:
        return normalise_server_url(text)
    except SettingsError:
        return text.strip()
