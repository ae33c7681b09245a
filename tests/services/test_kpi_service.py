"""The KPI service on the real `desk` (tests/conftest.py), against numbers worked out by hand.

Ana (advisor) and Lucía (leader) form the team Mesa CDMX; Beto is an advisor with no team; the
workspace has no region stored, so periods are read in Mexico City time (UTC−6, no DST).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desk_app.domain.kpi import Kpi, ProgramPhase
from desk_app.domain.kpi_report import DrillKind, ScopeKind
from desk_app.domain.periods import day_period, parse_period
from desk_app.local_store.models import Call, SurveyAnswer, Tag, Ticket, TimeEntry
from desk_app.services.kpis import KpiAccessError, KpiService

MARCH = parse_period("2025-03")
DAY = datetime(2025, 3, 10, 16, 0, tzinfo=UTC)  # Monday 10 March, 10:00 in Mexico City


def add_call(desk, advisor: str, at: datetime, *, answered: bool = True,
             outcome: str | None = None, direction: str = "inbound",
             state: str = "done") -> int:  # fmt: skip
    with desk.store.transaction() as s:
        call = Call(direction=direction, number_raw="55 1234 5678", advisor_id=desk.ids[advisor],
                    person_id=desk.ids["maria"], started_at=at, state=state,
                    answered_at=at + timedelta(seconds=10) if answered else None,
                    ended_at=at + timedelta(minutes=3),
                    outcome=outcome if answered else "missed")  # fmt: skip
        s.add(call)
        s.flush()
        return call.id


def add_answer(desk, advisor: str, at: datetime, csat: int | None, ces: int | None,
               nps: int | None) -> None:  # fmt: skip
    with desk.store.transaction() as s:
        s.add(SurveyAnswer(advisor_id=desk.ids[advisor], answered_at=at, csat=csat, ces=ces,
                           nps=nps))  # fmt: skip


def add_closed(desk, subject: str, closed: datetime, *, advisor: str = "ana",
               adheres: bool = True, **fields) -> int:  # fmt: skip
    """A ticket closed at `closed`; adhering (body, tag, time, In progress, closed by its
    responsible) unless `adheres` is False, which leaves out the time logged."""
    opened = closed - timedelta(hours=3)
    ticket_id = desk.add_ticket(
        subject, body="Detalle del problema", status="closed", created_at=opened,
        responsible_id=desk.ids[advisor], closed_by_id=desk.ids[advisor], resolved_at=closed,
        history=[(opened, "open"), (opened, "in_progress"), (closed, "closed")], **fields,
    )  # fmt: skip
    with desk.store.transaction() as s:
        ticket = s.get(Ticket, ticket_id)
        ticket.tags = [s.query(Tag).filter_by(name="facturación").one()]
        if adheres:
            s.add(TimeEntry(ticket_id=ticket_id, user_id=desk.ids[advisor], kind="L1",
                            minutes=20))  # fmt: skip
    return ticket_id


@pytest.fixture
def month(desk):
    """Ana's March, worked out by hand:
    - inbound calls: 6 answered (4 resolved at the first contact), 2 missed → SL 6/8 = 75 %,
      FCR 4/6 = 66.67 %; not counted: an outbound call, a call still in progress, one on
      28 February 23:30 local time (1 March 05:30 UTC). Counted: 31 March 23:30 local.
    - surveys (csat, ces, nps): (5,7,10) (4,6,9) (3,2,8) (5,–,7) (2,5,–) (–,6,0):
      CSAT 3 of 5 = 60 %, CES 4 of 5 = 80 %, NPS (2 promoters − 1 detractor) / 5 = 20.
    - closed tickets: the desk's "Cierre mensual" (no body, tags, time, closer) and 5 that
      adhere → 5/6 = 83.33 %; a merged one and one closed in February are not assessed.
    """
    for n, outcome in enumerate(["resolved_first_contact"] * 4 + ["ticket_created"] * 2):
        add_call(desk, "ana", DAY + timedelta(hours=n), outcome=outcome)
    add_call(desk, "ana", DAY + timedelta(days=1), answered=False)
    add_call(desk, "ana", datetime(2025, 4, 1, 5, 30, tzinfo=UTC), answered=False)
    add_call(desk, "ana", DAY, direction="outbound", outcome="callback")
    add_call(desk, "ana", DAY, state="talking", outcome=None)
    add_call(desk, "ana", datetime(2025, 3, 1, 5, 30, tzinfo=UTC), answered=False)
    answers = [(5, 7, 10), (4, 6, 9), (3, 2, 8), (5, None, 7), (2, 5, None), (None, 6, 0)]
    for n, (csat, ces, nps) in enumerate(answers):
        add_answer(desk, "ana", DAY + timedelta(hours=n, minutes=5), csat, ces, nps)
    for n in range(5):
        add_closed(desk, f"Adherente {n}", DAY + timedelta(days=n))
    survivor = add_closed(desk, "Sobrevive", DAY)
    with desk.store.transaction() as s:  # the survivor stays open; its duplicate is merged
        s.get(Ticket, survivor).resolved_at = None
        s.get(Ticket, survivor).status = "in_progress"
    add_closed(desk, "Duplicado", DAY, merged_into_id=survivor)
    add_closed(desk, "Febrero", datetime(2025, 2, 20, 18, 0, tzinfo=UTC))
    return desk


def service(desk, username: str, phase=ProgramPhase.FIRST_YEAR) -> KpiService:
    return KpiService(desk.store, desk.viewer(username), phase=phase, clock=lambda: desk.now)


def numbers(kpis, kpi: Kpi) -> tuple[int, int, float | None]:
    value = kpis[kpi]
    return (
        value.numerator,
        value.denominator,
        None if value.value is None else round(value.value, 2),
    )


def test_the_team_month_as_worked_out_by_hand(month) -> None:
    kpis = service(month, "lucia")
    with month.store.session() as s:
        team = kpis.scopes(s)[0]
        report = kpis.report(s, MARCH, team)
    assert team.kind is ScopeKind.TEAM and team.label == "Mesa CDMX"
    totals = report.totals
    assert numbers(totals, Kpi.SERVICE_LEVEL) == (6, 8, 75.0)
    assert numbers(totals, Kpi.FIRST_CONTACT_RESOLUTION) == (4, 6, 66.67)
    assert numbers(totals, Kpi.CSAT) == (3, 5, 60.0)
    assert numbers(totals, Kpi.CES) == (4, 5, 80.0)
    assert numbers(totals, Kpi.NPS) == (1, 5, 20.0)
    assert numbers(totals, Kpi.PROCESS_ADHERENCE) == (5, 6, 83.33)
    assert totals[Kpi.SERVICE_LEVEL].meets is False  # target 90 in the first year
    assert totals[Kpi.FIRST_CONTACT_RESOLUTION].meets is True  # target 45
    assert totals[Kpi.NPS].target is None and totals[Kpi.NPS].meets is None
    assert [a.username for a in report.advisors] == ["ana"]
    assert report.advisors[0].kpis == totals
    assert report.generated_at == month.now
    staffing = report.staffing
    assert staffing is not None
    assert (staffing.advisors, staffing.leaders, staffing.network_partners) == (1, 1, 1)
    assert staffing.advisors_needed.ok and staffing.leaders_needed.ok


def test_the_trend_has_a_point_per_day_summing_to_the_month(month) -> None:
    kpis = service(month, "lucia")
    with month.store.session() as s:
        report = kpis.report(s, MARCH, kpis.scopes(s)[0])
        untrended = kpis.report(s, MARCH, kpis.scopes(s)[0], trend=False)
    assert [p.period.start for p in report.trend] == [date(2025, 3, d) for d in range(1, 32)]
    tenth = report.trend[9].kpis
    assert numbers(tenth, Kpi.SERVICE_LEVEL) == (6, 6, 100.0)
    assert numbers(report.trend[10].kpis, Kpi.SERVICE_LEVEL) == (0, 1, None)  # one call: too few
    assert numbers(report.trend[30].kpis, Kpi.SERVICE_LEVEL) == (0, 1, None)  # 31 March, local
    assert sum(p.kpis[Kpi.PROCESS_ADHERENCE].denominator for p in report.trend) == 6
    assert untrended.trend == () and untrended.totals == report.totals


def test_after_the_first_year_the_targets_change(month) -> None:
    kpis = service(month, "ana", ProgramPhase.AFTER_FIRST_YEAR)
    with month.store.session() as s:
        report = kpis.report(s, MARCH, kpis.scopes(s)[0])
    assert report.phase is ProgramPhase.AFTER_FIRST_YEAR
    assert report.totals[Kpi.NPS].target == 80.0 and report.totals[Kpi.NPS].meets is False
    assert report.totals[Kpi.FIRST_CONTACT_RESOLUTION].target == 50.0
    assert report.staffing is None  # one advisor's report


def test_no_calls_all_missed_and_too_few(desk) -> None:
    for n in range(5):
        add_call(desk, "ana", DAY + timedelta(minutes=n), answered=False)
    add_call(desk, "ana", DAY + timedelta(days=1))
    add_call(desk, "ana", DAY + timedelta(days=1, hours=1), answered=False)
    kpis = service(desk, "ana")
    with desk.store.session() as s:
        me = kpis.scopes(s)[0]
        missed = kpis.report(s, day_period(date(2025, 3, 10)), me).totals
        few = kpis.report(s, day_period(date(2025, 3, 11)), me).totals
        none = kpis.report(s, day_period(date(2025, 3, 12)), me).totals
    assert numbers(missed, Kpi.SERVICE_LEVEL) == (0, 5, 0.0)
    assert missed[Kpi.SERVICE_LEVEL].too_few is False and missed[Kpi.SERVICE_LEVEL].meets is False
    assert numbers(missed, Kpi.FIRST_CONTACT_RESOLUTION) == (0, 0, None)
    assert numbers(few, Kpi.SERVICE_LEVEL) == (1, 2, None) and few[Kpi.SERVICE_LEVEL].too_few
    for kpi in Kpi:
        assert none[kpi].too_few and none[kpi].value is None and none[kpi].denominator == 0


def test_nps_with_only_passives_is_zero_not_too_few(desk) -> None:
    for n, nps in enumerate([7, 8, 7, 8, 7]):
        add_answer(desk, "ana", DAY + timedelta(minutes=n), None, None, nps)
    kpis = service(desk, "ana")
    with desk.store.session() as s:
        totals = kpis.report(s, MARCH, kpis.scopes(s)[0]).totals
        drill = kpis.drill(s, Kpi.NPS, MARCH, kpis.scopes(s)[0])
    assert numbers(totals, Kpi.NPS) == (0, 5, 0.0)
    assert numbers(totals, Kpi.CSAT) == (0, 0, None)  # nobody answered CSAT
    assert {row.detail for row in drill.rows} == {"passive"}
    assert drill.value == totals[Kpi.NPS]


def test_drill_down_lists_what_each_number_counted(month) -> None:
    kpis = service(month, "lucia")
    with month.store.session() as s:
        team = kpis.scopes(s)[0]
        report = kpis.report(s, MARCH, team)
        drills = {kpi: kpis.drill(s, kpi, MARCH, team) for kpi in Kpi}
        one_day = kpis.drill(s, Kpi.SERVICE_LEVEL, MARCH, team,
                             bucket=day_period(date(2025, 3, 11)))  # fmt: skip
    for kpi, drill in drills.items():
        assert drill.value == report.totals[kpi], kpi
        assert [r.when for r in drill.rows] == sorted((r.when for r in drill.rows), reverse=True)
    service_level = drills[Kpi.SERVICE_LEVEL]
    assert service_level.kind is DrillKind.CALLS and len(service_level.rows) == 8
    assert sorted(r.detail for r in service_level.rows if not r.counts) == ["missed", "missed"]
    assert service_level.rows[0].title == "55 1234 5678 · María Pérez Gómez"
    assert service_level.rows[0].advisor == "Ana López"
    fcr = drills[Kpi.FIRST_CONTACT_RESOLUTION]
    assert sorted(r.detail for r in fcr.rows if not r.counts) == ["ticket_created"] * 2
    csat = drills[Kpi.CSAT]
    assert csat.kind is DrillKind.SURVEYS
    assert sorted(r.title for r in csat.rows) == ["CSAT 2", "CSAT 3", "CSAT 4", "CSAT 5", "CSAT 5"]
    adherence = drills[Kpi.PROCESS_ADHERENCE]
    assert adherence.kind is DrillKind.TICKETS and len(adherence.rows) == 6
    (failed,) = [r for r in adherence.rows if not r.counts]
    assert failed.ticket_id == month.ids["closing"]
    assert failed.detail == ("no tags, no description, no time logged, "
                             "not closed by the responsible")  # fmt: skip
    assert one_day.period == day_period(date(2025, 3, 11)) and len(one_day.rows) == 1


def test_drill_refuses_a_bucket_outside_the_period_or_an_advisor_outside_the_scope(month):
    kpis = service(month, "lucia")
    with month.store.session() as s:
        team = kpis.scopes(s)[0]
        with pytest.raises(ValueError, match="not within"):
            kpis.drill(s, Kpi.CSAT, MARCH, team, bucket=day_period(date(2025, 4, 1)))
        with pytest.raises(KpiAccessError):
            kpis.drill(s, Kpi.CSAT, MARCH, team, advisor_id=month.ids["beto"])
        mine = kpis.drill(s, Kpi.CSAT, MARCH, team, advisor_id=month.ids["ana"])
    assert len(mine.rows) == 5


def test_who_may_see_what(month) -> None:
    ana, lucia, admin = service(month, "ana"), service(month, "lucia"), service(month, "admin")
    with month.store.session() as s:
        ana_scopes, lucia_scopes = ana.scopes(s), lucia.scopes(s)
        admin_scopes = admin.scopes(s)
        team = lucia_scopes[0]
        assert [(x.kind, x.label) for x in ana_scopes] == [(ScopeKind.ADVISOR, "Ana López")]
        assert [x.label for x in lucia_scopes] == ["Mesa CDMX", "Ana López"]
        assert [x.label for x in admin_scopes] == ["All teams", "Mesa CDMX", "Ana López",
                                                   "Beto Díaz"]  # fmt: skip
        beto = admin_scopes[-1]
        for viewer, scope in ((ana, team), (ana, beto), (lucia, beto), (lucia, admin_scopes[0])):
            with pytest.raises(KpiAccessError):
                viewer.report(s, MARCH, scope)
            with pytest.raises(KpiAccessError):
                viewer.drill(s, Kpi.CSAT, MARCH, scope)
        assert lucia.report(s, MARCH, lucia_scopes[1]).totals[Kpi.CSAT].denominator == 5
        everyone = admin.report(s, MARCH, admin_scopes[0])
        assert [a.username for a in everyone.advisors] == ["ana", "beto"]
        assert everyone.staffing is not None and everyone.staffing.network_partners == 2
        assert numbers(admin.report(s, MARCH, beto).totals, Kpi.SERVICE_LEVEL) == (0, 0, None)
        assert lucia.team_scope(s, " mesa cdmx ") == team
        assert admin.team_scope(s, str(team.id)) == team
        with pytest.raises(KpiAccessError):
            ana.team_scope(s, "Mesa CDMX")
        with pytest.raises(KpiAccessError, match="no team"):
            lucia.team_scope(s, "Mesa Lima")
        with pytest.raises(LookupError, match="teams: Mesa CDMX"):
            admin.team_scope(s, "Mesa Lima")
