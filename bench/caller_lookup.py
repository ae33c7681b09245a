"""Caller lookup over 100,000 people: what the call panel waits for when a call rings.

Workspace: the bench's demo workspace (its companies, tickets, contracts and time entries), with
people added through the bulk path until it holds `people` of them (about 25 per company at
100,000 tickets), each with a distinct phone number of the company's country.

Measured: `lookup_caller` as the panel's worker runs it, each lookup in its own short session,
as the signed-in advisor, for numbers in the forms PBXs and people send them — national as
stored ("55 1234 5678", read in the person's country), international ("+52 55 1234 5678"),
bare E.164 — and a tenth of valid numbers nobody has. Each lookup includes normalising the
number and reading every candidate's company, key user, contract hours and open tickets.

Baseline, in the same run on the same file: plain sqlite3 running the indexed equality
`SELECT id FROM people WHERE phone_e164 = ?` for the same numbers already in E.164, i.e. the
cheapest possible answer to "who has this number". `caller_lookup_ratio` is p50 over p50.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import phonenumbers
from sqlalchemy import func, select

from bench.search import percentiles_ms
from desk_app.local_store.base import to_db_text
from desk_app.local_store.bulk import SearchIndexPaused, insert_rows
from desk_app.local_store.call_queries import lookup_caller
from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.models import Company, Person
from desk_app.local_store.visibility import viewer_for

LOOKUPS = 300  # distinct numbers per round
ROUNDS = 3
UNKNOWN_SHARE = 0.1
_PREFIX = {"MX": "+52", "CO": "+57", "PE": "+51"}
_FIRST = ("Ana", "Luis", "María", "José", "Carmen", "Jorge", "Lucía", "Pedro", "Rosa", "Raúl")
_LAST = ("García", "López", "Pérez", "Ramírez", "Torres", "Flores", "Rojas", "Díaz", "Cruz")


def _national(rng: random.Random, country: str) -> tuple[str, str]:
    """(number as people type it, E.164), in the demo's formats per country."""
    if country == "CO":
        digits = "3" + "".join(rng.choice("0123456789") for _ in range(9))
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}", "+57" + digits
    if country == "PE":
        digits = "9" + "".join(rng.choice("0123456789") for _ in range(8))
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}", "+51" + digits
    digits = "55" + "".join(rng.choice("0123456789") for _ in range(8))
    return f"{digits[:2]} {digits[2:6]} {digits[6:]}", "+52" + digits


def _valid(e164: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(e164, None))


def add_people(store: Store, people: int, rng: random.Random) -> int:
    """People appended to the workspace until it holds `people`; returns the count it holds."""
    with store.engine.begin() as connection:
        have = int(connection.execute(select(func.count(Person.id))).scalar_one())
        taken = set(connection.execute(select(Person.phone_e164)).scalars())
        companies = [(cid, country or "MX") for cid, country in connection.execute(
            select(Company.id, Company.country).order_by(Company.id))]  # fmt: skip
        first_id = int(connection.execute(select(func.max(Person.id))).scalar_one() or 0) + 1
        created = to_db_text(datetime.now(UTC))
        rows = []
        for index in range(max(people - have, 0)):
            company_id, country = companies[index % len(companies)]
            phone, e164 = _national(rng, country)
            while e164 in taken:
                phone, e164 = _national(rng, country)
            taken.add(e164)
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {rng.choice(_LAST)}"
            rows.append((first_id + index, f"bench{first_id + index:027d}", name, company_id,
                         "Contador", "[]", phone, e164, 0, 0, created))  # fmt: skip
        columns = ("id", "uid", "full_name", "company_id", "position", "emails", "phone",
                   "phone_e164", "is_key_user", "is_backup_user", "created_at")  # fmt: skip
        with SearchIndexPaused(connection):
            insert_rows(connection, "people", columns, rows)
        return have + len(rows)


def _samples(store: Store, rng: random.Random) -> list[tuple[str, str, str]]:
    """(number as sent, region, its E.164) for LOOKUPS numbers in mixed forms."""
    with store.session() as session:
        rows = session.execute(
            select(Person.phone, Person.phone_e164, Company.country)
            .join(Company, Company.id == Person.company_id)
            .where(Person.phone_e164.is_not(None))
        ).all()
    rng.shuffle(rows)
    samples: list[tuple[str, str, str]] = []
    for phone, e164, country in rows:
        if len(samples) >= LOOKUPS * (1 - UNKNOWN_SHARE):
            break
        region = country or "MX"
        if not phone or not _valid(e164):
            continue  # the demo's random digits are not always a number in use
        number = phonenumbers.parse(e164, None)
        form = len(samples) % 3
        if form == 0:
            samples.append((phone, region, e164))
        elif form == 1:
            international = phonenumbers.PhoneNumberFormat.INTERNATIONAL
            samples.append((phonenumbers.format_number(number, international), "MX", e164))
        else:
            samples.append((e164, "CO", e164))
    taken = {e164 for _, _, e164 in samples}
    while len(samples) < LOOKUPS:
        phone, e164 = _national(rng, "MX")
        if e164 not in taken and _valid(e164):
            samples.append((phone, "MX", e164))  # nobody's: the "unknown caller" case
    rng.shuffle(samples)
    return samples


def _baseline(db_path: Path, samples: list[tuple[str, str, str]]) -> list[float]:
    connection = sqlite3.connect(db_path)
    plan = " ".join(str(row[-1]) for row in connection.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM people WHERE phone_e164 = ?", ("+52",)))  # fmt: skip
    if "INDEX" not in plan.upper():
        raise RuntimeError(f"the baseline does not use an index: {plan}")
    times = []
    for _ in range(ROUNDS):
        for _, _, e164 in samples:
            started = time.perf_counter()
            connection.execute("SELECT id FROM people WHERE phone_e164 = ?", (e164,)).fetchall()
            times.append(time.perf_counter() - started)
    connection.close()
    return times


def run(workspace: Path, people: int = 100_000) -> dict[str, float]:
    rng = random.Random(5)
    store = open_store(workspace)
    held = add_people(store, people, rng)
    samples = _samples(store, rng)
    with store.session() as session:
        viewer = viewer_for(session, "asesor")  # an advisor answers the phone
    now = datetime.now(UTC)
    times: list[float] = []
    found = 0
    for _ in range(ROUNDS):
        for number, region, _ in samples:
            started = time.perf_counter()
            with store.session() as session:  # one short session per job, like DbRunner's
                lookup = lookup_caller(session, number, region, viewer=viewer, now=now)
            times.append(time.perf_counter() - started)
            found += not lookup.unknown
    db_path = store.db_path
    store.close()
    base = _baseline(db_path, samples)
    results: dict[str, float] = {"caller_lookup_people": held,
                                 "caller_lookup_found_share": found / len(times)}  # fmt: skip
    results["caller_lookup_p50_ms"], results["caller_lookup_p95_ms"] = percentiles_ms(times)
    (results["caller_lookup_sqlite3_p50_ms"],
     results["caller_lookup_sqlite3_p95_ms"]) = percentiles_ms(base)  # fmt: skip
    results["caller_lookup_ratio"] = (
        results["caller_lookup_p50_ms"] / results["caller_lookup_sqlite3_p50_ms"]
    )
    return results
