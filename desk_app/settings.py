"""User settings, declared once: name, type, default, description, and how a value is checked.

Stored as JSON in the platform's config folder (`settings.json`). No Qt here and never a secret:
credentials live in the system keyring (SPEC §8).

A damaged or hand-edited file never stops the app: unreadable values fall back to their
defaults with a warning, and a file we could not read is never overwritten by `save()`, so a
typo costs the user nothing they wrote.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit, urlunsplit

import platformdirs

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"
LANGUAGES = ("es", "en")

T = TypeVar("T")
_BOOL_WORDS = {"true": True, "yes": True, "on": True, "1": True,
               "false": False, "no": False, "off": False, "0": False}  # fmt: skip


class SettingsError(Exception):
    """A setting name or value that cannot be used; the message is meant for the user."""


@dataclass(frozen=True)
class Setting(Generic[T]):
    name: str
    type: type[T]
    default: T
    description: str
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    check: Callable[[T], T] | None = field(default=None, compare=False)

    def validate(self, value: object) -> T:
        """`value` as this setting's type, or SettingsError saying what is wrong."""
        # bool is an int subclass; a JSON `true` must not pass for a number of minutes.
        if not isinstance(value, self.type) or (isinstance(value, bool) and self.type is not bool):
            raise SettingsError(
                f"{self.name}: expected {self.type.__name__}, got {type(value).__name__}"
            )
        if self.choices and value not in self.choices:
            allowed = ", ".join(str(c) for c in self.choices)
            raise SettingsError(f"{self.name}: {value!r} is not one of {allowed}")
        if isinstance(value, int):
            if self.minimum is not None and value < self.minimum:
                raise SettingsError(f"{self.name}: {value} is below the minimum {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise SettingsError(f"{self.name}: {value} is above the maximum {self.maximum}")
        return self.check(value) if self.check else value

    def from_text(self, text: str) -> T:
        """Parse what a user typed on the command line."""
        raw: object = text.strip()
        if self.type is bool:
            raw = _BOOL_WORDS.get(text.strip().lower(), text)
        elif self.type is int:
            try:
                raw = int(text)
            except ValueError:
                raise SettingsError(f"{self.name}: {text!r} is not a whole number") from None
        return self.validate(raw)


def _check_region(value: str) -> str:
    # Imported here: the holidays package is only needed when someone sets a region.
    from desk_app.domain.working_hours import check_country

    try:
        code = check_country(value)
    except ValueError as exc:
        raise SettingsError(f"default_region: {exc}") from None
    assert code is not None
    return code


LANGUAGE = Setting(
    "language",
    str,
    "auto",
    "Interface language: auto (from the system locale), es or en.",
    choices=("auto", *LANGUAGES),
)
DEFAULT_REGION = Setting(
    "default_region",
    str,
    "MX",
    "Country whose business calendar and public holidays the SLA clock uses when the team "
    "has no calendar of its own (MX, CO, PE, ...).",
    check=_check_region,
)
SYNC_INTERVAL_MINUTES = Setting(
    "sync_interval_minutes",
    int,
    15,
    "Minutes between scheduled syncs with the central helpdesk.",
    minimum=1,
    maximum=24 * 60,
)


def normalise_server_url(url: str) -> str:
    """The form a helpdesk URL is kept in: scheme and host lower case, no trailing slash.

    Refuses what is not an http(s) URL with a host, and URLs carrying a user name, password,
    query or fragment: a secret must never reach the settings file through the URL.
    """
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        shown = text if "@" not in text else "(a URL with a user name)"
        raise SettingsError(f"{shown!r} is not an http:// or https:// address with a host name")
    if "@" in parts.netloc:
        raise SettingsError(
            "the server address must not contain a user name or password; "
            "give the user separately (the password goes to the system keyring)"
        )
    if parts.query or parts.fragment:
        raise SettingsError("the server address must not contain ?query or #fragment parts")
    try:
        port = parts.port
    except ValueError:
        raise SettingsError(f"{text!r} has an invalid port") from None
    host = parts.hostname.lower()
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path.rstrip("/"), "", ""))


def _check_server_url(value: str) -> str:
    if not value.strip():
        return ""
    try:
        return normalise_server_url(value)
    except SettingsError as exc:
        raise SettingsError(f"sync_server_url: {exc}") from None


def _check_username(value: str) -> str:
    if any(c.isspace() for c in value.strip()) or len(value) > 200:
        raise SettingsError("sync_username: a user name has no spaces and at most 200 characters")
    return value.strip()


