"""KPI formulas and targets (SPEC §7, seed 000) and the staffing rules.

Values are percentages on 0–100, except NPS, which is a score on −100..100. A KPI whose
denominator is below `min_sample` (default 5, and always when it is 0) has value None and
`too_few=True`, so no screen shows "100 %" of nothing or of two calls. `meets` compares the
value with the target (≥) and is None when there is no value or no target.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.adherence import TicketFacts, assess_adherence, is_assessed

MIN_SAMPLE = 5
PARTNERS_PER_ADVISOR = 30
ADVISORS_PER_LEADER = 10


class Kpi(StrEnum):
    SERVICE_LEVEL = "service_level"
    FIRST_CONTACT_RESOLUTION = "first_contact_resolution"
    CSAT = "csat"
    CES = "ces"
    NPS = "nps"
    PROCESS_ADHERENCE = "process_adherence"


class ProgramPhase(StrEnum):
    FIRST_YEAR = "first_year"
    AFTER_FIRST_YEAR = "after_first_year"


# (first year, after the first year); None = no target in that phase.
TARGETS: dict[Kpi, tuple[float | None, float | None]] = {
    Kpi.SERVICE_LEVEL: (90.0, 95.0),
    Kpi.FIRST_CONTACT_RESOLUTION: (45.0, 50.0),
    Kpi.CSAT: (90.0, 95.0),
    Kpi.CES: (90.0, 90.0),
    Kpi.NPS: (None, 80.0),
    Kpi.PROCESS_ADHERENCE: (85.0, 85.0),
}

# Survey scales (SPEC §4) and the answers that count as "good" / promoter / detractor.
CSAT_SCALE, CSAT_SATISFIED = (1, 5), (4, 5)
CES_SCALE, CES_EASY = (1, 7), (5, 7)
NPS_SCALE, NPS_PROMOTER, NPS_DETRACTOR = (0, 10), (9, 10), (0, 6)


def target_for(kpi: Kpi, phase: ProgramPhase = ProgramPhase.FIRST_YEAR) -> float | None:
    first_year, after = TARGETS[kpi]
    return first_year if phase is ProgramPhase.FIRST_YEAR else after


@dataclass(frozen=True)
class KpiValue:
    kpi: Kpi
    value: float | None
    numerator: int
    denominator: int
    target: float | None
    meets: bool | None
    too_few: bool


def _ratio(
    kpi: Kpi, numerator: int, denominator: int, phase: ProgramPhase, min_sample: int
) -> KpiValue:
    for name, count in (("numerator", numerator), ("denominator", denominator)):
        if count < 0:
            raise ValueError(f"{kpi}: {name} must not be negative, got {count}")
    if numerator > denominator:
        raise ValueError(f"{kpi}: {numerator} out of {denominator} is more than all of them")
    return _value(kpi, numerator, denominator, phase, min_sample)


def _value(
    kpi: Kpi, numerator: int, denominator: int, phase: ProgramPhase, min_sample: int
) -> KpiValue:
    if min_sample < 0:
        raise ValueError(f"min_sample must not be negative, got {min_sample}")
    target = target_for(kpi, phase)
    too_few = denominator == 0 or denominator < min_sample
    value = None if too_few else 100.0 * numerator / denominator
    meets = None if value is None or target is None else value >= target
    return KpiValue(kpi, value, numerator, denominator, target, meets, too_few)


def service_level(
    answered: int,
    offered: int,
    phase: ProgramPhase = ProgramPhase.FIRST_YEAR,
    min_sample: int = MIN_SAMPLE,
) -> KpiValue:
    """Calls answered / calls offered; missed and abandoned calls are offered, not answered."""
    return _ratio(Kpi.SERVICE_LEVEL, answered, offered, phase, min_sample)


def first_contact_resolution(
    resolved_first_contact: int,
    contacts: int,
    phase: ProgramPhase = ProgramPhase.FIRST_YEAR,
    min_sample: int = MIN_SAMPLE,
) -> KpiValue:
    """Tickets closed successfully at the first contact / tickets (contacts) handled."""
    return _ratio(Kpi.FIRST_CONTACT_RESOLUTION, resolved_first_contact, contacts, phase, min_sample)


def process_adherence(
    adhering: int,
    closed: int,
    phase: ProgramPhase = ProgramPhase.FIRST_YEAR,
    min_sample: int = MIN_SAMPLE,
) -> KpiValue:
    return _ratio(Kpi.PROCESS_ADHERENCE, adhering, closed, phase, min_sample)


def process_adherence_of(
    tickets: Iterable[TicketFacts],
    phase: ProgramPhase = ProgramPhase.FIRST_YEAR,
    min_sample: int = MIN_SAMPLE,
) -> KpiValue:
    """Adherence over closed tickets; open and merged ones are skipped, not counted as
    failures (adherence.is_assessed)."""
    results = [assess_adherence(t) for t in tickets if is_assessed(t)]
    adhering = sum(1 for r in results if r.adheres)
    return process_adherence(adhering, len(results), phase, min_sample)


def _answers(kind: str, answers: Iterable[int | None], scale: tuple[int, int]) -> list[int]:
    """Drop unanswered (None); reject anything that is not an int on the scale."""
    kept: list[int] = []
    low, high = scale
    for answer in answers:
        if answer is None:
            continue
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ValueError(f"{kind} answers are whole numbers {low}–{high}, got {answer!r}")
        if not low <= answer <= high:
            raise ValueError(f"{kind} answer {answer} is outside {low}–{high}")
        kept.append(answer)
    return kept


def _count(values: list[int], band: tuple[int, int]) -> int:
    return sum(1 for v in values if band[0] <= v <= band[1])


def tally(kind: str, counts: Mapping[int, int], scale: tuple[int, int]) -> dict[int, int]:
    """Answers given as {answer: how many}, checked like `_answers` (a report's SQL counts them
    already; expanding 20,000 answers into a list per advisor and day only to count them again
    cost a quarter of the KPI report)."""
    low, high = scale
    for answer, number in counts.items():
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise ValueError(f"{kind} answers are whole numbers {low}–{high}, got {answer!r}")
        if not low <= answer <= high:
            raise ValueError(f"{kind} answer {answer} is outside {low}–{high}")
        if number < 0:
            raise ValueError(f"{kind}: {number} answers of {answer} is not a count")
    return dict(counts)


def _in_band(counts: Mapping[int, int], band: tuple[int, int]) -> int:
    return sum(n for answer, n in counts.items() if band[0] <= answer <= band[1])


def csat_of_counts(counts: Mapping[int, int], phase: ProgramPhase = ProgramPhase.FIRST_YEAR,
                   min_sample: int = MIN_SAMPLE) -> KpiValue:  # fmt: skip
    """`csat` from {answer: how many}."""
    values = tally("CSAT", counts, CSAT_SCALE)
    answered = sum(values.values())
    return _value(Kpi.CSAT, _in_band(values, CSAT_SATISFIED), answered, phase, min_sample)


def ces_of_counts(counts: Mapping[int, int], phase: ProgramPhase = ProgramPhase.FIRST_YEAR,
                  min_sample: int = MIN_SAMPLE) -> KpiValue:  # fmt: skip
    """`ces` from {answer: how many}."""
    values = tally("CES", counts, CES_SCALE)
    return _value(Kpi.CES, _in_band(values, CES_EASY), sum(values.values()), phase, min_sample)


def nps_of_counts(counts: Mapping[int, int], phase: ProgramPhase = ProgramPhase.AFTER_FIRST_YEAR,
                  min_sample: int = MIN_SAMPLE) -> KpiValue:  # fmt: skip
    """`nps` from {answer: how many}."""
    values = tally("NPS", counts, NPS_SCALE)
    score = _in_band(values, NPS_PROMOTER) - _in_band(values, NPS_DETRACTOR)
    return _value(Kpi.NPS, score, sum(values.values()), phase, min_sample)


def csat(
    answers: Iterable[int | None],
    phase: ProgramPhase = ProgramPhase.FIRST_YEAR,
    min_sample: int = MIN_SAMPLE,
) -> KpiValue:
    """Satisfied answers (4–5 of 5) / answers."""
    values = _answers("CSAT", answers, CSAT_SCALE)
    return _value(Kpi.CSAT, _count(values, CSAT_SATISFIED), len(values), phase, min_sample)


def ces(
    answers: Iterable[int | None],
    phase: ProgramPhase = ProgramPhase.FIRST_YEAR,
    min_sample: int = MIN_SAMPLE,
) -> KpiValue:
    """Easy answers (5–7 of 7) / answers."""
    values = _answers("CES", answers, CES_SCALE)
    return _value(Kpi.CES, _count(values, CES_EASY), len(values), phase, min_sample)


def nps(
    answers: Iterable[int | None],
    phase: ProgramPhase = ProgramPhase.AFTER_FIRST_YEAR,
    min_sample: int = MIN_SAMPLE,
) -> KpiValue:
    """% promoters (9–10) − % detractors (0–6); numerator = promoters − detractors.

    Defaults to the after-first-year phase because only that phase has an NPS target.
    """
    values = _answers("NPS", answers, NPS_SCALE)
    score = _count(values, NPS_PROMOTER) - _count(values, NPS_DETRACTOR)
    return _value(Kpi.NPS, score, len(values), phase, min_sample)


@dataclass(frozen=True)
class StaffingCheck:
    required: int
    actual: int

    @property
    def ok(self) -> bool:
        return self.actual >= self.required

    @property
    def shortfall(self) -> int:
        return max(self.required - self.actual, 0)


def _required(served: int, per_person: int, what: str) -> int:
    if served < 0:
        raise ValueError(f"{what} must not be negative, got {served}")
    return math.ceil(served / per_person)


def advisor_staffing(advisors: int, network_partners: int) -> StaffingCheck:
    """One advisor per 30 partners of the network (seed 000), rounded up: 31 partners need 2."""
    if advisors < 0:
        raise ValueError(f"advisors must not be negative, got {advisors}")
    required = _required(network_partners, PARTNERS_PER_ADVISOR, "network partners")
    return StaffingCheck(required, advisors)


def leader_staffing(leaders: int, advisors: int) -> StaffingCheck:
    """One service leader per 10 advisors (seed 000), rounded up."""
    if leaders < 0:
        raise ValueError(f"leaders must not be negative, got {leaders}")
    return StaffingCheck(_required(advisors, ADVISORS_PER_LEADER, "advisors"), leaders)
