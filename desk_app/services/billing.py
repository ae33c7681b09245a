"""The billing side of a ticket as the ticket pane calls it on the DB worker (SPEC §6): time
(manual entries and the running timer), warranty or consumption, the estimate, the key user's
confirmations over two hours, the terms of attention; contract renewals and the flat rate.

Each write is one `Store.transaction()` (change + history + outbox operation, see
local_store.billing_writes) and returns the fresh `TicketBilling`, read after the commit, so
the pane repaints from what was stored. Bad input raises ValidationError (nothing written);
a ticket the viewer may not see raises LookupError. Times come from `clock`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from desk_app.local_store import billing_writes as writes
from desk_app.local_store.billing_queries import (
    AWAITING_CONFIRMATION,
    BALANCE_EXHAUSTED,
    BALANCE_LOW,
    RunningTimer,
    TicketBilling,
    logging_warnings,
    running_timer,
    ticket_billing,
)
from desk_app.local_store.billing_queries import flat_rate as stored_flat_rate
from desk_app.local_store.engine import Store
from desk_app.local_store.models import Ticket
from desk_app.local_store.ticket_writes import ValidationError
from desk_app.local_store.visibility import Viewer
from desk_app.services.tickets import Clock, utc_now

__all__ = [
    "AWAITING_CONFIRMATION",
    "BALANCE_EXHAUSTED",
    "BALANCE_LOW",
    "BillingService",
    "LoggedTime",
    "RunningTimer",
    "TicketBilling",
    "ValidationError",
]


@dataclass(frozen=True, slots=True)
class LoggedTime:
    entry_id: int
    # Codes, worded by the UI: "awaiting_confirmation", "balance_low", "balance_exhausted".
    warnings: tuple[str, ...]
    billing: TicketBilling


class BillingService:
    def __init__(self, store: Store, viewer: Viewer, clock: Clock = utc_now) -> None:
        self.store = store
        self.viewer = viewer
        self.clock = clock

    # -- reads (the caller's session, like TicketService) ---------------------------------------

    def ticket_billing(self, session: Session, ticket_id: int) -> TicketBilling:
        return ticket_billing(session, self.viewer, ticket_id, self.clock())

    def running_timer(self, session: Session) -> RunningTimer | None:
        """The viewer's running timer, on whichever ticket (it survives a restart)."""
        return running_timer(session, self.viewer)

    def flat_rate(self, session: Session) -> Decimal | None:
        return stored_flat_rate(session)

    def _fresh(self, ticket_id: int) -> TicketBilling:
        with self.store.session() as session:
            return self.ticket_billing(session, ticket_id)

    # -- decisions ----------------------------------------------------------------------------

    def decide(self, ticket_id: int, billing: str) -> TicketBilling:
        """ "warranty" or "consumption", recorded with who and when."""
        with self.store.transaction() as session:
            writes.decide(session, self.viewer, ticket_id, billing, self.clock())
        return self._fresh(ticket_id)

    def set_estimate(self, ticket_id: int, minutes: int | None) -> TicketBilling:
        with self.store.transaction() as session:
            writes.set_estimate(session, self.viewer, ticket_id, minutes, self.clock())
        return self._fresh(ticket_id)

    def confirm(self, ticket_id: int, minutes: int, person_id: int, how: str,
                note: str = "") -> TicketBilling:  # fmt: skip
        """The key user confirmed the work may go on up to `minutes` in total."""
        with self.store.transaction() as session:
            writes.record_confirmation(session, self.viewer, ticket_id, minutes, person_id, how,
                                       self.clock(), note)  # fmt: skip
        return self._fresh(ticket_id)

    def accept_terms(self, ticket_id: int, person_id: int, how: str) -> TicketBilling:
        with self.store.transaction() as session:
            writes.accept_terms(session, self.viewer, ticket_id, person_id, how, self.clock())
        return self._fresh(ticket_id)

    # -- time ---------------------------------------------------------------------------------

    def log_time(self, ticket_id: int, kind: str, minutes: int, started_at: datetime | None = None,
                 note: str = "") -> LoggedTime:  # fmt: skip
        """A manual entry; succeeds with warnings while the ticket awaits confirmation or the
        company's balance is low or exhausted."""
        now = self.clock()
        with self.store.transaction() as session:
            entry = writes.log_time(session, self.viewer, ticket_id, kind, minutes, now,
                                    started_at=started_at, note=note)  # fmt: skip
            entry_id = entry.id
            warnings = logging_warnings(session, _ticket(session, ticket_id), now)
        return LoggedTime(entry_id, warnings, self._fresh(ticket_id))

    def start_timer(self, ticket_id: int, kind: str) -> TicketBilling:
        with self.store.transaction() as session:
            writes.start_timer(session, self.viewer, ticket_id, kind, self.clock())
        return self._fresh(ticket_id)

    def stop_timer(self, note: str = "") -> LoggedTime:
        """Stop the viewer's timer and log it (whole minutes); under a minute it is refused
        ("shorter than a minute: nothing logged") and keeps running."""
        now = self.clock()
        with self.store.transaction() as session:
            entry = writes.stop_timer(session, self.viewer, now, note)
            entry_id, ticket_id = entry.id, entry.ticket_id
            warnings = logging_warnings(session, _ticket(session, ticket_id), now)
        return LoggedTime(entry_id, warnings, self._fresh(ticket_id))

    def cancel_timer(self) -> bool:
        """Discard the viewer's timer without logging; False when none was running."""
        with self.store.transaction() as session:
            return writes.cancel_timer(session, self.viewer)

    # -- contracts and rates ------------------------------------------------------------------

    def renew_contract(self, contract_id: int) -> int:
        """The renewal's contract id."""
        with self.store.transaction() as session:
            return writes.renew_contract(session, self.viewer, contract_id, self.clock()).id

    def set_flat_rate(self, rate: Decimal | str | None) -> Decimal | None:
        with self.store.transaction() as session:
            return writes.set_flat_rate(session, self.viewer, rate)


def _ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    assert ticket is not None  # just written in this transaction
    return ticket
