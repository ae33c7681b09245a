"""The read side the window and the command line share: ids, counts, detail, search."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk_app.local_store.models import TicketHistory
from desk_app.local_store.ticket_filters import TicketFilter, TicketView
from desk_app.services.ticket_rows import BadgeState
from desk_app.services.tickets import EmptySearchError, TicketService


@pytest.fixture
def service(desk, fixed_clock):
    return TicketService(desk.viewer("ana"), clock=fixed_clock)


def test_counts_per_view_follow_visibility_and_search(desk, service) -> None:
    with desk.store.session() as s:
        counts = service.counts(s)
        searched = service.counts(s, "facturacion")
    assert counts == {
        TicketView.ALL: 3,
        TicketView.MINE: 2,
        TicketView.UNASSIGNED: 1,
        TicketView.OPEN: 2,
        TicketView.WAITING: 0,
        TicketView.CLOSED: 1,
    }
    assert searched[TicketView.ALL] == 1
    assert searched[TicketView.CLOSED] == 0


def test_ids_are_ordered_most_recently_updated_first(desk, service) -> None:
    with desk.store.session() as s:
        ids = service.ids(s, TicketFilter())
    assert ids == [desk.ids["invoice"], desk.ids["printer"], desk.ids["closing"]]


def test_search_ignores_accents_and_case_and_hides_other_networks(desk, service) -> None:
    admin = TicketService(desk.viewer("admin"))
    with desk.store.session() as s:
        assert [r.id for r in service.search(s, "FACTURACION")] == [desk.ids["invoice"]]
        assert [r.id for r in service.search(s, "certificado")] == [desk.ids["invoice"]]
        assert service.search(s, "portal") == []
        assert [r.id for r in admin.search(s, "portal")] == [desk.ids["hidden"]]
        with pytest.raises(EmptySearchError):
            service.search(s, ' " * ')


def test_detail_has_sla_clocks_names_and_queue_wait(desk, service) -> None:
    with desk.store.transaction() as s:
        s.add(TicketHistory(ticket_id=desk.ids["invoice"], at=desk.now, field="responsible",
                            old_value=None, new_value=str(desk.ids["ana"])))  # fmt: skip
    with desk.store.session() as s:
        view = service.detail(s, desk.ids["invoice"])
        printer = service.detail(s, desk.ids["printer"])
        hidden = service.detail(s, desk.ids["hidden"])
    assert hidden is None
    assert view is not None and printer is not None
    assert view.detail.row.subject == "Error de facturación en CFDI"
    assert view.first_response.state is BadgeState.OK
    assert view.resolution.remaining == timedelta(hours=6)
    assert view.sla == view.resolution
    assert view.queue_wait is None  # assigned
    responsible = [h for h in view.detail.history if h.field == "responsible"]
    assert responsible[0].new_value == "Ana López"
    assert printer.queue_wait == timedelta(minutes=30)
    assert printer.legal_deadline is None


def test_detail_shows_the_pqrs_legal_deadline(desk, service) -> None:
    complaint = desk.add_ticket("Queja por demora", pqrs_kind="complaint")
    with desk.store.session() as s:
        view = service.detail(s, complaint)
    assert view is not None and view.legal_deadline is not None
    # Fifteen calendar days, counted from the day after filing, to the end of the day.
    assert view.legal_deadline.date() == (desk.now - timedelta(hours=1)).date() + timedelta(15)
