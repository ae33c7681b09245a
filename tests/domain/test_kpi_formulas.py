"""KPI formulas, targets and staffing rules (SPEC §7), with hand-computed fixtures."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk_app.domain.adherence import TicketFacts
from desk_app.domain.kpi import (
    Kpi,
    KpiValue,
    ProgramPhase,
    StaffingCheck,
    advisor_staffing,
    ces,
    csat,
    first_contact_resolution,
    leader_staffing,
    nps,
    process_adherence,
    process_adherence_of,
    service_level,
    target_for,
)
from desk_app.domain.statuses import CLOSED, IN_PROGRESS, OPEN

FIRST, AFTER = ProgramPhase.FIRST_YEAR, ProgramPhase.AFTER_FIRST_YEAR


def test_targets_table():
    expected = {
        Kpi.SERVICE_LEVEL: (90, 95),
        Kpi.FIRST_CONTACT_RESOLUTION: (45, 50),
        Kpi.CSAT: (90, 95),
        Kpi.CES: (90, 90),
        Kpi.NPS: (None, 80),
        Kpi.PROCESS_ADHERENCE: (85, 85),
    }
    for kpi, (first, after) in expected.items():
        assert target_for(kpi, FIRST) == first
        assert target_for(kpi, AFTER) == after


def test_service_level_meets_first_year_but_not_after():
    first = service_level(answered=46, offered=50, phase=FIRST)
    assert first == KpiValue(Kpi.SERVICE_LEVEL, 92.0, 46, 50, 90.0, True, False)
    after = service_level(answered=46, offered=50, phase=AFTER)
    assert (after.value, after.target, after.meets) == (92.0, 95.0, False)


def test_service_level_with_no_calls_is_not_100_percent():
    value = service_level(answered=0, offered=0)
    assert value.value is None
    assert value.too_few
    assert value.meets is None


def test_service_level_all_calls_missed():
    value = service_level(answered=0, offered=12)
    assert value.value == 0.0
    assert value.meets is False
    assert not value.too_few


def test_too_few_samples_hide_the_value():
    assert service_level(answered=4, offered=4).value is None
    assert service_level(answered=4, offered=4).too_few
    assert service_level(answered=5, offered=5).value == 100.0
    assert service_level(answered=2, offered=2, min_sample=1).value == 100.0
    assert service_level(answered=0, offered=0, min_sample=0).too_few


def test_first_contact_resolution():
    value = first_contact_resolution(resolved_first_contact=9, contacts=20)
    assert (value.value, value.target, value.meets) == (45.0, 45.0, True)  # meets at the target
    assert first_contact_resolution(9, 20, phase=AFTER).meets is False


@pytest.mark.parametrize(
    ("call", "args"),
    [
        (service_level, (11, 10)),
        (service_level, (-1, 10)),
        (first_contact_resolution, (1, -1)),
        (process_adherence, (6, 5)),
    ],
)
def test_impossible_counts_are_rejected(call, args):
    with pytest.raises(ValueError):
        call(*args)


def test_csat_counts_four_and_five_and_ignores_missing_answers():
    answers = [5, 4, 3, None, 5, 1, 4, None, 5, 4]  # 8 answers, 6 satisfied
    value = csat(answers)
    assert (value.numerator, value.denominator) == (6, 8)
    assert value.value == 75.0
    assert value.meets is False


def test_csat_all_satisfied_after_first_year():
    value = csat([5, 5, 4, 4, 5, 4, 5, 5, 4, 5], phase=AFTER)
    assert (value.value, value.target, value.meets) == (100.0, 95.0, True)


def test_ces_counts_five_to_seven():
    answers = [7, 6, 5, 4, 1, 7, None, 5, 5, 6]  # 9 answers, 7 easy
    value = ces(answers)
    assert (value.numerator, value.denominator) == (7, 9)
    assert value.value == pytest.approx(77.777, abs=0.001)
    assert value.meets is False


def test_nps_promoters_minus_detractors():
    answers = [10, 9, 9, 8, 7, 6, 0, 10, 3, None]  # 9 answers: 4 promoters, 3 detractors
    value = nps(answers)
    assert (value.numerator, value.denominator) == (1, 9)
    assert value.value == pytest.approx(100 / 9)
    assert value.target == 80.0
    assert value.meets is False


def test_nps_only_passives_is_zero():
    value = nps([7, 8, 7, 8, 8, 7])
    assert value.value == 0.0
    assert value.numerator == 0


def test_nps_all_detractors_is_minus_100_and_first_year_has_no_target():
    value = nps([0, 1, 2, 3, 4, 5, 6], phase=FIRST)
    assert value.value == -100.0
    assert value.target is None
    assert value.meets is None


def test_surveys_with_every_answer_missing_are_too_few():
    value = csat([None, None, None, None, None, None])
    assert value.denominator == 0
    assert value.value is None
    assert value.too_few


@pytest.mark.parametrize(
    ("call", "bad"),
    [
        (csat, 0),
        (csat, 6),
        (ces, 0),
        (ces, 8),
        (nps, -1),
        (nps, 11),
        (csat, 4.5),
        (nps, True),
        (csat, "5"),
    ],
)
def test_out_of_range_or_non_integer_answers_raise(call, bad):
    with pytest.raises(ValueError):
        call([5, 5, 5, 5, bad])


def _facts(**change):
    good = TicketFacts(
        subject="Alta de usuario",
        requester_id=1,
        responsible_id=2,
        ticket_type="task",
        priority="normal",
        tags=("usuarios",),
        body="Dar de alta a Ana López",
        minutes_logged=10,
        statuses_visited=(OPEN, IN_PROGRESS, CLOSED),
        closed_by_id=2,
        is_closed=True,
    )
    return replace(good, **change)


def test_process_adherence_from_ticket_facts_skips_open_tickets():
    tickets = [_facts() for _ in range(5)]
    tickets += [_facts(minutes_logged=0), _facts(is_closed=False, closed_by_id=None)]
    value = process_adherence_of(tickets)
    assert (value.numerator, value.denominator) == (5, 6)
    assert value.value == pytest.approx(83.333, abs=0.001)
    assert value.target == 85.0
    assert value.meets is False
    assert process_adherence(adhering=17, closed=20).meets is True


@pytest.mark.parametrize(
    ("advisors", "partners", "required", "ok"),
    [(1, 30, 1, True), (1, 31, 2, False), (3, 90, 3, True), (0, 0, 0, True), (2, 61, 3, False)],
)
def test_one_advisor_per_thirty_partners(advisors, partners, required, ok):
    check = advisor_staffing(advisors, partners)
    assert check == StaffingCheck(required=required, actual=advisors)
    assert check.ok is ok
    assert check.shortfall == max(required - advisors, 0)


@pytest.mark.parametrize(
    ("leaders", "advisors", "required", "ok"),
    [(1, 10, 1, True), (1, 11, 2, False), (2, 20, 2, True), (0, 0, 0, True), (0, 1, 1, False)],
)
def test_one_leader_per_ten_advisors(leaders, advisors, required, ok):
    check = leader_staffing(leaders, advisors)
    assert check.required == required
    assert check.ok is ok


def test_negative_staff_counts_are_rejected():
    with pytest.raises(ValueError):
        advisor_staffing(-1, 10)
    with pytest.raises(ValueError):
        leader_staffing(1, -10)


def test_process_adherence_leaves_merged_tickets_out():
    # A merged duplicate skipped the process; it is in neither the numerator nor the denominator.
    tickets = [_facts(), _facts(merged=True, minutes_logged=0, statuses_visited=(OPEN, CLOSED))]
    value = process_adherence_of(tickets, min_sample=0)
    assert (value.numerator, value.denominator) == (1, 1)


def test_survey_kpis_from_counts_match_the_answer_lists() -> None:
    from collections import Counter

    from desk_app.domain.kpi import ces, ces_of_counts, csat, csat_of_counts, nps, nps_of_counts

    answers = [5, 5, 4, 3, 1, 2, 4, 5, 9, 10]
    csat_answers = [a for a in answers if a <= 5]
    assert csat_of_counts(Counter(csat_answers)) == csat(csat_answers)
    assert ces_of_counts(Counter([7, 6, 5, 1, 2, 7])) == ces([7, 6, 5, 1, 2, 7])
    nps_answers = [10, 9, 8, 7, 6, 0, 9, 9]
    assert nps_of_counts(Counter(nps_answers)) == nps(nps_answers)
    assert nps_of_counts({}).too_few
    with pytest.raises(ValueError, match="outside 1–5"):
        csat_of_counts({6: 1})
    with pytest.raises(ValueError, match="not a count"):
        ces_of_counts({3: -1})
