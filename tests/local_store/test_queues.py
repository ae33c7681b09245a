"""Queues, column filters, sort orders and the live SLA of list rows, on hand-built tickets.

Each role's queues are checked against sets written out by hand (SPEC §1 visibility applies
inside every queue), and every count against the list it stands for.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event, update

from desk_app.local_store.models import StatusDefinition, Ticket
from desk_app.local_store.sla_context import SlaContext
from desk_app.local_store.ticket_filters import (
    NO_VALUE,
    ColumnFilter,
    FilterField,
    SortKey,
    TicketFilter,
    TicketQueue,
    TicketView,
)
from desk_app.local_store.ticket_list_queries import (
    filter_choices,
    list_counts,
    status_histories,
    ticket_count,
    ticket_ids,
    ticket_rows,
)
from desk_app.local_store.ticket_writes import NewTicket, change_ticket, create_ticket
from desk_app.services.queues import QueueService
from desk_app.services.ticket_rows import BadgeState, list_badge, sla_snapshot
from desk_app.services.tickets import TicketService
from tests.local_store.conftest import NOW

Q = TicketQueue


@pytest.fixture
def tickets(store, people, viewer_of) -> dict[str, int]:
    """Tickets named for what they test; all created by the admin at NOW - 1 h."""
    admin = viewer_of("admin")
    created = NOW - timedelta(hours=1)
    spec = {
        # name: (requester, responsible, level, status, criticality, resolution due in h)
        "ana_doing": ("rosa", "ana", "L1", "in_progress", "severe", 30),
        "l1": ("jose", None, "L1", "open", None, 30),
        "l2": ("jose", None, "L2", "open", "minor", 30),
        "l3": ("jose", None, "L3", "open", "critical", 30),
        "l3_closed": ("jose", None, "L3", "closed", None, None),
        "waiting": ("jose", "beto", "L1", "waiting_customer", "moderate", 30),
        "overdue": ("jose", "ana", "L2", "in_progress", "critical", -1),
        "due_soon": ("jose", "ana", "L1", "in_progress", "severe", 3),
        "due_later": ("jose", "ana", "L1", "in_progress", "severe", 5),
        "paused_soon": ("jose", "ana", "L1", "waiting_customer", None, 1),
        "paused_over": ("jose", "ana", "L1", "waiting_customer", None, -2),
        "closed_over": ("jose", "ana", "L1", "closed", None, -5),
        "beto_only": ("rosa", "beto", "L1", "in_progress", "minor", 30),
    }
    ids: dict[str, int] = {}
    with store.transaction() as s:
        for name, (requester, responsible, level, status, criticality, _due) in spec.items():
            draft = NewTicket(
                subject=f"Caso {name}", body="", requester_id=people[requester],
                ticket_type="task", channel="email" if name == "due_soon" else "phone",
                responsible_id=people[responsible] if responsible else None,
                criticality=criticality, level=level,
            )  # fmt: skip
            ticket = create_ticket(s, admin, draft, created)
            if status != "open":
                change_ticket(s, admin, ticket.id, {"status": status}, created)
            ids[name] = ticket.id
        # The due-time cache set by hand, so "due soon" is tested against known instants.
        for name, (*_, due) in spec.items():
            at = None if due is None else NOW + timedelta(hours=due)
            s.execute(update(Ticket).where(Ticket.id == ids[name])
                      .values(resolution_due_at=at, response_due_at=None))  # fmt: skip
        # A first response due within the window counts only until it is given.
        for name, answered in (("response_due", None), ("response_given", NOW)):
            draft = NewTicket(subject=f"Caso {name}", body="", requester_id=people["jose"],
                              ticket_type="task", channel="chat",
                              responsible_id=people["ana"])  # fmt: skip
            ticket = create_ticket(s, admin, draft, created)
            s.execute(update(Ticket).where(Ticket.id == ticket.id).values(
                response_due_at=NOW + timedelta(hours=1), first_response_at=answered,
                resolution_due_at=NOW + timedelta(hours=30)))  # fmt: skip
            ids[name] = ticket.id
    return ids


def _ids(store, viewer, **kwargs) -> set[int]:
    with store.session() as s:
        return set(ticket_ids(s, viewer, TicketFilter(now=NOW, **kwargs)))


def _named(tickets, *names: str) -> set[int]:
    return {tickets[n] for n in names}


def test_the_advisors_queues(store, tickets, viewer_of) -> None:
    ana = viewer_of("ana")
    everything_but_beto = set(tickets.values()) - {tickets["beto_only"]}
    expected = {
        Q.MINE: _named(tickets, "ana_doing", "overdue", "due_soon", "due_later", "paused_soon",
                       "paused_over", "closed_over", "response_due", "response_given"),
        Q.UNASSIGNED_L1: _named(tickets, "l1"),
        Q.UNASSIGNED_L2: _named(tickets, "l2"),
        Q.UNASSIGNED_L3: _named(tickets, "l3"),  # not the closed one
        Q.NETWORK: everything_but_beto - _named(tickets, "ana_doing"),  # José is Azteca's
        Q.WAITING: _named(tickets, "waiting", "paused_soon", "paused_over"),
        # Past due or due within 4 h, not done; a paused ticket only once it is past due.
        Q.DUE_SOON: _named(tickets, "overdue", "due_soon", "paused_over", "response_due"),
        Q.ALL: everything_but_beto,
    }  # fmt: skip
    for queue, members in expected.items():
        assert _ids(store, ana, queue=queue) == members, queue


def test_queues_follow_each_roles_visibility(store, tickets, viewer_of) -> None:
    beto, lucia, admin = viewer_of("beto"), viewer_of("lucia"), viewer_of("admin")
    # Beto serves Farmacias del Sol (Rosa): his network is Rosa's tickets.
    assert _ids(store, beto, queue=Q.NETWORK) == _named(tickets, "ana_doing", "beto_only")
    assert _ids(store, beto, queue=Q.MINE) == _named(tickets, "waiting", "beto_only")
    assert _ids(store, beto, queue=Q.UNASSIGNED_L1) == set()  # José is not his
    # Lucía leads Ana's team: "my network" is the team's, "mine" only hers (none).
    assert _ids(store, lucia, queue=Q.NETWORK) == _ids(store, viewer_of("ana"), queue=Q.NETWORK)
    assert _ids(store, lucia, queue=Q.MINE) == set()
    assert _ids(store, lucia, queue=Q.ALL) == set(tickets.values()) - _named(tickets, "beto_only")
    # The admin sees everything, and serves no partner himself.
    assert _ids(store, admin, queue=Q.ALL) == set(tickets.values())
    assert _ids(store, admin, queue=Q.NETWORK) == set()
    assert _ids(store, admin, queue=Q.UNASSIGNED_L3) == _named(tickets, "l3")


def test_all_counts_come_from_one_query_and_match_the_lists(store, tickets, viewer_of) -> None:
    statements: list[str] = []

    def count(*args) -> None:
        if args[2].lstrip().upper().startswith("SELECT"):
            statements.append(args[2])

    filters = [
        (),
        (ColumnFilter(FilterField.CRITICALITY, frozenset({"severe", NO_VALUE})),),
        (ColumnFilter(FilterField.STATUS, frozenset({"in_progress"})),
         ColumnFilter(FilterField.LEVEL, frozenset({"L1"}))),
    ]  # fmt: skip
    for username in ("ana", "beto", "lucia", "admin"):
        viewer = viewer_of(username)
        for columns in filters:
            for text in ("", "caso", "nada"):
                flt = TicketFilter(text=text, columns=columns, now=NOW)
                event.listen(store.engine, "before_cursor_execute", count)
                try:
                    with store.session() as s:
                        counts = list_counts(s, viewer, flt)
                finally:
                    event.remove(store.engine, "before_cursor_execute", count)
                assert len(statements) == 1
                statements.clear()
                with store.session() as s:
                    for queue in TicketQueue:
                        sliced = TicketFilter(text=text, columns=columns, queue=queue, now=NOW)
                        assert counts.queues[queue] == len(ticket_ids(s, viewer, sliced))
                        assert counts.total(sliced) == counts.queues[queue]
                    for view in TicketView:
                        sliced = TicketFilter(view=view, text=text, columns=columns, now=NOW)
                        assert counts.views[view] == ticket_count(s, viewer, sliced)
                        assert counts.total(sliced) == counts.views[view]


def test_column_filters_combine_with_and_and_values_with_or(store, tickets, viewer_of, people):
    ana = viewer_of("ana")
    unset_or_critical = ColumnFilter(FilterField.CRITICALITY, frozenset({NO_VALUE, "critical"}))
    assert _ids(store, ana, columns=(unset_or_critical,)) == _named(
        tickets, "l1", "l3", "l3_closed", "overdue", "paused_soon", "paused_over",
        "closed_over", "response_due", "response_given",
    )  # fmt: skip
    level_l3 = ColumnFilter(FilterField.LEVEL, frozenset({"L3"}))
    assert _ids(store, ana, columns=(unset_or_critical, level_l3)) == _named(
        tickets, "l3", "l3_closed"
    )
    unassigned = ColumnFilter(FilterField.RESPONSIBLE, frozenset({NO_VALUE}))
    beto = ColumnFilter(FilterField.RESPONSIBLE, frozenset({str(people["beto"])}))
    assert _ids(store, ana, columns=(unassigned,)) == _named(tickets, "l1", "l2", "l3",
                                                             "l3_closed")  # fmt: skip
    assert _ids(store, ana, columns=(beto,)) == _named(tickets, "waiting")
    email = ColumnFilter(FilterField.CHANNEL, frozenset({"email"}))
    assert _ids(store, ana, columns=(email,), queue=Q.DUE_SOON) == _named(tickets, "due_soon")
    nothing = ColumnFilter(FilterField.FLAG, frozenset())
    assert _ids(store, ana, columns=(nothing,)) == set()
    with store.session() as s:
        choices = filter_choices(s, ana)
    assert [key for key, _name, _stage in choices.statuses] == [
        "open", "in_progress", "waiting_customer", "closed"
    ]  # fmt: skip
    # Only owners of tickets Ana can see: Beto owns one she sees (waiting), so he is offered.
    assert [name for _id, name in choices.responsibles] == ["Ana López", "Beto Díaz"]


def test_sort_orders_follow_severity_and_the_status_order(store, tickets, viewer_of) -> None:
    ana = viewer_of("ana")
    with store.transaction() as s:  # an intermediate status placed between the defaults
        s.add(StatusDefinition(key="a_review", name="Review", stage="doing", position=25))
        s.flush()
        s.execute(update(Ticket).where(Ticket.id == tickets["due_later"])
                  .values(status="a_review"))  # fmt: skip
    with store.session() as s:
        ids = ticket_ids(s, ana, TicketFilter(sort=SortKey.CRITICALITY, descending=True))
        rows = ticket_rows(s, ana, ids)
        by_status = ticket_ids(s, ana, TicketFilter(sort=SortKey.STATUS, descending=False))
        status_rows = ticket_rows(s, ana, by_status)
        first_two = ticket_ids(s, ana, TicketFilter(sort=SortKey.ID, descending=False), limit=2)
        by_due = ticket_ids(s, ana, TicketFilter(sort=SortKey.DUE, descending=False))
    severities = [rows[i].criticality for i in ids]
    ranked = [s for s in severities if s is not None]
    assert ranked == sorted(ranked, key=["critical", "severe", "moderate", "minor"].index)
    assert severities[len(ranked) :] == [None] * (len(severities) - len(ranked))  # unset last
    statuses = [status_rows[i].status for i in by_status]
    order = ["open", "in_progress", "a_review", "waiting_customer", "closed"]
    assert statuses == sorted(statuses, key=order.index)
    assert "a_review" in statuses
    assert first_two == sorted(tickets.values())[:2]
    assert by_due[0] == tickets["closed_over"]  # the earliest due time first, done or not


def test_live_rows_tick_exactly_as_the_clock_would_compute(store, tickets, viewer_of) -> None:
    """The badge a row computes for a later instant equals a full recomputation then."""
    ana = viewer_of("ana")
    times = {"now": NOW}
    service = QueueService(TicketService(ana, clock=lambda: times["now"]))
    names = ("ana_doing", "l1", "waiting", "overdue", "closed_over", "response_due")
    with store.session() as s:
        live = service.rows(s, [tickets[n] for n in names])
        context = SlaContext.load(s)
        histories = status_histories(s, list(live))
        plain = ticket_rows(s, ana, list(live))
    # Through the evening, the night (clock stopped) and into the next business days.
    for hours in (0, 0.5, 3, 7, 10, 30, 80, 150):
        later = NOW + timedelta(hours=hours)
        for ticket_id, row in live.items():
            snapshot = sla_snapshot(context, plain[ticket_id], histories[ticket_id], later)
            assert row.at(later).sla == list_badge(snapshot), (ticket_id, hours)
    waiting = live[tickets["waiting"]]
    paused_later = waiting.at(NOW + timedelta(hours=30)).sla
    assert waiting.sla.paused and paused_later.remaining == waiting.sla.remaining
    assert paused_later.due_at is not None and waiting.sla.due_at is not None
    assert paused_later.due_at > waiting.sla.due_at  # it assumes the clock resumes now
    assert live[tickets["l1"]].at(NOW + timedelta(hours=150)).sla.state is BadgeState.BREACHED
