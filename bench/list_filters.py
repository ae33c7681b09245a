"""Filter switches and keystrokes on the ticket list, timed as the list's worker runs them.

What the UI runs per user action (desk_app.ui.ticket_list_panel), each job in its own short
session like the database worker's:

* filter switch: the list's job — the first page of ids of the new filter in display order,
  the list's length (a count, skipped when the page is not full) and the page's rows with SLA
  badges. That is what the user waits for: the panel paints the list from that one answer.
  When the text or the column filters changed, the counts for the sidebar and the tabs run in
  their own job queued after the list's (a queue or view switch reuses them: they do not
  depend on the queue or view); they are reported apart as `filter_switch_counts_*`.
* keystroke: the same list job for the text typed so far (the counts follow in their own
  job, reported apart as `keystroke_counts_*`).
* scroll: the job that fetches a later page (its ids by position, and its rows) when the user
  scrolls to it, at positions 100, 1,000 and 10,000 of each list that long.

Until 2026-11-23 the switch figure also held the counts and the ids of the whole list: the
list then waited for both. It no longer does, so they are no longer part of what the user
waits for before the list shows (see README "Speed").

Measured for the bench's signed-in advisor (the app's user), a team leader (visibility over
the whole team, ~97 % of the tickets) and the admin (all tickets), as wall time (what the user
waits) and as the worker thread's CPU time (`*_cpu_*`: the same work without the waits a busy
machine adds, for comparing runs on a shared computer).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from bench.search import percentiles_ms
from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.models import User
from desk_app.local_store.ticket_filters import (
    ColumnFilter,
    FilterField,
    SortKey,
    TicketFilter,
    TicketQueue,
    TicketView,
)
from desk_app.local_store.ticket_list_queries import ticket_count
from desk_app.local_store.visibility import viewer_for
from desk_app.services.queues import QueueService
from desk_app.services.tickets import TicketService
from desk_app.ui.ticket_list_panel import first_page
from desk_app.ui.ticket_table_model import TicketTableModel

PAGE = TicketTableModel.PAGE_SIZE  # the page the list asks for
SCROLL_TO = (100, 1_000, 10_000)
ROUNDS = 2
Q, V = TicketQueue, TicketView


def _columns(*pairs: tuple[FilterField, set[str]]) -> tuple[ColumnFilter, ...]:
    return tuple(ColumnFilter(field, frozenset(values)) for field, values in pairs)


# Thirty switches an advisor makes in a morning: queues, tabs, column filters, a sort.
SWITCHES: tuple[Callable[[TicketFilter], TicketFilter], ...] = (
    lambda f: replace(f, queue=Q.MINE, view=V.ALL),
    lambda f: replace(f, queue=Q.UNASSIGNED_L1, view=V.ALL),
    lambda f: replace(f, queue=Q.UNASSIGNED_L2, view=V.ALL),
    lambda f: replace(f, queue=Q.UNASSIGNED_L3, view=V.ALL),
    lambda f: replace(f, queue=Q.NETWORK, view=V.ALL),
    lambda f: replace(f, queue=Q.WAITING, view=V.ALL),
    lambda f: replace(f, queue=Q.DUE_SOON, view=V.ALL),
    lambda f: replace(f, queue=Q.ALL, view=V.ALL),
    lambda f: replace(f, queue=None, view=V.OPEN),
    lambda f: replace(f, queue=None, view=V.MINE),
    lambda f: replace(f, queue=None, view=V.UNASSIGNED),
    lambda f: replace(f, queue=None, view=V.WAITING),
    lambda f: replace(f, queue=None, view=V.CLOSED),
    lambda f: replace(f, queue=None, view=V.ALL),
    lambda f: replace(f, columns=_columns((FilterField.STATUS, {"in_progress"}))),
    lambda f: replace(f, columns=_columns((FilterField.STATUS, {"in_progress", "open"}))),
    lambda f: replace(f, columns=_columns((FilterField.CRITICALITY, {"severe", "critical"}))),
    lambda f: replace(
        f, columns=_columns((FilterField.CRITICALITY, {"critical"}), (FilterField.LEVEL, {"L2"}))
    ),
    lambda f: replace(f, columns=_columns((FilterField.CHANNEL, {"phone"}))),
    lambda f: replace(f, columns=_columns((FilterField.FLAG, {"orange"}))),
    lambda f: replace(f, columns=_columns((FilterField.RESPONSIBLE, {""}))),
    lambda f: replace(f, columns=_columns((FilterField.PRIORITY, {"urgent", "critical"}))),
    lambda f: replace(f, columns=()),
    lambda f: replace(f, queue=Q.MINE, view=V.ALL),
    lambda f: replace(f, sort=SortKey.DUE, descending=False),
    lambda f: replace(f, sort=SortKey.CRITICALITY, descending=True),
    lambda f: replace(f, queue=Q.DUE_SOON, view=V.ALL),
    lambda f: replace(f, columns=_columns((FilterField.LEVEL, {"L1"}))),
    lambda f: replace(f, queue=Q.NETWORK, view=V.ALL, columns=()),
    lambda f: replace(f, queue=Q.ALL, view=V.ALL, sort=SortKey.UPDATED, descending=True),
)
# What advisors type while a customer talks, one character at a time.
TYPED = ("factura", "timbrado 301", "garcía", "nómina isr", "conciliación")


def _show(store: Store, service: QueueService, flt: TicketFilter) -> bool:
    """The list's job (ticket_list_panel.first_page): the first page of ids and its rows.
    Returns whether the list goes on past that page."""
    with store.session() as session:
        page = first_page(service, session, flt)
    assert len(page.rows) == len(page.ids)
    return page.more


def _scroll(store: Store, service: QueueService, flt: TicketFilter, offset: int) -> None:
    """The job for a later page (TicketListPanel._load_page), scrolled to."""
    with store.session() as session:
        ids = service.tickets.page_ids(session, flt, offset, PAGE)
        service.rows(session, ids)


class Samples:
    """Wall and thread CPU seconds of each timed step."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def time(self, step: Callable[[], object]) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        step()
        self.cpu.append(time.thread_time() - cpu)
        self.wall.append(time.perf_counter() - wall)

    def figures(self, name: str) -> dict[str, float]:
        (p50, p95), (cpu50, cpu95) = percentiles_ms(self.wall), percentiles_ms(self.cpu)
        return {f"{name}_p50_ms": p50, f"{name}_p95_ms": p95,
                f"{name}_cpu_p50_ms": cpu50, f"{name}_cpu_p95_ms": cpu95}  # fmt: skip


