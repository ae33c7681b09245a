"""What the sync engine needs from a central helpdesk, in the app's own vocabulary.

A connector translates between one helpdesk's API (Request Tracker 5 first; Zendesk, Zammad
or Freshdesk later) and these plain values. The engine only ever sees this module: it keeps
the cursor, the outbox order, the three-way merge and the cache; the connector keeps the
wire format, the field mapping and the server's own quirks (page caps, timestamp precision).

Field names and values in `RemoteTicket.fields` and `PushOp.fields` are the local store's
(`subject`, `status`, `priority`, `ticket_type`, `billing`, `estimate_minutes`, ... with the
keys of domain.ticket_fields and domain.billing),
so a connector that cannot represent a value says so with InvalidRemoteData instead of
inventing one. People and users travel by natural keys (email, username), never by local ids.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal, Protocol

# --- Errors --------------------------------------------------------------------------------
# Every message is meant for the user (status bar, connection dialog, `desk-app sync`).


class ConnectorError(Exception):
    """The helpdesk could not be used for this call; `retryable` tells the scheduler."""

    retryable: bool = False
    # Seconds the server asked us to wait (HTTP 429/503 Retry-After), when it said so.
    retry_after: float | None = None


class BadServerUrl(ConnectorError):
    """The URL is not usable (scheme, host) or does not lead to a helpdesk API."""


class ServerUnreachable(ConnectorError):
    """Refused connection, DNS failure, timeout, 5xx: worth retrying later (offline)."""

    retryable = True


class AuthenticationFailed(ConnectorError):
    """401: wrong user, password or token."""


class PermissionDenied(ConnectorError):
    """403: the account may not do this."""


class TlsError(ConnectorError):
    """The server's certificate could not be verified."""


class InvalidRemoteData(ConnectorError):
    """The server answered, but not with something we can use (including RT's 200 with an
    error message list). Nothing from such an answer is written to the cache."""


class RemoteNotFound(ConnectorError):
    """The remote record does not exist (deleted on the server, or never created)."""


# --- Pulled values -------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerInfo:
    """What "test connection" shows: who we are on which server."""

    product: str  # "Request Tracker 5.0.3"
    url: str
    username: str


@dataclass(frozen=True)
class RemoteUser:
    remote_id: str
    username: str
    full_name: str
    email: str | None


@dataclass(frozen=True)
class RemoteQueue:
    remote_id: str
    name: str
    level: str | None  # "L1" | "L2" | "L3" when the queue is a level queue, else None


@dataclass(frozen=True)
class ReferenceData:
    users: tuple[RemoteUser, ...]
    queues: tuple[RemoteQueue, ...]
    # Allowed values of select-type fields as the server knows them, by local field name.
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class RemoteComment:
    """A public reply (`is_public`) or an internal note. Append-only on both sides."""

    remote_id: str
    ticket_remote_id: str
    is_public: bool
    body: str
    author_username: str | None  # an agent, or None for a requester
    author_name: str | None
    created_at: datetime  # aware, UTC
    idempotency_key: str | None  # the local uid when the comment was pushed by a Partner Desk


@dataclass(frozen=True)
class RemoteTimeEntry:
    remote_id: str
    ticket_remote_id: str
    kind: str  # "L1" | "L2" | "L3" | "quality"
    minutes: int
    username: str | None
    created_at: datetime
    idempotency_key: str | None
    started_at: datetime | None = None  # when a timer or a manual entry with a start began
    note: str | None = None  # None: the server does not say (kept as the cache has it)


@dataclass(frozen=True)
class RemoteHourConfirmation:
    """The key user's confirmation that work on a ticket may go on up to `minutes` in total
    (SPEC §6). Append-only like comments: never edited, never a conflict."""

    remote_id: str
    ticket_remote_id: str
    uid: str | None  # the confirmation's local uid, the same in every workspace
    minutes: int
    how: str  # portal, email, phone, in_person
    confirmed_at: datetime  # aware UTC
    confirmed_by_email: str | None  # the key user (a person), by e-mail
    confirmed_by_name: str | None
    recorded_by_username: str | None  # the advisor who recorded it
    note: str
    idempotency_key: str | None


