"""TicketActions: one transaction per action, Changed back, and the reads a form needs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk_app.local_store.models import Category, Comment, OutboxOp, Ticket, TicketHistory
from desk_app.services.ticket_actions import Changed, TicketActions, ValidationError
from desk_app.services.tickets import TicketService


@pytest.fixture
def actions(desk, fixed_clock) -> TicketActions:
    return TicketActions(desk.store, desk.viewer("ana"), fixed_clock)


def _counts(desk) -> tuple[int, int, int]:
    with desk.store.session() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(m))
            for m in (TicketHistory, OutboxOp, Comment)
        )


def test_change_status_into_done_follows_the_close_rules(desk, actions) -> None:
    before = _counts(desk)
    with pytest.raises(ValidationError) as error:
        actions.change_status(desk.ids["printer"], "closed")  # nobody's: Ana must take it first
    assert "responsible_id" in error.value.errors
    assert _counts(desk) == before
    changed = actions.change_status(desk.ids["invoice"], "closed")
    assert changed == Changed(desk.ids["invoice"], ("status", "closed_by_id"))
    with desk.store.session() as s:
        ticket = s.get(Ticket, desk.ids["invoice"])
        assert ticket is not None and ticket.resolved_at == desk.now
        assert ticket.closed_by_id == desk.ids["ana"]


def test_update_leaves_status_and_responsible_to_their_actions(desk, actions) -> None:
    with pytest.raises(ValidationError) as error:
        actions.update(desk.ids["invoice"], {"status": "closed", "responsible_id": None})
    assert set(error.value.errors) == {"status", "responsible_id"}
    assert actions.update(desk.ids["invoice"], {"priority": "critical"}).fields == ("priority",)


def test_assign_is_take_for_me_dispatch_for_others(desk, actions) -> None:
    printer = desk.ids["printer"]
    assert actions.assign(printer, desk.ids["ana"]).fields == ("responsible_id", "status", "flag")
    assert actions.assign(printer, desk.ids["beto"]).fields == ("responsible_id", "status", "flag")
    assert actions.assign(printer, None).fields == ("responsible_id",)


def test_merge_reports_both_tickets_and_comments_and_time_say_what_changed(desk, actions) -> None:
    duplicate = desk.add_ticket("Factura sin timbrar", status="open")
    changed = actions.merge(duplicate, desk.ids["invoice"])
    assert changed.related == (desk.ids["invoice"],)
    assert "merged_into_id" in changed.fields
    invoice = desk.ids["invoice"]
    assert actions.reply(invoice, "Ya quedó", public=True).fields == ("comments",)
    assert actions.log_time(invoice, "L1", 20).fields == ("time",)
    remind = desk.now + timedelta(hours=3)
    assert actions.add_follow_up(invoice, remind, "Confirmar").fields == ("follow_ups",)
    with desk.store.session() as s:
        state = actions.edit_state(s, invoice)
    assert state is not None
    assert [(t.id, t.subject) for t in state.merged_from] == [(duplicate, "Factura sin timbrar")]
    (follow_up,) = state.follow_ups
    assert actions.complete_follow_up(follow_up.id) == Changed(invoice, ("follow_ups",))


def test_edit_state_splits_category_and_offers_the_choices(desk, actions) -> None:
    with desk.store.transaction() as s:
        parent = Category(name="Facturación")
        s.add(parent)
        s.flush()
        child = Category(name="Timbrado", parent_id=parent.id)
        s.add(child)
        s.flush()
        s.get(Ticket, desk.ids["invoice"]).category_id = child.id  # type: ignore[union-attr]
        ids = parent.id, child.id
    with desk.store.session() as s:
        state = actions.edit_state(s, desk.ids["invoice"])
        hidden = actions.edit_state(s, desk.ids["hidden"])
        check = actions.close_check(s, desk.ids["invoice"])
    assert hidden is None
    assert state is not None
    assert (state.category_id, state.subcategory_id) == ids
    assert state.category_path(ids[1]) == "Facturación › Timbrado"
    assert [s.key for s in state.statuses] == ["open", "in_progress", "waiting_customer", "closed"]
    assert [u.full_name for u in state.users][:2] == ["Administración", "Ana López"]
    assert state.responsible_id == desk.ids["ana"] and not state.is_done
    assert "facturación" in state.known_tags
    assert check.is_responsible and check.gaps  # no tags, no time logged


def test_the_detail_carries_the_full_sla_snapshot(desk, fixed_clock) -> None:
    service = TicketService(desk.viewer("ana"), clock=fixed_clock)
    with desk.store.session() as s:
        view = service.detail(s, desk.ids["invoice"])
    assert view is not None and view.sla_snapshot is not None
    assert view.sla_snapshot.resolution.allowed is not None
    assert view.sla_snapshot.resolution.used == timedelta(hours=2)
