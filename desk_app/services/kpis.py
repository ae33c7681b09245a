"""The KPI service (SPEC §7): the six KPIs of a team, an advisor or the whole desk over a
period, with the trend, the staffing checks and the rows behind any number.

Who may see what (SPEC §1): an advisor only their own KPIs; a leader their team and each of
its members; an admin any team, any advisor and the whole desk. Anything else raises
KpiAccessError before a single count is read.

Periods are calendar days in the workspace region's time zone (the zone of the default SLA
calendar, sla_context.py), so "October" is October where the desk works, whoever opens it.
Every method takes the Session its caller opened (a DbRunner job, or the command line).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain import kpi as formulas
from desk_app.domain.kpi import Kpi, KpiValue, ProgramPhase
from desk_app.domain.kpi_report import (
    KPI_ORDER,
    AdvisorKpis,
    Drill,
    DrillKind,
    DrillRow,
    KpiReport,
    KpiSet,
    Scope,
    ScopeKind,
    Staffing,
    TrendPoint,
)
from desk_app.domain.periods import Period
from desk_app.domain.roles import Role
from desk_app.local_store import kpi_drill
from desk_app.local_store.engine import Store
from desk_app.local_store.kpi_queries import KpiCounts, kpi_counts
from desk_app.local_store.models import Team, User, user_network
from desk_app.local_store.sla_context import FALLBACK_COUNTRY, default_calendar, workspace_region
from desk_app.local_store.visibility import Viewer
from desk_app.services.tickets import Clock, utc_now

ALL_LABEL = "All teams"
DRILL_KINDS: dict[Kpi, DrillKind] = {
    Kpi.SERVICE_LEVEL: DrillKind.CALLS,
    Kpi.FIRST_CONTACT_RESOLUTION: DrillKind.CALLS,
    Kpi.CSAT: DrillKind.SURVEYS,
    Kpi.CES: DrillKind.SURVEYS,
    Kpi.NPS: DrillKind.SURVEYS,
    Kpi.PROCESS_ADHERENCE: DrillKind.TICKETS,
}
SURVEY_FORMULAS = {Kpi.CSAT: formulas.csat, Kpi.CES: formulas.ces, Kpi.NPS: formulas.nps}


class KpiAccessError(PermissionError):
    """The viewer may not see that scope; the message is for the user (English)."""


@dataclass(frozen=True, slots=True)
class _Advisor:
    user_id: int
    username: str
    full_name: str
    level: str


def kpi_set(counts: KpiCounts, phase: ProgramPhase) -> KpiSet:
    """The six KPIs from their counts, by the domain's formulas."""
    values = {
        Kpi.SERVICE_LEVEL: formulas.service_level(counts.answered, counts.offered, phase),
        Kpi.FIRST_CONTACT_RESOLUTION: formulas.first_contact_resolution(
            counts.resolved_first_contact, counts.answered, phase
        ),
        Kpi.CSAT: formulas.csat_of_counts(counts.csat, phase),
        Kpi.CES: formulas.ces_of_counts(counts.ces, phase),
        Kpi.NPS: formulas.nps_of_counts(counts.nps, phase),
        Kpi.PROCESS_ADHERENCE: formulas.process_adherence(counts.adhering, counts.closed, phase),
    }
    return KpiSet(tuple(values[kpi] for kpi in KPI_ORDER))


def report_zone(session: Session) -> ZoneInfo:
    """The time zone periods are read in: the workspace region's default calendar's."""
    region = workspace_region(session) or FALLBACK_COUNTRY
    return ZoneInfo(default_calendar(region).tz_name)


