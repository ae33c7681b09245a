"""Knowledge articles ↔ RT articles, categories ↔ article classes, against the real RT."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desk_app.local_store.base import new_uid
from desk_app.sync.connector import PermissionDenied, PushOp, RemoteArticle
from desk_app.sync.rt import RtConnector


@pytest.fixture
def ana(rt_server: Any) -> Iterator[RtConnector]:
    connector = RtConnector(rt_server.url, "ana", rt_server.users["ana"])
    yield connector
    connector.close()


def article_op(title: str, path: tuple[str, ...] = ("Facturación",)) -> PushOp:
    uid = new_uid()
    fields = {
        "title": title,
        "summary": "Pasos para timbrar una factura",
        "body": "1. Abrir el módulo.\n2. Timbrar.",
        "keywords": "sat cfdi timbrado",
        "is_faq": True,
        "category_path": path,
    }
    return PushOp(uid, "article", "create", uid, None, fields)


def pulled(connector: RtConnector, cursor: str | None = None) -> dict[str, RemoteArticle]:
    return {a.remote_id: a for page in connector.pull_articles(cursor) for a in page.articles}


def test_article_round_trip_and_retry(ana, rt_admin, rt_server, unique) -> None:
    op = article_op(unique("Cómo timbrar"))
    first = ana.push(op)
    again = ana.push(op)  # lost answer, same operation again
    assert not first.already_applied and again.already_applied
    assert again.remote_id == first.remote_id

    article = pulled(ana)[first.remote_id]
    assert article.title == op.fields["title"]
    assert article.summary == op.fields["summary"]
    assert article.body == op.fields["body"]
    assert article.keywords == "sat cfdi timbrado"
    assert article.is_faq is True
    assert article.category_path == ("Facturación",)

    found = rt_admin.post(
        f"{rt_server.rest}/articles", json=[{"field": "Name", "value": op.fields["title"]}]
    ).json()
    assert found["total"] == 1


def test_update_and_third_user_article_are_pulled(ana, rt_admin, rt_server, unique) -> None:
    created = ana.push(article_op(unique("Contraseña")))
    cursor = None
    for page in ana.pull_articles(None):
        cursor = page.cursor or cursor
    update = PushOp(new_uid(), "article", "update", "uid", created.remote_id,
                    {"body": "Nuevo texto", "is_faq": False})  # fmt: skip
    ana.push(update)
    answer = rt_admin.post(
        f"{rt_server.rest}/article",
        json={
            "Class": "Configuración",
            "Name": unique("Desde RT"),
            "Summary": "escrito en RT",
            "CustomFields": {"Content": "Texto de RT"},
        },
    )
    assert answer.status_code == 201
    later = pulled(ana, cursor)
    assert later[created.remote_id].body == "Nuevo texto"
    assert later[created.remote_id].is_faq is False
    third = later[str(answer.json()["id"])]
    assert third.category_path == ("Configuración",)
    assert third.body == "Texto de RT" and third.keywords == ""


def test_new_category_needs_an_rt_admin(ana, rt_server, unique) -> None:
    path = ("Nómina", unique("Timbrado"))
    with pytest.raises(PermissionDenied, match="RT administrator"):
        ana.push(article_op(unique("sin clase"), path))
    root = RtConnector(rt_server.url, "root", rt_server.users["root"])
    result = root.push(article_op(unique("con clase"), path))
    assert pulled(ana)[result.remote_id].category_path == path
