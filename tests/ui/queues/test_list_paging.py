"""The list arrives as its first page and pages in the rest: scrolling shows every ticket of
the list, in the list's order, for every sort key; qtmodeltester watches the model grow."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from sqlalchemy import select

from desk_app.local_store.demo import ensure_demo
from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.models import User
from desk_app.local_store.ticket_list_queries import TicketRow, ticket_ids
from desk_app.local_store.visibility import viewer_for
from desk_app.services.ticket_rows import BadgeState, SlaBadge, TicketListRow
from desk_app.services.tickets import TicketService
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.ticket_list_panel import TicketListPanel
from desk_app.ui.ticket_table_model import SORT_KEYS, Column, TicketTableModel

T0 = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)
FULL = list(range(2000, 1000, -3))  # 334 tickets, newest first


def _row(ticket_id: int) -> TicketListRow:
    ticket = TicketRow(
        id=ticket_id, subject=f"Caso {ticket_id}", status="open", status_name="Open",
        stage="todo", priority="normal", criticality=None, channel="email", flag="none",
        level="L1", requester_name=None, company_name=None, responsible_id=None,
        responsible_name=None, created_at=T0, updated_at=T0, response_due_at=None,
        resolution_due_at=None, first_response_at=None, resolved_at=None,
    )  # fmt: skip
    return TicketListRow(ticket, SlaBadge(BadgeState.NONE))


class FakeStore:
    """Serves pages of FULL like the worker: on a later turn of the event loop."""

    def __init__(self) -> None:
        self.pages: list[tuple[int, int]] = []

    def load_rows(self, ids, deliver) -> None:
        QTimer.singleShot(0, lambda: deliver({i: _row(i) for i in ids}))

    def load_page(self, offset, limit, deliver) -> None:
        self.pages.append((offset, limit))
        ids = FULL[offset : offset + limit]
        QTimer.singleShot(0, lambda: deliver(ids, {i: _row(i) for i in ids}))


@pytest.fixture
def fake() -> FakeStore:
    return FakeStore()


@pytest.fixture
def model(fake) -> TicketTableModel:
    return TicketTableModel(fake.load_rows, load_page=fake.load_page)


def _first(model: TicketTableModel, **kwargs) -> None:
    size = model.PAGE_SIZE
    model.set_ids(FULL[:size], rows={i: _row(i) for i in FULL[:size]}, **kwargs)


def test_fetch_more_pages_in_the_rest_in_order(qtmodeltester, qtbot, model, fake) -> None:
    _first(model, more=True)
    assert model.first_page_loaded and model.rowCount() == model.PAGE_SIZE
    assert not fake.pages  # the first page came with its rows: nothing asked for
    qtmodeltester.check(model, force_py=True)
    # The tester asks for more itself; then the view would, as the user reaches the end.
    while model.has_more:
        qtbot.waitUntil(lambda: model.canFetchMore(QModelIndex()) or not model.has_more)
        if model.has_more:
            model.fetchMore(QModelIndex())
            assert not model.canFetchMore(QModelIndex())  # one page on its way at a time
    assert model.ids() == FULL and model.rowCount() == len(FULL)
    assert [offset for offset, _ in fake.pages] == list(range(100, 400, 100))  # each once
    last = model.index(len(FULL) - 1, Column.SUBJECT)
    assert model.data(last) == f"Caso {FULL[-1]}"


def test_the_length_arriving_later_gives_the_table_its_height(qtbot, model, fake) -> None:
    _first(model, more=True)
    model.set_total(len(FULL))
    assert model.rowCount() == len(FULL) and not model.canFetchMore(QModelIndex())
    assert model.ticket_id(250) is None  # not loaded yet: a placeholder
    assert model.data(model.index(250, Column.SUBJECT)) == "Loading…"
    qtbot.waitUntil(lambda: model.ticket_id(250) == FULL[250])
    assert fake.pages == [(200, 100)]
    assert model.data(model.index(250, Column.SUBJECT)) == f"Caso {FULL[250]}"
    assert model.data(model.index(250, Column.ID)) == str(FULL[250])


def test_a_list_that_shrank_since_it_was_counted_shows_no_ticket_past_its_end(qtbot, model) -> None:
    _first(model, total=len(FULL) + 50)  # counted when 50 more were in the list
    model.data(model.index(len(FULL) + 10, Column.SUBJECT))
    qtbot.waitUntil(lambda: model.ticket_id(len(FULL) - 1) == FULL[-1])
    assert model.data(model.index(len(FULL) + 10, Column.SUBJECT)) == "(no longer visible)"


def test_a_page_for_an_older_list_is_dropped(qtbot, fake) -> None:
    held = []
    model = TicketTableModel(
        fake.load_rows, load_page=lambda offset, n, deliver: held.append((offset, n, deliver))
    )
    _first(model, more=True)
    model.fetchMore(QModelIndex())
    model.set_ids([1, 2, 3])
    offset, limit, deliver = held[0]
    deliver(FULL[offset : offset + limit], {i: _row(i) for i in FULL[offset : offset + limit]})
    assert model.ids() == [1, 2, 3]


# -- the panel on a real store ------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(Path(tmp_path_factory.mktemp("paging")) / "ws")
    ensure_demo(store, 260)
    yield store
    store.close()


@pytest.fixture
def admin_panel(qtbot, demo) -> Iterator[TicketListPanel]:
    with demo.session() as s:
        name = s.scalars(select(User.username).where(User.role == "admin")).one()
        viewer = viewer_for(s, name)
    runner = DbRunner(demo)
    panel = TicketListPanel(runner, TicketService(viewer))
    qtbot.addWidget(panel)
    panel.resize(1000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.is_loaded)
    yield panel
    runner.shutdown()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("column", list(SORT_KEYS))
def test_scrolling_the_list_shows_every_ticket_in_its_order(
    qtmodeltester, qtbot, demo, admin_panel, column
) -> None:
    panel, model = admin_panel, admin_panel.model
    qtmodeltester.check(model, force_py=True)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        panel.table.sortByColumn(column, order)
        flt = panel.current_filter
        assert flt.sort is SORT_KEYS[column]
        assert flt.descending == (order == Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: panel.is_loaded)
        with demo.session() as s:
            expected = ticket_ids(s, panel._service.viewer, flt)
        assert len(expected) > 2 * model.PAGE_SIZE
        qtbot.waitUntil(lambda expected=expected: model.rowCount() == len(expected))
        # The user scrolls down the list: each screenful shows its tickets once painted.
        for row in range(0, model.rowCount(), 40):
            panel.table.scrollTo(model.index(row, Column.SUBJECT))
            qtbot.waitUntil(lambda row=row: model.cached_row(row) is not None)
        panel.table.scrollToBottom()
        qtbot.waitUntil(lambda expected=expected: model.ids() == expected)
        last = model.index(len(expected) - 1, Column.ID)
        assert model.data(last) == str(expected[-1])
        assert model.data(model.index(len(expected) - 1, Column.SUBJECT)) not in (
            "Loading…", "(no longer visible)")  # fmt: skip


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_list_shows_before_its_counts_and_takes_its_length_from_them(
    qtbot, demo, admin_panel
) -> None:
    panel, model = admin_panel, admin_panel.model
    shown: list[tuple[int, bool, bool]] = []
    model.modelReset.connect(
        lambda: shown.append((model.rowCount(), model.has_more, panel.list_counts is None))
    )
    panel.search.setText("c")  # new text: new counts, queued after the list's job
    qtbot.waitUntil(lambda: bool(shown) and panel.is_loaded)
    with demo.session() as s:
        expected = ticket_ids(s, panel._service.viewer, panel.current_filter)
    assert len(expected) > 2 * model.PAGE_SIZE
    # Painted from the first page alone, while the counts were still on their way ...
    assert shown[0] == (model.PAGE_SIZE, True, True)
    # ... which then gave the table its full length.
    assert model.rowCount() == len(expected) and not model.has_more
    assert panel.list_counts is not None
    assert panel.list_counts.total(panel.current_filter) == len(expected)
    panel.table.scrollToBottom()  # the last page is asked for by position
    qtbot.waitUntil(lambda: model.cached_row(len(expected) - 1) is not None)
    assert model.ids()[: model.PAGE_SIZE] == expected[: model.PAGE_SIZE]
    assert model.ticket_id(len(expected) - 1) == expected[-1]
    assert model.ticket_id(model.PAGE_SIZE + 1) is None  # never painted: never loaded
