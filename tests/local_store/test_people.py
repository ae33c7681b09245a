"""Requesters and organizations: validation that changes nothing on error, E.164 phones,
accent-blind search, and the customer 360 (hour balance, visible tickets, calls)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk_app.local_store.models import (
    Call,
    Company,
    Contract,
    OutboxOp,
    Person,
    Ticket,
    TicketHistory,
    TimeEntry,
)
from desk_app.local_store.people_queries import (
    current_period,
    customer_360,
    search_organizations,
    search_requesters,
)
from desk_app.local_store.people_writes import (
    NewCompany,
    NewPerson,
    PeopleValidationError,
    create_company,
    create_person,
    split_emails,
)
from desk_app.services.new_ticket import NewTicketService, TicketDraft
from desk_app.services.people import PeopleService
from tests.local_store.conftest import NOW


def _counts(store) -> tuple[int, int, int, int]:
    with store.session() as s:
        return tuple(
            int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Company, Person, OutboxOp, Ticket)
        )


def _refused(store, write) -> PeopleValidationError:
    before = _counts(store)
    with pytest.raises(PeopleValidationError) as caught, store.transaction() as s:
        write(s)
    assert _counts(store) == before, "a refused write changed the store"
    return caught.value


# -- organizations ------------------------------------------------------------------------


def test_a_folded_duplicate_organization_is_refused_naming_the_existing_one(store, people):
    with store.transaction() as s:
        first = create_company(s, NewCompany("Farmacias  Guadalupana", country="MX"), NOW)
        assert first.name == "Farmacias Guadalupana"
        assert first.name_key == "farmacias guadalupana"
    for spelling in ("farmacias guadalupana", "  FARMACIAS GUADALUPANA ", "Fármacias Guadalupana"):
        error = _refused(store, lambda s, n=spelling: create_company(s, NewCompany(n), NOW))
        assert set(error.errors) == {"name"}
        assert "Farmacias Guadalupana" in error.errors["name"]
        assert error.existing["name"].id == first.id
        assert error.existing["name"].kind == "company"


def test_creating_an_organization_queues_its_outbox_operation(store, people):
    with store.transaction() as s:
        company = create_company(s, NewCompany("Ópticas Lux", country="co"), NOW)
    with store.session() as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity_uid == company.uid)).one()
    assert (op.entity, op.op) == ("company", "create")
    assert op.payload["name"] == "Ópticas Lux"
    assert op.payload["country"] == "CO"


def test_bad_organization_fields_are_refused(store, people):
    error = _refused(
        store, lambda s: create_company(s, NewCompany(" ", country="XX", partner_tier="gold"), NOW)
    )
    assert set(error.errors) == {"name", "country", "partner_tier"}


# -- people -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("55 1234 5678", "MX", "+525512345678"),
        ("(33) 3616-1234", "MX", "+523336161234"),
        ("300 123 4567", "CO", "+573001234567"),
        ("601 234 5678", "CO", "+576012345678"),
        ("912 345 678", "PE", "+51912345678"),
        ("+51 1 411 1234", "MX", "+5114111234"),  # an explicit prefix beats the region
    ],
)
def test_phones_are_stored_in_e164(store, people, raw, region, e164):
    draft = NewPerson("Lucía Ramos", organization="Clínica Norte", phone=raw, phone_region=region)
    with store.transaction() as s:
        person = create_person(s, draft, NOW)
    with store.session() as s:
        stored = s.get(Person, person.id)
        assert stored.phone_e164 == e164
        assert stored.phone == " ".join(raw.split())


def test_the_phone_region_defaults_to_the_organizations_country(store, people):
    with store.transaction() as s:
        lima = create_company(s, NewCompany("Botica Lima", country="PE"), NOW)
        person = create_person(s, NewPerson("Ana Quispe", company_id=lima.id,
                                            phone="912 345 678"), NOW)  # fmt: skip
        assert person.phone_e164 == "+51912345678"
        other = create_person(s, NewPerson("Juan Soto", organization="Nueva SA",
                                           phone="55 8765 4321"), NOW)  # fmt: skip
        assert other.phone_e164 == "+525587654321"  # the desk's default region: MX


@pytest.mark.parametrize(
    ("draft", "fields"),
    [
        (NewPerson("Luz Díaz", organization="Nueva SA", emails=("luz@",)), {"emails"}),
        (NewPerson("Luz Díaz", organization="Nueva SA", emails=("luz at x.mx",)), {"emails"}),
        (NewPerson("Luz Díaz", organization="Nueva SA", phone="123"), {"phone"}),
        (NewPerson("Luz Díaz", organization="Nueva SA", phone="55 1234 5678",
                   phone_region="CO"), {"phone"}),  # a Mexican number is no Colombian one
        (NewPerson("   ", organization="Nueva SA"), {"full_name"}),
        (NewPerson("Luz Díaz"), {"organization"}),
        (NewPerson("Luz Díaz", company_id=999), {"organization"}),
        (NewPerson("", emails=("bad",), phone="1"), {"full_name", "organization", "emails",
                                                      "phone"}),
    ],
)  # fmt: skip
def test_invalid_people_are_refused_and_nothing_is_written(store, people, draft, fields):
    error = _refused(store, lambda s: create_person(s, draft, NOW))
    assert set(error.errors) == fields


def test_a_new_organization_that_already_exists_is_refused(store, people):
    draft = NewPerson("Luz Díaz", organization="  farmacias DEL sol", emails=("luz@sol.mx",))
    error = _refused(store, lambda s: create_person(s, draft, NOW))
    assert set(error.errors) == {"organization"}
    assert error.existing["organization"].id == people["sol"]
    assert error.existing["organization"].name == "Farmacias del Sol"


def test_duplicate_people_are_refused_offering_the_existing_person(store, people):
    same_name = NewPerson("jose  nunez", company_id=people["acme"])
    error = _refused(store, lambda s: create_person(s, same_name, NOW))
    assert set(error.errors) == {"full_name"}
    assert error.existing["full_name"].id == people["jose"]
    assert error.existing["full_name"].name == "José Núñez"

    same_email = NewPerson("Rosa María Quispe", organization="Otra Botica",
                           emails=("otra@x.pe", "ROSA@sol.pe"))  # fmt: skip
    error = _refused(store, lambda s: create_person(s, same_email, NOW))
    assert set(error.errors) == {"emails"}
    assert error.existing["emails"].id == people["rosa"]
    assert "rosa@sol.pe" in error.errors["emails"]


def test_a_namesake_in_another_organization_is_not_a_duplicate(store, people):
    with store.transaction() as s:
        person = create_person(s, NewPerson("José Núñez", company_id=people["sol"]), NOW)
    assert person.company_id == people["sol"]


def test_a_person_with_a_new_organization_is_one_transaction_with_two_operations(store, people):
    draft = NewPerson("  Luz   Díaz ", organization="Colegio  Altos", position="Directora",
                      emails=split_emails("luz@altos.edu.mx; Luz.Diaz@gmail.com, luz@altos.edu.mx"),
                      phone="33 3616 1234")  # fmt: skip
    with store.transaction() as s:
        person = create_person(s, draft, NOW)
    with store.session() as s:
        stored = s.get(Person, person.id)
        company = s.get(Company, stored.company_id)
        ops = s.scalars(select(OutboxOp).order_by(OutboxOp.id)).all()
    assert stored.full_name == "Luz Díaz"
    assert stored.emails == ["luz@altos.edu.mx", "Luz.Diaz@gmail.com"]
    assert (company.name, company.name_key, company.country) == (
        "Colegio Altos", "colegio altos", "MX")  # fmt: skip
    assert [(op.entity, op.op) for op in ops] == [("company", "create"), ("person", "create")]
    assert ops[1].payload["company_uid"] == company.uid
    assert ops[1].payload["phone_e164"] == "+523336161234"


# -- search -------------------------------------------------------------------------------


def _names(matches) -> list[str]:
    return [m.full_name for m in matches]


@pytest.mark.parametrize(
    "text",
    ["jose", "JOSÉ", "nunez", "jos nu", "jose@azteca", "ferreteria", "azteca jose", "Núñez, José"],
)
def test_requesters_are_found_by_name_email_or_company_ignoring_accents(store, people, text):
    with store.session() as s:
        assert _names(search_requesters(s, text)) == ["José Núñez"]


def test_requesters_are_found_by_phone_digits(store, people):
    with store.transaction() as s:
        create_person(s, NewPerson("Luz Díaz", organization="Colegio Altos",
                                   phone="33 3616 1234"), NOW)  # fmt: skip
    with store.session() as s:
        for text in ("3616", "33 3616 1234", "3336161234", "+523336161234"):
            assert _names(search_requesters(s, text)) == ["Luz Díaz"], text
        assert search_requesters(s, "   ") == []
        assert search_requesters(s, "nadie") == []


def test_names_that_start_with_the_text_come_first(store, people):
    with store.transaction() as s:
        for name in ("Rosalba Núñez", "Ana Rosas"):
            create_person(s, NewPerson(name, company_id=people["sol"]), NOW)
    with store.session() as s:
        assert _names(search_requesters(s, "ros")) == ["Rosa Quispe", "Rosalba Núñez",
                                                       "Ana Rosas"]  # fmt: skip


def test_organization_autocomplete_ignores_accents_and_prefers_prefixes(store, people):
    with store.transaction() as s:
        create_company(s, NewCompany("Grupo Ferretero 100%"), NOW)
    with store.session() as s:
        assert [o.name for o in search_organizations(s, "FERRE")] == [
            "Ferretería Azteca", "Grupo Ferretero 100%"]  # fmt: skip
        assert [o.name for o in search_organizations(s, "100%")] == ["Grupo Ferretero 100%"]
        # Typed "%" and "_" are text, not LIKE wildcards.
        assert [o.name for o in search_organizations(s, "%")] == ["Grupo Ferretero 100%"]
        assert search_organizations(s, "_") == []
        assert search_organizations(s, "") == []


# -- the new ticket service ---------------------------------------------------------------


def test_a_ticket_with_an_inline_requester_is_created_in_one_transaction(store, viewer_of):
    service = NewTicketService(store, viewer_of("ana"), clock=lambda: NOW)
    draft = TicketDraft(
        subject="Alta de usuarios", body="Dar de alta a 3 maestros", ticket_type="task",
        channel="phone", tags=("altas",),
        new_requester=NewPerson("Luz Díaz", organization="Colegio Altos",
                                emails=("luz@altos.edu.mx",)),
    )  # fmt: skip
    created = service.create(draft)
    with store.session() as s:
        ticket = s.get(Ticket, created.ticket_id)
        assert ticket.requester_id == created.requester_id
        assert ticket.priority == "normal"
        entities = [op.entity for op in s.scalars(select(OutboxOp).order_by(OutboxOp.id))]
    assert entities == ["company", "person", "ticket"]
    assert created.new_requester


def test_a_refused_ticket_leaves_no_requester_behind(store, people, viewer_of):
    service = NewTicketService(store, viewer_of("ana"), clock=lambda: NOW)
    before = _counts(store)
    valid_person = NewPerson("Luz Díaz", organization="Colegio Altos")
    with pytest.raises(PeopleValidationError) as caught:
        service.create(TicketDraft(subject="  ", body="", ticket_type="task", channel="phone",
                                   new_requester=valid_person,
                                   due_at=NOW - timedelta(hours=1)))  # fmt: skip
    assert set(caught.value.errors) == {"subject", "due_at"}
    duplicate_org = NewPerson("Luz Díaz", organization="FARMACIAS DEL SOL")
    with pytest.raises(PeopleValidationError) as caught:
        service.create(TicketDraft(subject="Hola", body="", ticket_type="nope", channel="phone",
                                   new_requester=duplicate_org))  # fmt: skip
    assert set(caught.value.errors) == {"requester.organization", "ticket_type"}
    assert caught.value.existing["requester.organization"].id == people["sol"]
    assert _counts(store) == before


# -- customer 360 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "kind", "today", "period"),
    [
        (date(2026, 1, 1), date(2026, 12, 31), "annual", date(2026, 11, 20),
         (date(2026, 1, 1), date(2026, 12, 31))),
        (date(2026, 1, 15), date(2026, 12, 31), "monthly", date(2026, 11, 20),
         (date(2026, 11, 15), date(2026, 12, 14))),
        (date(2026, 1, 15), date(2026, 12, 31), "monthly", date(2026, 11, 3),
         (date(2026, 10, 15), date(2026, 11, 14))),
        (date(2026, 1, 31), date(2026, 12, 31), "monthly", date(2026, 3, 15),
         (date(2026, 2, 28), date(2026, 3, 30))),
        (date(2026, 1, 15), date(2026, 12, 20), "monthly", date(2026, 12, 18),
         (date(2026, 12, 15), date(2026, 12, 20))),  # the last period ends with the contract
        (date(2025, 6, 1), date(2027, 5, 31), "annual", date(2026, 11, 20),
         (date(2026, 6, 1), date(2027, 5, 31))),
        (date(2026, 12, 1), date(2026, 12, 31), "monthly", date(2026, 11, 20), None),
    ],
)  # fmt: skip
def test_contract_periods(start, end, kind, today, period):
    assert current_period(start, end, kind, today) == period


def _add_ticket(store, people, requester: str, responsible: str, status: str,
                minutes: list[tuple[datetime, int]] = ()) -> int:  # fmt: skip
    with store.transaction() as s:
        ticket = Ticket(subject=f"Caso de {requester} ({status})", requester_id=people[requester],
                        responsible_id=people[responsible], created_by_id=people[responsible],
                        ticket_type="task", priority="normal", channel="phone", status=status,
                        created_at=NOW - timedelta(days=3), updated_at=NOW)  # fmt: skip
        s.add(ticket)
        s.flush()
        s.add(TicketHistory(ticket_id=ticket.id, at=ticket.created_at, field="status",
                            new_value=status))  # fmt: skip
        for at, spent in minutes:
            s.add(TimeEntry(ticket_id=ticket.id, kind="L1", minutes=spent, started_at=at,
                            created_at=at))  # fmt: skip
        return ticket.id


def test_customer_360_shows_balance_visible_tickets_and_calls(store, people, viewer_of):
    with store.transaction() as s:
        s.add(Contract(company_id=people["acme"], name="Bolsa mensual", period_kind="monthly",
                       hours=10, hourly_rate=650, starts_on=date(2026, 1, 1),
                       ends_on=date(2026, 12, 31)))  # fmt: skip
        s.add(Contract(company_id=people["acme"], name="Póliza 2025", period_kind="annual",
                       hours=40, hourly_rate=650, starts_on=date(2025, 1, 1),
                       ends_on=date(2025, 12, 31)))  # fmt: skip
        key = Person(full_name="Eva Líder", company_id=people["acme"], is_key_user=True,
                     emails=["eva@azteca.mx"], phone="55 1111 2222")  # fmt: skip
        s.add(key)
        s.flush()
        s.add(Call(direction="inbound", number_raw="55 1111 2222", person_id=key.id,
                   company_id=people["acme"], advisor_id=people["ana"], outcome="ticket_created",
                   started_at=NOW - timedelta(hours=2), answered_at=NOW - timedelta(hours=2),
                   ended_at=NOW - timedelta(hours=2) + timedelta(minutes=4)))  # fmt: skip
        s.add(Call(direction="inbound", number_raw="51 999", person_id=people["rosa"],
                   company_id=people["sol"], started_at=NOW))  # fmt: skip
    # November 2026 in Mexico City: 90 + 45 min count; October's 60 and the 30 logged on
    # 1 December at 00:30 local (06:30 UTC) do not.
    nov = datetime(2026, 11, 1, 6, 30, tzinfo=NOW.tzinfo)  # 00:30 local, 1 November
    open_id = _add_ticket(store, people, "jose", "ana", "in_progress",
                          [(nov, 90), (nov - timedelta(hours=1), 60)])  # fmt: skip
    closed_id = _add_ticket(
        store,
        people,
        "jose",
        "ana",
        "closed",
        [(NOW, 45), (datetime(2026, 12, 1, 6, 30, tzinfo=NOW.tzinfo), 30)],
    )
    hidden = _add_ticket(store, people, "jose", "beto", "open")  # Beto's, but Ana's network
    _add_ticket(store, people, "rosa", "beto", "open", [(NOW, 500)])  # another company

    with store.session() as s:
        view = customer_360(s, viewer_of("ana"), people["jose"], NOW)
    assert view.person.full_name == "José Núñez"
    assert view.company.name == "Ferretería Azteca"
    assert view.key_user.full_name == "Eva Líder"
    assert view.backup_user is None
    [balance] = view.contracts  # the 2025 policy has expired
    assert balance.name == "Bolsa mensual"
    assert (balance.period_start, balance.period_end) == (date(2026, 11, 1), date(2026, 11, 30))
    assert balance.used_minutes == 135
    assert balance.remaining_minutes == 600 - 135
    assert {t.id for t in view.open_tickets} == {open_id, hidden}  # network: Ana sees both
    assert [t.id for t in view.past_tickets] == [closed_id]
    assert view.open_count == 2 and view.past_count == 1
    [call] = view.calls
    assert (call.number, call.talk_seconds, call.advisor_name) == ("55 1111 2222", 240,
                                                                   "Ana López")  # fmt: skip


def test_customer_360_lists_only_tickets_the_viewer_may_see(store, people, viewer_of):
    _add_ticket(store, people, "rosa", "beto", "open")
    with store.session() as s:
        for_ana = customer_360(s, viewer_of("ana"), people["rosa"], NOW)
        for_beto = customer_360(s, viewer_of("beto"), people["rosa"], NOW)
        missing = customer_360(s, viewer_of("ana"), 999, NOW)
    assert for_ana.person.full_name == "Rosa Quispe"
    assert for_ana.open_tickets == () and for_ana.open_count == 0
    assert len(for_beto.open_tickets) == 1
    assert missing is None


def test_the_customer_of_a_ticket_respects_visibility(store, people, viewer_of):
    hidden = _add_ticket(store, people, "rosa", "beto", "open")
    mine = _add_ticket(store, people, "jose", "ana", "open")
    with store.session() as s:
        service = PeopleService(store, viewer_of("ana"), clock=lambda: NOW)
        assert service.customer_for_ticket(s, hidden).visible is False
        assert service.customer_for_ticket(s, hidden).customer is None
        found = service.customer_for_ticket(s, mine)
    assert found.visible and found.customer.person.id == people["jose"]
