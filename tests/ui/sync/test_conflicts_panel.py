"""Sync → Conflicts: the fields both sides changed, re-applied or dropped through the store."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.local_store.models import OutboxOp, SyncConflict, Ticket, TicketHistory
from desk_app.local_store.sync_store import open_conflicts
from desk_app.ui.conflicts_panel import Column, ConflictsDialog, ConflictsModel
from desk_app.ui.db_worker import DbRunner


@pytest.fixture
def open_dialog(qtbot, desk):
    runners: list[DbRunner] = []

    def make() -> ConflictsDialog:
        runner = DbRunner(desk.store)
        runners.append(runner)
        dialog = ConflictsDialog(runner, desk.viewer("ana"))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.is_loaded)
        return dialog

    yield make
    for runner in runners:
        runner.shutdown()


def _row_texts(model: ConflictsModel, row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in Column]


def test_the_model_passes_the_model_tester(qtmodeltester, desk, make_conflict) -> None:
    make_conflict()
    make_conflict("Correo rebotado")
    model = ConflictsModel()
    qtmodeltester.check(model)  # empty
    with desk.store.session() as session:
        model.set_rows(open_conflicts(session))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_the_list_shows_ticket_field_both_values_and_when(open_dialog, make_conflict) -> None:
    made = make_conflict()
    dialog = open_dialog()
    model = dialog.model
    assert model.rowCount() == 1
    ticket, field, mine, server, when = _row_texts(model, 0)
    assert ticket == f"#{made.ticket_id} {made.subject}"
    assert field == "Priority"
    assert (mine, server) == ("Urgent", "Critical")
    assert when and when != "—"
    assert not dialog.empty.isVisible()
    # Nothing selected yet: nothing to resolve.
    assert not dialog.reapply_button.isEnabled()


def test_reapply_writes_my_value_again_with_history_and_outbox(
    qtbot, open_dialog, make_conflict, desk
) -> None:
    made = make_conflict()
    dialog = open_dialog()
    with desk.store.session() as session:
        assert session.get(Ticket, made.ticket_id).priority == made.remote  # the server won
        ops_before = session.scalar(select(OutboxOp.id).order_by(OutboxOp.id.desc()).limit(1))
    assert dialog.select_row(0)
    assert dialog.reapply_button.isEnabled()
    with qtbot.waitSignal(dialog.resolved, timeout=10_000) as resolved:
        dialog.reapply_button.click()
    assert resolved.args == [made.ticket_id]
    qtbot.waitUntil(lambda: dialog.is_loaded and dialog.model.rowCount() == 0)
    assert dialog.empty.isVisibleTo(dialog)
    with desk.store.session() as session:
        ticket = session.get(Ticket, made.ticket_id)
        assert ticket.priority == made.local
        conflict = session.scalars(select(SyncConflict)).one()
        assert conflict.resolution == "reapplied" and conflict.resolved_at is not None
        ops = session.scalars(select(OutboxOp).where(OutboxOp.id > ops_before)).all()
        assert [(op.entity, op.op, op.entity_uid) for op in ops] == [
            ("ticket", "update", ticket.uid)
        ]
        assert ops[0].payload["fields"]["priority"] == made.local
        history = session.scalars(
            select(TicketHistory).where(TicketHistory.ticket_id == made.ticket_id,
                                        TicketHistory.field == "priority")
            .order_by(TicketHistory.id.desc())
        ).first()  # fmt: skip
        assert (history.old_value, history.new_value) == (made.remote, made.local)


def test_keep_server_value_drops_mine_and_changes_nothing_else(
    qtbot, open_dialog, make_conflict, desk
) -> None:
    made = make_conflict()
    with desk.store.session() as session:
        pending_before = session.scalar(select(OutboxOp.id).order_by(OutboxOp.id.desc()))
    dialog = open_dialog()
    dialog.select_row(0)
    with qtbot.waitSignal(dialog.resolved, timeout=10_000):
        dialog.keep_button.click()
    qtbot.waitUntil(lambda: dialog.is_loaded and dialog.model.rowCount() == 0)
    with desk.store.session() as session:
        assert session.get(Ticket, made.ticket_id).priority == made.remote
        conflict = session.scalars(select(SyncConflict)).one()
        assert conflict.resolution == "dismissed"
        newest = session.scalar(select(OutboxOp.id).order_by(OutboxOp.id.desc()))
        assert newest == pending_before


def test_without_conflicts_the_dialog_says_so(open_dialog) -> None:
    dialog = open_dialog()
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisibleTo(dialog)
    assert dialog.table.isHidden()
    assert not dialog.select_row(0)
