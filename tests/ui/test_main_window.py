"""The main window over a real workspace, as an advisor uses it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextFrame

from desk_app.local_store.ticket_filters import TicketView
from desk_app.ui.text_views import BODY_PREVIEW_CHARS
from desk_app.ui.ticket_table_model import Column


def _subjects(window) -> list[str]:
    model = window.ticket_list.model
    return [model.data(model.index(r, Column.SUBJECT)) for r in range(model.rowCount())]


def _open_row(qtbot, window, row: int):
    pane = window.detail_pane
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        assert window.ticket_list.select_row(row)
    return pane


def _type_search(qtbot, window, text: str) -> None:
    panel = window.ticket_list
    panel.search.clear()
    qtbot.keyClicks(panel.search, text)
    qtbot.waitUntil(lambda: panel.current_filter.text == text and panel.is_loaded)


def test_the_list_shows_the_advisors_tickets_with_live_counts(window, desk) -> None:
    model = window.ticket_list.model
    assert model.ids() == [desk.ids["invoice"], desk.ids["printer"], desk.ids["closing"]]
    assert _subjects(window)[0] == "Error de facturación en CFDI"
    assert model.data(model.index(0, Column.STATUS)) == "In progress"
    assert model.data(model.index(0, Column.CRITICALITY)) == "Severe"
    assert model.data(model.index(0, Column.SLA)) == "6 h left"
    assert model.data(model.index(0, Column.REQUESTER)) == "María Pérez Gómez"
    assert model.data(model.index(1, Column.RESPONSIBLE)) == "Unassigned"
    assert model.data(model.index(2, Column.SLA)) == "Met"
    tabs = window.ticket_list.views
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "All (3)", "Mine (2)", "Unassigned (1)", "Open (2)", "Waiting (0)", "Closed (1)"
    ]  # fmt: skip
    assert window.count_label.text() == "3 tickets"
    assert "Ana López" in window.viewer_label.text()


def test_selecting_a_row_shows_the_detail(qtbot, window) -> None:
    pane = _open_row(qtbot, window, 0)
    assert pane.subject.text() == "Error de facturación en CFDI"
    assert pane.fields["requester"].text() == "María Pérez Gómez · Ferretería del Norte"
    assert pane.fields["contact"].text() == "maria@ferrenorte.mx · 55 1234 5678"
    assert pane.fields["responsible"].text() == "Ana López"
    assert pane.fields["channel"].text() == "Phone"
    assert pane.status_badge.text() == "In progress"
    assert pane.criticality_badge.text() == "Criticality: Severe"
    assert pane.resolution_badge.text() == "On time"
    assert "6 h left" in pane.resolution_due.text()
    assert pane.body.text() == "El timbrado falla con el error 301 desde ayer."
    assert pane.tabs.tabText(0) == "Conversation (2)"
    assert pane.history.topLevelItemCount() == 2
    newest = pane.history.topLevelItem(0).text(2)
    assert newest == "Status: Open → In progress"


def test_public_replies_and_internal_notes_look_different(qtbot, window) -> None:
    pane = _open_row(qtbot, window, 0)
    text = pane.conversation.text()
    assert text.index("Public reply") < text.index("Adjunto la captura del error.")
    assert text.index("Internal note") < text.index("Revisar certificado del PAC.")
    frames = [f for f in pane.conversation.browser.document().rootFrame().childFrames()
              if isinstance(f, QTextFrame)]  # fmt: skip
    assert len(frames) == 2
    public, internal = (f.frameFormat() for f in frames)
    assert public.background().color() != internal.background().color()
    assert public.borderStyle() != internal.borderStyle()


def test_typing_in_the_search_box_filters_ignoring_accents(qtbot, window, desk) -> None:
    _type_search(qtbot, window, "facturacion")
    assert window.ticket_list.model.ids() == [desk.ids["invoice"]]
    assert window.ticket_list.views.tabText(0) == "All (1)"
    _type_search(qtbot, window, "IMPRESORA")
    assert window.ticket_list.model.ids() == [desk.ids["printer"]]
    _type_search(qtbot, window, "zzzz")
    assert window.ticket_list.model.rowCount() == 0
    assert window.ticket_list.empty.isVisibleTo(window.ticket_list)
    assert window.ticket_list.empty.text() == "No tickets match “zzzz”."
    window.ticket_list.search.clear()
    qtbot.waitUntil(lambda: window.ticket_list.model.rowCount() == 3)


def test_the_open_ticket_survives_a_search_that_keeps_it(qtbot, window, desk) -> None:
    pane = _open_row(qtbot, window, 0)
    _type_search(qtbot, window, "timbrado")
    assert window.ticket_list.current_ticket_id() == desk.ids["invoice"]
    assert pane.shown is not None and pane.shown.id == desk.ids["invoice"]
    _type_search(qtbot, window, "impresora")
    assert window.ticket_list.current_ticket_id() is None
    assert pane.shown is None


def test_view_tabs_switch_the_slice(qtbot, window, desk) -> None:
    panel = window.ticket_list
    panel.set_view(TicketView.UNASSIGNED)
    qtbot.waitUntil(lambda: panel.is_loaded and panel.model.ids() == [desk.ids["printer"]])
    panel.set_view(TicketView.CLOSED)
    qtbot.waitUntil(lambda: panel.is_loaded and panel.model.ids() == [desk.ids["closing"]])


def test_an_advisor_never_sees_another_networks_ticket(qtbot, make_window, desk) -> None:
    ana = make_window("ana")
    assert desk.ids["hidden"] not in ana.ticket_list.model.ids()
    _type_search(qtbot, ana, "portal")
    assert ana.ticket_list.model.rowCount() == 0
    # Even asked for directly, the detail is refused by the store.
    ana.detail_pane.show_ticket(desk.ids["hidden"])
    qtbot.waitUntil(lambda: "not visible" in ana.detail_pane.placeholder.text())
    beto = make_window("beto")
    assert beto.ticket_list.model.ids() == [desk.ids["hidden"]]
    admin = make_window("admin")
    assert admin.ticket_list.model.rowCount() == 4


def test_markup_in_a_ticket_is_shown_as_text(qtbot, window, desk) -> None:
    hostile = "<script>alert('x')</script><img src=http://example.com/track.png> <b>bold</b>"
    desk.add_ticket("Texto con etiquetas", body=hostile, updated_at=desk.now,
                    comments=[(None, "<i>Cliente</i>", True, hostile, desk.now)])  # fmt: skip
    window.ticket_list.refresh()
    qtbot.waitUntil(
        lambda: window.ticket_list.is_loaded and window.ticket_list.model.rowCount() == 4
    )
    pane = _open_row(qtbot, window, 0)
    assert pane.subject.text() == "Texto con etiquetas"
    assert pane.body.text() == hostile
    conversation = pane.conversation.text()
    assert hostile in conversation
    assert "<i>Cliente</i>" in conversation
    document = pane.conversation.browser.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            assert not fragment.charFormat().isImageFormat()
            assert not fragment.charFormat().isAnchor()
            iterator += 1
        block = block.next()


def test_a_five_megabyte_body_loads_as_a_preview_with_show_all(qtbot, window, desk) -> None:
    line = "Registro de bitácora del servidor de timbrado, intento fallido número {:07d}\n"
    body = "".join(line.format(i) for i in range(5 * 1024 * 1024 // len(line) + 1))
    assert len(body) > 5 * 1024 * 1024
    desk.add_ticket("Bitácora enorme", body=body, updated_at=desk.now)
    window.ticket_list.refresh()
    qtbot.waitUntil(
        lambda: window.ticket_list.is_loaded and window.ticket_list.model.rowCount() == 4
    )
    pane = _open_row(qtbot, window, 0)
    assert pane.subject.text() == "Bitácora enorme"
    assert pane.body.is_truncated
    assert pane.body.text() == body[:BODY_PREVIEW_CHARS]
    assert "5" in pane.body.notice.text()
    qtbot.mouseClick(pane.body.show_all_button, Qt.MouseButton.LeftButton)
    assert not pane.body.is_truncated
    assert pane.body.text() == body


def test_clicking_a_header_sorts(qtbot, window, desk) -> None:
    panel = window.ticket_list
    panel.table.sortByColumn(Column.ID, Qt.SortOrder.AscendingOrder)
    expected = sorted([desk.ids["invoice"], desk.ids["printer"], desk.ids["closing"]])
    qtbot.waitUntil(lambda: panel.is_loaded and panel.model.ids() == expected)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_shown_window_renders_and_closing_stops_the_worker(qtbot, make_window) -> None:
    window = make_window(show=True)
    _open_row(qtbot, window, 0)
    image = window.grab().toImage()
    assert not image.isNull() and image.width() >= 1000
    window.close()
    assert not window.runner.is_running


def test_an_empty_workspace_says_so(qtbot, tmp_path) -> None:
    from desk_app.local_store.engine import open_store
    from desk_app.services.tickets import TicketService
    from desk_app.services.workspace import local_owner
    from desk_app.ui.db_worker import DbRunner
    from desk_app.ui.main_window import MainWindow

    store = open_store(tmp_path / "empty")
    window = MainWindow(DbRunner(store), TicketService(local_owner()))
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.ticket_list.is_loaded)
        assert "no tickets here yet" in window.ticket_list.empty.text()
        assert window.count_label.text() == "0 tickets"
    finally:
        window.close()
        store.close()
