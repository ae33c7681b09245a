"""Caller lookup, queue waits and the call log's reads (local_store.call_queries), on the
real `desk` workspace: María (Ferretería del Norte, Ana's network) has phone +52 55 1234 5678."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk_app.domain.calls import CallState
from desk_app.local_store.call_queries import (
    CallFilters,
    active_call,
    call_by_external_id,
    call_history,
    call_view,
    current_presence,
    lookup_caller,
    queue_waits,
    recent_numbers,
)
from desk_app.local_store.models import (
    Call,
    Contract,
    Person,
    PresenceEvent,
    Queue,
    SurveyAnswer,
    TimeEntry,
    call_tickets,
)


def _call(desk, **fields) -> int:
    values = {
        "direction": "inbound",
        "number_raw": "55 1234 5678",
        "number_e164": "+525512345678",
        "person_id": desk.ids["maria"],
        "company_id": desk.ids["norte"],
        "advisor_id": desk.ids["ana"],
        "started_at": desk.now - timedelta(minutes=10),
        "state": "done",
        **fields,
    }
    with desk.store.transaction() as s:
        call = Call(**values)
        s.add(call)
        s.flush()
        return call.id


# -- caller lookup ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "region"),
    [("55 1234 5678", "MX"), ("+52 55 1234 5678", "MX"), ("+52 (55) 1234-5678", "CO"),
     ("5512345678", "MX"), ("+525512345678", "PE")],
)  # fmt: skip
def test_national_and_international_forms_find_the_same_person(desk, number, region) -> None:
    with desk.store.session() as s:
        found = lookup_caller(s, number, region, now=desk.now)
    assert found.number_raw == number and found.number_e164 == "+525512345678"
    assert not found.unknown and not found.ambiguous
    (maria,) = found.candidates
    assert (maria.person_id, maria.full_name, maria.company_id) == (
        desk.ids["maria"], "María Pérez Gómez", desk.ids["norte"])  # fmt: skip
    assert maria.company_name == "Ferretería del Norte"


def test_a_candidate_carries_key_user_hours_and_open_tickets(desk) -> None:
    with desk.store.transaction() as s:
        s.add(Person(full_name="Eva Líder", company_id=desk.ids["norte"], is_key_user=True,
                     emails=["eva@norte.mx"]))  # fmt: skip
        s.add(Contract(company_id=desk.ids["norte"], name="Bolsa mensual", period_kind="monthly",
                       hours=10, hourly_rate=650, starts_on=date(2025, 1, 1),
                       ends_on=date(2025, 12, 31)))  # fmt: skip
        s.add(TimeEntry(ticket_id=desk.ids["invoice"], kind="L1", minutes=90,
                        started_at=desk.now - timedelta(hours=1)))  # fmt: skip
    with desk.store.session() as s:
        (maria,) = lookup_caller(s, "55 1234 5678", "MX", now=desk.now).candidates
        as_ana = lookup_caller(s, "55 1234 5678", "MX", viewer=desk.viewer("ana"),
                               now=desk.now).candidates[0]  # fmt: skip
        as_beto = lookup_caller(s, "55 1234 5678", "MX", viewer=desk.viewer("beto"),
                                now=desk.now).candidates[0]  # fmt: skip
    assert maria.key_user_name == "Eva Líder" and not maria.is_key_user
    assert maria.hours_left == pytest.approx(8.5)  # 10 h bought, 1.5 h used this month
    # Open only (the closed one is not), newest first, with the status's name.
    assert maria.open_tickets == (
        (desk.ids["printer"], "La impresora de tickets no imprime", "Open"),
        (desk.ids["invoice"], "Error de facturación en CFDI", "In progress"),
    )
    assert maria.open_count == 2
    assert as_ana.open_tickets == maria.open_tickets
    # Beto serves another partner: the caller is found, her company's tickets are not his.
    assert (as_beto.full_name, as_beto.open_tickets, as_beto.open_count) == (
        "María Pérez Gómez", (), 0)  # fmt: skip


def test_no_contract_means_no_hours_and_an_unknown_number_no_candidate(desk) -> None:
    with desk.store.session() as s:
        (maria,) = lookup_caller(s, "55 1234 5678", "MX", now=desk.now).candidates
        nobody = lookup_caller(s, "55 9999 0000", "MX", now=desk.now)
    assert maria.hours_left is None and maria.key_user_name is None
    assert nobody.unknown and not nobody.ambiguous
    assert nobody.number_e164 == "+525599990000"


def test_a_shared_number_gives_every_candidate_key_user_first(desk) -> None:
    with desk.store.transaction() as s:
        s.add(Person(full_name="Jefa Compartida", company_id=desk.ids["sur"], is_key_user=True,
                     phone="+52 55 1234 5678", phone_e164="+525512345678"))  # fmt: skip
    with desk.store.session() as s:
        found = lookup_caller(s, "55 1234 5678", "MX", now=desk.now)
    assert found.ambiguous and not found.unknown
    assert [c.full_name for c in found.candidates] == ["Jefa Compartida", "María Pérez Gómez"]
    assert found.candidates[0].is_key_user
    assert found.candidates[0].company_name == "Grupo Sur Contable"


@pytest.mark.parametrize("number", ["", "   ", "hola", "123", "+52 55 12", "55 1234 5678 99 99"])
def test_a_malformed_number_is_refused_clearly(desk, number) -> None:
    with desk.store.session() as s, pytest.raises(ValueError) as error:
        lookup_caller(s, number, "MX")
    message = str(error.value)
    assert "phone number" in message
    if number.strip():
        assert f"{number!r} is not a phone number" in message


# -- queue waits -----------------------------------------------------------------------------


def test_queue_waits_count_the_oldest_visible_open_unassigned_ticket_per_level(desk) -> None:
    with desk.store.transaction() as s:
        s.add(Queue(name="Nivel 2", level="L2"))
    older = desk.now - timedelta(hours=3)
    # Jorge's company is not in Ana's network: only the admin sees this one wait.
    l2 = desk.add_ticket("Portal caído", requester_id=desk.ids["jorge"], responsible_id=None,
                         created_by_id=desk.ids["beto"], level="L2", status="open",
                         created_at=older)  # fmt: skip
    desk.add_ticket("Ya resuelto", responsible_id=None, status="closed", created_at=older)
    oldest_l1 = desk.add_ticket("Sin asignar desde ayer", responsible_id=None, status="open",
                                created_at=desk.now - timedelta(days=1))  # fmt: skip
    with desk.store.session() as s:
        ana = {w.level: w for w in queue_waits(s, desk.viewer("ana"))}
        admin = {w.level: w for w in queue_waits(s, desk.viewer("admin"))}
    assert list(ana) == ["L1", "L2", "L3"]
    assert (ana["L1"].count, ana["L1"].oldest_ticket_id) == (2, oldest_l1)
    assert ana["L1"].waiting_since == desk.now - timedelta(days=1)
    assert ana["L1"].queue_name == "L1"  # no queue row for the level: its name
    assert (ana["L2"].queue_name, ana["L2"].count, ana["L2"].oldest_ticket_id) == (
        "Nivel 2", 0, None)  # fmt: skip
    assert ana["L2"].waiting_since is None
    assert (admin["L2"].count, admin["L2"].oldest_ticket_id, admin["L2"].waiting_since) == (
        1, l2, older)  # fmt: skip
    assert admin["L3"].count == 0


# -- the call log ----------------------------------------------------------------------------


def test_call_view_reads_names_tickets_survey_and_durations(desk) -> None:
    start = desk.now - timedelta(minutes=10)
    call_id = _call(desk, external_id="pbx-1", caller_name="María", answered_at=start
                    + timedelta(seconds=15), ended_at=start + timedelta(seconds=315),
                    wrap_up_ended_at=start + timedelta(seconds=375), hold_seconds=40,
                    outcome="ticket_updated", notes="Pide factura", end_cause="caller-hangup",
                    transferred_to="level:L2")  # fmt: skip
    with desk.store.transaction() as s:
        links = [{"call_id": call_id, "ticket_id": desk.ids[key]} for key in ("printer", "invoice")]
        s.execute(call_tickets.insert(), links)
        s.add(SurveyAnswer(call_id=call_id, answered_at=desk.now, csat=2, ces=3, nps=4))
        s.add(SurveyAnswer(call_id=call_id, answered_at=desk.now, csat=5, ces=6, nps=10))
    with desk.store.session() as s:
        view = call_view(s, call_id)
        with pytest.raises(LookupError, match="no call with id 999"):
            call_view(s, 999)
    assert (view.person_name, view.company_name, view.advisor_name) == (
        "María Pérez Gómez", "Ferretería del Norte", "Ana López")  # fmt: skip
    assert view.ticket_ids == tuple(sorted((desk.ids["printer"], desk.ids["invoice"])))
    assert (view.csat, view.ces, view.nps) == (5, 6, 10)  # the latest answer
    assert (view.state, view.end_cause, view.transferred_to, view.notes) == (
        "done", "caller-hangup", "level:L2", "Pide factura")  # fmt: skip
    assert view.timeline().state is CallState.DONE
    durations = view.durations(desk.now)
    assert (durations.ring, durations.talk, durations.hold, durations.wrap_up) == (
        timedelta(seconds=15), timedelta(seconds=260), timedelta(seconds=40),
        timedelta(seconds=60))  # fmt: skip


def test_active_call_is_the_viewers_newest_unfinished_one(desk) -> None:
    _call(desk)  # finished
    _call(desk, state="ringing", advisor_id=desk.ids["beto"])  # someone else's
    held = _call(desk, state="on_hold", answered_at=desk.now - timedelta(minutes=9),
                 held_since=desk.now - timedelta(minutes=1), hold_seconds=5)  # fmt: skip
    with desk.store.session() as s:
        assert active_call(s, desk.viewer("lucia")) is None
        view = active_call(s, desk.viewer("ana"))
    assert view is not None and view.id == held
    durations = view.durations(desk.now)  # the hold in progress runs up to now
    assert durations.hold == timedelta(seconds=65)
    assert durations.talk == timedelta(minutes=9) - timedelta(seconds=65)


def test_call_by_external_id_is_the_newest_with_that_id(desk) -> None:
    _call(desk, external_id="abc", started_at=desk.now - timedelta(days=3))
    newest = _call(desk, external_id="abc", state="ringing")
    with desk.store.session() as s:
        call = call_by_external_id(s, "abc")
        assert call is not None and call.id == newest
        assert call_by_external_id(s, "nope") is None


def test_history_is_visible_calls_newest_first_filtered(desk) -> None:
    now = desk.now
    answered = _call(desk, started_at=now - timedelta(hours=3), answered_at=now
                     - timedelta(hours=3), ended_at=now - timedelta(hours=2, minutes=55),
                     outcome="resolved_first_contact")  # fmt: skip
    missed = _call(desk, number_raw="(55) 8765-4321", number_e164="+525587654321",
                   person_id=None, company_id=None, started_at=now - timedelta(hours=1),
                   ended_at=now - timedelta(minutes=59))  # fmt: skip
    betos = _call(desk, number_raw="+52 55 2222 3333", number_e164="+525522223333",
                  person_id=desk.ids["jorge"], company_id=desk.ids["sur"],
                  advisor_id=desk.ids["beto"], outcome="missed")  # fmt: skip
    with desk.store.session() as s:
        ana = desk.viewer("ana")

        def ids(viewer=ana, **filters) -> list[int]:
            return [v.id for v in call_history(s, viewer, CallFilters(**filters))]

        assert ids() == [missed, answered]  # Beto's call with his partner is not Ana's
        assert ids(desk.viewer("admin")) == [betos, missed, answered]
        assert ids(desk.viewer("lucia")) == [missed, answered]  # the team's calls
        assert ids(missed_only=True) == [missed]
        assert ids(desk.viewer("admin"), missed_only=True) == [betos, missed]
        assert ids(outcome="resolved_first_contact") == [answered]
        assert ids(number="8765 4321") == [missed]
        assert ids(number="5512345678") == [answered]
        assert ids(number="1234-5678") == [answered]
        assert ids(since=now - timedelta(hours=2)) == [missed]
        assert ids(until=now - timedelta(hours=2)) == [answered]
        assert ids(desk.viewer("admin"), advisor_id=desk.ids["beto"]) == [betos]
        assert ids(limit=1) == [missed]


def test_recent_numbers_are_distinct_most_recent_first(desk) -> None:
    now = desk.now
    _call(desk, started_at=now - timedelta(hours=5))
    _call(desk, direction="outbound", number_raw="55 8765 4321", number_e164="+525587654321",
          started_at=now - timedelta(hours=2))  # fmt: skip
    _call(desk, number_raw="55 1234 5678", started_at=now - timedelta(hours=1))
    _call(desk, number_raw="#123", number_e164=None, started_at=now - timedelta(minutes=5))
    _call(desk, number_raw="55 4444 4444", number_e164="+525544444444",
          advisor_id=desk.ids["beto"])  # fmt: skip
    with desk.store.session() as s:
        assert recent_numbers(s, desk.viewer("ana")) == ("#123", "+525512345678",
                                                         "+525587654321")  # fmt: skip
        assert recent_numbers(s, desk.viewer("ana"), limit=1) == ("#123",)
        assert recent_numbers(s, desk.viewer("lucia")) == ()


def test_current_presence_is_the_latest_event_or_offline(desk) -> None:
    with desk.store.transaction() as s:
        s.add(PresenceEvent(user_id=desk.ids["ana"], state="on_call",
                            at=desk.now - timedelta(minutes=5)))  # fmt: skip
        s.add(PresenceEvent(user_id=desk.ids["ana"], state="break",
                            at=desk.now - timedelta(minutes=1)))  # fmt: skip
        s.add(PresenceEvent(user_id=desk.ids["ana"], state="available",
                            at=desk.now - timedelta(minutes=30)))  # fmt: skip
    with desk.store.session() as s:
        assert current_presence(s, desk.ids["ana"]) == "break"
        assert current_presence(s, desk.ids["beto"]) == "offline"
