"""SPEC §1 visibility, enforced by the store's queries."""

from __future__ import annotations

from desk_app.local_store.ticket_detail_queries import ticket_detail
from desk_app.local_store.ticket_filters import TicketFilter, TicketView
from desk_app.local_store.ticket_list_queries import ticket_ids, ticket_rows
from desk_app.local_store.ticket_writes import NewTicket, change_ticket, create_ticket
from tests.local_store.conftest import NOW


def _new(requester: int, responsible: int | None = None) -> NewTicket:
    return NewTicket(subject="Caso", body="", requester_id=requester, ticket_type="task",
                     channel="phone", responsible_id=responsible)  # fmt: skip


def test_each_role_sees_what_spec_section_1_says(store, people, viewer_of) -> None:
    ana, beto = viewer_of("ana"), viewer_of("beto")
    lucia, admin = viewer_of("lucia"), viewer_of("admin")
    with store.transaction() as s:
        in_ana_network = create_ticket(s, admin, _new(people["jose"]), NOW).id
        assigned_to_ana = create_ticket(s, admin, _new(people["rosa"], people["ana"]), NOW).id
        created_by_ana = create_ticket(s, ana, _new(people["rosa"]), NOW).id
        beto_only = create_ticket(s, admin, _new(people["rosa"]), NOW).id
    everything = {in_ana_network, assigned_to_ana, created_by_ana, beto_only}
    with store.session() as s:
        assert set(ticket_ids(s, ana, TicketFilter())) == everything - {beto_only}
        assert set(ticket_ids(s, beto, TicketFilter())) == everything - {in_ana_network}
        # Lucía leads Ana's team, not Beto's: she sees exactly what Ana sees.
        assert set(ticket_ids(s, lucia, TicketFilter())) == everything - {beto_only}
        assert set(ticket_ids(s, admin, TicketFilter())) == everything
        assert ticket_detail(s, ana, beto_only) is None
        assert set(ticket_rows(s, ana, list(everything))) == everything - {beto_only}
        assert set(ticket_ids(s, ana, TicketFilter(view=TicketView.MINE))) == {assigned_to_ana}
        unassigned = set(ticket_ids(s, ana, TicketFilter(view=TicketView.UNASSIGNED)))
        assert unassigned == {in_ana_network, created_by_ana}


def test_a_hidden_ticket_cannot_be_changed(store, people, viewer_of) -> None:
    import pytest

    with store.transaction() as s:
        hidden = create_ticket(s, viewer_of("admin"), _new(people["rosa"]), NOW).id
    with pytest.raises(LookupError), store.transaction() as s:
        change_ticket(s, viewer_of("ana"), hidden, {"subject": "mío"}, NOW)


def test_counts_agree_with_the_lists(store, people, viewer_of) -> None:
    from desk_app.local_store.ticket_list_queries import ticket_count, ticket_counts

    admin = viewer_of("admin")
    with store.transaction() as s:
        for requester in ("jose", "rosa", "jose"):
            create_ticket(s, admin, _new(people[requester], people["ana"]), NOW)
    with store.session() as s:
        for username in ("ana", "beto", "lucia", "admin"):
            viewer = viewer_of(username)
            for text in ("", "caso", "nada"):
                counts = ticket_counts(s, viewer, text)
                for view in TicketView:
                    flt = TicketFilter(view=view, text=text)
                    expected = len(ticket_ids(s, viewer, flt))
                    assert ticket_count(s, viewer, flt) == counts[view] == expected
