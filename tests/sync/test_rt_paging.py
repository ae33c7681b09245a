"""Pull paging over more than RT's 100-per-page cap, inside one-second timestamps."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desk_app.sync.rt import RtConnector

COUNT = 104  # more than one page of 100
SAME_SECOND = 101  # more than a page's worth share one LastUpdated second


@pytest.fixture
def ana(rt_server: Any) -> Iterator[RtConnector]:
    connector = RtConnector(rt_server.url, "ana", rt_server.users["ana"])
    yield connector
    connector.close()


def bulk_create(rt_admin: Any, rt_server: Any, subject: str) -> list[str]:
    tickets = [
        {"Queue": "Partner Desk L1", "Subject": f"{subject} {n}", "Content": f"n{n}"}
        for n in range(COUNT)
    ]
    answer = rt_admin.post(f"{rt_server.rest}/tickets/bulk", json=tickets)
    assert answer.status_code == 201, answer.text
    return sorted((str(item["id"]) for item in answer.json()), key=int)


def stamp_one_second(rt_server: Any, ids: list[str]) -> None:
    """A bulk update on a busy RT stamps hundreds of tickets with one second; creating that
    through REST takes minutes here, so the test writes the stamp into RT's database."""
    moment = (datetime.now(UTC) + timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S")
    with sqlite3.connect(rt_server.folder / "rt5.sqlite", timeout=30) as db:
        db.executemany(
            "UPDATE Tickets SET LastUpdated = ? WHERE id = ?", [(moment, int(i)) for i in ids]
        )


def test_pull_walks_every_page_once_and_resumes_from_any_page(
    ana, rt_admin, rt_server, unique
) -> None:
    cursor = ana.cursor_since(datetime.now(UTC) - timedelta(seconds=5))
    created = bulk_create(rt_admin, rt_server, unique("bulk"))
    # Shuffled ids inside the shared second: the pull must not rely on id order there.
    stamp_one_second(rt_server, created[::2] + created[1::2][: SAME_SECOND - len(created[::2])])

    pages = list(ana.pull_tickets(cursor))
    seen = Counter(t.remote_id for page in pages for t in page.tickets)
    assert set(created) <= set(seen)
    assert all(seen[rid] == 1 for rid in created), "a ticket came twice within one pull"
    assert all(len(page.tickets) <= 100 for page in pages)
    assert len(pages) >= 2
    assert pages[0].total is not None and pages[0].total >= COUNT

    # A sync killed after committing the first page resumes from that page's cursor and
    # still gets everything the first page did not cover.
    first = {t.remote_id for t in pages[0].tickets}
    resumed = {t.remote_id for page in ana.pull_tickets(pages[0].cursor) for t in page.tickets}
    assert set(created) <= first | resumed

    # From the last cursor only the overlap window comes again, never older changes.
    since = datetime.fromisoformat(json.loads(pages[-1].cursor)["since"])
    window = timedelta(seconds=ana.mapping.overlap_seconds)
    again = [t for page in ana.pull_tickets(pages[-1].cursor) for t in page.tickets]
    assert all(t.updated_at >= since - window for t in again)


def test_first_sync_reads_everything_and_gives_a_cursor(ana, rt_admin, rt_server, unique) -> None:
    answer = rt_admin.post(
        f"{rt_server.rest}/ticket",
        json={"Queue": "Partner Desk L3", "Subject": unique("first sync"), "Content": "x"},
    )
    ticket = str(answer.json()["id"])
    pages = list(ana.pull_tickets(None))
    assert ticket in {t.remote_id for page in pages for t in page.tickets}
    assert pages[-1].cursor is not None
