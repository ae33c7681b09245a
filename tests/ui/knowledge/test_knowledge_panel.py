"""The knowledge base page as an advisor uses it: folders, search as you type, FAQ, reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from desk_app.local_store.models import Article
from desk_app.ui import formatting
from desk_app.ui.kb_category_model import CategoryColumn
from tests.ui.knowledge.conftest import HTML_BODY


def _titles(panel) -> list[str]:
    model = panel.results_model
    return [model.index(r).data() for r in range(model.rowCount())]


def _folders(panel, parent=None) -> list:
    model = panel.folders_model
    parent = parent if parent is not None else QModelIndex()
    rows = []
    for r in range(model.rowCount(parent)):
        name = model.index(r, CategoryColumn.NAME, parent)
        count = model.index(r, CategoryColumn.COUNT, parent).data()
        rows.append((name.data(), count, _folders(panel, name)))
    return rows


def _focused(panel):
    return QApplication.focusWidget()


def _press(qtbot, panel, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the user presses it: to whichever widget has the keyboard focus."""
    qtbot.keyClick(_focused(panel), key, modifier)


def _type(qtbot, panel, text: str) -> None:
    qtbot.keyClicks(panel.search, text)
    qtbot.waitUntil(lambda: panel.current_text == panel.search.text() and panel.is_loaded)


def _click_folder(qtbot, panel, name: str) -> None:
    index = next(i for i in _all_indexes(panel.folders_model) if i.data() == name)
    rect = panel.folders.visualRect(index)
    qtbot.mouseClick(panel.folders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.is_loaded)


