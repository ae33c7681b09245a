"""Requesters and their organizations as the UI asks for them: search as you type,
organization autocomplete, inline creation and the customer 360.

Queries take the Session the caller opened (one per job on the UI's database worker);
writes open their own `Store.transaction()`, so each is one transaction with its outbox
operation.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk_app.local_store.engine import Store
from desk_app.local_store.people_queries import (
    Customer360,
    OrganizationMatch,
    RequesterMatch,
    customer_360,
    requester,
    requester_of,
    search_organizations,
    search_requesters,
)
from desk_app.local_store.people_writes import (
    PHONE_REGIONS,
    NewCompany,
    NewPerson,
    create_company,
    create_person,
)
from desk_app.local_store.visibility import Viewer
from desk_app.services.tickets import Clock, utc_now


@dataclass(frozen=True, slots=True)
class TicketCustomer:
    """The customer 360 of a ticket's requester. `customer` is None when the ticket is not
    visible (`visible` False) or has no requester."""

    ticket_id: int
    visible: bool
    customer: Customer360 | None


class PeopleService:
    def __init__(self, store: Store, viewer: Viewer, *, default_region: str = PHONE_REGIONS[0],
                 clock: Clock = utc_now) -> None:  # fmt: skip
        self.store = store
        self.viewer = viewer
        self.default_region = default_region
        self.clock = clock

    # -- queries (run with the caller's session) ----------------------------------------------

    def search_requesters(self, session: Session, text: str) -> list[RequesterMatch]:
        return search_requesters(session, text)

    def requester(self, session: Session, person_id: int) -> RequesterMatch | None:
        return requester(session, person_id)

    def organizations(self, session: Session, text: str) -> list[OrganizationMatch]:
        return search_organizations(session, text)

    def customer(self, session: Session, person_id: int) -> Customer360 | None:
        return customer_360(session, self.viewer, person_id, self.clock())

    def customer_for_ticket(self, session: Session, ticket_id: int) -> TicketCustomer:
        visible, person_id = requester_of(session, self.viewer, ticket_id)
        customer = self.customer(session, person_id) if person_id is not None else None
        return TicketCustomer(ticket_id, visible, customer)

    # -- writes (each one transaction) --------------------------------------------------------

    def create_person(self, draft: NewPerson) -> RequesterMatch:
        """Raises PeopleValidationError (nothing written) when the draft is refused."""
        with self.store.transaction() as session:
            person = create_person(session, draft, self.clock(), self.default_region)
            created = requester(session, person.id)
        assert created is not None
        return created

    def create_company(self, draft: NewCompany) -> OrganizationMatch:
        with self.store.transaction() as session:
            company = create_company(session, draft, self.clock())
            return OrganizationMatch(company.id, company.name, company.country,
                                     company.partner_tier)  # fmt: skip
