"""The demo workspace (SPEC §9): realistic Spanish data so a new user sees everything working.

The service leader Lucía Fernández ("lfernandez") is signed in: her team of ten advisors has a
month of calls, surveys and closed tickets behind it and is at work right now, so the team
board and the KPIs are full on first start (`--user asesor` shows the desk of an advisor).
`--demo-size` scales the tickets (to 100,000 for benchmarks) and, past the month's calls, the
call history. The hours view has contracts (renewed ones, low and exhausted balances,
companies at the flat rate), warranty and consumption decisions, estimates, confirmations and
tickets awaiting one, and the terms of attention (billing_data). The data goes in through the
bulk path in one transaction, so an interrupted fill leaves an empty workspace, never half of
one.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, select

from desk_app.local_store.bulk import SearchIndexPaused, insert_rows
from desk_app.local_store.demo.billing_data import add_billing
from desk_app.local_store.demo.call_data import CallWriter, add_older, play_month
from desk_app.local_store.demo.contract_data import ContractOffer
from desk_app.local_store.demo.live_data import add_live_states, at_risk_tickets
from desk_app.local_store.demo.org_data import (
    TEAM_CALENDARS,
    TEAM_NAME,
    add_knowledge,
    add_org,
    add_reference,
)
from desk_app.local_store.demo.profiles import profiles_by_user
from desk_app.local_store.demo.tables import DemoData
from desk_app.local_store.demo.ticket_data import TicketBuilder
from desk_app.local_store.due_times import refresh_due_times
from desk_app.local_store.engine import Store
from desk_app.local_store.models import Ticket, WorkspaceMeta
from desk_app.local_store.sla_context import (
    FALLBACK_COUNTRY,
    calendar_from_document,
    store_workspace_region,
)
from desk_app.local_store.visibility import CURRENT_USER_KEY
from desk_app.local_store.workspace import WorkspaceError

DEMO_MARKER = "demo_size"
DEFAULT_SIZE = 600
MAX_SIZE = 200_000
BILLING_SEED = 4  # billing draws from its own generator (seed + this): the rest stays put


def generate(size: int, *, articles: int = 40, seed: int = 2026, now: datetime | None = None
             ) -> DemoData:  # fmt: skip
    """All demo rows for `size` tickets, deterministic for a given seed and `now`."""
    if not 1 <= size <= MAX_SIZE:
        raise ValueError(f"demo size must be between 1 and {MAX_SIZE}")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    rng = random.Random(seed)
    data = DemoData()
    offers: dict[int, ContractOffer] = {}
    ids = add_org(data, rng, companies=max(40, size // 25), now=now, offers=offers)
    categories = add_reference(data)
    add_knowledge(data, rng, articles, now)
    profiles = profiles_by_user(ids["team"], ids["other_team"])
    slips = {user: profile.process_slips for user, profile in profiles.items()}
    builder = TicketBuilder(data, rng, now, ids, categories, slips)
    calendar = calendar_from_document(TEAM_CALENDARS[TEAM_NAME], FALLBACK_COUNTRY)
    staged = at_risk_tickets(now, ids["team"], size, calendar)
    for ticket_id in range(1, size + 1):
        builder.add(ticket_id, staged.get(ticket_id))
    zones = _zones(ids)
    calls = CallWriter(data, rng, size)
    play_month(calls, now, profiles, zones)
    # Large demos (benchmarks) keep about one call for every two tickets, as before.
    add_older(calls, now, max(0, size // 2 - data.count("calls")), profiles, zones)
    add_live_states(calls, now, ids["team"], ids["other_team"])
    add_billing(data, random.Random(seed + BILLING_SEED), now, ids, offers)
    return data


def _zones(ids: dict[str, list[int]]) -> dict[int, ZoneInfo]:
    """Each advisor's time zone: their team's calendar."""
    mexico, bogota = (ZoneInfo(c["time_zone"]) for c in TEAM_CALENDARS.values())
    return {user: mexico for user in ids["team"]} | {user: bogota for user in ids["other_team"]}


def load(connection: Connection, data: DemoData) -> None:
    with SearchIndexPaused(connection):
        for name, table in data.tables.items():
            if table.rows:  # executemany of no rows is an error to the DB-API, not a no-op
                insert_rows(connection, name, table.columns, table.rows)


def ensure_demo(store: Store, size: int = DEFAULT_SIZE, *, articles: int = 40,
                region: str = FALLBACK_COUNTRY) -> bool:  # fmt: skip
    """Fill an empty workspace with demo data; reopen an existing demo as it is.

    Returns True when data was created. A workspace holding real (non-demo) data is refused
    rather than mixed with invented tickets. `region` becomes the workspace's default region
    unless it already has one.
    """
    with store.session() as session:
        if session.get(WorkspaceMeta, DEMO_MARKER) is not None:
            return False
        if session.scalar(select(func.count()).select_from(Ticket)):
            raise WorkspaceError(
                "this workspace already holds tickets; --demo needs an empty or demo workspace"
            )
    now = datetime.now(UTC)
    data = generate(size, articles=articles, now=now)
    with store.transaction() as session:
        load(session.connection(), data)
        store_workspace_region(session, region)  # before the due times: they read it
        refresh_due_times(session, list(range(1, size + 1)), now)
        session.add(WorkspaceMeta(key=DEMO_MARKER, value=str(size)))
        session.add(WorkspaceMeta(key=CURRENT_USER_KEY, value=data.current_username))
        for key, value in data.meta.items():  # e.g. the flat rate, unless one is set
            if session.get(WorkspaceMeta, key) is None:
                session.add(WorkspaceMeta(key=key, value=value))
    return True
