"""The knowledge base's item models, checked by qtmodeltester with real data shapes."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt

from desk_app.local_store.article_queries import (
    UNCATEGORIZED,
    ArticleHit,
    CannedView,
    CategoryNode,
    CategoryTree,
)
from desk_app.ui.kb_canned_model import CANNED_BODY_ROLE, CannedFilterModel, CannedListModel
from desk_app.ui.kb_category_model import (
    ALL_ARTICLES,
    CATEGORY_ID_ROLE,
    CategoryColumn,
    KbCategoryModel,
)
from desk_app.ui.kb_results import ARTICLE_ID_ROLE, IS_FAQ_ROLE, ArticleResultsModel

T0 = datetime(2026, 3, 2, tzinfo=UTC)


def _tree(cfdi_count: int = 1, *, with_payroll: bool = True) -> CategoryTree:
    cfdi = CategoryNode(4, "CFDI 4.0", cfdi_count, ())
    roots = [CategoryNode(1, "Facturación", cfdi_count + 1, (cfdi,))]
    if with_payroll:
        roots.append(CategoryNode(2, "Nóminas", 3, ()))
    return CategoryTree(tuple(roots), cfdi_count + 5, 1)


def test_the_category_model_passes_the_model_tester(qtmodeltester) -> None:
    model = KbCategoryModel()
    qtmodeltester.check(model)  # empty: just "All articles"
    model.set_tree(_tree())
    qtmodeltester.check(model)
    model.set_tree(_tree(with_payroll=False))  # a folder went away: a reset
    qtmodeltester.check(model)


def test_the_category_model_rows_and_keys() -> None:
    model = KbCategoryModel()
    model.set_tree(_tree())
    top = [model.index(r, CategoryColumn.NAME).data() for r in range(model.rowCount())]
    assert top == ["All articles", "Facturación", "Nóminas", "No folder"]
    keys = [model.index(r, 0).data(CATEGORY_ID_ROLE) for r in range(model.rowCount())]
    assert keys == [ALL_ARTICLES, 1, 2, UNCATEGORIZED]
    billing = model.index(1, CategoryColumn.NAME)
    child = model.index(0, CategoryColumn.NAME, billing)
    assert (child.data(), model.index(0, CategoryColumn.COUNT, billing).data()) == ("CFDI 4.0", "1")
    assert model.parent(child) == billing
    assert model.index_of(4) == child
    assert not model.index_of(99).isValid()
    assert model.key(QModelIndex()) == ALL_ARTICLES
    assert model.rowCount(model.index(1, CategoryColumn.COUNT)) == 0  # only column 0 has children
    assert "2 article" in billing.data(Qt.ItemDataRole.ToolTipRole)


def test_new_counts_for_the_same_folders_update_in_place(qtbot) -> None:
    model = KbCategoryModel()
    model.set_tree(_tree())
    child = model.index(0, CategoryColumn.COUNT, model.index(1, 0))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_tree(_tree(cfdi_count=7))
    assert child.data() == "7"
    assert model.index(0, CategoryColumn.COUNT).data() == "12"


def _hit(article_id: int, title: str, *, faq: bool = False) -> ArticleHit:
    return ArticleHit(article_id, title, f"Resumen de {title}", faq, "Facturación", T0)


def test_the_results_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ArticleResultsModel()
    qtmodeltester.check(model)
    model.set_hits([_hit(3, "Timbrado", faq=True), _hit(1, "<b>Cancelación</b>")])
    qtmodeltester.check(model)
    assert model.ids() == [3, 1]
    assert model.row_of(1) == 1 and model.row_of(42) is None
    assert model.index(1).data() == "<b>Cancelación</b>"
    assert model.index(0).data(ARTICLE_ID_ROLE) == 3
    assert model.index(0).data(IS_FAQ_ROLE) is True
    model.set_hits([])
    qtmodeltester.check(model)


def test_the_canned_models_pass_the_model_tester(qtmodeltester) -> None:
    source = CannedListModel()
    proxy = CannedFilterModel()
    proxy.setSourceModel(source)
    qtmodeltester.check(source)
    qtmodeltester.check(proxy)
    source.set_items([
        CannedView(1, "Saludo inicial", "Hola {cliente}", "es"),
        CannedView(2, "Confirmación de más de 2 horas", "{cliente}, más de 2 horas", "es"),
    ])  # fmt: skip
    qtmodeltester.check(source)
    proxy.set_query("confirmacion")
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Confirmación de más de 2 horas"
    ]
    assert proxy.index(0, 0).data(CANNED_BODY_ROLE) == "{cliente}, más de 2 horas"
    proxy.set_query("")
    assert proxy.rowCount() == 2
