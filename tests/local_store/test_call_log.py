"""The call log's writes: each event in the caller's transaction, with history and outbox."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.domain.calls import CallEventError, Survey
from desk_app.local_store import call_log
from desk_app.local_store.models import (
    Call,
    FollowUp,
    OutboxOp,
    PresenceEvent,
    SurveyAnswer,
    TicketHistory,
    call_tickets,
)


def _count(desk: Any, model: Any) -> int:
    with desk.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _ringing(desk: Any, **extra: Any) -> int:
    viewer = desk.viewer()
    with desk.store.transaction() as s:
        call = call_log.open_call(s, viewer, direction="inbound", number_raw="55 1234 5678",
                                  number_e164="+525512345678", now=desk.now, **extra)  # fmt: skip
        return call.id


def _answered_and_hung_up(desk: Any) -> int:
    call_id = _ringing(desk, caller_name="María")
    viewer = desk.viewer()
    with desk.store.transaction() as s:
        call = s.get(Call, call_id)
        assert call is not None
        call_log.apply_timeline(s, viewer, call, call_log.timeline_of(call).answer(
            desk.now + timedelta(seconds=10)), desk.now + timedelta(seconds=10))  # fmt: skip
        call_log.end_call(s, viewer, call, desk.now + timedelta(seconds=70), "caller-hangup")
    return call_id


def _presence(desk: Any) -> list[str]:
    with desk.store.session() as s:
        return list(s.scalars(select(PresenceEvent.state).order_by(PresenceEvent.id)))


def test_a_new_call_rings_for_the_advisor_and_puts_them_on_a_call(desk: Any) -> None:
    call_id = _ringing(desk, external_id="pbx-1", person_id=desk.ids["maria"],
                       company_id=desk.ids["norte"])  # fmt: skip
    with desk.store.session() as s:
        call = s.get(Call, call_id)
        assert call is not None
        assert (call.state, call.advisor_id, call.external_id) == (
            "ringing",
            desk.ids["ana"],
            "pbx-1",
        )
        assert call.started_at == desk.now
    assert _presence(desk) == ["on_call"]
    assert _count(desk, OutboxOp) == 0  # nothing to sync until the call is finished


def test_hang_up_before_answer_finishes_the_call_as_missed_with_one_outbox_op(desk: Any) -> None:
    call_id = _ringing(desk)
    viewer = desk.viewer()
    with desk.store.transaction() as s:
        call = s.get(Call, call_id)
        assert call is not None
        call_log.end_call(s, viewer, call, desk.now + timedelta(seconds=20), "no-answer")
    with desk.store.session() as s:
        call = s.get(Call, call_id)
        assert call is not None
        assert (call.state, call.outcome, call.end_cause) == ("done", "missed", "no-answer")
        ops = list(s.scalars(select(OutboxOp)))
    assert [(op.entity, op.op, op.entity_uid) for op in ops] == [("call", "create", call.uid)]
    payload = ops[0].payload
    assert payload["outcome"] == "missed" and payload["answered_at"] is None
    assert payload["started_at"] == desk.now.isoformat()
    assert payload["number"] == "+525512345678" and payload["ticket_uids"] == []
    assert _presence(desk) == ["on_call", "available"]


def test_linking_a_ticket_writes_its_history_once(desk: Any) -> None:
    call_id = _ringing(desk)
    viewer = desk.viewer()
    for _ in range(2):
        with desk.store.transaction() as s:
            call = s.get(Call, call_id)
            assert call is not None
            call_log.link_ticket(s, viewer, call, desk.ids["invoice"], desk.now)
    with desk.store.session() as s:
        uid = s.scalars(select(Call.uid).where(Call.id == call_id)).one()
        links = s.execute(select(call_tickets)).all()
        history = s.execute(
            select(TicketHistory.field, TicketHistory.new_value)
            .where(TicketHistory.ticket_id == desk.ids["invoice"], TicketHistory.field == "call")
        ).all()  # fmt: skip
    assert links == [(call_id, desk.ids["invoice"])]
    assert history == [("call", uid)]


def test_a_ticket_the_advisor_cannot_see_is_not_linked(desk: Any) -> None:
    call_id = _ringing(desk)
    viewer = desk.viewer()
    with pytest.raises(CallEventError, match="not visible"), desk.store.transaction() as s:
        call = s.get(Call, call_id)
        assert call is not None
        call_log.link_ticket(s, viewer, call, desk.ids["hidden"], desk.now)
    assert _count(desk, call_tickets) == 0


def test_wrap_up_saves_survey_callback_and_one_call_operation(desk: Any) -> None:
    call_id = _answered_and_hung_up(desk)
    viewer = desk.viewer()
    done_at = desk.now + timedelta(seconds=100)
    with desk.store.transaction() as s:
        call = s.get(Call, call_id)
        assert call is not None
        call_log.wrap_up(s, viewer, call, "callback", done_at,
                         ticket_ids=[desk.ids["invoice"]], notes="Llamar con el folio",
                         survey=Survey(csat=4, nps=9),
                         callback_at=done_at + timedelta(hours=2))  # fmt: skip
    with desk.store.session() as s:
        call = s.get(Call, call_id)
        assert call is not None
        assert (call.state, call.outcome, call.wrap_up_ended_at) == ("done", "callback", done_at)
        answer = s.scalars(select(SurveyAnswer)).one()
        assert (answer.call_id, answer.ticket_id, answer.advisor_id, answer.answered_at) == (
            call_id,
            desk.ids["invoice"],
            desk.ids["ana"],
            done_at,
        )
        assert (answer.csat, answer.ces, answer.nps) == (4, None, 9)
        follow_up = s.scalars(select(FollowUp)).one()
        assert follow_up.ticket_id == desk.ids["invoice"]
        assert follow_up.remind_at == done_at + timedelta(hours=2)
        ops = list(s.scalars(select(OutboxOp).order_by(OutboxOp.id)))
    assert [op.entity for op in ops] == ["follow_up", "call"]
    payload = ops[1].payload
    assert payload["notes"] == "Llamar con el folio"
    assert payload["end_cause"] == "caller-hangup"
    assert payload["survey"] == {"answered_at": done_at.isoformat(), "csat": 4, "ces": None,
                                 "nps": 9}  # fmt: skip
    assert len(payload["ticket_uids"]) == 1
    assert _presence(desk) == ["on_call", "wrap_up", "available"]


@pytest.mark.parametrize(
    ("outcome", "extra", "message"),
    [
        ("ticket_created", {}, "needs a linked ticket"),
        ("ticket_updated", {}, "needs a linked ticket"),
        ("callback", {"ticket_ids": [1]}, "time to call back"),
        ("abandoned", {}, "unknown outcome"),
        ("missed", {}, "cannot be wrapped up as missed"),
    ],
)
def test_a_wrap_up_that_does_not_hold_together_changes_nothing(
    desk: Any, outcome: str, extra: dict[str, Any], message: str
) -> None:
    call_id = _answered_and_hung_up(desk)
    viewer = desk.viewer()
    with pytest.raises(CallEventError, match=message), desk.store.transaction() as s:
        call = s.get(Call, call_id)
        assert call is not None
        call_log.wrap_up(s, viewer, call, outcome, desk.now + timedelta(minutes=5), **extra)
    with desk.store.session() as s:
        assert s.scalars(select(Call.state).where(Call.id == call_id)).one() == "wrap_up"
    assert _count(desk, OutboxOp) == 0
    assert _count(desk, call_tickets) == 0


def test_presence_is_written_only_when_it_changes(desk: Any) -> None:
    viewer = desk.viewer()
    with desk.store.transaction() as s:
        assert call_log.choose_presence(s, viewer, "break", desk.now)
        assert not call_log.choose_presence(s, viewer, "break", desk.now)
        with pytest.raises(CallEventError, match="available, break or offline"):
            call_log.choose_presence(s, viewer, "on_call", desk.now)
    assert _presence(desk) == ["break"]
    _ringing(desk)
    with pytest.raises(CallEventError, match="finish the current call"), \
            desk.store.transaction() as s:  # fmt: skip
        call_log.choose_presence(s, viewer, "offline", desk.now)
    assert _presence(desk) == ["break", "on_call"]


def test_a_call_of_another_advisor_cannot_be_changed(desk: Any) -> None:
    call_id = _ringing(desk)
    with desk.store.session() as s, pytest.raises(CallEventError, match="another advisor"):
        call_log.own_call(s, desk.viewer("beto"), call_id)
    with desk.store.session() as s, pytest.raises(CallEventError, match="no call with id 999"):
        call_log.own_call(s, desk.viewer(), 999)