class KpiService:
    def __init__(self, store: Store, viewer: Viewer, *, phase: ProgramPhase,
                 clock: Clock = utc_now) -> None:  # fmt: skip
        self.store = store
        self.viewer = viewer
        self.phase = phase
        self.clock = clock

    # -- scopes ---------------------------------------------------------------------------

    def scopes(self, session: Session) -> tuple[Scope, ...]:
        """What the viewer may pick, the default first: an advisor themself; a leader the
        team, then its advisors; an admin the whole desk, each team, each advisor."""
        me = Scope(ScopeKind.ADVISOR, self.viewer.user_id, self.viewer.full_name)
        role = self.viewer.role
        if role is Role.ADMIN:
            teams = session.execute(select(Team.id, Team.name).order_by(Team.name)).all()
            return (
                Scope(ScopeKind.ALL, None, ALL_LABEL),
                *(Scope(ScopeKind.TEAM, team_id, name) for team_id, name in teams),
                *(_advisor_scope(a) for a in _advisors(session, None)),
            )
        if role is Role.LEADER and self.viewer.team_id is not None:
            team = session.get(Team, self.viewer.team_id)
            if team is not None:
                members = _advisors(session, team.id)
                return (Scope(ScopeKind.TEAM, team.id, team.name),
                        *(_advisor_scope(a) for a in members))  # fmt: skip
        return (me,)

    def team_scope(self, session: Session, name_or_id: str) -> Scope:
        """The team named (case-insensitively) or numbered `name_or_id` (`--team T`).
        LookupError names the teams there are; KpiAccessError when it is not the viewer's."""
        wanted = name_or_id.strip()
        teams = session.execute(select(Team.id, Team.name).order_by(Team.name)).all()
        for team_id, name in teams:
            if name.casefold() == wanted.casefold() or (
                wanted.isdigit() and int(wanted) == team_id
            ):
                scope = Scope(ScopeKind.TEAM, team_id, name)
                self._check(session, scope)
                return scope
        if self.viewer.role is not Role.ADMIN:
            raise KpiAccessError(f"there is no team {wanted!r} you may see")
        known = ", ".join(name for _, name in teams) or "none"
        raise LookupError(f"there is no team {wanted!r} (teams: {known})")

    def _check(self, session: Session, scope: Scope) -> None:
        viewer = self.viewer
        if scope.kind is ScopeKind.ALL:
            if viewer.role is not Role.ADMIN:
                raise KpiAccessError("only an admin sees the KPIs of the whole desk")
            return
        if scope.id is None:
            raise KpiAccessError(f"a {scope.kind} scope needs its id")
        if scope.kind is ScopeKind.TEAM:
            if session.get(Team, scope.id) is None:
                raise KpiAccessError(f"there is no team {scope.id}")
            if viewer.role is Role.ADMIN:
                return
            if viewer.role is Role.LEADER and viewer.team_id == scope.id:
                return
            raise KpiAccessError("you may only see the KPIs of your own team")
        user = session.get(User, scope.id)
        if user is None:
            raise KpiAccessError(f"there is no user {scope.id}")
        if viewer.role is Role.ADMIN or user.id == viewer.user_id:
            return
        if viewer.role is Role.LEADER and viewer.team_id is not None:
            if user.team_id == viewer.team_id:
                return
            raise KpiAccessError("you may only see the KPIs of your team's advisors")
        raise KpiAccessError("you may only see your own KPIs")

    def _members(self, session: Session, scope: Scope) -> list[_Advisor]:
        self._check(session, scope)
        if scope.kind is ScopeKind.ALL:
            return _advisors(session, None)
        if scope.kind is ScopeKind.TEAM:
            return _advisors(session, scope.id)
        user = session.get(User, scope.id)
        assert user is not None  # _check found it
        return [_Advisor(user.id, user.username, user.full_name, user.level)]

    # -- the report ----------------------------------------------------------------------

    def report(self, session: Session, period: Period, scope: Scope,
               *, trend: bool = True) -> KpiReport:  # fmt: skip
        members = self._members(session, scope)
        zone = report_zone(session)
        buckets = period.buckets() if trend else (period,)
        edges = [bucket.bounds(zone)[0] for bucket in buckets] + [period.bounds(zone)[1]]
        counts = kpi_counts(session, [m.user_id for m in members], edges)
        per_advisor: dict[int, KpiCounts] = {m.user_id: KpiCounts() for m in members}
        per_bucket = [KpiCounts() for _ in buckets]
        total = KpiCounts()
        for (advisor_id, bucket), slot in counts.items():
            per_advisor[advisor_id].add(slot)
            per_bucket[bucket].add(slot)
            total.add(slot)
        advisors = tuple(
            AdvisorKpis(
                m.user_id,
                m.username,
                m.full_name,
                m.level,
                kpi_set(per_advisor[m.user_id], self.phase),
            )
            for m in members
        )
        pairs = zip(buckets, per_bucket, strict=True) if trend else ()
        points = tuple(TrendPoint(bucket, kpi_set(slot, self.phase)) for bucket, slot in pairs)
        staffing = None if scope.kind is ScopeKind.ADVISOR else _staffing(session, scope, members)
        return KpiReport(scope, period, self.phase, kpi_set(total, self.phase), advisors,
                         points, staffing, self.clock())  # fmt: skip

    # -- drill-down ------------------------------------------------------------------------

    def drill(self, session: Session, kpi: Kpi, period: Period, scope: Scope,
              *, advisor_id: int | None = None, bucket: Period | None = None) -> Drill:  # fmt: skip
        """The rows behind one number: the scope's (or one of its advisors') over the period
        (or one bucket of its trend). `value` is recomputed from the rows."""
        ids = [m.user_id for m in self._members(session, scope)]
        if advisor_id is not None:
            if advisor_id not in ids:
                raise KpiAccessError("that advisor is not in the KPIs you are looking at")
            ids = [advisor_id]
        span = period
        if bucket is not None:
            if not (period.start <= bucket.start and bucket.end <= period.end):
                raise ValueError(f"{bucket.label()} is not within {period.label()}")
            span = bucket
        start, end = span.bounds(report_zone(session))
        kind = DRILL_KINDS[kpi]
        if kind is DrillKind.SURVEYS:
            answered = kpi_drill.survey_rows(session, kpi, ids, start, end)
            rows = [row for _, row in answered]
            value = SURVEY_FORMULAS[kpi]([answer for answer, _ in answered], self.phase)
            return Drill(kpi, kind, scope, span, tuple(rows), value)
        if kind is DrillKind.CALLS:
            rows = kpi_drill.call_rows(session, kpi, ids, start, end)
        else:
            rows = kpi_drill.ticket_rows(session, ids, start, end)
        return Drill(kpi, kind, scope, span, tuple(rows), self._ratio(kpi, rows))

    def _ratio(self, kpi: Kpi, rows: Sequence[DrillRow]) -> KpiValue:
        counted = sum(1 for row in rows if row.counts)
        ratio = {
            Kpi.SERVICE_LEVEL: formulas.service_level,
            Kpi.FIRST_CONTACT_RESOLUTION: formulas.first_contact_resolution,
            Kpi.PROCESS_ADHERENCE: formulas.process_adherence,
        }[kpi]
        return ratio(counted, len(rows), self.phase)


