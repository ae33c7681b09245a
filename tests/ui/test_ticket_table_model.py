"""The ticket model: ids plus a lazy row cache filled in pages, checked by qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer

from desk_app.local_store.ticket_filters import SortKey
from desk_app.local_store.ticket_list_queries import TicketRow
from desk_app.services.ticket_rows import BadgeState, SlaBadge, TicketListRow
from desk_app.ui.badges import BADGE_ROLE, Badge, Tone
from desk_app.ui.ticket_table_model import TICKET_ID_ROLE, Column, TicketTableModel

T0 = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)


def _row(ticket_id: int) -> TicketListRow:
    ticket = TicketRow(
        id=ticket_id, subject=f"Caso {ticket_id}", status="open", status_name="Open",
        stage="todo", priority="urgent", criticality="critical", channel="phone",
        flag="none", level="L1", requester_name="María Pérez", company_name="Norte",
        responsible_id=None, responsible_name=None, created_at=T0, updated_at=T0,
        response_due_at=None,
        resolution_due_at=None, first_response_at=None, resolved_at=None,
    )  # fmt: skip
    return TicketListRow(ticket, SlaBadge(BadgeState.BREACHED))


class FakeLoader:
    """Delivers rows on the next turn of the event loop, like the real worker does."""

    def __init__(self, hidden: frozenset[int] = frozenset()) -> None:
        self.requests: list[list[int]] = []
        self.hidden = hidden

    def __call__(self, ids, deliver) -> None:
        self.requests.append(list(ids))
        rows = {i: _row(i) for i in ids if i not in self.hidden}
        QTimer.singleShot(0, lambda: deliver(rows))


@pytest.fixture
def loader():
    return FakeLoader()


@pytest.fixture
def model(loader):
    return TicketTableModel(loader)


def test_qtmodeltester_accepts_the_model(qtmodeltester, qtbot, model) -> None:
    with qtbot.waitSignal(model.firstPageLoaded):
        model.set_ids(list(range(1, 251)))
    # The tester stays connected: later dataChanged and resets are checked as they happen.
    qtmodeltester.check(model, force_py=True)
    for row in range(model.rowCount()):  # load every page
        model.data(model.index(row, Column.SUBJECT))
    qtbot.waitUntil(lambda: model.cached_count == 250)
    model.set_ids([5, 6])
    qtbot.waitUntil(lambda: model.first_page_loaded)
    model.set_ids([])


def test_only_the_pages_looked_at_are_loaded(qtbot, model, loader) -> None:
    ids = list(range(1000, 0, -1))
    with qtbot.waitSignal(model.firstPageLoaded):
        model.set_ids(ids)
    assert loader.requests == [ids[:100]]
    assert model.data(model.index(0, Column.SUBJECT)) == "Caso 1000"
    # Row 550 is on page 5: it shows a placeholder until that page arrives.
    assert model.data(model.index(550, Column.SUBJECT)) == "Loading…"
    assert model.data(model.index(550, Column.ID)) == str(ids[550])
    with qtbot.waitSignal(model.dataChanged) as changed:
        pass
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), last.row()) == (500, 599)
    assert loader.requests[1] == ids[500:600]
    assert model.data(model.index(550, Column.SUBJECT)) == f"Caso {ids[550]}"
    assert model.cached_count == 200


def test_requests_from_one_paint_are_merged_and_never_repeated(qtbot, model, loader) -> None:
    with qtbot.waitSignal(model.firstPageLoaded):
        model.set_ids(list(range(1, 1001)))
    for row in (150, 180, 350, 199, 150):
        model.data(model.index(row, Column.SUBJECT))
    qtbot.waitUntil(lambda: len(loader.requests) == 2)
    assert loader.requests[1] == list(range(101, 201)) + list(range(301, 401))
    qtbot.waitUntil(lambda: model.cached_count == 300)
    model.data(model.index(150, Column.SUBJECT))
    assert len(loader.requests) == 2


def test_a_late_delivery_for_an_old_list_is_dropped(qtbot, loader) -> None:
    held = []
    model = TicketTableModel(lambda ids, deliver: held.append((ids, deliver)))
    model.set_ids([1, 2, 3])
    qtbot.waitUntil(lambda: bool(held))
    model.set_ids([7, 8])
    qtbot.waitUntil(lambda: len(held) == 2)
    held[0][1]({i: _row(i) for i in held[0][0]})  # the answer for [1, 2, 3] arrives late
    assert model.cached_count == 0
    held[1][1]({i: _row(i) for i in held[1][0]})
    assert model.first_page_loaded
    assert model.data(model.index(1, Column.SUBJECT)) == "Caso 8"


def test_roles_badges_and_ids(qtbot) -> None:
    model = TicketTableModel(FakeLoader(hidden=frozenset({2})))
    with qtbot.waitSignal(model.firstPageLoaded):
        model.set_ids([1, 2])
    status = model.data(model.index(0, Column.STATUS), BADGE_ROLE)
    assert status == Badge("Open", Tone.INFO)
    assert model.data(model.index(0, Column.CRITICALITY), BADGE_ROLE).tone is Tone.SEVERE
    assert model.data(model.index(0, Column.SLA), BADGE_ROLE) == Badge("Breached", Tone.BAD)
    assert model.data(model.index(0, Column.SUBJECT), BADGE_ROLE) is None
    assert model.data(model.index(0, Column.RESPONSIBLE)) == "Unassigned"
    assert model.data(model.index(0, Column.REQUESTER), Qt.ItemDataRole.ToolTipRole) == (
        "María Pérez · Norte"
    )
    assert model.data(model.index(1, Column.ID), TICKET_ID_ROLE) == 2
    # A ticket that stopped being visible is not asked for again and says so.
    assert model.data(model.index(1, Column.SUBJECT)) == "(no longer visible)"
    assert model.row_of(2) == 1 and model.ticket_id(5) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_clicking_a_header_asks_for_a_new_order(qtbot, model) -> None:
    with qtbot.waitSignal(model.sortRequested) as sort:
        model.sort(Column.SLA, Qt.SortOrder.AscendingOrder)
    assert sort.args == [SortKey.DUE, False]
