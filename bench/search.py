"""Search latency over realistic queries, as an advisor and as an admin (all 100k tickets)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from sqlalchemy import select

from desk_app.local_store.article_queries import article_ids
from desk_app.local_store.engine import open_store
from desk_app.local_store.models import User
from desk_app.local_store.ticket_filters import TicketFilter
from desk_app.local_store.ticket_list_queries import ticket_ids
from desk_app.local_store.visibility import viewer_for

# What advisors type while a customer talks: words, prefixes mid-keystroke, names, phrases.
QUERIES = (
    "timbrar", "factura 301", "nomina isr", "garcía", "conciliacion bbva", "respaldo",
    "licencia servidor", "cfdi", "cierre del ejercicio", "xml balanza", "punto de venta",
    "layout", "imss", "finiquito vacaciones", "certificado", "existencias", "fact", "nóm",
    "farmacias", '"error 301"',
)  # fmt: skip
ROUNDS = 3


def percentiles_ms(samples: list[float]) -> tuple[float, float]:
    """(p50, p95) of samples in seconds, in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def run(workspace: Path) -> dict[str, float]:
    store = open_store(workspace)
    results: dict[str, float] = {}
    with store.session() as session:
        admin_name = session.scalars(select(User.username).where(User.role == "admin")).first()
        viewers = {"advisor": viewer_for(session, "asesor"),
                   "admin": viewer_for(session, admin_name or "admin")}  # fmt: skip
        for label, viewer in viewers.items():
            samples = []
            for _ in range(ROUNDS):
                for query in QUERIES:
                    started = time.perf_counter()
                    ticket_ids(session, viewer, TicketFilter(text=query))
                    samples.append(time.perf_counter() - started)
            results[f"ticket_search_{label}_p50_ms"], results[f"ticket_search_{label}_p95_ms"] = (
                percentiles_ms(samples)
            )
        samples = []
        for _ in range(ROUNDS):
            for query in QUERIES:
                started = time.perf_counter()
                article_ids(session, query)
                samples.append(time.perf_counter() - started)
        results["article_search_p50_ms"], results["article_search_p95_ms"] = percentiles_ms(samples)
    store.close()
    return results
