"""KPIs of a team of ten over a month: what the leader's KPI screen and `report kpi` wait for.

Workspace: a fresh one with a team of ten advisors and their leader, 300 partner companies
(30 in each advisor's network), and for October 2026 about 20,000 calls (nine in ten inbound,
~92 % of those answered, about half resolved at the first contact), survey answers for ~30 %
of the answered calls (some questions left unanswered), and 10,000 tickets closed in the month
with their status history, tags and time (some missing, so adherence is not 100 %). A quarter
as much again in September, which the month's figures must not count.

Measured: `KpiService.report` for the team over the month with its daily trend, as the
leader, each run in its own short session (like a DbRunner job); and the drill-down of
process adherence (the heaviest one: every closed ticket with its checklist).

Baseline, in the same run on the same file: plain sqlite3 counting the same rows with one
GROUP BY per source (calls, survey answers, closed tickets), without the trend or the
checklist: the least any KPI computation could cost. `kpi_report_ratio` is p50 over p50.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.search import percentiles_ms
from desk_app.domain.kpi import Kpi, ProgramPhase
from desk_app.domain.periods import parse_period
from desk_app.local_store.base import to_db_text
from desk_app.local_store.bulk import SearchIndexPaused, insert_rows
from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.visibility import viewer_for
from desk_app.services.kpis import KpiService, report_zone

ADVISORS = 10
PARTNERS_EACH = 30
ROUNDS = 15
PERIOD = "2026-10"
OUTCOMES = ("ticket_created", "ticket_updated", "transferred", "callback")
TAGS = ("facturación", "nómina", "timbrado", "inventario", "acceso")


def _load(store: Store, calls: int, tickets: int, rng: random.Random) -> None:
    month = parse_period(PERIOD)
    with store.session() as session:
        zone = report_zone(session)
    start, end = month.bounds(zone)
    before = month.previous().bounds(zone)[0]

    def moment(first: datetime, last: datetime) -> datetime:
        return first + timedelta(seconds=rng.uniform(0, (last - first).total_seconds()))

    created = to_db_text(start)
    with store.engine.begin() as c, SearchIndexPaused(c):
        insert_rows(c, "teams", ("id", "name", "calendar"), [(1, "Equipo Norte", "{}")])
        companies = [(n, f"c{n:031d}", f"Socio {n}", f"socio {n}", "MX", created)
                     for n in range(1, ADVISORS * PARTNERS_EACH + 1)]  # fmt: skip
        insert_rows(c, "companies", ("id", "uid", "name", "name_key", "country", "created_at"),
                    companies)  # fmt: skip
        users = [(n, f"u{n:031d}", f"asesor{n}", f"Asesor {n:02d}", "advisor", "L1", 1, 1)
                 for n in range(1, ADVISORS + 1)]  # fmt: skip
        users.append((ADVISORS + 1, "u" + "9" * 31, "lider", "Líder", "leader", "L1", 1, 1))
        insert_rows(c, "users", ("id", "uid", "username", "full_name", "role", "level",
                                 "team_id", "is_active"), users)  # fmt: skip
        insert_rows(c, "user_network", ("user_id", "company_id"),
                    [(1 + (n - 1) // PARTNERS_EACH, n) for n, *_ in companies])  # fmt: skip
        insert_rows(c, "tags", ("id", "name"), list(enumerate(TAGS, 1)))
        call_rows, answers = [], []
        for n in range(1, calls + calls // 4 + 1):
            at = moment(start, end) if n <= calls else moment(before, start)
            inbound = rng.random() < 0.9
            answered = at + timedelta(seconds=12) if not inbound or rng.random() < 0.92 else None
            if answered is None:
                outcome = "missed"
            else:
                outcome = "resolved_first_contact" if rng.random() < 0.5 else rng.choice(OUTCOMES)
            advisor = rng.randint(1, ADVISORS)
            ended = (answered or at) + timedelta(minutes=4)
            answered_text = None if answered is None else to_db_text(answered)
            call_rows.append((n, f"k{n:031d}", "inbound" if inbound else "outbound",
                              "55 1234 5678", advisor, to_db_text(at), answered_text,
                              to_db_text(ended), to_db_text(ended), 0, outcome, "",
                              "done"))  # fmt: skip
            if answered is not None and rng.random() < 0.3:
                csat, ces, nps = rng.randint(1, 5), rng.randint(1, 7), rng.randint(0, 10)
                answers.append((len(answers) + 1, f"s{n:031d}", n, advisor,
                                to_db_text(ended + timedelta(minutes=1)),
                                csat, ces if rng.random() < 0.8 else None,
                                nps if rng.random() < 0.7 else None))  # fmt: skip
        insert_rows(c, "calls", ("id", "uid", "direction", "number_raw", "advisor_id",
                                 "started_at", "answered_at", "ended_at", "wrap_up_ended_at",
                                 "hold_seconds", "outcome", "notes", "state"),
                    call_rows)  # fmt: skip
        insert_rows(c, "survey_answers", ("id", "uid", "call_id", "advisor_id", "answered_at",
                                          "csat", "ces", "nps"), answers)  # fmt: skip
        ticket_rows, history, tagged, spent = [], [], [], []
        for n in range(1, tickets + tickets // 4 + 1):
            closed = moment(start, end) if n <= tickets else moment(before, start)
            opened = closed - timedelta(hours=rng.uniform(1, 72))
            advisor = rng.randint(1, ADVISORS)
            closer = advisor if rng.random() < 0.95 else rng.randint(1, ADVISORS)
            ticket_rows.append((n, f"t{n:031d}", f"Incidencia {n}", "No timbra la factura",
                                1, advisor, advisor, "incident", "normal", "phone", "closed",
                                "none", "L1", "{}", to_db_text(opened), to_db_text(closed),
                                to_db_text(closed), closer))  # fmt: skip
            steps = [(opened, "open"), (opened + timedelta(minutes=5), "in_progress")]
            if rng.random() < 0.05:
                steps.pop()  # closed straight from Open: not adherent
            steps.append((closed, "closed"))
            for at, status in steps:
                history.append((n, advisor, to_db_text(at), "status", status, 0))
            if rng.random() < 0.93:
                tagged.append((n, rng.randint(1, len(TAGS))))
            if rng.random() < 0.92:
                spent.append((f"e{n:031d}", n, advisor, "L1", rng.randint(5, 90), "",
                              to_db_text(closed)))  # fmt: skip
        insert_rows(c, "people", ("id", "uid", "full_name", "company_id", "emails",
                                  "is_key_user", "is_backup_user", "created_at"),
                    [(1, "p" + "0" * 31, "María Pérez", 1, "[]", 0, 0, created)])  # fmt: skip
        insert_rows(c, "tickets", ("id", "uid", "subject", "body", "requester_id",
                                   "responsible_id", "created_by_id", "ticket_type", "priority",
                                   "channel", "status", "flag", "level", "custom_fields",
                                   "created_at", "updated_at", "resolved_at", "closed_by_id"),
                    ticket_rows)  # fmt: skip
        insert_rows(c, "ticket_history", ("ticket_id", "user_id", "at", "field", "new_value",
                                          "from_sync"), history)  # fmt: skip
        insert_rows(c, "ticket_tags", ("ticket_id", "tag_id"), tagged)
        insert_rows(c, "time_entries", ("uid", "ticket_id", "user_id", "kind", "minutes", "note",
                                        "created_at"), spent)  # fmt: skip
    with store.engine.begin() as c:
        c.exec_driver_sql("ANALYZE")


BASELINE = (
    "SELECT advisor_id, count(*), count(answered_at), "
    "sum(answered_at IS NOT NULL AND outcome = 'resolved_first_contact') FROM calls "
    "WHERE advisor_id IN ({ids}) AND started_at >= ? AND started_at < ? AND state = 'done' "
    "AND direction = 'inbound' GROUP BY advisor_id",
    "SELECT advisor_id, csat, count(*) FROM survey_answers WHERE advisor_id IN ({ids}) "
    "AND answered_at >= ? AND answered_at < ? AND csat IS NOT NULL GROUP BY advisor_id, csat",
    "SELECT responsible_id, count(*) FROM tickets WHERE responsible_id IN ({ids}) "
    "AND resolved_at >= ? AND resolved_at < ? AND status = 'closed' "
    "AND merged_into_id IS NULL GROUP BY responsible_id",
)


def _baseline(connection: sqlite3.Connection, start: datetime, end: datetime) -> float:
    ids = ", ".join(str(n) for n in range(1, ADVISORS + 1))
    bounds = (to_db_text(start), to_db_text(end))
    started = time.perf_counter()
    for sql in BASELINE:
        connection.execute(sql.format(ids=ids), bounds).fetchall()
    return time.perf_counter() - started


def run(folder: Path, calls: int = 20_000, tickets: int = 10_000) -> dict[str, float]:
    rng = random.Random(6)
    workspace = folder / "kpi-workspace"
    if workspace.exists():
        raise SystemExit(f"{workspace} exists: the KPI figures need a fresh workspace")
    store = open_store(workspace)
    _load(store, calls, tickets, rng)
    month = parse_period(PERIOD)
    with store.session() as session:
        leader = viewer_for(session, "lider")
        zone = report_zone(session)
    service = KpiService(store, leader, phase=ProgramPhase.FIRST_YEAR)
    with store.session() as session:
        scope = service.scopes(session)[0]
    start, end = month.bounds(zone)
    raw = sqlite3.connect(store.db_path)
    # Interleaved, round by round, so both see the same load on the machine.
    report_times, drill_times, base = [], [], []
    for _ in range(ROUNDS):
        base.append(_baseline(raw, start, end))
        started = time.perf_counter()
        with store.session() as session:
            report = service.report(session, month, scope)
        report_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        with store.session() as session:
            drill = service.drill(session, Kpi.PROCESS_ADHERENCE, month, scope)
        drill_times.append(time.perf_counter() - started)
    offered = report.totals[Kpi.SERVICE_LEVEL].denominator
    if report.totals[Kpi.PROCESS_ADHERENCE].denominator != tickets or len(drill.rows) != tickets:
        raise RuntimeError("the KPI report did not count the month's closed tickets")
    raw.close()
    store.close()
    results: dict[str, float] = {"kpi_calls": calls, "kpi_tickets": tickets,
                                 "kpi_offered_calls": offered}  # fmt: skip
    results["kpi_report_p50_ms"], results["kpi_report_p95_ms"] = percentiles_ms(report_times)
    results["kpi_drill_p50_ms"], results["kpi_drill_p95_ms"] = percentiles_ms(drill_times)
    results["kpi_sqlite3_p50_ms"], results["kpi_sqlite3_p95_ms"] = percentiles_ms(base)
    results["kpi_report_ratio"] = results["kpi_report_p50_ms"] / results["kpi_sqlite3_p50_ms"]
    return results