@dataclass(frozen=True)
class RemoteTicket:
    """One ticket as the server has it now, with everything appended to it so far."""

    remote_id: str
    updated_at: datetime  # the server's own last-change time (RT: LastUpdated), aware UTC
    # Local field names → local values (strings, None, lists for tags, aware datetimes).
    # Includes "requester_email", "requester_name", "responsible_username" instead of ids.
    fields: Mapping[str, Any]
    idempotency_key: str | None  # the local ticket uid when a Partner Desk created it
    comments: tuple[RemoteComment, ...] = ()
    time_entries: tuple[RemoteTimeEntry, ...] = ()
    deleted: bool = False
    merged_into_remote_id: str | None = None
    hour_confirmations: tuple[RemoteHourConfirmation, ...] = ()


@dataclass(frozen=True)
class RemoteArticle:
    remote_id: str
    category_path: tuple[str, ...]  # knowledge category names, root first
    title: str
    summary: str
    body: str
    keywords: str
    is_faq: bool
    updated_at: datetime


@dataclass(frozen=True)
class RemoteSurvey:
    csat: int | None  # 1–5
    ces: int | None  # 1–7
    nps: int | None  # 0–10
    answered_at: datetime


@dataclass(frozen=True)
class RemoteCall:
    """A logged call ("call") or a survey answer without a call ("survey"), as the leader's
    app reads them back. Connectors that cannot hold calls never produce these."""

    remote_id: str
    kind: Literal["call", "survey"]
    updated_at: datetime
    idempotency_key: str | None
    advisor_username: str | None
    ticket_remote_ids: tuple[str, ...] = ()
    direction: str | None = None  # inbound, outbound
    number: str | None = None
    caller_name: str | None = None
    started_at: datetime | None = None
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    wrap_up_ended_at: datetime | None = None
    hold_seconds: int = 0
    outcome: str | None = None
    notes: str = ""
    survey: RemoteSurvey | None = None
    call_remote_id: str | None = None  # a survey answered at the end of this call


@dataclass(frozen=True)
class RemoteContract:
    """A company's package of hours as the server holds it (RT: an asset in a catalog).
    Connectors that cannot hold contracts never produce these."""

    remote_id: str
    updated_at: datetime
    idempotency_key: str | None  # the contract's local uid when a Partner Desk created it
    name: str
    company_name: str
    period_kind: str  # "monthly" | "annual"
    hours: int
    hourly_rate: Decimal
    starts_on: date
    ends_on: date
    renewable: bool
    terms_accepted_at: datetime | None = None
    terms_accepted_by_email: str | None = None


@dataclass(frozen=True)
class PullPage:
    """A batch the engine writes in one transaction together with `cursor`.

    `cursor` is opaque to the engine; handing it back to `pull_*` resumes after this page.
    A page may repeat records of the previous one (overlap); the engine de-duplicates by
    remote id and `updated_at`.
    """

    tickets: tuple[RemoteTicket, ...] = ()
    articles: tuple[RemoteArticle, ...] = ()
    cursor: str | None = None
    calls: tuple[RemoteCall, ...] = ()  # from connectors that offer pull_calls (RT does)
    total: int | None = None  # records expected in the whole pull, when the server says
    contracts: tuple[RemoteContract, ...] = ()  # from connectors that offer pull_contracts


# --- Pushed values -------------------------------------------------------------------------


@dataclass(frozen=True)
class PushOp:
    """One outbox operation, resolved to natural keys by the engine."""

    idempotency_key: str
    entity: (
        Literal["ticket", "comment", "time_entry", "hour_confirmation", "person", "company",
                "call", "article"] | str
    )  # fmt: skip
    op: str  # "create", "update", "merge", ...
    entity_uid: str
    ticket_remote_id: str | None  # the ticket it belongs to or updates, once known
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class PushResult:
    remote_id: str | None
    # True when the server already had this idempotency key: nothing was created twice.
    already_applied: bool = False
    updated_at: datetime | None = None


class Connector(Protocol):
    """A central helpdesk. Implementations hold one HTTP session; not thread-safe."""

    name: str  # "rt", used in SyncState keys

    def test_connection(self) -> ServerInfo: ...

    def ensure_setup(self) -> list[str]:
        """Create what the mapping needs on the server if missing (custom fields, classes,
        queues); returns what was created, for the log."""
        ...

    def fetch_reference(self) -> ReferenceData: ...

    def pull_tickets(self, cursor: str | None) -> Iterator[PullPage]: ...

    def pull_articles(self, cursor: str | None) -> Iterator[PullPage]: ...

    def push(self, operation: PushOp) -> PushResult:
        """Apply one operation. Must look up `idempotency_key` on the server first when the
        operation creates something, so a retry after a timeout or crash is a no-op."""
        ...

    def close(self) -> None: ...
