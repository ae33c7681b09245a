"""The queue sidebar wired to the ticket list: counts per role, choosing with the mouse, the
arrows and Alt+digit, and counts that follow a changed ticket."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desk_app.local_store.ticket_filters import TicketQueue, TicketView
from desk_app.services.queues import QUEUES
from desk_app.services.ticket_actions import TicketActions
from desk_app.ui.queue_sidebar import COUNT_ROLE, QueueSidebar

Q = TicketQueue
# Shown widgets on the offscreen platform: a harmless warning about window size hints.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _wire(qtbot, panel, role) -> QueueSidebar:
    sidebar = QueueSidebar(role)
    qtbot.addWidget(sidebar)
    sidebar.queueChosen.connect(panel.set_queue)
    panel.countsChanged.connect(sidebar.set_counts)
    panel.queueChanged.connect(sidebar.set_current)
    if panel.list_counts is not None:
        sidebar.set_counts(panel.list_counts)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    return sidebar


def _counts(sidebar) -> dict[TicketQueue, int]:
    model = sidebar.model
    return {model.queue(r): model.index(r).data(COUNT_ROLE) for r in range(model.rowCount())}


def test_the_model_passes_qtmodeltester(qtmodeltester, sidebar) -> None:
    qtmodeltester.check(sidebar.model, force_py=True)
    sidebar.set_counts({q: i for i, q in enumerate(QUEUES)})
    assert sidebar.model.index(2).data(COUNT_ROLE) == 2
    assert sidebar.model.index(0).data() == "My tickets"


@pytest.mark.parametrize(
    ("username", "expected"),
    [
        # Ana: her two, the unassigned printer at L1, all three from María (her network).
        ("ana", {Q.MINE: 2, Q.UNASSIGNED_L1: 1, Q.UNASSIGNED_L2: 0, Q.UNASSIGNED_L3: 0,
                 Q.NETWORK: 3, Q.WAITING: 0, Q.DUE_SOON: 0, Q.ALL: 3}),
        # Beto: only his own ticket, from Jorge, whose company he serves.
        ("beto", {Q.MINE: 1, Q.UNASSIGNED_L1: 0, Q.UNASSIGNED_L2: 0, Q.UNASSIGNED_L3: 0,
                  Q.NETWORK: 1, Q.WAITING: 0, Q.DUE_SOON: 0, Q.ALL: 1}),
        # Lucía leads Ana's team: what the team sees; nothing is assigned to her.
        ("lucia", {Q.MINE: 0, Q.UNASSIGNED_L1: 1, Q.UNASSIGNED_L2: 0, Q.UNASSIGNED_L3: 0,
                   Q.NETWORK: 3, Q.WAITING: 0, Q.DUE_SOON: 0, Q.ALL: 3}),
        # The admin sees all four and serves no partner.
        ("admin", {Q.MINE: 0, Q.UNASSIGNED_L1: 1, Q.UNASSIGNED_L2: 0, Q.UNASSIGNED_L3: 0,
                   Q.NETWORK: 0, Q.WAITING: 0, Q.DUE_SOON: 0, Q.ALL: 4}),
    ],
)  # fmt: skip
def test_each_role_sees_its_counts(qtbot, make_panel, desk, username, expected) -> None:
    panel = make_panel(username)
    sidebar = _wire(qtbot, panel, desk.viewer(username).role)
    assert _counts(sidebar) == expected


def test_choosing_queues_filters_the_list(qtbot, make_panel, desk) -> None:
    panel = make_panel()
    sidebar = _wire(qtbot, panel, desk.viewer().role)
    model = panel.model
    # A click on "Unassigned · L1".
    rect = sidebar.list.visualRect(sidebar.model.index(QUEUES.index(Q.UNASSIGNED_L1)))
    with qtbot.waitSignal(sidebar.queueChosen):
        qtbot.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.is_loaded and model.ids() == [desk.ids["printer"]])
    # The arrow key walks to the next queue: L2 is empty, and the list says so.
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: panel.is_loaded and panel.current_filter.queue is Q.UNASSIGNED_L2)
    assert model.rowCount() == 0
    assert panel.empty.text() == "No tickets in this queue."
    # Alt+1 jumps to "My tickets" from anywhere in the window.
    panel.search.setFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.is_loaded and panel.current_filter.queue is Q.MINE)
    assert set(model.ids()) == {desk.ids["invoice"], desk.ids["closing"]}
    assert sidebar.current_queue() is Q.MINE
    # A view tab takes over: the sidebar shows no queue any more.
    panel.set_view(TicketView.CLOSED)
    qtbot.waitUntil(lambda: panel.is_loaded and model.ids() == [desk.ids["closing"]])
    assert sidebar.current_queue() is None
    shortcuts = {a.shortcut().toString() for a in sidebar.queue_actions.values()}
    assert shortcuts == {f"Alt+{n}" for n in range(1, len(QUEUES) + 1)}


def test_counts_follow_a_changed_ticket_and_the_search(qtbot, make_panel, desk, clock) -> None:
    panel = make_panel()
    sidebar = _wire(qtbot, panel, desk.viewer().role)
    # Ana takes the printer through the same action the detail pane uses.
    actions = TicketActions(desk.store, desk.viewer(), clock=clock)
    actions.change_status(desk.ids["printer"], "waiting_customer")
    actions.assign(desk.ids["printer"], desk.ids["ana"])
    with qtbot.waitSignal(panel.countsChanged):
        panel.on_ticket_changed(desk.ids["printer"])
    counts = _counts(sidebar)
    assert (counts[Q.MINE], counts[Q.UNASSIGNED_L1], counts[Q.WAITING]) == (3, 0, 1)
    # A ticket created now with a critical priority owes its first response within 1 h.
    desk.add_ticket("Servidor caído", priority="critical", created_at=desk.now,
                    updated_at=desk.now + timedelta(minutes=1))  # fmt: skip
    from tests.ui.queues.conftest import refresh_due

    refresh_due(desk)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.is_loaded and _counts(sidebar)[Q.DUE_SOON] == 1)
    sidebar.choose(Q.DUE_SOON)
    qtbot.waitUntil(lambda: panel.is_loaded and panel.current_filter.queue is Q.DUE_SOON)
    assert panel.model.data(panel.model.index(0, 1)) == "Servidor caído"
    # The counts are for the search text too.
    qtbot.keyClicks(panel.search, "impresora")
    qtbot.waitUntil(lambda: panel.is_loaded and panel.current_filter.text == "impresora")
    assert _counts(sidebar)[Q.ALL] == 1 and _counts(sidebar)[Q.DUE_SOON] == 0
