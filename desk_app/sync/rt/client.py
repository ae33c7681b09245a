"""HTTP for Request Tracker 5's REST 2.0: one session, a timeout on every call, clear errors.

Only idempotent GETs are retried here; a POST or PUT that failed is reported and left to the
engine, which retries the whole operation with its idempotency key (push.py looks it up
first). The secret is held in one private attribute and never appears in a message, a repr
or a log line: errors name the URL path and the status, never the request headers.
"""

from __future__ import annotations

import logging
import re
import time
import warnings
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import InsecureRequestWarning

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

log = logging.getLogger(__name__)

AuthKind = Literal["password", "token"]
REST = "/REST/2.0"
GET_ATTEMPTS = 3
_RETRY_PAUSE = 0.3

# RT answers 200 to a PUT even when a change was refused; these are the refusals it words.
_FAILURE = re.compile(
    r"isn't a valid|is not a valid|does not exist|permission denied|couldn't|could not|"
    r"invalid|not found|failed|unable to|illegal|can't|cannot|not allowed|no such|must ",
    re.IGNORECASE,
)
_BENIGN = re.compile(r"already the current value|already has|is already", re.IGNORECASE)


def normalize_base_url(url: str) -> str:
    """`https://rt.example/` or `.../REST/2.0` → `https://rt.example`; BadServerUrl otherwise.

    Credentials are checked first and the URL is never quoted back when it carries any, so a
    password typed into the URL cannot reach an error message or a log.
    """
    text = url.strip().rstrip("/")
    if text.endswith(REST):
        text = text[: -len(REST)].rstrip("/")
    if "@" in text.split("?", 1)[0].split("#", 1)[0]:
        raise BadServerUrl("Put the user name and password in their own fields, not in the URL.")
    try:
        parts = urlsplit(text)
    except ValueError:
        raise BadServerUrl(f"{url!r} is not a valid URL.") from None
    if parts.scheme not in ("http", "https"):
        raise BadServerUrl(f"{url!r} is not an http:// or https:// URL.")
    if not parts.hostname:
        raise BadServerUrl(f"{url!r} has no server name.")
    if parts.query or parts.fragment:
        raise BadServerUrl(f"{url!r} must not carry a query or a fragment.")
    return text


def refusals(messages: object) -> list[str]:
    """The messages of an RT 200 answer that say a change was not made."""
    if not isinstance(messages, list):
        return []
    return [
        m for m in messages if isinstance(m, str) and _FAILURE.search(m) and not _BENIGN.search(m)
    ]


