"""Knowledge-base reads on a real store: folder counts, search, filters, the reader, templates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.local_store.article_queries import (
    SUMMARY_CHARS,
    UNCATEGORIZED,
    article,
    article_hits,
    article_ids,
    canned_responses,
    category_tree,
)
from desk_app.local_store.models import Article, CannedResponse, KbCategory

T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


@pytest.fixture
def kb(store) -> dict[str, int]:
    """Facturación (with a CFDI 4.0 subfolder), Nóminas, an empty folder, and loose articles."""
    ids: dict[str, int] = {}
    with store.transaction() as s:
        billing = KbCategory(name="Facturación")
        payroll = KbCategory(name="Nóminas")
        empty = KbCategory(name="Archivo")
        s.add_all([billing, payroll, empty])
        s.flush()
        cfdi = KbCategory(name="CFDI 4.0", parent_id=billing.id)
        s.add(cfdi)
        s.flush()
        articles = {
            "intro": Article(title="Facturación electrónica: primeros pasos",
                             summary="Qué necesitas antes de timbrar.", body="Carga tu CSD.",
                             category_id=billing.id, is_faq=True,
                             updated_at=T0 - timedelta(days=1)),
            "errors": Article(title="Errores al timbrar", summary="Códigos 301 y 305.",
                              body="El error 301 indica una estructura inválida en la "
                                   "facturacion.", keywords="cfdi sat",
                              category_id=cfdi.id, updated_at=T0 - timedelta(days=3)),
            "payroll": Article(title="Recibos de nómina", summary="Complemento 1.2.",
                               body="Verifica CURP y NSS.", category_id=payroll.id,
                               is_faq=True, updated_at=T0 - timedelta(days=2)),
            "loose": Article(title="Guía sin carpeta", summary="x" * (SUMMARY_CHARS + 50),
                             body="<script>alert(1)</script>", updated_at=T0),
            "draft": Article(title="Borrador de facturación", body="aún no publicado",
                             category_id=billing.id, state="draft", updated_at=T0),
        }  # fmt: skip
        s.add_all(articles.values())
        s.add_all([
            CannedResponse(title="Saludo inicial", body="Hola {cliente}", language="es"),
            CannedResponse(title="ámbito del servicio", body="...", language="es"),
            CannedResponse(title="Greeting", body="Hello {customer}", language="en"),
            CannedResponse(title="Cierre", body="Gracias, {cliente}", language="es"),
        ])  # fmt: skip
        s.flush()
        ids.update({key: a.id for key, a in articles.items()})
        ids.update(billing_folder=billing.id, cfdi_folder=cfdi.id, payroll_folder=payroll.id,
                   empty_folder=empty.id)  # fmt: skip
    return ids


def _shape(nodes) -> list:
    return [(n.name, n.article_count, _shape(n.children)) for n in nodes]


def test_the_tree_counts_published_articles_with_their_subfolders(store, kb) -> None:
    with store.session() as s:
        tree = category_tree(s)
    assert _shape(tree.roots) == [
        ("Archivo", 0, []),
        ("Facturación", 2, [("CFDI 4.0", 1, [])]),  # the draft is not counted
        ("Nóminas", 1, []),
    ]
    assert (tree.total, tree.uncategorized) == (4, 1)


def test_the_faq_tree_counts_only_faq(store, kb) -> None:
    with store.session() as s:
        tree = category_tree(s, faq_only=True)
    assert _shape(tree.roots) == [
        ("Archivo", 0, []),
        ("Facturación", 1, [("CFDI 4.0", 0, [])]),
        ("Nóminas", 1, []),
    ]
    assert (tree.total, tree.uncategorized) == (2, 0)


def test_folders_in_a_parent_loop_or_without_parent_come_up_to_the_top(store, kb) -> None:
    # Server data we do not control: a → b → a, and a folder whose parent was deleted.
    with store.transaction() as s:
        a, b = KbCategory(name="Bucle A"), KbCategory(name="Bucle B")
        s.add_all([a, b])
        s.flush()
        a.parent_id, b.parent_id = b.id, a.id
        s.add(Article(title="En el bucle", category_id=b.id, updated_at=T0))
    # Foreign keys can only be switched off outside a transaction: the driver's connection.
    raw = store.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA foreign_keys=OFF")
        raw.driver_connection.execute(
            "INSERT INTO kb_categories (name, parent_id) VALUES ('Huérfana', 9999)"
        )
    finally:
        raw.driver_connection.execute("PRAGMA foreign_keys=ON")
        raw.close()
    with store.session() as s:
        tree = category_tree(s)
        assert ("Bucle A", 1, [("Bucle B", 1, [])]) in _shape(tree.roots)
        assert ("Huérfana", 0, []) in _shape(tree.roots)
        assert article_ids(s, "", category_id=a.id) == [
            i for i in article_ids(s, "bucle") if i != kb["loose"]
        ]
        assert article(s, article_ids(s, "bucle")[0]).category_path == ("Bucle A", "Bucle B")


def test_search_ignores_accents_and_case_and_puts_the_title_first(store, kb) -> None:
    with store.session() as s:
        # "facturacion" is in the title of one and the body of the other: title first.
        assert article_ids(s, "FACTURACION") == [kb["intro"], kb["errors"]]
        assert article_ids(s, "nómina") == article_ids(s, "nomina") == [kb["payroll"]]
        assert article_ids(s, "timbr") == [kb["errors"], kb["intro"]]  # prefix, as you type


@pytest.mark.parametrize("typed", ['"', "*", '"factura', "NEAR(", "a OR", "^", "(((", "-"])
def test_search_syntax_typed_by_people_never_raises(store, kb, typed) -> None:
    with store.session() as s:
        assert isinstance(article_ids(s, typed), list)


def test_empty_text_lists_newest_first_without_drafts(store, kb) -> None:
    with store.session() as s:
        assert article_ids(s, "   ") == [kb["loose"], kb["intro"], kb["payroll"], kb["errors"]]
        assert kb["draft"] not in article_ids(s, "borrador")


def test_filters_faq_folder_with_subfolders_and_no_folder(store, kb) -> None:
    with store.session() as s:
        assert article_ids(s, "", faq_only=True) == [kb["intro"], kb["payroll"]]
        assert article_ids(s, "", category_id=kb["billing_folder"]) == [kb["intro"], kb["errors"]]
        assert article_ids(s, "301", category_id=kb["billing_folder"]) == [kb["errors"]]
        assert article_ids(s, "301", category_id=kb["payroll_folder"]) == []
        assert article_ids(s, "", category_id=kb["cfdi_folder"], faq_only=True) == []
        assert article_ids(s, "", category_id=UNCATEGORIZED) == [kb["loose"]]
        assert article_ids(s, "guia", category_id=UNCATEGORIZED) == [kb["loose"]]
        assert article_ids(s, "", category_id=kb["empty_folder"]) == []


def test_hits_keep_the_order_asked_and_cut_long_summaries(store, kb) -> None:
    with store.session() as s:
        hits = article_hits(s, [kb["errors"], 9999, kb["loose"]])
    assert [h.id for h in hits] == [kb["errors"], kb["loose"]]
    assert hits[0].category == "CFDI 4.0" and hits[0].is_faq is False
    assert hits[1].category is None and len(hits[1].summary) == SUMMARY_CHARS


def test_article_has_its_folder_path_and_raw_text(store, kb) -> None:
    with store.session() as s:
        view = article(s, kb["errors"])
        loose = article(s, kb["loose"])
        assert article(s, 9999) is None
    assert view is not None and view.category_path == ("Facturación", "CFDI 4.0")
    assert view.updated_at == T0 - timedelta(days=3)
    assert loose is not None and loose.category_path == ()
    assert loose.body == "<script>alert(1)</script>"


def test_canned_responses_sorted_as_read_optionally_by_language(store, kb) -> None:
    with store.session() as s:
        titles = [c.title for c in canned_responses(s)]
        spanish = [c.title for c in canned_responses(s, languages=["es"])]
    assert titles == ["ámbito del servicio", "Cierre", "Greeting", "Saludo inicial"]
    assert spanish == ["ámbito del servicio", "Cierre", "Saludo inicial"]
