"""Small readers for RT REST 2.0 JSON: timestamps, references, custom field values, paging.

Everything here refuses shapes it does not expect with InvalidRemoteData, so a proxy's HTML
page or a truncated body never turns into half a record in the cache.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from desk_app.sync.connector import InvalidRemoteData
from desk_app.sync.rt.client import RtClient

PER_PAGE = 100  # RT caps per_page at 100
_UNSET = "1970-01-01T00:00:00Z"  # RT's "no date"


def rt_time(value: Any) -> datetime | None:
    """`2026-11-23T09:21:25Z` → aware UTC datetime; RT's 1970 "unset" → None."""
    if value in (None, "", _UNSET):
        return None
    if not isinstance(value, str):
        raise InvalidRemoteData(f"expected a timestamp, got {type(value).__name__}")
    try:
        moment = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise InvalidRemoteData(f"unreadable timestamp {value!r}") from None
    return moment.replace(tzinfo=UTC)


def required_time(value: Any) -> datetime:
    moment = rt_time(value)
    if moment is None:
        raise InvalidRemoteData("a required timestamp is missing")
    return moment


def sql_time(moment: datetime) -> str:
    """TicketSQL wants `'YYYY-MM-DD HH:MM:SS'` in UTC; an ISO `T`/`Z` string is misread."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def rt_input_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def ref_id(value: Any) -> str | None:
    """`{"id": "ana", "type": "user", ...}` → "ana"; a bare id stays as it is."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        found = value.get("id")
        return None if found is None else str(found)
    if isinstance(value, str | int):
        return str(value)
    raise InvalidRemoteData(f"unexpected reference {type(value).__name__}")


def cf_values(record: Mapping[str, Any]) -> dict[str, list[str]]:
    """Custom field values of a ticket, transaction or article, by custom field name."""
    found: dict[str, list[str]] = {}
    raw = record.get("CustomFields") or []
    if not isinstance(raw, list):
        raise InvalidRemoteData("CustomFields is not a list")
    for entry in raw:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
            raise InvalidRemoteData("a custom field entry has no name")
        values = entry.get("values") or []
        if not isinstance(values, list):
            raise InvalidRemoteData(f"values of {entry['name']!r} are not a list")
        found[str(entry["name"])] = [str(v) for v in values if v is not None]
    return found


def first(values: Mapping[str, list[str]], name: str) -> str | None:
    items = values.get(name) or []
    return items[0] if items and items[0] != "" else None


def as_object(body: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(body, Mapping):
        raise InvalidRemoteData(f"the server's answer for {what} is not a JSON object")
    return body


def page_items(body: Any, what: str) -> list[Mapping[str, Any]]:
    page = as_object(body, what)
    items = page.get("items")
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        raise InvalidRemoteData(f"the server's list of {what} has no items")
    return list(items)


def all_pages(
    client: RtClient, path: str, params: Mapping[str, Any], what: str
) -> Iterator[Mapping[str, Any]]:
    """Every item of a collection GET, following pages (for small collections)."""
    page = 1
    while True:
        body = client.get(path, {**params, "per_page": PER_PAGE, "page": page})
        items = page_items(body, what)
        yield from items
        if len(items) < PER_PAGE:
            return
        page += 1


def search_all(
    client: RtClient, path: str, query: list[dict[str, Any]], fields: str, what: str
) -> Iterator[Mapping[str, Any]]:
    """Every item of a JSON-query search (`POST /customfields`, `/articles`, ...)."""
    page = 1
    while True:
        body = client.post(path, query, {"fields": fields, "per_page": PER_PAGE, "page": page})
        items = page_items(body, what)
        yield from items
        if len(items) < PER_PAGE:
            return
        page += 1


def since_cursor(newest: datetime | None) -> str:
    """The cursor of a LastUpdated-ordered pull (articles, contracts): the newest change seen."""
    return json.dumps({"since": None if newest is None else newest.isoformat()})


def parse_since_cursor(cursor: str | None, what: str) -> datetime | None:
    if not cursor:
        return None
    try:
        since = json.loads(cursor).get("since")
        return None if since is None else datetime.fromisoformat(since).astimezone(UTC)
    except (ValueError, AttributeError, TypeError):
        raise InvalidRemoteData(f"the saved {what} cursor is unreadable") from None


def updated_pages(
    client: RtClient,
    path: str,
    query: list[dict[str, Any]],
    start: datetime | None,
    fields: str,
    what: str,
) -> Iterator[tuple[list[Mapping[str, Any]], int | None]]:
    """Pages (items, total) of a JSON search changed since `start`, oldest change first."""
    if start is not None:
        query = [*query, {"field": "LastUpdated", "operator": ">=", "value": sql_time(start)}]
    page = 1
    while True:
        params = {"fields": fields, "orderby": "LastUpdated", "order": "ASC",
                  "per_page": PER_PAGE, "page": page}  # fmt: skip
        body = client.post(path, query, params)
        items = page_items(body, what)
        total = as_object(body, what).get("total")
        yield items, total if isinstance(total, int) else None
        if len(items) < PER_PAGE:
            return
        page += 1


def one_second() -> timedelta:
    return timedelta(seconds=1)
