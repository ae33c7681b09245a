"""The configured connector: settings say where and who, the keyring (here, the session-only
store) holds the secret, and a missing piece is a clear, non-retryable error."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest

from desk_app.settings import Settings
from desk_app.sync import credentials
from desk_app.sync.factory import MissingSecret, SyncNotConfigured, connector_from_settings
from desk_app.sync.rt import RtConnector

URL = "https://rt.example.com"


@pytest.fixture
def session_only() -> Iterator[None]:
    """No system keyring: secrets live in this process only, so tests cannot leak entries."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)
    with credentials._lock:
        credentials._session_secrets.clear()


def configured(tmp_path, **values: object) -> Settings:
    settings = Settings(tmp_path / "settings.json")
    for name, value in {"sync_server_url": URL, "sync_username": "ana", **values}.items():
        settings.set(name, value)
    return settings


def test_not_configured_says_how_to_connect(tmp_path, session_only) -> None:
    with pytest.raises(SyncNotConfigured, match="desk-app connect") as caught:
        connector_from_settings(Settings(tmp_path / "settings.json"))
    assert caught.value.retryable is False


def test_a_missing_secret_is_named_with_the_keyring_problem(tmp_path, session_only) -> None:
    settings = configured(tmp_path, sync_auth="token")
    with pytest.raises(MissingSecret) as caught:
        connector_from_settings(settings)
    message = str(caught.value)
    assert message.startswith(f"No token is stored for ana on {URL}; connect again")
    assert caught.value.retryable is False


def test_the_connector_gets_the_stored_secret_and_the_status_map(tmp_path, session_only) -> None:
    assert credentials.save_secret(URL + "/", "ana", "s3cret-value") == "session"
    settings = configured(tmp_path, sync_status_map='{"waiting_customer": "pending"}',
                          sync_verify_tls=False)  # fmt: skip
    connector = connector_from_settings(settings)
    try:
        assert isinstance(connector, RtConnector)
        assert connector.mapping.rt_status("waiting_customer") == "pending"
        assert connector.mapping.app_status("pending") == "waiting_customer"
        assert connector.mapping.rt_status("open") == "new"  # the rest keeps the defaults
        assert "s3cret-value" not in repr(connector)
    finally:
        connector.close()
    explicit = connector_from_settings(configured(tmp_path), secret="given")
    explicit.close()