def _advisor_scope(advisor: _Advisor) -> Scope:
    return Scope(ScopeKind.ADVISOR, advisor.user_id, advisor.full_name)


def _advisors(session: Session, team_id: int | None) -> list[_Advisor]:
    """Active advisors of a team (of the whole desk for None), by name."""
    query = select(User.id, User.username, User.full_name, User.level).where(
        User.role == Role.ADVISOR.value, User.is_active.is_(True)
    )
    if team_id is not None:
        query = query.where(User.team_id == team_id)
    rows = session.execute(query.order_by(User.full_name, User.id)).all()
    return [_Advisor(*row) for row in rows]


def _staffing(session: Session, scope: Scope, members: Sequence[_Advisor]) -> Staffing:
    leaders_query = select(func.count(User.id)).where(
        User.role == Role.LEADER.value, User.is_active.is_(True)
    )
    if scope.kind is ScopeKind.TEAM:
        leaders_query = leaders_query.where(User.team_id == scope.id)
    leaders = int(session.scalar(leaders_query) or 0)
    ids = [m.user_id for m in members]
    partners = int(session.scalar(
        select(func.count(func.distinct(user_network.c.company_id)))
        .where(user_network.c.user_id.in_(ids))) or 0) if ids else 0  # fmt: skip
    return Staffing(
        advisors=len(members), leaders=leaders, network_partners=partners,
        advisors_needed=formulas.advisor_staffing(len(members), partners),
        leaders_needed=formulas.leader_staffing(leaders, len(members)),
    )  # fmt: skip
