"""RtConnector: the Connector protocol over Request Tracker 5's REST 2.0."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, Literal
from urllib.parse import quote

from desk_app.domain import ticket_fields as tf
from desk_app.sync.connector import (
    BadServerUrl,
    InvalidRemoteData,
    PullPage,
    PushOp,
    PushResult,
    ReferenceData,
    RemoteNotFound,
    RemoteQueue,
    RemoteUser,
    ServerInfo,
)
from desk_app.sync.rt import articles, calls, contracts, push, wire
from desk_app.sync.rt.client import RtClient
from desk_app.sync.rt.mapping import RtMapping
from desk_app.sync.rt.pull import TicketPull
from desk_app.sync.rt.setup import (
    TICKET,
    TRANSACTION,
    custom_field_names,
    ensure_setup,
    queue_ids,
)

_SYSTEM_USERS = ("root", "RT_System", "Nobody")

_CHOICES: dict[str, tuple[str, ...]] = {
    "criticality": tuple(tf.Criticality),
    "flag": tuple(tf.Flag),
    "ticket_type": tuple(tf.TicketType),
    "subject_kind": tuple(tf.SubjectKind),
    "level": tuple(tf.Level),
    "channel": tuple(tf.Channel),
    "priority": tuple(tf.Priority),
}


class RtConnector:
    """Request Tracker 5. One HTTP session; not thread-safe (one sync at a time)."""

    name = "rt"

    def __init__(
        self,
        base_url: str,
        username: str,
        secret: str,
        *,
        auth: Literal["password", "token"] = "password",
        verify_tls: bool = True,
        timeout: float = 15.0,
        mapping: RtMapping | None = None,
    ) -> None:
        self.mapping = mapping or RtMapping()
        self.client = RtClient(
            base_url, username, secret, auth=auth, verify_tls=verify_tls, timeout=timeout
        )
        self._known_ticket_fields: set[str] | None = None
        self._known_txn_fields: set[str] | None = None

    def __repr__(self) -> str:
        return f"RtConnector({self.client.base_url!r}, user={self.client.username!r})"

    def test_connection(self) -> ServerInfo:
        try:
            body = self.client.get("/rt")
        except (RemoteNotFound, InvalidRemoteData):
            raise BadServerUrl(
                f"{self.client.base_url} does not offer Request Tracker's REST 2.0 API."
            ) from None
        info = wire.as_object(body, "the server version")
        version = info.get("Version")
        if not isinstance(version, str):
            raise BadServerUrl(f"{self.client.base_url} did not say which RT version it runs.")
        # The Debian package reports "5.0.3+dfsg-3~deb12u6": keep the upstream part.
        upstream = version.split("+", 1)[0]
        return ServerInfo(f"Request Tracker {upstream}", self.client.base_url, self.client.username)

    def ensure_setup(self) -> list[str]:
        self._known_ticket_fields = self._known_txn_fields = None  # it may create some
        return ensure_setup(self.client, self.mapping)

    def fetch_reference(self) -> ReferenceData:
        query = [{"field": "Privileged", "value": 1}]
        found = wire.search_all(
            self.client, "/users", query, "Name,RealName,EmailAddress,Disabled,Privileged", "users"
        )
        users = tuple(
            RemoteUser(
                remote_id=str(u["Name"]),
                username=str(u["Name"]),
                full_name=str(u.get("RealName") or u["Name"]),
                email=str(u["EmailAddress"]) if u.get("EmailAddress") else None,
            )
            for u in self._agents(found)
        )
        queues = tuple(
            RemoteQueue(qid, name, self.mapping.level_of_queue(name))
            for name, qid in sorted(queue_ids(self.client).items())
            if name != self.mapping.calls_queue
        )
        return ReferenceData(users=users, queues=queues, choices=dict(_CHOICES))

    def _agents(self, found: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """The privileged, enabled users among a user search's answer.

        RT shows Privileged and Disabled (and lets one search by them) only to AdminUsers; an
        advisor gets those columns blank and the whole user list. Then each candidate's own
        record, which any agent may read, tells. Users travel by name (their id for an
        advisor is the name too), so admins and advisors agree on the remote id.
        """
        agents = []
        for user in found:
            name = user.get("Name")
            if not isinstance(name, str) or name in _SYSTEM_USERS:
                continue
            if user.get("Privileged") in ("", None):
                record = self.client.get("/user/" + quote(name, safe=""))
                user = {**user, **wire.as_object(record, "a user")}
            if str(user.get("Disabled") or "0") == "0" and str(user.get("Privileged")) == "1":
                agents.append(user)
        return agents

    def pull_tickets(self, cursor: str | None) -> Iterator[PullPage]:
        return TicketPull(self.client, self.mapping).pages(cursor)

    def cursor_since(self, moment: datetime) -> str:
        """A ticket cursor that starts at `moment` (RT-specific; not in the protocol)."""
        return TicketPull(self.client, self.mapping).cursor_since(moment)

    def pull_calls(self, cursor: str | None) -> Iterator[PullPage]:
        """Call records and survey answers (PullPage.calls), for the leader's app."""
        return TicketPull(self.client, self.mapping, calls=True).pages(cursor)

    def calls_cursor_since(self, moment: datetime) -> str:
        return TicketPull(self.client, self.mapping, calls=True).cursor_since(moment)

    def pull_contracts(self, cursor: str | None) -> Iterator[PullPage]:
        """Contracts held as assets (PullPage.contracts); not in the Connector protocol."""
        return contracts.pull(self.client, self.mapping, cursor)

    def pull_articles(self, cursor: str | None) -> Iterator[PullPage]:
        return articles.pull(self.client, self.mapping, cursor)

    def push(self, operation: PushOp) -> PushResult:
        entity, op = operation.entity, operation.op
        if entity == "ticket" and op == "create":
            return push.create_ticket(self.client, self.mapping, operation, self._ticket_fields)
        if entity == "ticket" and op == "update":
            return push.update_ticket(self.client, self.mapping, operation, self._ticket_fields)
        if entity == "ticket" and op == "merge":
            return push.merge_ticket(self.client, operation)
        if entity in ("comment", "time_entry", "hour_confirmation") and op == "create":
            return push.add_entry(self.client, self.mapping, operation, self._txn_fields)
        if entity == "article":
            return articles.push(self.client, self.mapping, operation)
        if entity in ("call", "survey"):
            return calls.push(self.client, self.mapping, operation)
        if entity == "contract":
            return contracts.push(self.client, operation)
        if entity in ("person", "company", "follow_up", "presence"):
            # Nothing in RT to write: it creates requesters from a ticket's requestor address
            # and has no company record (both travel with the tickets that name them), a
            # follow-up is one advisor's reminder that stays in that advisor's workspace, and
            # RT has no presence (the leader's board reads the local presence events).
            return PushResult(remote_id=None, already_applied=True)
        raise InvalidRemoteData(f"Request Tracker sync cannot send {entity} {op} operations")

    def _ticket_fields(self) -> set[str]:
        """Ticket custom fields RT has, read once per connection (pushes check against it)."""
        if self._known_ticket_fields is None:
            self._known_ticket_fields = custom_field_names(self.client, TICKET)
        return self._known_ticket_fields

    def _txn_fields(self) -> set[str]:
        if self._known_txn_fields is None:
            self._known_txn_fields = custom_field_names(self.client, TRANSACTION)
        return self._known_txn_fields

    def close(self) -> None:
        self.client.close()