def _all_indexes(model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        yield index
        yield from _all_indexes(model, index)


def _click_tab(qtbot, panel, index: int) -> None:
    rect = panel.modes.tabRect(index)
    qtbot.mouseClick(panel.modes, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.is_loaded)


def test_the_folder_tree_shows_article_counts(panel, kb) -> None:
    assert _folders(panel) == [
        ("All articles", "4", []),
        ("Archivo", "0", []),
        ("Facturación", "2", [("CFDI 4.0", "1", [])]),
        ("Nóminas", "1", []),
        ("No folder", "1", []),
    ]
    assert panel.folders.currentIndex().data() == "All articles"
    # Top-level folders open, so their subfolders show without a click.
    assert panel.folders.isExpanded(panel.folders_model.index_of(kb["billing_folder"]))
    assert panel.count_label.text() == "4 articles"


def test_typing_without_accents_finds_the_accented_articles_best_first(qtbot, panel) -> None:
    _type(qtbot, panel, "facturacion")
    # The title hit ranks above the body hit.
    assert _titles(panel) == ["Facturación electrónica: primeros pasos", "Errores al timbrar CFDI"]
    assert panel.count_label.text() == "2 articles"
    first = panel.results_model.index(0)
    assert first.data(Qt.ItemDataRole.ToolTipRole).startswith("Qué necesitas antes de timbrar.")
    # The best match is previewed while the user is still typing.
    qtbot.waitUntil(lambda: panel.reader.title.text() == "Facturación electrónica: primeros pasos")


def test_the_last_word_is_a_prefix(qtbot, panel) -> None:
    _type(qtbot, panel, "recibos nom")
    assert _titles(panel) == ["Recibos de nómina"]


@pytest.mark.parametrize("typed", ['"', "*", '"*', "(", "NEAR"])
def test_search_syntax_characters_alone_do_not_break_the_search(qtbot, panel, typed) -> None:
    _type(qtbot, panel, typed)
    if typed == "NEAR":
        assert _titles(panel) == []
        assert panel.empty.isVisible()
        assert panel.empty.text() == "No articles match “NEAR”."
    else:  # nothing searchable: the whole knowledge base, as with an empty box
        assert len(_titles(panel)) == 4
        assert panel.results.isVisible()


def test_no_match_says_so_quoting_the_text_as_typed(qtbot, panel) -> None:
    _type(qtbot, panel, "<b>zzz</b>")
    assert panel.empty.isVisible()
    assert panel.empty.text() == "No articles match “<b>zzz</b>”."
    assert panel.empty.textFormat() == Qt.TextFormat.PlainText


def test_the_faq_tab_filters_the_list_and_the_folder_counts(qtbot, panel) -> None:
    _click_tab(qtbot, panel, 1)
    assert panel.faq_only
    assert _titles(panel) == ["Facturación electrónica: primeros pasos", "Recibos de nómina"]
    assert _folders(panel)[:4] == [
        ("All articles", "2", []),
        ("Archivo", "0", []),
        ("Facturación", "1", [("CFDI 4.0", "0", [])]),
        ("Nóminas", "1", []),
    ]
    _type(qtbot, panel, "timbrar")  # the FAQ about billing mentions it; the other is no FAQ
    assert _titles(panel) == ["Facturación electrónica: primeros pasos"]
    _click_tab(qtbot, panel, 0)
    assert _titles(panel) == ["Errores al timbrar CFDI", "Facturación electrónica: primeros pasos"]


def test_a_folder_lists_its_articles_and_those_of_its_subfolders(qtbot, panel) -> None:
    _click_folder(qtbot, panel, "Facturación")
    assert _titles(panel) == ["Facturación electrónica: primeros pasos", "Errores al timbrar CFDI"]
    _click_folder(qtbot, panel, "CFDI 4.0")
    assert _titles(panel) == ["Errores al timbrar CFDI"]
    _click_folder(qtbot, panel, "Archivo")
    assert panel.empty.text() == "This folder has no articles."
    _click_folder(qtbot, panel, "No folder")
    assert _titles(panel) == ["<b>Guía</b> con HTML"]
    # The folder and the FAQ filter combine; the folder stays selected across the switch.
    _click_folder(qtbot, panel, "Facturación")
    _click_tab(qtbot, panel, 1)
    assert panel.folders.currentIndex().data() == "Facturación"
    assert _titles(panel) == ["Facturación electrónica: primeros pasos"]


def test_keyboard_only_search_open_read_and_back(qtbot, panel, kb) -> None:
    panel.focus_search()
    assert _focused(panel) is panel.search
    _type(qtbot, panel, "nomina")
    _press(qtbot, panel, Qt.Key.Key_Down)  # into the results
    assert _focused(panel) is panel.results
    assert panel.results.currentIndex().row() == 0
    _press(qtbot, panel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _focused(panel) is panel.reader.body.editor)  # read by keyboard
    assert panel.reader.article.id == kb["payroll"]
    assert panel.reader.title.text() == "Recibos de nómina"
    _press(qtbot, panel, Qt.Key.Key_Escape)
    assert _focused(panel) is panel.results
    _press(qtbot, panel, Qt.Key.Key_Up)  # up from the first result: back to the search
    assert _focused(panel) is panel.search
    _press(qtbot, panel, Qt.Key.Key_Escape)  # Escape clears the search
    assert panel.search.text() == ""
    qtbot.waitUntil(lambda: panel.current_text == "" and panel.is_loaded)
    assert len(_titles(panel)) == 4


def test_enter_right_after_typing_opens_the_best_match(qtbot, panel, kb) -> None:
    panel.focus_search()
    with qtbot.waitSignal(panel.articleOpened, check_params_cb=lambda i: i == kb["errors"]):
        qtbot.keyClicks(panel.search, "301")
        _press(qtbot, panel, Qt.Key.Key_Enter)  # before the typing pause ends
    assert panel.reader.title.text() == "Errores al timbrar CFDI"
    assert _focused(panel) is panel.reader.body.editor


def test_typing_in_the_results_goes_on_with_the_search(qtbot, panel) -> None:
    panel.focus_search()
    _type(qtbot, panel, "rec")
    _press(qtbot, panel, Qt.Key.Key_Down)
    qtbot.keyClicks(_focused(panel), "ibos")
    assert panel.search.text() == "recibos"
    assert _focused(panel) is panel.search


def test_the_reader_shows_html_and_script_as_plain_characters(qtbot, panel, kb) -> None:
    panel.focus_search()
    _type(qtbot, panel, "guia")
    _press(qtbot, panel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _focused(panel) is panel.reader.body.editor)
    reader = panel.reader
    assert reader.article.id == kb["html"]
    assert reader.title.text() == "<b>Guía</b> con HTML"
    assert reader.summary.text() == "<i>resumen</i>"
    for label in (reader.title, reader.summary, reader.path, reader.updated):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert isinstance(reader.body.editor, QPlainTextEdit)  # no HTML engine, no resource loads
    assert reader.body.text() == HTML_BODY
    assert '<script>alert("x")</script>' in reader.text()
    assert reader.path.text() == "No folder"


def test_the_reader_shows_the_folder_path_and_the_updated_date(qtbot, panel, desk, kb) -> None:
    panel.open_article(kb["errors"])
    qtbot.waitUntil(lambda: panel.reader.title.text() == "Errores al timbrar CFDI")
    reader = panel.reader
    assert reader.path.text() == "Facturación › CFDI 4.0"
    assert reader.summary.text() == "Códigos 301 y 305."
    assert reader.body.text() == "El error 301 indica estructura inválida en la facturación."
    with desk.store.session() as s:
        updated = s.get(Article, kb["errors"]).updated_at
    assert reader.updated.text() == "Updated " + formatting.date_only(updated)
    assert not reader.faq.isVisibleTo(reader)
    panel.open_article(kb["intro"])
    qtbot.waitUntil(lambda: reader.faq.isVisibleTo(reader))


def test_copy_to_reply_sends_summary_and_body(qtbot, panel, kb) -> None:
    action = next(a for a in panel.findChildren(QAction) if a.objectName() == "kbCopyToReply")
    assert QKeySequence("Ctrl+Shift+Return") in action.shortcuts()
    panel.open_article(kb["payroll"])
    qtbot.waitUntil(lambda: panel.reader.title.text() == "Recibos de nómina")
    panel.focus_search()
    with qtbot.waitSignal(panel.insertText) as inserted:
        _press(
            qtbot,
            panel,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert inserted.args == ["Complemento 1.2.\n\nVerifica CURP y NSS."]
    with qtbot.waitSignal(panel.insertText) as clicked:
        qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert clicked.args == inserted.args


def test_focus_search_selects_what_was_typed(qtbot, panel) -> None:
    _type(qtbot, panel, "cfdi")
    panel.results.setFocus()
    panel.focus_search()
    assert _focused(panel) is panel.search
    assert panel.search.selectedText() == "cfdi"


def test_refresh_after_a_sync_updates_counts_in_place(qtbot, panel, desk, kb) -> None:
    _click_folder(qtbot, panel, "Nóminas")
    with desk.store.transaction() as s:
        s.add(Article(title="Cálculo de finiquito", category_id=kb["payroll_folder"]))
    with qtbot.assertNotEmitted(panel.folders_model.modelReset):
        panel.refresh()
        qtbot.waitUntil(lambda: panel.is_loaded and _folders(panel)[3] == ("Nóminas", "2", []))
    assert panel.folders.currentIndex().data() == "Nóminas"  # the user's place is kept
    assert _titles(panel) == ["Cálculo de finiquito", "Recibos de nómina"]


def test_an_empty_knowledge_base_says_where_articles_come_from(qtbot, make_panel) -> None:
    panel = make_panel()
    assert not panel.is_loaded  # nothing is queried before the page is shown
    with qtbot.waitSignal(panel.loaded):
        panel.window().show()
    assert "knowledge base is empty" in panel.empty.text()
    assert _folders(panel) == [("All articles", "0", [])]
    assert not panel.copy_action.isEnabled()