def _check_status_map(value: str) -> str:
    """JSON object of app status → helpdesk status, both non-empty words; "" = default."""
    if not value.strip():
        return ""
    try:
        document = json.loads(value)
    except json.JSONDecodeError as exc:
        raise SettingsError(f"sync_status_map: not valid JSON ({exc.msg})") from None
    if not isinstance(document, dict) or not document:
        raise SettingsError(
            'sync_status_map: expected a JSON object such as {"waiting_customer": "stalled"}'
        )
    for key, target in document.items():
        if not isinstance(target, str) or not key.strip() or not target.strip():
            raise SettingsError(
                f"sync_status_map: {key!r} must map to a non-empty status name, got {target!r}"
            )
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# The central helpdesk connection. Never a secret: the password or token is in the keyring.
SYNC_SERVER_URL = Setting(
    "sync_server_url",
    str,
    "",
    "Address of the central helpdesk (Request Tracker), e.g. https://rt.example.com; "
    "empty = work offline only.",
    check=_check_server_url,
)
SYNC_USERNAME = Setting(
    "sync_username", str, "", "Your user name on the central helpdesk.", check=_check_username
)
SYNC_AUTH = Setting(
    "sync_auth",
    str,
    "password",
    "How you sign in to the central helpdesk: password or token (kept in the system keyring).",
    choices=("password", "token"),
)
SYNC_VERIFY_TLS = Setting(
    "sync_verify_tls",
    bool,
    True,
    "Verify the helpdesk's TLS certificate (turn off only for a test server you trust).",
)
SYNC_STATUS_MAP = Setting(
    "sync_status_map",
    str,
    "",
    'App status → helpdesk status as JSON, e.g. {"waiting_customer": "stalled"}; '
    "empty = the connector's default mapping.",
    check=_check_status_map,
)
# Off by default: listening on a port is something the user (or their PBX admin) turns on.
SIP_LISTENER_PORT = Setting(
    "sip_listener_port",
    int,
    0,
    "UDP port on 127.0.0.1 where the app watches for SIP INVITEs and raises incoming calls "
    "(e.g. 5062); 0 = off.",
    minimum=0,
    maximum=65535,
)
# The KPI targets of SPEC §7 differ in the program's first year (domain.kpi.ProgramPhase).
KPI_PHASE = Setting(
    "kpi_phase",
    str,
    "first_year",
    "Which KPI targets apply: first_year or after_first_year (SPEC §7).",
    choices=("first_year", "after_first_year"),
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    DEFAULT_REGION,
    SYNC_INTERVAL_MINUTES,
    SYNC_SERVER_URL,
    SYNC_USERNAME,
    SYNC_AUTH,
    SYNC_VERIFY_TLS,
    SYNC_STATUS_MAP,
    SIP_LISTENER_PORT,
    KPI_PHASE,
)
_BY_NAME: dict[str, Setting[Any]] = {s.name: s for s in ALL_SETTINGS}


def setting_named(name: str) -> Setting[Any]:
    try:
        return _BY_NAME[name]
    except KeyError:
        known = ", ".join(_BY_NAME)
        raise SettingsError(f"unknown setting {name!r} (known: {known})") from None


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir("partner-desk", "PartnerDesk")) / FILE_NAME


class Settings:
    """The values of every declared setting, plus the file they came from."""

    def __init__(self, path: Path, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._unknown: dict[str, Any] = {}  # kept on save: a newer version may own them
        self._readable = True
        self.warnings: list[str] = []
        for name, value in (values or {}).items():
            self.set(name, value)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read `path` (default: the user's config folder); a missing file means defaults."""
        settings = cls(path or default_settings_path())
        try:
            text = settings.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return settings
        except (OSError, UnicodeDecodeError) as exc:
            settings._unreadable(f"cannot read {settings.path}: {exc}")
            return settings
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            settings._unreadable(f"{settings.path} is not valid JSON ({exc}); using defaults")
            return settings
        if not isinstance(document, dict):
            settings._unreadable(f"{settings.path} does not hold a JSON object; using defaults")
            return settings
        values = document.get("values", {})
        if not isinstance(values, dict):
            settings._unreadable(f"{settings.path}: 'values' is not an object; using defaults")
            return settings
        for name, value in values.items():
            if name not in _BY_NAME:
                settings._unknown[name] = value
                continue
            try:
                settings.set(name, value)
            except SettingsError as exc:
                settings.warnings.append(f"{settings.path}: {exc}; using the default")
        return settings

    def _unreadable(self, message: str) -> None:
        self._readable = False
        self.warnings.append(message)

    def get(self, setting: Setting[T]) -> T:
        value: T = self._values.get(setting.name, setting.default)
        return value

    def value(self, name: str) -> Any:
        return self.get(setting_named(name))

    def set(self, name: str, value: object) -> None:
        setting = setting_named(name)
        self._values[name] = setting.validate(value)

    def items(self) -> Iterator[tuple[Setting[Any], Any]]:
        for setting in ALL_SETTINGS:
            yield setting, self.get(setting)

    def save(self) -> None:
        """Write atomically (temp file + rename), so a crash never leaves half a file."""
        if not self._readable:
            raise SettingsError(
                f"{self.path} could not be read, so it is left as it is; fix or remove it first"
            )
        document = {
            "schema_version": SCHEMA_VERSION,
            "values": {**self._unknown, **self._values},
        }
        temp_name: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(document, handle, indent=2, ensure_ascii=False, sort_keys=True)
                handle.write("\n")
            os.replace(temp_name, self.path)
            temp_name = None
        except OSError as exc:
            raise SettingsError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
        finally:
            if temp_name is not None:
                Path(temp_name).unlink(missing_ok=True)


def choose_language(override: str | None, setting: str, system_locale: str) -> str:
    """The UI language: the command-line override, else the setting, else the system locale
    (any Spanish locale → es, everything else → en)."""
    for candidate in (override, setting):
        if candidate in LANGUAGES:
            assert candidate is not None
            return candidate
    return "es" if system_locale.lower().startswith("es") else "en"
