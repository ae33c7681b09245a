"""python -m bench [--tickets N] [--articles N] [--people N] [--sync-tickets N] [--sync-real N]
[--stall-tickets N] [--kpi-calls N] [--kpi-tickets N] [--sync-only | --calls-only | --kpi-only]
[--json FILE] [--keep DIR]"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench import caller_lookup, ingest, kpi, list_filters, search, startup, sync_pull, sync_stall
from desk_app.local_store.demo import generate

TARGETS = {
    "load_ratio": ("≤", 2.5),
    "ticket_search_admin_p95_ms": ("≤", 30.0),
    "ticket_search_advisor_p95_ms": ("≤", 30.0),
    "article_search_p95_ms": ("≤", 30.0),
    "startup_ratio": ("≤", 3.0),
    "filter_switch_advisor_p95_ms": ("≤", 50.0),
    "filter_switch_leader_p95_ms": ("≤", 50.0),
    "filter_switch_admin_p95_ms": ("≤", 50.0),
    "keystroke_advisor_p95_ms": ("≤", 50.0),
    "keystroke_leader_p95_ms": ("≤", 50.0),
    "keystroke_admin_p95_ms": ("≤", 50.0),
    "stall_max_ms": ("≤", 50.0),
    "caller_lookup_p95_ms": ("≤", 20.0),
    "kpi_report_p50_ms": ("≤", 200.0),
    "kpi_report_p95_ms": ("≤", 200.0),
}
COUNTS = {"rows", "sync_tickets", "sync_rows", "rt_real_tickets", "stall_sync_tickets",
          "caller_lookup_people", "kpi_calls", "kpi_tickets", "kpi_offered_calls"}  # fmt: skip


def _table(results: dict[str, float]) -> str:
    lines = [f"{'figure':34} {'value':>12}  target   ", "-" * 60]
    for name, value in results.items():
        target = TARGETS.get(name)
        verdict = ""
        if target:
            ok = value <= target[1]
            verdict = f"{target[0]} {target[1]:<6} {'ok' if ok else 'MISSED'}"
        shown = f"{value:,.0f}" if name in COUNTS else f"{value:,.3f}"
        lines.append(f"{name:34} {shown:>12}  {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument(
        "--people", type=int, default=100_000, help="people in the caller lookup figures"
    )
    parser.add_argument(
        "--sync-tickets",
        type=int,
        default=10_000,
        help="tickets in the sync ingest figure (0 = skip the sync figures)",
    )
    parser.add_argument(
        "--sync-real",
        type=int,
        default=100,
        help="tickets really created in RT for the end-to-end pull",
    )
    parser.add_argument("--stall-tickets", type=int, default=3_000)
    only = parser.add_mutually_exclusive_group()
    only.add_argument(
        "--sync-only",
        action="store_true",
        help="only the sync figures (issue 4), not the 100,000-ticket ones",
    )
    only.add_argument(
        "--calls-only",
        action="store_true",
        help="only the caller lookup figures (issue 5), on a demo workspace of --tickets",
    )
    only.add_argument(
        "--kpi-only",
        action="store_true",
        help="only the KPI figures (issue 6), on a month of a team of ten of their own",
    )
    parser.add_argument("--kpi-calls", type=int, default=20_000, help="calls in the KPI month")
    parser.add_argument(
        "--kpi-tickets", type=int, default=10_000, help="tickets closed in the KPI month"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", type=Path, help="keep the generated workspace here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        results: dict[str, float] = {}
        if args.calls_only:
            print(f"generating {args.tickets:,} tickets…", flush=True)
            now = datetime.now(UTC)
            data = generate(args.tickets, articles=args.articles, now=now)
            ingest.store_load(folder / "workspace", data, now)
        elif not (args.sync_only or args.kpi_only):
            print(f"generating {args.tickets:,} tickets and {args.articles:,} articles…",
                  flush=True)  # fmt: skip
            results, _ = ingest.run(folder, args.tickets, args.articles)
            results.update(search.run(folder / "workspace"))
            results.update(list_filters.run(folder / "workspace"))
            results.update(startup.run(folder / "workspace", folder))
        if not (args.sync_only or args.kpi_only):
            # Last on the shared workspace: it adds people, which the figures above must not see.
            print(f"caller lookup over {args.people:,} people…", flush=True)
            results.update(caller_lookup.run(folder / "workspace", args.people))
        if args.sync_tickets > 0 and not (args.calls_only or args.kpi_only):
            print(f"sync: pulling {args.sync_tickets:,} RT tickets…", flush=True)
            results.update(sync_pull.run(folder, args.sync_tickets, args.sync_real))
            results.update(sync_stall.run(folder, args.stall_tickets))
        if not (args.sync_only or args.calls_only):
            print(f"KPIs: a month of {args.kpi_calls:,} calls and {args.kpi_tickets:,} tickets…",
                  flush=True)  # fmt: skip
            results.update(kpi.run(folder, args.kpi_calls, args.kpi_tickets))
    print(_table(results))
    targets = {k: {"op": op, "value": v} for k, (op, v) in TARGETS.items()}
    document = {"tickets": args.tickets, "articles": args.articles, "figures": results,
                "targets": targets}  # fmt: skip
    print(json.dumps(document, indent=2))
    if args.json:
        args.json.write_text(json.dumps(document, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
