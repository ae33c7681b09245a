"""Editing a ticket in the detail pane: replies and notes, canned responses, the dependent
category → subcategory fields, custom fields by type, and edits the store refuses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from sqlalchemy import func, select

from desk_app.local_store.models import CannedResponse, Category, Comment, OutboxOp, Ticket
from tests.ui.detail.conftest import history, open_ticket, outbox, stored

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _comments(desk, ticket_id: int) -> list[tuple[bool, str]]:
    with desk.store.session() as s:
        query = select(Comment.is_public, Comment.body).where(Comment.ticket_id == ticket_id)
        rows = s.execute(query.order_by(Comment.id)).all()
        return [tuple(r) for r in rows]


def _tags(desk, ticket_id: int) -> list[str]:
    with desk.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        return sorted(tag.name for tag in ticket.tags) if ticket else []


def test_an_internal_note_then_a_public_reply(qtbot, pane, desk) -> None:
    printer = desk.ids["printer"]
    open_ticket(qtbot, pane, printer)
    qtbot.keyClick(pane.subject, Qt.Key.Key_N, CTRL_SHIFT)
    assert not pane.reply_box.is_public and pane.reply_box.editor.hasFocus()
    assert pane.reply_box.hint.text().startswith("Only the team sees internal notes.")
    qtbot.keyClicks(pane.reply_box.editor, "Revisar driver de la impresora <b>USB</b>")
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.keyClick(pane.reply_box.editor, Qt.Key.Key_Return, CTRL)
    assert pane.reply_box.editor.toPlainText() == ""  # sent: the box starts empty again
    conversation = pane.conversation.text()
    assert "Internal note" in conversation
    assert "Revisar driver de la impresora <b>USB</b>" in conversation  # markup stays text
    assert pane.tabs.tabText(0) == "Conversation (1)"

    qtbot.keyClick(pane.subject, Qt.Key.Key_R, CTRL)
    assert pane.reply_box.is_public
    qtbot.keyClicks(pane.reply_box.editor, "Hola, ya estamos revisando la impresora.")
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.mouseClick(pane.reply_box.send_button, Qt.MouseButton.LeftButton)
    assert pane.conversation.text().rindex("Public reply") > conversation.index("Internal note")
    assert _comments(desk, printer) == [
        (False, "Revisar driver de la impresora <b>USB</b>"),
        (True, "Hola, ya estamos revisando la impresora."),
    ]
    assert stored(desk, printer).first_response_at == desk.now  # a public reply answers
    assert [entity for entity, _, _ in outbox(desk)] == ["comment", "comment"]
    assert pane.first_response_badge.text() == "Met"


def test_a_draft_waits_for_its_ticket(qtbot, pane, desk) -> None:
    open_ticket(qtbot, pane, desk.ids["invoice"])
    pane.reply_box.start(public=False)
    qtbot.keyClicks(pane.reply_box.editor, "a medio escribir")
    open_ticket(qtbot, pane, desk.ids["printer"])
    assert pane.reply_box.editor.toPlainText() == "" and pane.reply_box.is_public
    open_ticket(qtbot, pane, desk.ids["invoice"])
    assert pane.reply_box.draft() == ("a medio escribir", False)


def test_canned_response_with_ctrl_shift_r(qtbot, pane, desk) -> None:
    with desk.store.transaction() as s:
        s.add(
            CannedResponse(
                title="Seguimiento",
                body="Hola {cliente}, sobre el ticket {ticket}: seguimos. {asesor}",
            )
        )
    open_ticket(qtbot, pane, desk.ids["invoice"])
    pane.reply_box.start(public=True)
    qtbot.keyClicks(pane.reply_box.editor, ">> ")
    with qtbot.waitSignal(pane.canned.loaded, timeout=20_000):
        qtbot.keyClick(pane.reply_box.editor, Qt.Key.Key_R, CTRL_SHIFT)
    assert pane.canned.isVisible()
    qtbot.keyClick(pane.canned.filter, Qt.Key.Key_Return)
    text = pane.reply_box.editor.toPlainText()
    invoice = desk.ids["invoice"]
    assert text == f">> Hola María Pérez Gómez, sobre el ticket #{invoice}: seguimos. Ana López"
    assert pane.reply_box.editor.textCursor().position() == len(text)  # inserted at the cursor
    pane.reply_box.editor.moveCursor(QTextCursor.MoveOperation.Start)
    pane.reply_box.insert_canned_text("[hook] ")
    assert pane.reply_box.editor.toPlainText().startswith("[hook] >> Hola")


@pytest.fixture
def categories(desk) -> dict[str, int]:
    with desk.store.transaction() as s:
        billing, payroll = Category(name="Facturación"), Category(name="Nómina")
        s.add_all([billing, payroll])
        s.flush()
        credit = Category(name="Notas de crédito", parent_id=billing.id)
        stamping = Category(name="Timbrado", parent_id=billing.id)
        receipts = Category(name="Recibos", parent_id=payroll.id)
        s.add_all([credit, stamping, receipts])
        s.flush()
        return {"billing": billing.id, "payroll": payroll.id, "credit": credit.id,
                "stamping": stamping.id, "receipts": receipts.id}  # fmt: skip


def test_category_then_its_subcategory(qtbot, pane, desk, categories) -> None:
    invoice = desk.ids["invoice"]
    open_ticket(qtbot, pane, invoice)
    form = pane.form
    assert not form.subcategory.isEnabled()  # no category yet
    form.category.setFocus()
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.keyClick(form.category, Qt.Key.Key_Down)  # "—" → Facturación
    assert form.category.text() == "Facturación"
    subs = [form.subcategory.itemText(i) for i in range(form.subcategory.count())]
    assert subs == ["—", "Notas de crédito", "Timbrado"]  # only Facturación's
    assert form.subcategory.isEnabled()
    form.subcategory.setFocus()
    qtbot.keyClick(form.subcategory, Qt.Key.Key_Down)
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.keyClick(form.subcategory, Qt.Key.Key_Down)  # queued behind the first edit
    qtbot.waitUntil(lambda: form.subcategory.text() == "Timbrado" and pane.is_loaded)
    qtbot.waitUntil(lambda: stored(desk, invoice).category_id == categories["stamping"])
    assert history(desk, invoice)[-3:] == [
        ("category", None, str(categories["billing"])),
        ("category", str(categories["billing"]), str(categories["credit"])),
        ("category", str(categories["credit"]), str(categories["stamping"])),
    ]
    qtbot.waitUntil(
        lambda: (
            pane.history.changes()[0]
            == "Category: Facturación › Notas de crédito → Facturación › Timbrado"
        )
    )
    # Another category empties the subcategory and offers its own.
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        form.category.choose(categories["payroll"])
    assert form.subcategory.text() == "—"
    assert [form.subcategory.itemText(i) for i in range(form.subcategory.count())] == [
        "—", "Recibos"]  # fmt: skip
    assert stored(desk, invoice).category_id == categories["payroll"]


def test_custom_fields_follow_the_type(qtbot, pane, desk) -> None:
    invoice = desk.ids["invoice"]  # a Task: its only custom field is "requested by"
    open_ticket(qtbot, pane, invoice)
    custom = pane.form.custom
    assert list(custom.editors) == ["requested_by"]
    pane.form.ticket_type.setFocus()
    qtbot.keyClick(pane.form.ticket_type, Qt.Key.Key_Down)  # Task → Problem
    assert list(custom.editors) == ["version", "module", "error_code"]  # at once
    qtbot.waitUntil(lambda: pane.is_loaded and stored(desk, invoice).ticket_type == "problem")
    qtbot.waitUntil(lambda: pane.fields["type"].text() == "Problem")
    version = custom.editors["version"]
    version.setFocus()
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.keyClicks(version, "17.2")
        qtbot.keyClick(version, Qt.Key.Key_Return)
    assert stored(desk, invoice).custom_fields == {"version": "17.2"}
    assert "Version: — → 17.2" in pane.history.changes()
    assert pane.form.custom.editors["version"].text() == "17.2"


def test_a_refused_edit_says_why_next_to_the_field_and_changes_nothing(qtbot, pane,
                                                                       desk) -> None:  # fmt: skip
    invoice = desk.ids["invoice"]
    open_ticket(qtbot, pane, invoice)
    with desk.store.session() as s:
        ops_before = s.scalar(select(func.count()).select_from(OutboxOp))
    tags = pane.form.tags
    tags.setFocus()
    qtbot.keyClicks(tags, "cfdi, " + "x" * 70)
    with qtbot.waitSignal(pane.actionFailed, timeout=20_000) as failed:
        qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert failed.args == [{"tags": "a tag has at most 60 characters"}]
    assert pane.form.error_text("tags") == "A tag has at most 60 characters."
    assert tags.text() == ""  # back to what the store holds
    with desk.store.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == ops_before
    assert _tags(desk, invoice) == []
    # The next good edit clears the message.
    qtbot.keyClicks(tags, "cfdi, timbrado")
    with qtbot.waitSignal(pane.loaded, timeout=20_000):
        qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert pane.form.error_text("tags") == ""
    assert tags.text() == "cfdi, timbrado"
    assert history(desk, invoice)[-1] == ("tags", None, "cfdi, timbrado")
    assert _tags(desk, invoice) == ["cfdi", "timbrado"]


def test_an_action_refused_for_the_whole_ticket_shows_an_inline_message(qtbot, pane,
                                                                         desk) -> None:  # fmt: skip
    invoice = desk.ids["invoice"]
    open_ticket(qtbot, pane, invoice)
    with desk.store.transaction() as s:
        s.get(Ticket, invoice).responsible_id = desk.ids["beto"]  # type: ignore[union-attr]
    open_ticket(qtbot, pane, invoice)
    # Meanwhile Beto closed it (a sync brought it in): the pane on screen still offers Take.
    with desk.store.transaction() as s:
        s.get(Ticket, invoice).status = "closed"  # type: ignore[union-attr]
    assert pane.detail_actions.take.isEnabled()
    with qtbot.waitSignal(pane.actionFailed, timeout=20_000):
        qtbot.keyClick(pane.subject, Qt.Key.Key_T, CTRL)
    assert pane.message.isVisibleTo(pane)
    assert pane.message.text() == "Status: The ticket is closed: reopen it first."
