"""Filter switches and keystrokes on the ticket list, timed as the list's worker runs them.

What the UI runs per user action (desk_app.ui.ticket_list_panel), each job in its own short
session like the database worker's:

* filter switch: the ids of the new filter, the counts when the text or the column filters
  changed (a queue or view switch reuses them: the counts do not depend on the queue or view),
  then the first page of rows with SLA badges;
* keystroke: the ids for the text typed so far and the first page of rows (the counts follow
  in their own job, reported apart as `keystroke_counts_*`).

Measured for the bench's signed-in advisor (the app's user) and for the admin (all tickets),
as wall time (what the user waits) and as the worker thread's CPU time (`*_cpu_*`: the same
work without the waits a busy machine adds, for comparing runs on a shared computer).
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
from desk_app.local_store.ticket_queries import (
    ColumnFilter,
    FilterField,
    SortKey,
    TicketFilter,
    TicketQueue,
    TicketView,
)
from desk_app.local_store.visibility import current_viewer, viewer_for
from desk_app.services.queues import QueueService
from desk_app.services.tickets import TicketService

PAGE = 100  # TicketTableModel.PAGE_SIZE: the first page the list asks for
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


def _show(store: Store, service: QueueService, flt: TicketFilter, *, counts: bool) -> None:
    """The jobs one list update runs: ids, the counts if asked, the first page of rows."""
    with store.session() as session:
        ids = service.ids(session, flt)
    if counts:
        with store.session() as session:
            service.counts(session, flt)
    with store.session() as session:
        service.rows(session, ids[:PAGE])


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


def _switches(store: Store, service: QueueService) -> Samples:
    samples = Samples()
    flt = TicketFilter()
    _show(store, service, flt, counts=True)
    for _ in range(ROUNDS):
        for switch in SWITCHES:
            new = switch(flt)
            counts = (new.text, new.columns) != (flt.text, flt.columns)
            samples.time(lambda new=new, counts=counts: _show(store, service, new, counts=counts))
            flt = new
    return samples


def _count(store: Store, service: QueueService, flt: TicketFilter) -> None:
    with store.session() as session:
        service.counts(session, flt)


def _keystrokes(store: Store, service: QueueService) -> tuple[Samples, Samples]:
    shown, counted = Samples(), Samples()
    for _ in range(ROUNDS):
        for query in TYPED:
            for end in range(1, len(query) + 1):
                flt = TicketFilter(text=query[:end])
                shown.time(lambda flt=flt: _show(store, service, flt, counts=False))
                counted.time(lambda flt=flt: _count(store, service, flt))
    return shown, counted


def run(workspace: Path) -> dict[str, float]:
    store = open_store(workspace)
    results: dict[str, float] = {}
    try:
        with store.session() as session:
            advisor = current_viewer(session)
            admin_name = session.scalars(select(User.username).where(User.role == "admin")).first()
            admin = viewer_for(session, admin_name or "admin")
        viewers = {"advisor": advisor or admin, "admin": admin}
        for label, viewer in viewers.items():
            service = QueueService(TicketService(viewer))
            with store.session() as session:  # the calendar and statuses, loaded once
                service.tickets.sla_context(session)
            results.update(_switches(store, service).figures(f"filter_switch_{label}"))
            shown, counted = _keystrokes(store, service)
            results.update(shown.figures(f"keystroke_{label}"))
            results.update(counted.figures(f"keystroke_counts_{label}"))
    finally:
        store.close()
    return results
