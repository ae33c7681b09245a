"""The canned-response picker as an advisor uses it while writing a reply."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desk_app.services.knowledge import KnowledgeService
from desk_app.ui.canned_picker import CannedPicker

# A dialog is a top-level window: the offscreen platform warns when its size hints change.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ALL_TITLES = [
    "Cierre por solución",
    "Confirmación de más de 2 horas",
    "Saludo inicial",
    "Solicitar evidencia",
]


def _open(qtbot, picker, ticket=57, customer="María Pérez Gómez", advisor="Ana López") -> None:
    with qtbot.waitSignal(picker.loaded):
        picker.open_for(ticket, customer, advisor)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.filter)


def _press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_type_a_filter_press_enter_and_the_filled_text_is_chosen(qtbot, picker) -> None:
    _open(qtbot, picker)
    assert picker.isVisible()
    assert picker.visible_titles() == ALL_TITLES
    qtbot.keyClicks(QApplication.focusWidget(), "saludo")
    assert picker.visible_titles() == ["Saludo inicial"]
    expected = "Hola María Pérez Gómez, soy Ana López. Revisamos el ticket #57."
    assert picker.preview.toPlainText() == expected  # what will be inserted, before choosing
    with qtbot.waitSignal(picker.chosen) as chosen:
        _press(qtbot, Qt.Key.Key_Return)
    assert chosen.args == [expected]
    assert not picker.isVisible()
    assert picker.result() == QDialog.DialogCode.Accepted


def test_the_filter_ignores_accents_and_case_and_matches_the_body(qtbot, picker) -> None:
    _open(qtbot, picker)
    qtbot.keyClicks(picker.filter, "CONFIRMACION mas")
    assert picker.visible_titles() == ["Confirmación de más de 2 horas"]
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "captura")  # only in the body
    assert picker.visible_titles() == ["Solicitar evidencia"]


def test_up_and_down_choose_while_the_cursor_stays_in_the_filter(qtbot, picker) -> None:
    _open(qtbot, picker)
    assert picker.list.currentIndex().row() == 0
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is picker.filter
    assert picker.list.currentIndex().data() == "Saludo inicial"
    with qtbot.waitSignal(picker.chosen) as chosen:
        _press(qtbot, Qt.Key.Key_Enter)
    assert chosen.args[0].startswith("Hola María Pérez Gómez")


def test_escape_closes_without_inserting_anything(qtbot, picker) -> None:
    _open(qtbot, picker)
    qtbot.keyClicks(picker.filter, "cierre")
    with qtbot.assertNotEmitted(picker.chosen):
        _press(qtbot, Qt.Key.Key_Escape)
    assert not picker.isVisible()
    assert picker.result() == QDialog.DialogCode.Rejected


def test_unknown_placeholders_and_missing_values_stay_for_the_advisor(qtbot, picker) -> None:
    _open(qtbot, picker, ticket="RT-4521", customer=None)
    qtbot.keyClicks(picker.filter, "cierre")
    with qtbot.waitSignal(picker.chosen) as chosen:
        _press(qtbot, Qt.Key.Key_Return)
    assert chosen.args == ["{cliente}, damos por resuelto el ticket RT-4521. {firma}"]


def test_no_match_says_so_and_enter_does_nothing(qtbot, picker) -> None:
    _open(qtbot, picker)
    qtbot.keyClicks(picker.filter, "zzz")
    assert picker.visible_titles() == []
    assert picker.empty.isVisible()
    assert picker.empty.text() == "No canned response matches “zzz”."
    with qtbot.assertNotEmitted(picker.chosen):
        _press(qtbot, Qt.Key.Key_Return)
    assert picker.isVisible()


def test_reopening_starts_afresh_with_the_current_templates(qtbot, picker, desk) -> None:
    from desk_app.local_store.models import CannedResponse

    _open(qtbot, picker)
    qtbot.keyClicks(picker.filter, "saludo")
    _press(qtbot, Qt.Key.Key_Escape)
    with desk.store.transaction() as s:  # a sync brought one more
        s.add(CannedResponse(title="Bienvenida", body="Bienvenido, {cliente}."))
    _open(qtbot, picker, ticket=8, customer="Jorge Ruiz")
    assert picker.filter.text() == ""
    assert picker.visible_titles() == ["Bienvenida", *ALL_TITLES]
    assert picker.preview.toPlainText() == "Bienvenido, Jorge Ruiz."


def test_without_templates_the_picker_says_where_they_come_from(qtbot, runner, reply_box) -> None:
    picker = CannedPicker(runner, KnowledgeService(), reply_box)
    _open(qtbot, picker)
    assert picker.empty.text() == "There are no canned responses yet. They arrive with the sync."
