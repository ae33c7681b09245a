"""What a failed sync or connection test means to the user, in their language, and which field
of the connection dialog it belongs to.

The connector's errors carry an English message meant for logs and the command line; the UI
shows a translated headline chosen by the error's class and keeps the connector's own words as
the detail (RT's message list, the scheme it refused). Messages never hold a secret: the
connector promises that for its own text, and the headlines here quote nothing typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desk_app.sync.connector import (
    AuthenticationFailed,
    BadServerUrl,
    ConnectorError,
    InvalidRemoteData,
    PermissionDenied,
    RemoteNotFound,
    ServerUnreachable,
    TlsError,
)
from desk_app.sync.factory import MissingSecret, SyncNotConfigured

# The connection dialog's fields an error can sit next to.
URL, USERNAME, SECRET, TLS, GENERAL = "url", "username", "secret", "tls", "general"


@dataclass(frozen=True)
class ErrorText:
    field: str  # one of the names above
    headline: str  # translated
    detail: str  # the connector's own message ("" when it adds nothing)
    retryable: bool
    # False where the connector's words only repeat the headline (kept for the tooltip).
    detail_adds: bool = True

    def full(self) -> str:
        if self.detail and self.detail_adds:
            return f"{self.headline}\n{self.detail}"
        return self.headline


def is_timeout(error: BaseException) -> bool:
    """True when a timeout caused `error`: the connector reports it as ServerUnreachable,
    but "the server is slow" is a different message than "the server is not there"."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        # requests' Timeout and urllib3's TimeoutError are not builtin TimeoutError subclasses.
        if isinstance(current, TimeoutError) or "timeout" in type(current).__name__.lower():
            return True
        if current is not error and "timed out" in str(current).lower():
            return True
        current = current.__cause__ or current.__context__
    return "timed out" in str(error).lower() or "timeout" in type(error).__name__.lower()


def explain(error: BaseException, *, auth: str = "password") -> ErrorText:
    """The translated headline for `error` and the dialog field it concerns."""
    detail = str(error).strip()
    retryable = bool(getattr(error, "retryable", False))
    if isinstance(error, BadServerUrl):
        text = QCoreApplication.translate(
            "SyncErrors",
            "This address does not lead to a helpdesk. Check the URL, for example "
            "https://helpdesk.example.com.",
        )
        return ErrorText(URL, text, detail, retryable)
    if isinstance(error, RemoteNotFound):
        text = QCoreApplication.translate(
            "SyncErrors", "No helpdesk API was found at this address. Check the URL."
        )
        return ErrorText(URL, text, detail, retryable)
    if isinstance(error, ServerUnreachable):
        if is_timeout(error):
            text = QCoreApplication.translate(
                "SyncErrors",
                "The server did not answer in time. It may be busy, or the network is "
                "slow; sync will try again.",
            )
        else:
            text = QCoreApplication.translate(
                "SyncErrors",
                "Cannot reach the server: you are offline, or the address or port is "
                "wrong. Your changes are kept and sync will try again.",
            )
        return ErrorText(URL, text, detail, retryable)
    if isinstance(error, AuthenticationFailed):
        if auth == "token":
            text = QCoreApplication.translate(
                "SyncErrors", "The server rejected this token (401). Check that it is current."
            )
        else:
            text = QCoreApplication.translate("SyncErrors", "Wrong user name or password (401).")
        return ErrorText(SECRET, text, detail, retryable, detail_adds=False)
    if isinstance(error, PermissionDenied):
        text = QCoreApplication.translate(
            "SyncErrors",
            "This account may not use the helpdesk's REST API (403). Ask the helpdesk "
            "administrator for access.",
        )
        return ErrorText(USERNAME, text, detail, retryable)
    if isinstance(error, TlsError):
        text = QCoreApplication.translate(
            "SyncErrors",
            "The server's certificate could not be verified. Check the address, or have "
            "the certificate fixed; turn verification off only for a test server you "
            "trust.",
        )
        return ErrorText(TLS, text, detail, retryable, detail_adds=False)
    if isinstance(error, MissingSecret):
        text = QCoreApplication.translate(
            "SyncErrors",
            "No password or token is stored for this account (without a keyring it is kept "
            "for one session only). Enter it again under Sync → Connection….",
        )
        return ErrorText(SECRET, text, detail, retryable)
    if isinstance(error, SyncNotConfigured):
        text = QCoreApplication.translate(
            "SyncErrors",
            "Sync is not set up: connect to the central helpdesk under Sync → Connection….",
        )
        return ErrorText(GENERAL, text, detail, retryable)
    if isinstance(error, InvalidRemoteData):
        text = QCoreApplication.translate("SyncErrors", "The server answered with an error:")
        return ErrorText(GENERAL, text, detail, retryable)
    if isinstance(error, ConnectorError):
        text = QCoreApplication.translate("SyncErrors", "The helpdesk could not be used:")
        return ErrorText(GENERAL, text, detail, retryable)
    text = QCoreApplication.translate("SyncErrors", "Sync failed unexpectedly:")
    return ErrorText(GENERAL, text, f"{type(error).__name__}: {detail}", retryable)
