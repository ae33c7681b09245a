"""Contracts and time for the hours report, on the conftest `desk`, with the numbers of March
2025 computed by hand (Mexico City is UTC−6 all year; flat rate 600 an hour).

Ferretería del Norte (Ana's network):
  C1 "Bolsa enero" monthly 3 h at 100, 15 Jan – 14 Mar 2025: periods 15 Jan – 14 Feb,
     15 Feb – 14 Mar (the one March touches). Renewed by
  C2 "Bolsa marzo" monthly 2 h at 120, 15 Mar – 14 May 2025: 15 Mar – 14 Apr touches March.
  Entries (local times), in the order they consume:
    E1 20 Feb 10:00   invoice  L1  60  C1 (60 used)            before March
    E9 28 Feb 23:50   invoice  L1  10  C1 (70)                 1 Mar in UTC, still February here
    E0 10 Mar (logged, no start) invoice L1 20  C1 (90)        March
    E2 14 Mar 23:30   invoice  L2  45  C1 (135)                15 Mar in UTC: C1's last day here
    E3 14 Mar 12:00   invoice  L3  60  45 to C1 (180: exhausted), 15 over → flat
    E4 15 Mar 00:30   closing  quality 30  C2 (30)             undecided: provisional
    E5 20 Mar 10:00   printer  L1  90  warranty: no charge
    E6  1 Apr 10:00   invoice  L1  70  C2 (100: 20 left ≤ 24 → low)   after March
  March, per ticket:
    invoice  L1 20 L2 45 L3 60 = 125: contract 110 (C1: 183.33), flat 15 (150.00) → 333.33
    closing  quality 30: contract 30 (C2: 60.00), undecided → 60.00
    printer  L1 90: warranty → 0.00
  C1 period 15 Feb – 14 Mar: used 180 of 180, over 15, charged in March 110, exhausted.
  C2 period 15 Mar – 14 Apr: used 100 of 120, charged in March 30, low.
  Norte: L1 110 L2 45 L3 60 quality 30 = 245; warranty 90, contract 140, flat 15, undecided
  30; contract 243.33 + flat 150.00 = 393.33.
Grupo Sur Contable (Beto's network), no contract:
    E8  5 Mar 10:00   hidden   L2  30  flat → 300.00
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from desk_app.local_store.models import Contract, Ticket, TimeEntry, WorkspaceMeta

MEXICO = timezone(timedelta(hours=-6))


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=MEXICO).astimezone(UTC)


def fill_hours(desk, *, flat_rate: str | None = "600") -> dict[str, int]:
    ids: dict[str, int] = {}
    with desk.store.transaction() as s:
        if flat_rate is not None:
            s.add(WorkspaceMeta(key="flat_hourly_rate", value=flat_rate))
        c1 = Contract(company_id=desk.ids["norte"], name="Bolsa enero", period_kind="monthly",
                      hours=3, hourly_rate=Decimal("100"), starts_on=date(2025, 1, 15),
                      ends_on=date(2025, 3, 14), renewable=True)  # fmt: skip
        s.add(c1)
        s.flush()
        c2 = Contract(company_id=desk.ids["norte"], name="Bolsa marzo", period_kind="monthly",
                      hours=2, hourly_rate=Decimal("120"), starts_on=date(2025, 3, 15),
                      ends_on=date(2025, 5, 14), renewable=True, renewal_of_id=c1.id)  # fmt: skip
        s.add(c2)
        s.flush()
        ids.update(c1=c1.id, c2=c2.id)
        s.get(Ticket, desk.ids["invoice"]).billing = "consumption"
        s.get(Ticket, desk.ids["printer"]).billing = "warranty"
        s.get(Ticket, desk.ids["hidden"]).billing = "consumption"
        ana = desk.ids["ana"]

        def entry(name: str, ticket: str, kind: str, minutes: int, started: datetime | None,
                  created: datetime | None = None) -> None:  # fmt: skip
            row = TimeEntry(ticket_id=desk.ids[ticket], user_id=ana, kind=kind, minutes=minutes,
                            started_at=started, created_at=created or started)  # fmt: skip
            s.add(row)
            s.flush()
            ids[name] = row.id

        entry("e1", "invoice", "L1", 60, local(2025, 2, 20, 10))
        entry("e9", "invoice", "L1", 10, local(2025, 2, 28, 23, 50))
        entry("e0", "invoice", "L1", 20, None, local(2025, 3, 10, 12))
        entry("e2", "invoice", "L2", 45, local(2025, 3, 14, 23, 30))
        entry("e3", "invoice", "L3", 60, local(2025, 3, 14, 12))
        entry("e4", "closing", "quality", 30, local(2025, 3, 15, 0, 30))
        entry("e5", "printer", "L1", 90, local(2025, 3, 20, 10))
        entry("e6", "invoice", "L1", 70, local(2025, 4, 1, 10))
        entry("e8", "hidden", "L2", 30, local(2025, 3, 5, 10))
    return ids
