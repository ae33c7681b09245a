"""Ticket actions as the UI calls them on the DB worker: each one is one transaction that
writes the change, its history and its outbox operation (local_store.ticket_writes), and
returns what changed so views refresh only what is stale.

The board's drag and drop and the detail pane's status menu call the same function, so the
same rules apply whichever way a user moves a ticket.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.local_store.engine import Store
from desk_app.local_store.ticket_writes import change_ticket
from desk_app.local_store.visibility import Viewer
from desk_app.services.tickets import Clock, utc_now


@dataclass(frozen=True)
class Changed:
    """What an action changed: the ticket and the names of its fields."""

    ticket_id: int
    fields: tuple[str, ...]


class TicketActions:
    def __init__(self, store: Store, viewer: Viewer, clock: Clock = utc_now) -> None:
        self.store = store
        self.viewer = viewer
        self.clock = clock

    def change_status(self, ticket_id: int, status: str) -> Changed:
        """Move a ticket to `status`; raises ValidationError (nothing written) if not allowed."""
        with self.store.transaction() as session:
            now = self.clock()
            fields = change_ticket(session, self.viewer, ticket_id, {"status": status}, now)
        return Changed(ticket_id, tuple(fields))
