"""What a KPI report holds (SPEC §7): the six KPIs for a team and for each of its advisors over
a period, their trend, the staffing checks, and the rows behind any one number (drill-down).

Plain data shared by the KPI service (which fills it from the local store), the KPI screen,
and the CSV / Excel / PDF reports, so the three always show the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desk_app.domain.kpi import Kpi, KpiValue, ProgramPhase, StaffingCheck
from desk_app.domain.periods import Period

KPI_ORDER: tuple[Kpi, ...] = (
    Kpi.SERVICE_LEVEL,
    Kpi.FIRST_CONTACT_RESOLUTION,
    Kpi.CSAT,
    Kpi.CES,
    Kpi.NPS,
    Kpi.PROCESS_ADHERENCE,
)


@dataclass(frozen=True, slots=True)
class KpiSet:
    """All six KPIs of one scope over one period, in KPI_ORDER."""

    values: tuple[KpiValue, ...]

    def __getitem__(self, kpi: Kpi) -> KpiValue:
        for value in self.values:
            if value.kpi is kpi:
                return value
        raise KeyError(kpi)


@dataclass(frozen=True, slots=True)
class AdvisorKpis:
    user_id: int
    username: str
    full_name: str
    level: str
    kpis: KpiSet


@dataclass(frozen=True, slots=True)
class TrendPoint:
    period: Period  # one bucket of the report's period (Period.buckets())
    kpis: KpiSet


@dataclass(frozen=True, slots=True)
class Staffing:
    advisors: int  # active advisors in the scope
    leaders: int  # active leaders of the team(s)
    network_partners: int  # companies in the advisors' networks
    advisors_needed: StaffingCheck  # 1 advisor per 30 partners
    leaders_needed: StaffingCheck  # 1 leader per 10 advisors


class ScopeKind(StrEnum):
    TEAM = "team"
    ADVISOR = "advisor"
    ALL = "all"  # an admin's whole desk


@dataclass(frozen=True, slots=True)
class Scope:
    kind: ScopeKind
    id: int | None  # team id or user id; None for ALL
    label: str  # "Equipo Norte", "Mariana García Torres", "All teams"


@dataclass(frozen=True, slots=True)
class KpiReport:
    scope: Scope
    period: Period
    phase: ProgramPhase
    totals: KpiSet  # the scope as a whole (not an average of the advisors)
    advisors: tuple[AdvisorKpis, ...]  # one per advisor in the scope, by name
    trend: tuple[TrendPoint, ...]  # () when not asked for
    staffing: Staffing | None  # None for a single advisor's report
    generated_at: datetime  # aware UTC


class DrillKind(StrEnum):
    CALLS = "calls"
    TICKETS = "tickets"
    SURVEYS = "surveys"


@dataclass(frozen=True, slots=True)
class DrillRow:
    """One call, ticket or survey answer behind a KPI."""

    id: int  # call id, ticket id, or the survey answer's call id
    when: datetime  # aware UTC: call start, ticket close, answer time
    advisor: str
    title: str  # "55 1234 5678 · María Pérez" / "#123 No timbra…" / "CSAT 4"
    counts: bool  # in the numerator (answered, resolved, satisfied, adheres…)
    detail: str  # why not: "missed", "no time logged, not closed by the responsible"…
    ticket_id: int | None  # the ticket to open from this row, when there is one


@dataclass(frozen=True, slots=True)
class Drill:
    kpi: Kpi
    kind: DrillKind
    scope: Scope
    period: Period
    rows: tuple[DrillRow, ...]  # newest first
    value: KpiValue  # the number the rows explain (same numerator and denominator)
