"""Contracts (packages of hours, SPEC §6) ↔ assets in RT's catalog "Partner Desk Contracts".

RT has no contract record; an asset is the closest thing an RT agent can see and edit. One
asset per contract: its Name is the contract's name, and asset custom fields applied to the
catalog hold the rest (CONTRACT_FIELDS): the company by name, the period kind, hours, hourly
rate, first and last day, renewal, when and by whom (e-mail) the terms were accepted, and the
contract's local uid as its idempotency key, so a create retried after a lost answer finds the
asset it already made. REST 2.0 in RT 5.0.3 can create the catalog but cannot apply asset
custom fields to it, so setup.py reports missing ones for an administrator.

The pull pages through `LastUpdated >= cursor - overlap` ordered by LastUpdated (assets are
few, like articles). RT's asset search leaves out deleted assets, so a contract deleted in
RT stays in the cache (documented in the README).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from desk_app.sync.connector import (
    InvalidRemoteData,
    PullPage,
    PushOp,
    PushResult,
    RemoteContract,
)
from desk_app.sync.rt import wire
from desk_app.sync.rt.client import RtClient, refusals
from desk_app.sync.rt.mapping import RtMapping
from desk_app.sync.rt.push import checked_key

log = logging.getLogger(__name__)

CATALOG = "Partner Desk Contracts"
KEY_FIELD = "Partner Desk Contract Key"
# Local field → asset custom field.
FIELD_NAMES = {
    "company_name": "Contract Company",
    "period_kind": "Contract Period",
    "hours": "Contract Hours",
    "hourly_rate": "Contract Hourly Rate",
    "starts_on": "Contract Starts",
    "ends_on": "Contract Ends",
    "renewable": "Contract Renewable",
    "terms_accepted_at": "Contract Terms Accepted",
    "terms_accepted_by_email": "Contract Terms Accepted By",
}
CONTRACT_FIELDS = (*FIELD_NAMES.values(), KEY_FIELD)
PERIOD_KINDS = ("monthly", "annual")
ASSET_FIELDS = "Name,Catalog,Status,LastUpdated,CustomFields"


def catalog_id(client: RtClient) -> str | None:
    items = wire.all_pages(client, "/catalogs/all", {"fields": "Name"}, "catalogs")
    return next((str(c["id"]) for c in items if c.get("Name") == CATALOG), None)


def _required_catalog(client: RtClient) -> str:
    found = catalog_id(client)
    if found is None:
        raise InvalidRemoteData(
            f"Request Tracker has no asset catalog {CATALOG!r} for contracts; an RT "
            "administrator must run the connection setup (see the README)."
        )
    return found


# --- push ------------------------------------------------------------------------------------


def _stamp(value: Any) -> str:
    if value in (None, ""):
        return ""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise InvalidRemoteData("the terms acceptance time must carry a time zone")
    return wire.rt_input_time(moment).replace(" ", "T") + "Z"


def _day(value: Any, what: str) -> str:
    try:
        return (value if isinstance(value, date) else date.fromisoformat(str(value))).isoformat()
    except ValueError:
        raise InvalidRemoteData(f"the contract's {what} {value!r} is not a date") from None


def asset_values(fields: Mapping[str, Any]) -> dict[str, str]:
    """The custom field values of a contract, checked before anything is sent."""
    period = fields.get("period_kind")
    if period not in PERIOD_KINDS:
        raise InvalidRemoteData(f"contract period {period!r} is not monthly or annual")
    try:
        hours = int(fields.get("hours") or 0)
        rate = Decimal(str(fields.get("hourly_rate")))
    except (ValueError, InvalidOperation):
        raise InvalidRemoteData("the contract's hours or hourly rate are not numbers") from None
    if hours <= 0 or rate < 0:
        raise InvalidRemoteData("a contract needs positive hours and a non-negative rate")
    company = str(fields.get("company_name") or "").strip()
    if not company:
        raise InvalidRemoteData("a contract must name its company")
    values = {
        "company_name": company,
        "period_kind": str(period),
        "hours": str(hours),
        "hourly_rate": f"{rate:.2f}",
        "starts_on": _day(fields.get("starts_on"), "start"),
        "ends_on": _day(fields.get("ends_on"), "end"),
        "renewable": "yes" if fields.get("renewable") else "no",
        "terms_accepted_at": _stamp(fields.get("terms_accepted_at")),
        "terms_accepted_by_email": str(fields.get("terms_accepted_by_email") or ""),
    }
    return {FIELD_NAMES[k]: v for k, v in values.items()}


def find_by_key(client: RtClient, catalog: str, key: str) -> Mapping[str, Any] | None:
    query = [{"field": "Catalog", "value": catalog},
             {"field": f"CF.{{{KEY_FIELD}}}", "value": checked_key(key)}]  # fmt: skip
    for item in wire.search_all(client, "/assets", query, "LastUpdated,CustomFields", "assets"):
        # Checked again: an RT that ignored the custom field condition would list everything.
        if wire.first(wire.cf_values(item), KEY_FIELD) == key:
            return item
    return None


def push(client: RtClient, op: PushOp) -> PushResult:
    # The contract's uid is the key: stable across its create and later updates.
    key = op.entity_uid
    name = str(op.fields.get("name") or "").strip()
    if not name:
        raise InvalidRemoteData("a contract needs a name")
    custom = asset_values(op.fields)
    catalog = _required_catalog(client)
    asset_id = str(op.fields.get("remote_id") or "")
    if op.op == "create" or not asset_id:
        existing = find_by_key(client, catalog, key)
        if op.op == "create" and existing is not None:
            return PushResult(str(existing["id"]), True, wire.rt_time(existing.get("LastUpdated")))
        if existing is not None:
            asset_id = str(existing["id"])
    if op.op == "create":
        body = {"Name": name, "Catalog": CATALOG, "CustomFields": {**custom, KEY_FIELD: key}}
        created = wire.as_object(client.post("/asset", body), "a new asset")
        asset_id = str(created.get("id") or "")
        if not asset_id.isdigit():
            raise InvalidRemoteData("Request Tracker created an asset but did not say its number")
    elif op.op == "update":
        if not asset_id.isdigit():
            raise InvalidRemoteData("the contract has not reached Request Tracker yet")
        messages = client.put(f"/asset/{asset_id}", {"Name": name, "CustomFields": custom})
        refused = refusals(messages)
        if refused:
            raise InvalidRemoteData(
                f"Request Tracker refused part of the change to asset {asset_id}: "
                + "; ".join(refused)
            )
    else:
        raise InvalidRemoteData(f"Request Tracker sync cannot send contract {op.op} operations")
    current = wire.as_object(
        client.get(f"/asset/{asset_id}", {"fields": "LastUpdated"}), "the asset"
    )
    return PushResult(asset_id, False, wire.rt_time(current.get("LastUpdated")))


# --- pull ------------------------------------------------------------------------------------


def pull(client: RtClient, mapping: RtMapping, cursor: str | None) -> Iterator[PullPage]:
    since = wire.parse_since_cursor(cursor, "contract")
    catalog = catalog_id(client)
    if catalog is None:  # nothing set up on this RT: no contracts to read
        yield PullPage(cursor=cursor, total=0)
        return
    query: list[dict[str, Any]] = [{"field": "Catalog", "value": catalog}]
    start = since - timedelta(seconds=mapping.overlap_seconds) if since is not None else None
    newest = since
    for items, total in wire.updated_pages(client, "/assets", query, start, ASSET_FIELDS, "assets"):
        found = []
        for item in items:
            moment = wire.required_time(item.get("LastUpdated"))
            newest = moment if newest is None else max(newest, moment)
            contract = remote_contract(item)
            if contract is not None:
                found.append(contract)
        yield PullPage(contracts=tuple(found), cursor=wire.since_cursor(newest), total=total)


def remote_contract(item: Mapping[str, Any]) -> RemoteContract | None:
    """The contract an asset holds, or None (logged) when an RT user left it incomplete or
    unreadable: one bad asset must not stop every later sync."""
    cfs = wire.cf_values(item)

    def value(local: str) -> str | None:
        return wire.first(cfs, FIELD_NAMES[local])

    try:
        period = value("period_kind")
        company = value("company_name")
        starts = date.fromisoformat(value("starts_on") or "")
        ends = date.fromisoformat(value("ends_on") or "")
        hours = int(value("hours") or "")
        rate = Decimal(value("hourly_rate") or "")
        accepted = wire.rt_time(value("terms_accepted_at"))
        if period not in PERIOD_KINDS or not company or hours <= 0 or rate < 0 or ends < starts:
            raise ValueError("out of range")
    except (ValueError, InvalidOperation, InvalidRemoteData):
        log.warning("asset %s is not a complete contract: not cached", item.get("id"))
        return None
    renewable = (value("renewable") or "yes").strip().lower()
    return RemoteContract(
        remote_id=str(item["id"]),
        updated_at=wire.required_time(item.get("LastUpdated")),
        idempotency_key=wire.first(cfs, KEY_FIELD),
        name=str(item.get("Name") or ""),
        company_name=company,
        period_kind=period,
        hours=hours,
        hourly_rate=rate,
        starts_on=starts,
        ends_on=ends,
        renewable=renewable in ("yes", "sí", "si", "true", "1"),
        terms_accepted_at=accepted,
        terms_accepted_by_email=value("terms_accepted_by_email"),
    )
