"""Ticket actions on the store: each writes change + history + outbox in one transaction, and
bad input changes nothing at all."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk_app.domain.adherence import Gap, is_assessed
from desk_app.domain.kpi import process_adherence_of
from desk_app.local_store import ticket_actions_store as acts
from desk_app.local_store.billing_writes import accept_terms
from desk_app.local_store.follow_ups import (
    complete_follow_up,
    create_follow_up,
    due_follow_ups,
    follow_ups_for,
)
from desk_app.local_store.models import (
    Category,
    Comment,
    FollowUp,
    OutboxOp,
    Queue,
    Ticket,
    TicketHistory,
    User,
)
from desk_app.local_store.ticket_writes import (
    NewTicket,
    ValidationError,
    add_comment,
    change_ticket,
    create_ticket,
    log_time,
)
from tests.local_store.conftest import NOW

LATER = NOW + timedelta(minutes=30)


@pytest.fixture
def reference(store) -> dict[str, int]:
    """Queues per level and a category with two subcategories (and one elsewhere)."""
    with store.transaction() as s:
        s.add_all([Queue(name=f"Nivel {n}", level=f"L{n}") for n in (1, 2, 3)])
        billing = Category(name="Facturación")
        payroll = Category(name="Nómina")
        s.add_all([billing, payroll])
        s.flush()
        stamping = Category(name="Timbrado", parent_id=billing.id)
        credit = Category(name="Notas de crédito", parent_id=billing.id)
        receipts = Category(name="Recibos", parent_id=payroll.id)
        s.add_all([stamping, credit, receipts])
        s.flush()
        queues = {q.level: q.id for q in s.scalars(select(Queue))}
        return {"billing": billing.id, "payroll": payroll.id, "stamping": stamping.id,
                "credit": credit.id, "receipts": receipts.id,
                "q1": queues["L1"], "q2": queues["L2"], "q3": queues["L3"]}  # fmt: skip


@pytest.fixture
def new_ticket(store, people, viewer_of):
    def make(**overrides) -> int:
        values = {"subject": "No timbra", "body": "Error 301", "requester_id": people["jose"],
                  "ticket_type": "problem", "channel": "phone", **overrides}  # fmt: skip
        with store.transaction() as s:
            created = create_ticket(s, viewer_of("ana"), NewTicket(**values), NOW)
            # The customer accepted the terms of attention (issue 7), so it may leave Open.
            accept_terms(s, viewer_of("ana"), created.id, values["requester_id"], "portal", NOW)
            return created.id

    return make


def snapshot(store) -> tuple:
    """Everything an action may write, to compare before and after a refused one."""
    with store.session() as s:
        tickets = s.execute(
            select(Ticket.id, Ticket.status, Ticket.flag, Ticket.responsible_id, Ticket.level,
                   Ticket.queue_id, Ticket.category_id, Ticket.merged_into_id,
                   Ticket.closed_by_id, Ticket.resolved_at, Ticket.custom_fields,
                   Ticket.updated_at).order_by(Ticket.id)
        ).all()  # fmt: skip
        counts = tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (TicketHistory, OutboxOp, Comment, FollowUp)
        )
        return [tuple(t) for t in tickets], counts


def history(store, ticket_id: int, since: int = 0) -> list[tuple]:
    with store.session() as s:
        rows = s.execute(
            select(TicketHistory.field, TicketHistory.old_value, TicketHistory.new_value)
            .where(TicketHistory.ticket_id == ticket_id, TicketHistory.id > since)
            .order_by(TicketHistory.id)
        ).all()  # fmt: skip
        return [tuple(r) for r in rows]


def last_history_id(store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.max(TicketHistory.id))) or 0)


def ops(store, since: int = 0) -> list[tuple]:
    with store.session() as s:
        rows = s.scalars(select(OutboxOp).where(OutboxOp.id > since).order_by(OutboxOp.id))
        return [(o.entity, o.op, o.payload) for o in rows]


def last_op_id(store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.max(OutboxOp.id))) or 0)


def ticket(store, ticket_id: int) -> Ticket:
    with store.session() as s:
        found = s.get(Ticket, ticket_id)
        assert found is not None
        return found


def refused(store, action, *fields: str) -> ValidationError:
    before = snapshot(store)
    with pytest.raises(ValidationError) as error, store.transaction() as s:
        action(s)
    for name in fields:
        assert name in error.value.errors, error.value.errors
    assert snapshot(store) == before
    return error.value


# -- take ------------------------------------------------------------------------------------


def test_take_assigns_me_starts_work_and_flags_blue(store, people, viewer_of,
                                                    new_ticket) -> None:  # fmt: skip
    ticket_id = new_ticket()
    h, o = last_history_id(store), last_op_id(store)
    with store.transaction() as s:
        changed = acts.take(s, viewer_of("ana"), ticket_id, LATER)
    assert changed == ["responsible_id", "status", "flag"]
    taken = ticket(store, ticket_id)
    assert (taken.responsible_id, taken.status, taken.flag) == (people["ana"], "in_progress",
                                                                "blue")  # fmt: skip
    assert taken.assigned_at == LATER and taken.updated_at == LATER
    assert taken.resolution_due_at is not None
    assert history(store, ticket_id, h) == [
        ("responsible", None, str(people["ana"])),
        ("status", "open", "in_progress"),
        ("flag", "none", "blue"),
    ]
    assert ops(store, o) == [("ticket", "update", {"fields": {
        "responsible_id": people["ana"], "status": "in_progress", "flag": "blue"}})]  # fmt: skip
    # Taking it again changes nothing and sends nothing.
    with store.transaction() as s:
        assert acts.take(s, viewer_of("ana"), ticket_id, LATER) == []
    assert last_op_id(store) == o + 1


def test_take_keeps_a_waiting_status_and_a_flag_someone_set(store, viewer_of, new_ticket) -> None:
    ticket_id = new_ticket()
    with store.transaction() as s:
        change_ticket(s, viewer_of("ana"), ticket_id,
                      {"status": "waiting_customer", "flag": "orange"}, NOW)  # fmt: skip
        assert acts.take(s, viewer_of("ana"), ticket_id, LATER) == ["responsible_id"]


def test_a_closed_ticket_cannot_be_taken(store, people, viewer_of, new_ticket) -> None:
    ticket_id = new_ticket(responsible_id=people["ana"])
    with store.transaction() as s:
        acts.close(s, viewer_of("ana"), ticket_id, NOW)
    refused(store, lambda s: acts.take(s, viewer_of("ana"), ticket_id, LATER), "status")


# -- dispatch ----------------------------------------------------------------------------------


def test_dispatch_hands_the_ticket_over_with_a_note(store, people, viewer_of, new_ticket) -> None:
    ticket_id = new_ticket()
    with store.transaction() as s:
        acts.take(s, viewer_of("ana"), ticket_id, NOW)
    h, o = last_history_id(store), last_op_id(store)
    with store.transaction() as s:
        changed = acts.dispatch(s, viewer_of("ana"), ticket_id, people["lucia"],
                                "Lucía conoce el PAC", LATER)  # fmt: skip
    assert changed == ["responsible_id", "status", "flag"]
    moved = ticket(store, ticket_id)
    assert (moved.responsible_id, moved.status, moved.flag) == (people["lucia"], "open", "none")
    assert moved.assigned_at == NOW  # the first assignment is what queue time measures
    assert history(store, ticket_id, h) == [
        ("responsible", str(people["ana"]), str(people["lucia"])),
        ("status", "in_progress", "open"),
        ("flag", "blue", "none"),
    ]
    assert [(e, op) for e, op, _ in ops(store, o)] == [("comment", "create"), ("ticket", "update")]
    with store.session() as s:
        note = s.scalars(select(Comment).where(Comment.ticket_id == ticket_id)).one()
        assert (note.is_public, note.body) == (False, "Lucía conoce el PAC")


def test_dispatch_refuses_unknown_inactive_and_admin_users(store, people, viewer_of,
                                                           new_ticket) -> None:  # fmt: skip
    ticket_id = new_ticket(responsible_id=people["ana"])
    with store.transaction() as s:
        s.add(User(username="ex", full_name="Ex Asesor", role="advisor", is_active=False))
    with store.session() as s:
        inactive = s.scalars(select(User.id).where(User.username == "ex")).one()
    ana = viewer_of("ana")
    for user_id in (999_999, inactive, people["admin"], people["ana"]):
        refused(store, lambda s, u=user_id: acts.dispatch(s, ana, ticket_id, u, "", LATER),
                "responsible_id")  # fmt: skip


# -- escalate ----------------------------------------------------------------------------------


def test_escalate_moves_one_level_up_into_the_levels_queue(store, people, viewer_of, reference,
                                                           new_ticket) -> None:  # fmt: skip
    ticket_id = new_ticket()
    ana = viewer_of("ana")
    with store.transaction() as s:
        acts.take(s, ana, ticket_id, NOW)
    h, o = last_history_id(store), last_op_id(store)
    with store.transaction() as s:
        changed = acts.escalate(s, ana, ticket_id, "  Requiere acceso al servidor del PAC ", LATER)
    assert changed == ["level", "queue_id", "responsible_id", "status", "flag"]
    escalated = ticket(store, ticket_id)
    assert (escalated.level, escalated.queue_id, escalated.responsible_id) == (
        "L2", reference["q2"], None)  # fmt: skip
    assert history(store, ticket_id, h) == [
        ("level", "L1", "L2"),
        ("queue", None, str(reference["q2"])),
        ("responsible", str(people["ana"]), None),
        ("status", "in_progress", "open"),
        ("flag", "blue", "none"),
        ("escalation_reason", None, "Requiere acceso al servidor del PAC"),
    ]
    assert [(e, op) for e, op, _ in ops(store, o)] == [("comment", "create"), ("ticket", "update")]
    with store.session() as s:
        note = s.scalars(select(Comment).where(Comment.ticket_id == ticket_id)).one()
        assert not note.is_public
        assert note.body == "L1 → L2: Requiere acceso al servidor del PAC"
    # Ana still sees it (her network), so she can escalate once more, but not beyond L3.
    with store.transaction() as s:
        acts.escalate(s, ana, ticket_id, "Defecto del producto", LATER)
    assert ticket(store, ticket_id).level == "L3"
    refused(store, lambda s: acts.escalate(s, ana, ticket_id, "Más arriba", LATER), "level")


def test_escalating_a_ticket_i_only_see_as_its_responsible(store, people, viewer_of, reference,
                                                          new_ticket) -> None:  # fmt: skip
    """Rosa is outside Ana's network: Ana sees the ticket only while it is hers. The note is
    written while she still does, and the whole escalation commits."""
    ticket_id = new_ticket(requester_id=people["rosa"], responsible_id=people["ana"])
    with store.transaction() as s:
        s.get(Ticket, ticket_id).created_by_id = people["beto"]  # type: ignore[union-attr]
    with store.transaction() as s:
        acts.escalate(s, viewer_of("ana"), ticket_id, "Necesita L2", LATER)
    assert (ticket(store, ticket_id).level, ticket(store, ticket_id).responsible_id) == ("L2", None)
    with store.session() as s:
        assert s.scalars(select(Comment.body).where(Comment.ticket_id == ticket_id)).all() == [
            "L1 → L2: Necesita L2"]  # fmt: skip


def test_escalate_needs_a_reason(store, viewer_of, reference, new_ticket) -> None:
    ticket_id = new_ticket()
    for reason in ("", "   \n "):
        refused(store, lambda s, r=reason: acts.escalate(s, viewer_of("ana"), ticket_id, r, LATER),
                "reason")  # fmt: skip


# -- merge -------------------------------------------------------------------------------------


def test_merge_closes_the_duplicate_and_links_both(store, people, viewer_of,
                                                   new_ticket) -> None:  # fmt: skip
    survivor = new_ticket(subject="No timbra la factura A-1200")
    duplicate = new_ticket(subject="No timbra (otra vez)")
    ana = viewer_of("ana")
    with store.transaction() as s:
        add_comment(s, ana, duplicate, "Captura del error", public=True, now=NOW)
        log_time(s, ana, duplicate, "L1", 15, NOW)
    h, o = last_history_id(store), last_op_id(store)
    with store.transaction() as s:
        changed = acts.merge(s, ana, duplicate, survivor, LATER)
    assert changed == ["merged_into_id", "status", "closed_by_id"]
    merged = ticket(store, duplicate)
    assert (merged.merged_into_id, merged.status, merged.resolved_at) == (survivor, "closed",
                                                                          LATER)  # fmt: skip
    assert history(store, duplicate, h) == [
        ("merged_into", None, str(survivor)),
        ("status", "open", "closed"),
        ("closed_by", None, str(people["ana"])),
    ]
    assert history(store, survivor, h) == [("merged_from", None, str(duplicate))]
    with store.session() as s:
        uids = {t.id: t.uid for t in s.scalars(select(Ticket))}
        comments = s.scalars(select(Comment.ticket_id)).all()
    assert ops(store, o) == [("ticket", "merge", {"into_uid": uids[survivor]})]
    assert comments == [duplicate]  # the conversation stays where it was written
    assert ticket(store, survivor).updated_at == LATER


def test_merge_refuses_itself_merged_and_closed_targets(store, people, viewer_of,
                                                        new_ticket) -> None:  # fmt: skip
    ana = viewer_of("ana")
    a, b, c = new_ticket(), new_ticket(), new_ticket(responsible_id=people["ana"])
    refused(store, lambda s: acts.merge(s, ana, a, a, LATER), "merged_into_id")
    refused(store, lambda s: acts.merge(s, ana, a, 999_999, LATER), "merged_into_id")
    with store.transaction() as s:
        acts.merge(s, ana, b, a, LATER)
        acts.close(s, ana, c, LATER)
    refused(store, lambda s: acts.merge(s, ana, a, b, LATER), "merged_into_id")  # b is merged
    refused(store, lambda s: acts.merge(s, ana, a, c, LATER), "merged_into_id")  # c is closed
    refused(store, lambda s: acts.merge(s, ana, b, a, LATER), "status")  # b already merged


def test_a_ticket_outside_my_visibility_cannot_be_merged_into(store, people, viewer_of,
                                                              new_ticket) -> None:  # fmt: skip
    mine = new_ticket()
    hidden = new_ticket(requester_id=people["rosa"])  # Ana created it: she sees it
    with store.transaction() as s:
        s.get(Ticket, hidden).created_by_id = people["beto"]  # type: ignore[union-attr]
    refused(store, lambda s: acts.merge(s, viewer_of("ana"), mine, hidden, LATER),
            "merged_into_id")  # fmt: skip


# -- close and reopen --------------------------------------------------------------------------


def test_the_responsible_closes_and_reopening_clears_the_close(store, people, viewer_of,
                                                              new_ticket) -> None:  # fmt: skip
    ticket_id = new_ticket(responsible_id=people["ana"])
    ana = viewer_of("ana")
    h, o = last_history_id(store), last_op_id(store)
    with store.transaction() as s:
        assert acts.set_status(s, ana, ticket_id, "closed", LATER) == ["status", "closed_by_id"]
    closed = ticket(store, ticket_id)
    assert (closed.resolved_at, closed.closed_by_id) == (LATER, people["ana"])
    assert history(store, ticket_id, h) == [("status", "open", "closed"),
                                            ("closed_by", None, str(people["ana"]))]  # fmt: skip
    ((_, op, payload),) = ops(store, o)
    assert op == "update" and payload["fields"]["resolved_at"] == LATER.isoformat()
    with store.transaction() as s:
        acts.set_status(s, ana, ticket_id, "in_progress", LATER)
    reopened = ticket(store, ticket_id)
    assert reopened.status == "in_progress"
    assert (reopened.resolved_at, reopened.closed_by_id) == (None, None)


def test_only_the_responsible_closes_a_leader_needs_a_reason(store, people, viewer_of,
                                                             new_ticket) -> None:  # fmt: skip
    ticket_id = new_ticket(responsible_id=people["ana"])
    unassigned = new_ticket()
    lucia = viewer_of("lucia")  # Ana's leader: sees the team's tickets
    refused(store, lambda s: acts.close(s, lucia, ticket_id, LATER), "reason")
    refused(store, lambda s: acts.set_status(s, lucia, ticket_id, "closed", LATER), "reason")
    refused(store, lambda s: acts.close(s, viewer_of("ana"), unassigned, LATER), "responsible_id")
    h = last_history_id(store)
    with store.transaction() as s:
        acts.close(s, lucia, ticket_id, LATER, reason="Ana está de vacaciones; el cliente confirmó")
    assert history(store, ticket_id, h) == [
        ("status", "open", "closed"),
        ("closed_by", None, str(people["lucia"])),
        ("close_reason", None, "Ana está de vacaciones; el cliente confirmó"),
    ]
    with store.session() as s:
        note = s.scalars(select(Comment).where(Comment.ticket_id == ticket_id)).one()
        assert not note.is_public


def test_the_close_check_lists_the_adherence_gaps(store, people, viewer_of, new_ticket) -> None:
    ticket_id = new_ticket(responsible_id=people["ana"], tags=("cfdi",))
    with store.session() as s:
        check = acts.close_check(s, viewer_of("ana"), ticket_id)
    assert check.is_responsible and check.may_close
    assert check.gaps == (Gap.TIME_LOGGED, Gap.IN_PROGRESS)
    with store.transaction() as s:
        acts.set_status(s, viewer_of("ana"), ticket_id, "in_progress", NOW)
        log_time(s, viewer_of("ana"), ticket_id, "L1", 30, NOW)
    with store.session() as s:
        assert acts.close_check(s, viewer_of("ana"), ticket_id).gaps == ()
        leader = acts.close_check(s, viewer_of("lucia"), ticket_id)
    assert leader.may_override and not leader.is_responsible
    assert leader.gaps == (Gap.CLOSED_BY_RESPONSIBLE,)
    assert leader.responsible_name == "Ana López"


# -- field edits -------------------------------------------------------------------------------


def test_category_then_subcategory(store, viewer_of, reference, new_ticket) -> None:
    ticket_id = new_ticket()
    ana = viewer_of("ana")
    with store.transaction() as s:
        change_ticket(s, ana, ticket_id, {"category_id": reference["billing"]}, NOW)
        change_ticket(s, ana, ticket_id, {"subcategory_id": reference["stamping"]}, NOW)
    assert ticket(store, ticket_id).category_id == reference["stamping"]
    assert history(store, ticket_id)[-2:] == [
        ("category", None, str(reference["billing"])),
        ("category", str(reference["billing"]), str(reference["stamping"])),
    ]
    # A subcategory of another category is refused, with both given or against the current.
    refused(store, lambda s: change_ticket(s, ana, ticket_id, {
        "category_id": reference["billing"], "subcategory_id": reference["receipts"]}, NOW),
        "subcategory_id")  # fmt: skip
    refused(
        store,
        lambda s: change_ticket(s, ana, ticket_id, {"subcategory_id": reference["receipts"]}, NOW),
        "subcategory_id",
    )
    refused(store, lambda s: change_ticket(s, ana, ticket_id, {"category_id": 424242}, NOW),
            "category_id")  # fmt: skip
    with store.transaction() as s:
        both = {"category_id": reference["payroll"], "subcategory_id": reference["receipts"]}
        change_ticket(s, ana, ticket_id, both, NOW)
    assert ticket(store, ticket_id).category_id == reference["receipts"]


def test_tags_custom_fields_and_due_date(store, viewer_of, new_ticket) -> None:
    from datetime import datetime

    ticket_id = new_ticket(tags=("cfdi",))
    ana = viewer_of("ana")
    o = last_op_id(store)
    with store.transaction() as s:
        changed = change_ticket(s, ana, ticket_id, {
            "tags": ["CFDI", " timbrado ", "timbrado"],
            "custom_fields": {"version": " 17.2 ", "error_code": "301"},
            "due_at": LATER,
        }, NOW)  # fmt: skip
    assert changed == ["tags", "custom_fields", "due_at"]
    stored = ticket(store, ticket_id)
    assert stored.custom_fields == {"version": "17.2", "error_code": "301"}
    assert history(store, ticket_id)[-4:] == [
        ("tags", "cfdi", "cfdi, timbrado"),
        ("custom_fields.error_code", None, "301"),
        ("custom_fields.version", None, "17.2"),
        ("due_at", None, str(LATER)),
    ]
    ((_, _, payload),) = ops(store, o)
    assert payload["fields"]["tags"] == ["cfdi", "timbrado"]
    # The type's schema decides: Task has no "module"; a changed type keeps old values.
    refused(store, lambda s: change_ticket(s, ana, ticket_id, {
        "ticket_type": "task", "custom_fields": {"module": "Nómina"}}, NOW),
        "custom_fields.module")  # fmt: skip
    refused(store, lambda s: change_ticket(
        s, ana, ticket_id, {"custom_fields": {"requested_by": "2025-02-30"}}, NOW),
        "custom_fields.requested_by")  # fmt: skip
    with store.transaction() as s:
        change_ticket(
            s,
            ana,
            ticket_id,
            {"ticket_type": "task", "custom_fields": {"requested_by": "2026-11-19"}},
            NOW,
        )
    assert ticket(store, ticket_id).custom_fields == {
        "version": "17.2", "error_code": "301", "requested_by": "2026-11-19"}  # fmt: skip
    refused(
        store,
        lambda s: change_ticket(s, ana, ticket_id, {"due_at": datetime(2026, 12, 1, 9, 0)}, NOW),
        "due_at",
    )  # naive
    refused(store, lambda s: change_ticket(s, ana, ticket_id, {"tags": "cfdi"}, NOW), "tags")
    refused(store, lambda s: change_ticket(s, ana, ticket_id, {"responsible_id": 999_999}, NOW),
            "responsible_id")  # fmt: skip


# -- follow-ups --------------------------------------------------------------------------------


def test_follow_ups_are_created_listed_and_done(store, people, viewer_of, new_ticket) -> None:
    ticket_id = new_ticket()
    ana = viewer_of("ana")
    remind = NOW + timedelta(hours=2)
    h, o = last_history_id(store), last_op_id(store)
    with store.transaction() as s:
        follow_up_id = create_follow_up(s, ana, ticket_id, remind, " Llamar a José ", NOW).id
    assert history(store, ticket_id, h) == [("follow_up", None, remind.isoformat())]
    ((entity, op, payload),) = ops(store, o)
    assert (entity, op, payload["note"]) == ("follow_up", "create", "Llamar a José")
    with store.session() as s:
        (listed,) = follow_ups_for(s, ticket_id)
        assert (listed.remind_at, listed.note, listed.user_name) == (remind, "Llamar a José",
                                                                     "Ana López")  # fmt: skip
        assert due_follow_ups(s, ana, NOW) == ()
        assert [f.id for f in due_follow_ups(s, ana, remind)] == [follow_up_id]
    with store.transaction() as s:
        complete_follow_up(s, ana, follow_up_id, LATER)
    with store.session() as s:
        assert follow_ups_for(s, ticket_id)[0].done_at == LATER
        assert due_follow_ups(s, ana, remind) == ()
    assert history(store, ticket_id)[-1] == ("follow_up", remind.isoformat(), "done")
    refused(store, lambda s: complete_follow_up(s, ana, follow_up_id, LATER), "follow_up")
    refused(store, lambda s: create_follow_up(s, ana, ticket_id, NOW - timedelta(hours=1), "",
                                              NOW), "remind_at")  # fmt: skip


def test_a_merged_ticket_is_left_out_of_process_adherence(store, people, viewer_of,
                                                          new_ticket) -> None:  # fmt: skip
    survivor = new_ticket(subject="No timbra la factura A-1200", tags=("facturación",))
    duplicate = new_ticket(subject="No timbra (otra vez)")
    ana = viewer_of("ana")
    with store.transaction() as s:
        acts.take(s, ana, survivor, NOW)
        log_time(s, ana, survivor, "L1", 20, NOW)
        acts.merge(s, ana, duplicate, survivor, LATER)
        acts.close(s, ana, survivor, LATER)
    with store.session() as s:
        facts = {t.id: acts.adherence_facts(s, t) for t in s.scalars(select(Ticket))}
    assert facts[duplicate].is_closed and facts[duplicate].merged
    assert not facts[survivor].merged
    assert not is_assessed(facts[duplicate]) and is_assessed(facts[survivor])
    # The duplicate skipped the process (no time, never In progress): counted, it would fail.
    value = process_adherence_of(facts.values(), min_sample=0)
    assert (value.numerator, value.denominator) == (1, 1)
