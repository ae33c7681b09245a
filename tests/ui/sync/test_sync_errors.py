"""Every connector error class has its own translated message and its own field."""

from __future__ import annotations

import pytest
import requests

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
from desk_app.ui.sync_errors import explain, is_timeout


def _timeout_as_the_rt_client_raises_it() -> ServerUnreachable:
    try:
        try:
            raise requests.exceptions.ReadTimeout("read timed out")
        except requests.exceptions.Timeout:
            raise ServerUnreachable("https://rt did not answer within 15 s.") from None
    except ServerUnreachable as exc:
        return exc


@pytest.mark.parametrize(
    ("error", "field", "start"),
    [
        (BadServerUrl("x"), "url", "This address does not lead to a helpdesk."),
        (RemoteNotFound("x"), "url", "No helpdesk API was found at this address."),
        (ServerUnreachable("Could not connect"), "url", "Cannot reach the server: you are offline"),
        (_timeout_as_the_rt_client_raises_it(), "url", "The server did not answer in time."),
        (AuthenticationFailed("x"), "secret", "Wrong user name or password (401)."),
        (PermissionDenied("x"), "username", "This account may not use the helpdesk's REST API"),
        (TlsError("x"), "tls", "The server's certificate could not be verified."),
        (InvalidRemoteData("Status: 'x' isn't a valid status"), "general",
         "The server answered with an error:\nStatus: 'x' isn't a valid status"),
        (MissingSecret("x"), "secret", "No password or token is stored for this account"),
        (SyncNotConfigured("x"), "general", "Sync is not set up"),
        (ConnectorError("odd"), "general", "The helpdesk could not be used:\nodd"),
        (KeyError("boom"), "general", "Sync failed unexpectedly:\nKeyError: 'boom'"),
    ],
)  # fmt: skip
def test_each_error_has_its_message_and_field(error, field, start) -> None:
    text = explain(error)
    assert text.field == field
    assert text.full().startswith(start)
    assert text.retryable == bool(getattr(error, "retryable", False))


def test_a_token_is_named_as_such() -> None:
    assert explain(AuthenticationFailed("x"), auth="token").headline.startswith(
        "The server rejected this token (401).")  # fmt: skip


def test_only_timeouts_count_as_timeouts() -> None:
    assert is_timeout(_timeout_as_the_rt_client_raises_it())
    assert not is_timeout(ServerUnreachable("Could not connect (refused)"))
