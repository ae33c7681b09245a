"""Create on the server what the mapping needs: queues, ticket custom fields, the calls fields.

Run by an RT administrator once (the connection dialog or `desk-app connect`); for an agent
with everything in place it only reads. Two kinds of custom field cannot be finished through
REST 2.0 in RT 5.0.3: transaction fields (the idempotency key of comments, time entries and
hour confirmations, the time kind and start, the confirmation's data) and article fields
can be created but not *applied*, so they are checked and, when missing, reported with what
an administrator must do (README, "Sync with Request Tracker 5").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desk_app.sync.connector import InvalidRemoteData, PermissionDenied
from desk_app.sync.rt import contracts, wire
from desk_app.sync.rt.client import RtClient
from desk_app.sync.rt.mapping import MULTI_VALUE_FIELDS, RtMapping

TICKET = "RT::Queue-RT::Ticket"
TRANSACTION = "RT::Queue-RT::Ticket-RT::Transaction"
ARTICLE = "RT::Class-RT::Article"
ASSET = "RT::Catalog-RT::Asset"

# Fields of the records in the calls queue (one RT ticket per call or survey answer).
CALL_FIELDS = (
    "Call Record",  # "call" | "survey"
    "Call Direction",
    "Call Number",
    "Call Caller",
    "Call Started",
    "Call Answered",
    "Call Ended",
    "Call Wrap-up Ended",
    "Call Hold Seconds",
    "Call Outcome",
    "Call Advisor",
    "Survey CSAT",
    "Survey CES",
    "Survey NPS",
    "Survey Answered",
    "Survey Call",  # the call record a survey was answered at the end of
    "Call Tickets",  # multi-valued: RT's ticket search cannot return links
)
_MULTI_CALL_FIELDS = frozenset({"Call Tickets"})


@dataclass(frozen=True)
class ServerLayout:
    """Ids of what ensure_setup found or made, for the other modules."""

    queues: dict[str, str]  # name → id


def custom_field_names(client: RtClient, lookup_type: str) -> set[str]:
    query = [{"field": "LookupType", "value": lookup_type}]
    found = wire.search_all(client, "/customfields", query, "Name,Disabled", "custom fields")
    return {str(cf["Name"]) for cf in found if str(cf.get("Disabled", "0")) == "0"}


def queue_ids(client: RtClient) -> dict[str, str]:
    items = wire.all_pages(client, "/queues/all", {"fields": "Name"}, "queues")
    return {str(q["Name"]): str(q["id"]) for q in items if "Name" in q}


def ensure_setup(client: RtClient, mapping: RtMapping) -> list[str]:
    created: list[str] = []
    queues = queue_ids(client)
    for name in (*mapping.level_queues.values(), mapping.calls_queue):
        if name not in queues:
            body = wire.as_object(client.post("/queue", {"Name": name}), "a new queue")
            queues[name] = str(body.get("id"))
            created.append(f"queue {name!r}")

    ticket_fields = custom_field_names(client, TICKET)
    wanted = [(name, local in MULTI_VALUE_FIELDS) for local, name in mapping.custom_fields.items()]
    wanted.append((mapping.ticket_key_field, False))
    for name, multi in wanted:
        if name not in ticket_fields:
            _create_cf(client, name, TICKET, queue="0", multi=multi)
            created.append(f"ticket custom field {name!r}")
    for name in CALL_FIELDS:
        if name not in ticket_fields:
            calls_queue = queues[mapping.calls_queue]
            _create_cf(client, name, TICKET, queue=calls_queue, multi=name in _MULTI_CALL_FIELDS)
            created.append(f"calls custom field {name!r}")

    transaction_fields = (mapping.entry_key_field, mapping.time_kind_field,
                          mapping.time_started_field, mapping.confirmation_field)  # fmt: skip
    missing = _missing(client, TRANSACTION, transaction_fields)
    missing += _missing(
        client,
        ARTICLE,
        (mapping.article_key_field, mapping.article_keywords_field, mapping.article_faq_field),
    )
    missing += _contract_setup(client, created)
    if missing:
        raise InvalidRemoteData(
            "Request Tracker lacks custom fields that its REST API cannot set up: "
            + ", ".join(missing)
            + ". An RT administrator must create them (Freeform, one value) and apply them "
            "globally, asset fields to their catalog (Admin → Custom Fields → Applies to); "
            "see the README."
        )
    return created


def _contract_setup(client: RtClient, created: list[str]) -> list[str]:
    """The contracts catalog (created when this account may) and its asset fields, which
    REST 2.0 can create but not apply to a catalog: those are only checked."""
    catalog = contracts.catalog_id(client)
    if catalog is None:
        try:
            client.post("/catalog", {"Name": contracts.CATALOG, "Description": "Partner Desk"})
        except PermissionDenied:
            return [f"asset catalog {contracts.CATALOG!r}"]
        created.append(f"asset catalog {contracts.CATALOG!r}")
        catalog = contracts.catalog_id(client)
    applied = {str(cf.get("id")) for cf in wire.all_pages(
        client, f"/catalog/{catalog}/customfields", {}, "catalog custom fields")}  # fmt: skip
    query = [{"field": "LookupType", "value": ASSET}]
    names = {str(cf["id"]): str(cf["Name"]) for cf in wire.search_all(
        client, "/customfields", query, "Name,Disabled", "custom fields")
        if str(cf.get("Disabled", "0")) == "0"}  # fmt: skip
    have = {name for cf_id, name in names.items() if cf_id in applied}
    return [
        f"asset field {name!r} (applied to the catalog {contracts.CATALOG!r})"
        for name in contracts.CONTRACT_FIELDS
        if name not in have
    ]


def _missing(client: RtClient, lookup_type: str, names: Iterable[str]) -> list[str]:
    have = custom_field_names(client, lookup_type)
    kind = "transaction" if lookup_type == TRANSACTION else "article"
    return [f"{kind} field {name!r}" for name in names if name not in have]


def _create_cf(client: RtClient, name: str, lookup_type: str, *, queue: str, multi: bool) -> None:
    body = {
        "Name": name,
        "Type": "Freeform",
        "MaxValues": 0 if multi else 1,
        "LookupType": lookup_type,
        "Description": "Partner Desk",
        # "Queue": 0 applies a ticket field to every queue; a queue id to that queue only.
        "Queue": int(queue),
    }
    client.post("/customfield", body)