def _switches(store: Store, service: QueueService) -> tuple[Samples, Samples, Samples]:
    shown, counted, scrolled = Samples(), Samples(), Samples()
    flt = TicketFilter()
    _show(store, service, flt)
    _count(store, service, flt)
    for _ in range(ROUNDS):
        for switch in SWITCHES:
            new = switch(flt)
            shown.time(lambda new=new: _show(store, service, new))
            if (new.text, new.columns) != (flt.text, flt.columns):
                counted.time(lambda new=new: _count(store, service, new))
            with store.session() as session:
                total = ticket_count(session, service.viewer, new)
            for offset in SCROLL_TO:
                if offset < total:
                    scrolled.time(lambda new=new, at=offset: _scroll(store, service, new, at))
            flt = new
    return shown, counted, scrolled


def _count(store: Store, service: QueueService, flt: TicketFilter) -> None:
    with store.session() as session:
        service.counts(session, flt)


def _keystrokes(store: Store, service: QueueService) -> tuple[Samples, Samples]:
    shown, counted = Samples(), Samples()
    for _ in range(ROUNDS):
        for query in TYPED:
            for end in range(1, len(query) + 1):
                flt = TicketFilter(text=query[:end])
                shown.time(lambda flt=flt: _show(store, service, flt))
                counted.time(lambda flt=flt: _count(store, service, flt))
    return shown, counted


def run(workspace: Path) -> dict[str, float]:
    store = open_store(workspace)
    results: dict[str, float] = {}
    try:
        with store.session() as session:
            advisor = viewer_for(session, "asesor")  # the demo signs in its leader
            admin_name = session.scalars(select(User.username).where(User.role == "admin")).first()
            admin = viewer_for(session, admin_name or "admin")
            leader_name = session.scalars(
                select(User.username).where(User.role == "leader", User.team_id.is_not(None))
                .order_by(User.id)
            ).first()  # fmt: skip
            leader = viewer_for(session, leader_name) if leader_name else admin
        viewers = {"advisor": advisor or admin, "leader": leader, "admin": admin}
        for label, viewer in viewers.items():
            service = QueueService(TicketService(viewer))
            with store.session() as session:  # the calendar and statuses, loaded once
                service.tickets.sla_context(session)
            shown, counted, scrolled = _switches(store, service)
            results.update(shown.figures(f"filter_switch_{label}"))
            results.update(counted.figures(f"filter_switch_counts_{label}"))
            results.update(scrolled.figures(f"scroll_{label}"))
            shown, counted = _keystrokes(store, service)
            results.update(shown.figures(f"keystroke_{label}"))
            results.update(counted.figures(f"keystroke_counts_{label}"))
    finally:
        store.close()
    return results