class RtClient:
    """One authenticated requests.Session against one RT. Not thread-safe."""

    def __init__(
        self,
        base_url: str,
        username: str,
        secret: str,
        *,
        auth: AuthKind = "password",
        verify_tls: bool = True,
        timeout: float = 15.0,
        session: requests.Session | None = None,
    ) -> None:
        if auth not in ("password", "token"):
            raise ValueError(f"unknown auth kind {auth!r}")
        self.base_url = normalize_base_url(base_url)
        self.username = username
        self.auth: AuthKind = auth
        self.timeout = timeout
        self.__secret = secret
        self._session = session or requests.Session()
        # Also passed on every request: with REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE set,
        # requests ignores Session.verify = False (psf/requests#3829).
        self._verify = verify_tls
        self._session.verify = verify_tls
        self._session.headers["Accept"] = "application/json"
        self._logged_in = False
        if auth == "token":
            self._session.headers["Authorization"] = f"token {secret}"

    def __repr__(self) -> str:
        return f"RtClient({self.base_url!r}, user={self.username!r}, auth={self.auth!r})"

    @property
    def rest_url(self) -> str:
        return self.base_url + REST

    def close(self) -> None:
        self._session.close()

    # --- authentication --------------------------------------------------------------------

    def login(self) -> None:
        """Password auth trades the password for a session cookie once (each password check
        costs RT a bcrypt round); token auth sends the token on every call."""
        if self.auth == "token" or self._logged_in:
            return
        self._session.cookies.clear()
        answer = self._send(
            "POST",
            self.base_url + "/NoAuth/Login.html",
            data={"user": self.username, "pass": self.__secret},
            allow_redirects=False,
        )
        if answer.status_code == 404:
            raise BadServerUrl(f"{self.base_url} does not look like a Request Tracker server.")
        if answer.status_code >= 500:
            raise ServerUnreachable(f"The server failed to log in (HTTP {answer.status_code}).")
        # RT answers 200 with the login form either way and always sets a session cookie;
        # only an API call on that session tells whether it is signed in (a session that is
        # not is redirected to the login page).
        check = self._send("GET", self.rest_url + "/rt", allow_redirects=False)
        if check.status_code != 200:
            if check.status_code == 404:
                raise BadServerUrl(f"{self.base_url} does not offer RT's REST 2.0 API.")
            raise AuthenticationFailed(
                f"Request Tracker refused the user name or password of {self.username!r}."
            )
        self._logged_in = True

    # --- requests --------------------------------------------------------------------------

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        last: ConnectorError | None = None
        for attempt in range(GET_ATTEMPTS):
            try:
                return self._call("GET", path, params=params)
            except ServerUnreachable as exc:
                last = exc
                if attempt + 1 < GET_ATTEMPTS:
                    time.sleep(_RETRY_PAUSE * (attempt + 1))
        assert last is not None
        raise last

    def post(self, path: str, body: Any, params: Mapping[str, Any] | None = None) -> Any:
        return self._call("POST", path, json=body, params=params)

    def put(self, path: str, body: Any) -> Any:
        return self._call("PUT", path, json=body)

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        self.login()
        kwargs["allow_redirects"] = False
        answer = self._send(method, self.rest_url + path, **kwargs)
        if answer.status_code in (302, 401) and self.auth == "password":
            # The session cookie expired on the server: log in again once.
            self._logged_in = False
            self.login()
            answer = self._send(method, self.rest_url + path, **kwargs)
        return self._decode(method, path, answer)

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        where = urlsplit(url).path
        try:
            with warnings.catch_warnings():
                if not self._verify:
                    # The user turned verification off knowingly (the dialog warns once);
                    # urllib3 would otherwise print a warning on every request of every sync.
                    warnings.simplefilter("ignore", InsecureRequestWarning)
                answer = self._session.request(
                    method, url, timeout=self.timeout, verify=self._verify, **kwargs
                )
        except requests.exceptions.SSLError:
            raise TlsError(
                f"The certificate of {self.base_url} could not be verified. Check the URL, or "
                "install the server's CA certificate; turn off verification only for a test "
                "server you trust."
            ) from None
        except requests.exceptions.Timeout:
            raise ServerUnreachable(
                f"{self.base_url} did not answer within {self.timeout:g} s."
            ) from None
        except (
            requests.exceptions.InvalidURL,
            requests.exceptions.MissingSchema,
            requests.exceptions.InvalidSchema,
        ):
            raise BadServerUrl(f"{self.base_url} is not a usable URL.") from None
        except requests.exceptions.ConnectionError:
            raise ServerUnreachable(
                f"Could not connect to {self.base_url} (refused, no route or no DNS answer)."
            ) from None
        except requests.exceptions.RequestException as exc:
            raise ServerUnreachable(
                f"The connection to {self.base_url} failed ({type(exc).__name__})."
            ) from None
        log.debug("%s %s → %s", method, where, answer.status_code)
        return answer

    def _decode(self, method: str, path: str, answer: requests.Response) -> Any:
        status = answer.status_code
        if status in (301, 302, 303, 307, 308):
            # REST 2.0 never redirects; a signed-out session is sent to the login page.
            if "/NoAuth/Login" in answer.headers.get("Location", ""):
                raise AuthenticationFailed(
                    f"Request Tracker ended the session of {self.username!r}; sign in again."
                )
            raise BadServerUrl(
                f"{self.base_url} redirects the API elsewhere; use the address it redirects to."
            )
        if status == 401:
            raise AuthenticationFailed(
                f"Request Tracker refused the credentials of {self.username!r} (401)."
            )
        if status == 403:
            raise PermissionDenied(
                f"{self.username!r} may not do this in Request Tracker ({method} {path}: "
                f"{_message(answer) or 'permission denied'})."
            )
        if status == 404:
            raise RemoteNotFound(f"Not found on the server: {path} ({_message(answer)}).")
        if status == 429 or status >= 500:
            error = ServerUnreachable(f"The server is unavailable (HTTP {status}) for {path}.")
            error.retry_after = _retry_after(answer)
            raise error
        if status >= 400:
            raise InvalidRemoteData(
                f"Request Tracker rejected {method} {path} (HTTP {status}): {_message(answer)}"
            )
        if not answer.content:
            return None
        try:
            return answer.json()
        except ValueError:
            kind = answer.headers.get("Content-Type", "unknown")
            unreadable = InvalidRemoteData(
                f"{self.base_url} answered {path} with {kind} instead of JSON; is this the "
                "address of a Request Tracker 5 server?"
            )
            # A cut-off body or a portal's/proxy's HTML page passes; retry with backoff
            # instead of stopping sync or parking the operation as failed.
            unreadable.retryable = True
            raise unreadable from None


def _message(answer: requests.Response) -> str:
    try:
        body = answer.json()
    except ValueError:
        return answer.reason or ""
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return str(body["message"]).strip()[:300]
    return answer.reason or ""


def _retry_after(answer: requests.Response) -> float | None:
    value = answer.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
