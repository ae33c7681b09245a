"""The board: stage columns of cards; dragging or Ctrl+Shift+arrows change the status through
the validated action, and a refused move snaps back with its reason.

How the drag runs offscreen: `QDrag.exec()` starts its own event loop that waits for the
platform's pointer, which the offscreen platform never moves, so the test does what Qt does
around it instead. It presses on the card (selecting it, as a user starting a drag does),
builds the mime data with the source model's `mimeData()` (what `startDrag` puts in the
QDrag), and delivers real QDragEnter, QDragMove and QDrop events to the target column's
viewport. From there it is Qt's own code path: QListView/QAbstractItemView's drop handling
works out the row or lane under the pointer and calls the model's `dropMimeData`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete, func, select

from desk_app.domain.statuses import Stage
from desk_app.local_store.models import OutboxOp, StatusDefinition, Ticket, TicketHistory
from desk_app.services.queues import BoardColumn
from desk_app.ui.board_model import MIME_TYPE, BoardColumnModel, decode_ids, encode_ids

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _drag(qtbot, board, ticket_id: int, target_stage: Stage, lane: str | None = None) -> None:
    source = board.column_of(ticket_id)
    assert source is not None
    index = source.model.index(source.model.row_of(ticket_id))
    qtbot.mouseClick(source.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=source.view.visualRect(index).center())  # fmt: skip
    assert board.selected_ticket_id() == ticket_id
    mime = source.model.mimeData([index])
    target = board.columns[target_stage]
    if lane is not None:  # on the lane's header
        point = target.view.visualRect(target.model.index(target.model.lane_row(lane))).center()
    else:  # on the column's empty space, below its cards
        point = QPoint(target.view.viewport().width() // 2, target.view.viewport().height() - 5)
    viewport = target.view.viewport()
    action, buttons = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    # QDragEnterEvent/QDragMoveEvent take a QPoint up to PySide6 6.11 (QPointF from 6.12).
    enter = QDragEnterEvent(point, action, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, action, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), action, mime, buttons, modifiers))


def _store_state(desk, ticket_id: int) -> tuple[str, list[tuple[str | None, str | None]], int]:
    """(status, the status history as (old, new) pairs, outbox operations for this ticket)."""
    with desk.store.session() as s:
        ticket = s.get(Ticket, ticket_id)
        history = [
            (old, new) for old, new in s.execute(
                select(TicketHistory.old_value, TicketHistory.new_value)
                .where(TicketHistory.ticket_id == ticket_id, TicketHistory.field == "status")
                .order_by(TicketHistory.id))
        ]  # fmt: skip
        outbox = s.scalar(select(func.count()).select_from(OutboxOp)
                          .where(OutboxOp.entity_uid == ticket.uid)) or 0  # fmt: skip
        return str(ticket.status), history, int(outbox)


def _last_outbox_payload(desk) -> tuple[str, dict]:
    with desk.store.session() as s:
        op = s.scalars(select(OutboxOp).order_by(OutboxOp.id.desc())).first()
        return op.op, dict(op.payload)


def test_columns_show_the_stages_with_lanes(qtbot, qtmodeltester, make_board, desk) -> None:
    board = make_board()
    todo, doing, done = (board.columns[s] for s in (Stage.TODO, Stage.DOING, Stage.DONE))
    assert todo.model.ticket_ids() == [desk.ids["printer"]]
    assert doing.model.ticket_ids() == [desk.ids["invoice"]]
    assert done.model.ticket_ids() == [desk.ids["closing"]]
    assert [todo.title.text(), doing.title.text(), done.title.text()] == [
        "To do · 1", "Doing · 1", "Done · 1"
    ]  # fmt: skip
    # DOING has two statuses: a lane header each, the card under its own.
    assert doing.model.index(0).data() == "In progress · 1"
    assert doing.model.lane_row("waiting_customer") == 2
    assert not todo.model.shows_lanes and doing.model.shows_lanes
    for column in board.columns.values():
        qtmodeltester.check(column.model, force_py=True)
    assert not todo.more.isVisible()
    assert board.column_of(desk.ids["hidden"]) is None  # Beto's: never on Ana's board


def test_dragging_a_card_changes_the_status_with_history_and_outbox(qtbot, make_board,
                                                                   desk) -> None:  # fmt: skip
    board = make_board()
    invoice = desk.ids["invoice"]
    _status, history_before, outbox_before = _store_state(desk, invoice)
    with qtbot.waitSignal(board.moveFinished) as moved:
        _drag(qtbot, board, invoice, Stage.TODO)
    assert moved.args[0].ok
    # Dropped on the stage: its first status by position, Open.
    status, history, outbox = _store_state(desk, invoice)
    assert status == "open"
    assert history == [*history_before, ("in_progress", "open")]
    assert outbox == outbox_before + 1
    op, payload = _last_outbox_payload(desk)
    assert op == "update" and payload["fields"]["status"] == "open"
    qtbot.waitUntil(lambda: board.is_loaded)
    assert board.column_of(invoice) is board.columns[Stage.TODO]
    assert board.selected_ticket_id() == invoice
    # Onto a lane of DOING: that status, not the stage's first.
    with qtbot.waitSignal(board.moveFinished) as moved:
        _drag(qtbot, board, invoice, Stage.DOING, lane="waiting_customer")
    assert moved.args[0].ok and _store_state(desk, invoice)[0] == "waiting_customer"
    qtbot.waitUntil(lambda: board.is_loaded)
    doing = board.columns[Stage.DOING]
    row = doing.model.row_of(invoice)
    assert row is not None and doing.model.lane_at(row) == "waiting_customer"


def test_keyboard_moves_the_selected_card_a_stage(qtbot, make_board, desk) -> None:
    board = make_board()
    printer = desk.ids["printer"]
    assert board.select_ticket(printer)
    view = board.columns[Stage.TODO].view
    with qtbot.waitSignal(board.ticketChanged) as changed:
        qtbot.keyClick(
            view,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert changed.args == [printer]
    assert _store_state(desk, printer)[0] == "in_progress"
    qtbot.waitUntil(lambda: board.is_loaded and board.column_of(printer) is not None)
    assert board.column_of(printer) is board.columns[Stage.DOING]
    assert board.selected_ticket_id() == printer
    with qtbot.waitSignal(board.ticketChanged):
        qtbot.keyClick(
            board.columns[Stage.DOING].view,
            Qt.Key.Key_Left,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert _store_state(desk, printer)[0] == "open"


def test_a_refused_move_snaps_back_and_says_why(qtbot, make_board, desk) -> None:
    with desk.store.transaction() as s:  # an intermediate status an admin added
        s.add(StatusDefinition(key="on_hold", name="On hold", stage="doing", position=25))
    board = make_board()
    doing = board.columns[Stage.DOING]
    assert doing.model.lane_row("on_hold") is not None
    with desk.store.transaction() as s:  # …and removed again, after the board loaded
        s.execute(delete(StatusDefinition).where(StatusDefinition.key == "on_hold"))
    invoice = desk.ids["invoice"]
    before = _store_state(desk, invoice)
    with qtbot.waitSignal(board.moveFinished) as moved:
        _drag(qtbot, board, invoice, Stage.DOING, lane="on_hold")
    outcome = moved.args[0]
    assert not outcome.ok and "status" in outcome.errors
    # Back in its lane, the reason on screen, and nothing written.
    row = doing.model.row_of(invoice)
    assert row is not None and doing.model.lane_at(row) == "in_progress"
    assert board.error_banner.isVisible()
    assert board.error_banner.text().startswith(f"#{invoice} was not moved:")
    assert "on_hold" in board.error_banner.text()
    assert _store_state(desk, invoice) == before


def test_drop_positions_and_mime_data() -> None:
    from desk_app.domain import statuses as st

    model = BoardColumnModel(Stage.DOING)
    lanes = tuple(s for s in st.DEFAULT_STATUSES if s.stage is Stage.DOING)
    model.set_column(BoardColumn(Stage.DOING, lanes, (), 0))
    # Two empty lanes: a header each.
    assert model.rowCount() == 2
    assert model.drop_status(-1, model.index(1)) == "waiting_customer"  # on the header
    assert model.drop_status(-1, model.index(-1)) == "in_progress"  # empty space: the stage
    assert model.drop_status(2, model.index(-1)) == "waiting_customer"  # below the last lane
    assert decode_ids(encode_ids([3, 4])) == [3, 4]
    assert decode_ids(b"not json") == [] and decode_ids(b'["1"]') == []
    assert model.mimeTypes() == [MIME_TYPE]
