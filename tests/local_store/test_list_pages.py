"""The list fetched page by page is the whole list, in the same order, for every sort key,
role, queue and search; and the two ways of applying a search give the same tickets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desk_app.local_store import ticket_filters
from desk_app.local_store.demo import ensure_demo
from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.models import Ticket, User
from desk_app.local_store.ticket_filters import (
    ColumnFilter,
    FilterField,
    SortKey,
    TicketFilter,
    TicketQueue,
    TicketView,
)
from desk_app.local_store.ticket_list_queries import (
    first_ids,
    ticket_count,
    ticket_ids,
    ticket_in_list,
)
from desk_app.local_store.visibility import Viewer, viewer_for

PAGE = 37


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(Path(tmp_path_factory.mktemp("pages")) / "ws")
    ensure_demo(store, 300)
    with store.transaction() as s:  # some tickets without a due time: they sort last
        s.execute(update(Ticket).where(Ticket.id % 7 == 0).values(resolution_due_at=None))
    yield store
    store.close()


def _viewers(store: Store) -> dict[str, Viewer]:
    with store.session() as s:
        names = {role: s.scalars(select(User.username).where(User.role == role)
                                 .order_by(User.id)).first()
                 for role in ("advisor", "leader", "admin")}  # fmt: skip
        return {role: viewer_for(s, str(name)) for role, name in names.items()}


def _paged(store: Store, viewer: Viewer, flt: TicketFilter) -> list[int]:
    ids: list[int] = []
    with store.session() as s:
        while True:
            page = ticket_ids(s, viewer, flt, limit=PAGE, offset=len(ids))
            ids += page
            if len(page) < PAGE:
                return ids


FILTERS = [
    TicketFilter(),
    TicketFilter(queue=TicketQueue.NETWORK),
    TicketFilter(view=TicketView.OPEN, text="c"),
    TicketFilter(text="factura"),
    TicketFilter(queue=TicketQueue.UNASSIGNED_L1),
    TicketFilter(columns=(ColumnFilter(FilterField.CRITICALITY, frozenset({"", "severe"})),)),
]


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_pages_put_together_are_the_whole_list_in_order(demo, sort, descending) -> None:
    for role, viewer in _viewers(demo).items():
        for base in FILTERS:
            flt = replace(base, sort=sort, descending=descending)
            with demo.session() as s:
                whole = ticket_ids(s, viewer, flt)
                first = first_ids(s, viewer, flt, PAGE)
                assert ticket_count(s, viewer, flt) == len(whole)
            assert len(set(whole)) == len(whole)
            assert _paged(demo, viewer, flt) == whole, (role, base)
            assert first.ids == whole[:PAGE]
            assert first.more == (len(whole) > PAGE)


def test_the_lists_are_long_enough_to_page(demo) -> None:
    viewers = _viewers(demo)
    with demo.session() as s:
        assert len(ticket_ids(s, viewers["advisor"], TicketFilter())) > PAGE
        assert len(ticket_ids(s, viewers["admin"], FILTERS[2])) > PAGE


def test_due_order_puts_tickets_without_a_due_time_last(demo) -> None:
    admin = _viewers(demo)["admin"]
    flt = TicketFilter(sort=SortKey.DUE, descending=False)
    with demo.session() as s:
        ids = ticket_ids(s, admin, flt)
        due = {i: d for i, d in s.execute(select(Ticket.id, Ticket.resolution_due_at))}
    values = [due[i] for i in ids]
    known = [v for v in values if v is not None]
    assert known and None in values
    assert values == known + [None] * (len(values) - len(known))
    assert known == sorted(known)


@pytest.mark.parametrize("text", ["f", "fact", "garcía", "nómina isr", "zzzz"])
def test_many_and_few_search_matches_give_the_same_list(demo, monkeypatch, text) -> None:
    """Above MANY_MATCHES the list walks its index and probes the matches; below, it reads the
    matches: both must list the same tickets in the same order."""
    for viewer in _viewers(demo).values():
        flt = TicketFilter(text=text)
        with demo.session() as s:
            monkeypatch.setattr(ticket_filters, "MANY_MATCHES", 10**9)
            few = ticket_ids(s, viewer, flt)
            monkeypatch.setattr(ticket_filters, "MANY_MATCHES", 0)
            many = ticket_ids(s, viewer, flt)
        assert few == many


def test_a_ticket_is_found_in_its_list_wherever_it_is(demo) -> None:
    viewers = _viewers(demo)
    flt = TicketFilter(view=TicketView.OPEN)
    with demo.session() as s:
        advisor_open = ticket_ids(s, viewers["advisor"], flt)
        admin_all = ticket_ids(s, viewers["admin"], TicketFilter())
        last = advisor_open[-1]
        assert ticket_in_list(s, viewers["advisor"], flt, last)
        hidden = next(i for i in admin_all if i not in set(advisor_open))
        assert not ticket_in_list(s, viewers["advisor"], flt, hidden)


@pytest.mark.parametrize(
    ("sort", "index"),
    [
        (SortKey.UPDATED, "ix_tickets_list_updated"),
        (SortKey.DUE, "ix_tickets_list_due"),
        (SortKey.CRITICALITY, "ix_tickets_list_criticality"),
    ],
)
def test_a_page_walks_the_covering_index_of_its_order(demo, sort, index) -> None:
    """The plan, not a timing: the first page of a leader's list reads one narrow index in
    display order (migration 0004), instead of collecting every visible ticket first."""
    leader = _viewers(demo)["leader"]
    flt = TicketFilter(sort=sort, queue=TicketQueue.NETWORK)
    with demo.session() as s:
        query = ticket_filters.ordered(
            ticket_filters.filtered(leader, flt, Ticket.id, None), flt
        ).limit(50)
        sql = str(query.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
        plan = " | ".join(row[3] for row in s.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + sql))  # fmt: skip
    assert f"SCAN tickets USING COVERING INDEX {index}" in plan
    assert "MULTI-INDEX OR" not in plan
