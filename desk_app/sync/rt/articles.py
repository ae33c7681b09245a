"""Knowledge categories ↔ RT article classes, articles ↔ RT articles.

RT classes are flat, so a nested knowledge category travels as one class named by its path
("Facturación › Timbrado"). The article's title is the RT Name, its summary the Summary;
body, keywords and the FAQ mark live in the article custom fields "Content" (RT's own),
"Keywords" and "FAQ" ("yes"/"no"), and a pushed article carries its idempotency key in
"Partner Desk Article Key". Articles are few next to tickets: the pull pages by number
through `LastUpdated >= cursor - overlap`, ordered by LastUpdated.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import timedelta
from typing import Any

from desk_app.sync.connector import (
    InvalidRemoteData,
    PermissionDenied,
    PullPage,
    PushOp,
    PushResult,
    RemoteArticle,
)
from desk_app.sync.rt import wire
from desk_app.sync.rt.client import RtClient, refusals
from desk_app.sync.rt.mapping import CATEGORY_SEPARATOR, RtMapping
from desk_app.sync.rt.push import checked_key

ARTICLE_FIELDS = "Name,Summary,Class,LastUpdated,Disabled,CustomFields"
BODY_FIELD = "Content"


def class_names(client: RtClient) -> dict[str, str]:
    """Class id → name."""
    items = wire.all_pages(client, "/classes/all", {"fields": "Name"}, "article classes")
    return {str(c["id"]): str(c["Name"]) for c in items if "Name" in c}


def pull(client: RtClient, mapping: RtMapping, cursor: str | None) -> Iterator[PullPage]:
    since = wire.parse_since_cursor(cursor, "article")
    classes = class_names(client)
    start = since - timedelta(seconds=mapping.overlap_seconds) if since else None
    query: list[dict[str, Any]] = [{"field": "Disabled", "value": 0}]
    newest = since
    pages = wire.updated_pages(client, "/articles", query, start, ARTICLE_FIELDS, "articles")
    for items, total in pages:
        articles = tuple(remote_article(item, classes, mapping) for item in items)
        for article in articles:
            newest = article.updated_at if newest is None else max(newest, article.updated_at)
        yield PullPage(articles=articles, cursor=wire.since_cursor(newest), total=total)


def remote_article(
    item: Mapping[str, Any], classes: Mapping[str, str], mapping: RtMapping
) -> RemoteArticle:
    cfs = wire.cf_values(item)
    class_name = classes.get(wire.ref_id(item.get("Class")) or "", "")
    faq = (wire.first(cfs, mapping.article_faq_field) or "").strip().lower()
    return RemoteArticle(
        remote_id=str(item["id"]),
        category_path=tuple(class_name.split(CATEGORY_SEPARATOR)) if class_name else (),
        title=str(item.get("Name") or ""),
        summary=str(item.get("Summary") or ""),
        body=wire.first(cfs, BODY_FIELD) or "",
        keywords=wire.first(cfs, mapping.article_keywords_field) or "",
        is_faq=faq in ("yes", "sí", "si", "true", "1"),
        updated_at=wire.required_time(item.get("LastUpdated")),
    )


def find_by_key(client: RtClient, mapping: RtMapping, key: str) -> Mapping[str, Any] | None:
    name = mapping.article_key_field
    query = [{"field": f"CF.{{{name}}}", "value": checked_key(key)}]
    for item in wire.search_all(client, "/articles", query, "LastUpdated,CustomFields", "articles"):
        # Checked again here: an RT that ignored the custom field condition lists everything.
        if wire.first(wire.cf_values(item), name) == key:
            return item
    return None


def _class_for(client: RtClient, path: Any) -> str:
    name = CATEGORY_SEPARATOR.join(str(p) for p in path or ()) or "General"
    if name in class_names(client).values():
        return name
    try:
        client.post("/class", {"Name": name, "Description": "Partner Desk knowledge category"})
    except PermissionDenied:
        raise PermissionDenied(
            f"Request Tracker has no article class {name!r} and this account may not create "
            "one; ask an RT administrator to add it."
        ) from None
    return name


def _values(op: PushOp, mapping: RtMapping, client: RtClient) -> dict[str, Any]:
    f = op.fields
    body: dict[str, Any] = {}
    if "title" in f:
        body["Name"] = str(f["title"] or "")
    if "summary" in f:
        body["Summary"] = str(f["summary"] or "")
    if "category_path" in f:
        body["Class"] = _class_for(client, f["category_path"])
    custom: dict[str, str] = {}
    if "body" in f:
        custom[BODY_FIELD] = str(f["body"] or "")
    if "keywords" in f:
        custom[mapping.article_keywords_field] = str(f["keywords"] or "")
    if "is_faq" in f:
        custom[mapping.article_faq_field] = "yes" if f["is_faq"] else "no"
    if custom:
        body["CustomFields"] = custom
    return body


def push(client: RtClient, mapping: RtMapping, op: PushOp) -> PushResult:
    if op.op == "create":
        existing = find_by_key(client, mapping, op.idempotency_key)
        if existing is not None:
            when = wire.rt_time(existing.get("LastUpdated"))
            return PushResult(str(existing["id"]), True, when)
        body = _values(op, mapping, client)
        body.setdefault("Class", "General")
        body.setdefault("CustomFields", {})[mapping.article_key_field] = op.idempotency_key
        created = wire.as_object(client.post("/article", body), "a new article")
        article_id = str(created.get("id") or "")
    elif op.op == "update":
        article_id = str(op.fields.get("remote_id") or op.ticket_remote_id or "")
        if not article_id.isdigit():
            raise InvalidRemoteData("an article update needs the article's number in RT")
        messages = client.put(f"/article/{article_id}", _values(op, mapping, client))
        refused = refusals(messages)
        if refused:
            raise InvalidRemoteData(
                f"Request Tracker refused part of the change to article {article_id}: "
                + "; ".join(refused)
            )
    else:
        raise InvalidRemoteData(f"Request Tracker sync cannot send article {op.op} operations")
    current = wire.as_object(
        client.get(f"/article/{article_id}", {"fields": "LastUpdated"}), "the article"
    )
    return PushResult(article_id, False, wire.rt_time(current.get("LastUpdated")))
