"""The connector the user configured: settings for where and who, the keyring for the secret.

Request Tracker is the only connector today; it is imported when first needed, so the app
starts (and works offline) without loading HTTP code.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Literal, cast

from desk_app.settings import (
    SYNC_AUTH,
    SYNC_SERVER_URL,
    SYNC_STATUS_MAP,
    SYNC_USERNAME,
    SYNC_VERIFY_TLS,
    Settings,
)
from desk_app.sync import credentials
from desk_app.sync.connector import Connector, ConnectorError

if TYPE_CHECKING:
    from desk_app.sync.rt.mapping import RtMapping

AuthKind = Literal["password", "token"]


class SyncNotConfigured(ConnectorError):
    """No server or account is set up; retrying cannot help, connecting does."""


class MissingSecret(SyncNotConfigured):
    """The account is set up but neither the keyring nor this session holds its secret."""


def rt_mapping(status_map: str) -> RtMapping:
    """The RT mapping with the `sync_status_map` setting applied in both directions.

    The setting maps app status → RT status; pulling reads those RT statuses back as the
    same app statuses, on top of the connector's defaults.
    """
    from desk_app.sync.rt.mapping import RtMapping

    if not status_map.strip():
        return RtMapping()
    try:
        to_rt = json.loads(status_map)
    except json.JSONDecodeError as exc:
        raise SyncNotConfigured(f"sync_status_map is not valid JSON ({exc.msg})") from None
    if not isinstance(to_rt, dict):
        raise SyncNotConfigured("sync_status_map must be a JSON object")
    from_rt = {rt: app for app, rt in to_rt.items()}
    try:
        return RtMapping.from_dict({"status_to_rt": to_rt, "status_from_rt": from_rt})
    except ValueError as exc:
        raise SyncNotConfigured(f"sync_status_map: {exc}") from None


def build_connector(
    server_url: str,
    username: str,
    secret: str,
    *,
    auth: AuthKind = "password",
    verify_tls: bool = True,
    status_map: str = "",
    timeout: float = 15.0,
) -> Connector:
    """A Request Tracker connector; nothing is sent until the first call on it."""
    from desk_app.sync.rt import RtConnector

    connector = RtConnector(
        server_url,
        username,
        secret,
        auth=auth,
        verify_tls=verify_tls,
        timeout=timeout,
        mapping=rt_mapping(status_map),
    )
    return cast(Connector, connector)


def connector_from_settings(settings: Settings, *, secret: str | None = None) -> Connector:
    """The configured connector, its secret from the keyring unless `secret` is given.

    Raises SyncNotConfigured (or MissingSecret) with a message saying how to fix it.
    """
    url = settings.get(SYNC_SERVER_URL)
    username = settings.get(SYNC_USERNAME)
    if not url or not username:
        raise SyncNotConfigured(
            "Sync is not set up: connect to the central helpdesk first "
            "(desk-app connect --server URL --user NAME)"
        )
    auth = cast(AuthKind, settings.get(SYNC_AUTH))
    if secret is None:
        secret = credentials.load_secret(url, username)
    if not secret:
        what = "token" if auth == "token" else "password"
        problem = credentials.last_problem()
        raise MissingSecret(
            f"No {what} is stored for {username} on {url}; connect again"
            + (f". {problem}" if problem else "")
        )
    return build_connector(
        url,
        username,
        secret,
        auth=auth,
        verify_tls=settings.get(SYNC_VERIFY_TLS),
        status_map=settings.get(SYNC_STATUS_MAP),
    )
