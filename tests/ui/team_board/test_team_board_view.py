"""The team board page: loading, live times, reassigning and its refusals (pytest-qt)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select

from desk_app.local_store.models import OutboxOp, Ticket, TicketHistory, User
from desk_app.ui.badges import Tone
from desk_app.ui.team_board_model import TICKET_ID_ROLE, TONE_ROLE, USER_ID_ROLE, Column

_HOUR = timedelta(hours=1)


def _cell(view, row: int, column: Column) -> QModelIndex:
    return view.model.index(row, column)


def _text(view, row: int, column: Column) -> str:
    return str(_cell(view, row, column).data())


def test_the_board_shows_each_advisor_and_the_queues(view, team):
    ids = team.ids
    assert view.title.text() == "Team board · Mesa CDMX"
    assert [view.model.index(r, 0).data(USER_ID_ROLE) for r in range(2)] == [
        ids["ana"],
        ids["carla"],
    ]
    assert _text(view, 0, Column.ADVISOR) == "Ana López (Level 1)"
    assert _text(view, 0, Column.PRESENCE) == "On a call · 4 min"
    assert _text(view, 0, Column.CALL) == "3:45 · María Pérez Gómez · Ferretería del Norte"
    assert _text(view, 1, Column.PRESENCE) == "Break · 12 min"
    assert _cell(view, 1, Column.PRESENCE).data(TONE_ROLE) is Tone.NEUTRAL
    assert _text(view, 1, Column.CALL) == ""
    # Ana: the fixture's invoice (doing) and the ticket at risk (to do).
    assert [_text(view, 0, c) for c in (Column.TO_DO, Column.DOING, Column.AT_RISK,
                                        Column.BREACHED)] == ["1", "1", "1", "0"]  # fmt: skip
    assert _cell(view, 0, Column.AT_RISK).data(TONE_ROLE) is Tone.WARN
    assert _cell(view, 0, Column.BREACHED).data(TONE_ROLE) is None  # red only when > 0
    assert _text(view, 0, Column.OLDEST) == f"#{ids['invoice']} · 2 h"
    assert "1 waiting unassigned · oldest 30 min" in view.queues.text_of("L1")
    assert view.error_banner.isHidden()


def test_breached_tickets_are_red(qtbot, view, team):
    team.add_ticket("Vencido", created_at=team.now - 30 * _HOUR,
                    response_due_at=team.now - _HOUR)  # fmt: skip
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    assert _text(view, 0, Column.BREACHED) == "1"
    assert _cell(view, 0, Column.BREACHED).data(TONE_ROLE) is Tone.BAD
    assert _cell(view, 0, Column.BREACHED).data(Qt.ItemDataRole.BackgroundRole) == Tone.BAD.fill


def test_live_times_follow_the_clock_without_reloading(qtbot, view, clock):
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    clock.advance(seconds=75)
    # The one-second tick repaints from the clock; nothing is read from the store.
    qtbot.waitUntil(lambda: _text(view, 0, Column.CALL).startswith("5:00 · "))
    assert _text(view, 0, Column.PRESENCE) == "On a call · 5 min"
    assert "oldest 31 min" in view.queues.text_of("L1")
    assert resets == []


def test_double_clicks_open_the_oldest_ticket_and_the_advisor(qtbot, view, team):
    oldest = _cell(view, 0, Column.OLDEST)
    assert oldest.data(TICKET_ID_ROLE) == team.ids["invoice"]
    with qtbot.waitSignal(view.ticketActivated) as opened:
        _double_click(qtbot, view, oldest)
    assert opened.args == [team.ids["invoice"]]
    with qtbot.waitSignal(view.advisorActivated) as chosen:
        _double_click(qtbot, view, _cell(view, 1, Column.ADVISOR))
    assert chosen.args == [team.ids["carla"]]


def _double_click(qtbot, view, index: QModelIndex) -> None:
    viewport = view.table.viewport()
    point = view.table.visualRect(index).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)


def _open_reassign(qtbot, view, user_id: int):
    assert view.select_advisor(user_id)
    assert view.reassign_button.isEnabled()
    view.reassign_button.click()
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    return view.dialog


def test_reassign_from_the_board_hands_the_ticket_over(qtbot, view, team):
    ids = team.ids
    dialog = _open_reassign(qtbot, view, ids["ana"])
    # Ana's tickets, the one at risk first; Carla is the one to hand it to.
    assert dialog.tickets.count() == 2
    assert dialog.ticket_id() == ids["risk"]
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == [ids["carla"]]
    dialog.note.setPlainText("Le llamó dos veces, urge.")
    with qtbot.waitSignal(view.ticketChanged) as changed, qtbot.waitSignal(view.loaded):
        dialog.ok_button.click()
    assert changed.args == [ids["risk"]]
    with team.store.session() as s:
        ticket = s.get(Ticket, ids["risk"])
        assert ticket.responsible_id == ids["carla"]
        history = s.scalars(select(TicketHistory).where(
            TicketHistory.ticket_id == ids["risk"], TicketHistory.field == "responsible"
        )).all()  # fmt: skip
        assert [(h.user_id, h.new_value) for h in history] == [(ids["lucia"], str(ids["carla"]))]
        ops = s.scalars(select(OutboxOp).where(OutboxOp.entity_uid == ticket.uid)).all()
        assert [(op.op, op.payload["fields"]["responsible_id"]) for op in ops] == [
            ("update", ids["carla"])
        ]
    # The board reloaded: Carla now has it.
    assert [_text(view, r, Column.TO_DO) for r in range(2)] == ["0", "1"]
    assert view.error_banner.isHidden()


def test_a_refused_reassign_says_why_and_changes_nothing(qtbot, view, team):
    ids = team.ids
    dialog = _open_reassign(qtbot, view, ids["ana"])
    assert dialog.select_ticket(ids["risk"])
    with team.store.transaction() as s:  # Carla left while the dialog was open
        s.get(User, ids["carla"]).is_active = False
    with team.store.session() as s:
        ops_before = len(s.scalars(select(OutboxOp)).all())
    with qtbot.waitSignal(view.errorOccurred) as refused:
        dialog.ok_button.click()
    assert refused.args[0].startswith(f"#{ids['risk']} was not reassigned: ")
    assert view.error_banner.isVisible() or not view.isVisible()
    assert view.error_banner.text() == refused.args[0]
    with team.store.session() as s:
        assert s.get(Ticket, ids["risk"]).responsible_id == ids["ana"]
        assert not s.scalars(select(TicketHistory).where(
            TicketHistory.ticket_id == ids["risk"], TicketHistory.field == "responsible"
        )).all()  # fmt: skip
        assert len(s.scalars(select(OutboxOp)).all()) == ops_before


def test_reassign_needs_an_advisor_with_open_tickets(qtbot, view, team):
    assert not view.reassign_button.isEnabled()  # nothing selected
    view.select_advisor(team.ids["carla"])
    assert not view.reassign_action.isEnabled()  # Carla has no open tickets


def test_an_advisor_gets_a_clear_refusal(qtbot, make_view):
    view = make_view("ana")
    with qtbot.waitSignal(view.errorOccurred) as refused:
        view.refresh()
    assert "service leaders and admins" in refused.args[0]
    assert view.model.rowCount() == 0


def test_the_model_passes_the_model_tester(qtmodeltester, view):
    assert view.model.rowCount() == 2
    qtmodeltester.check(view.model)
