"""The KPI screen's parts on hand-made reports: traffic lights and number formats, the tiles,
the table and drill models (checked by pytest-qt's model tester), the chart's gaps and axes,
and the reasons of the drill-down in the service's vocabulary."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCharts import QCategoryAxis, QLineSeries, QScatterSeries
from PySide6.QtCore import QDate, Qt

from desk_app.domain import kpi as formulas
from desk_app.domain.kpi import Kpi, KpiValue, ProgramPhase
from desk_app.domain.kpi_report import (
    KPI_ORDER,
    AdvisorKpis,
    Drill,
    DrillKind,
    DrillRow,
    KpiSet,
    Scope,
    ScopeKind,
    TrendPoint,
)
from desk_app.domain.periods import Granularity, Period, day_period, month_period
from desk_app.local_store.kpi_drill import DETAIL_TEXTS, GAP_TEXTS, SEPARATOR
from desk_app.ui.kpi_charts import KpiTrendChart
from desk_app.ui.kpi_drill import DrillColumn, DrillModel, _phrases, detail_text, explanation
from desk_app.ui.kpi_format import Light, light_of, number, summary, target_text, value_text
from desk_app.ui.kpi_period_bar import KpiPeriodBar, following
from desk_app.ui.kpi_table import KpiTableModel
from desk_app.ui.kpi_tiles import KpiTile

NOVEMBER = month_period(2026, 11)
TEAM = Scope(ScopeKind.TEAM, 1, "Mesa CDMX")


def _value(kpi: Kpi, value: float | None, target: float | None = 90.0, n: int = 90) -> KpiValue:
    numerator = 0 if value is None else round(value * n / 100)
    meets = None if value is None or target is None else value >= target
    return KpiValue(kpi, value, numerator, n, target, meets, value is None)


def _set(**overrides: KpiValue) -> KpiSet:
    values = {kpi: _value(kpi, 92.0) for kpi in KPI_ORDER}
    values.update({Kpi(k): v for k, v in overrides.items()})
    return KpiSet(tuple(values[kpi] for kpi in KPI_ORDER))


@pytest.mark.parametrize(
    ("value", "light"),
    [(90.0, Light.GREEN), (97.5, Light.GREEN), (89.9, Light.AMBER), (85.0, Light.AMBER),
     (84.9, Light.RED), (None, Light.TOO_FEW)],
)  # fmt: skip
def test_the_traffic_light_against_a_target_of_90(value, light):
    assert light_of(_value(Kpi.SERVICE_LEVEL, value)) is light


def test_a_kpi_without_target_has_no_colour_judgement():
    nps = formulas.nps([10, 9, 9, 7, 3], ProgramPhase.FIRST_YEAR)
    assert light_of(nps) is Light.NO_TARGET
    assert (value_text(nps), target_text(nps)) == ("+40", "no target")


def test_numbers_read_as_percentages_or_a_signed_score():
    assert value_text(formulas.service_level(83, 90)) == "92.2 %"
    assert number(Kpi.NPS, 35.4) == "+35"
    assert number(Kpi.NPS, -12.0) == "−12"
    assert number(Kpi.NPS, 0.2) == "0"
    assert target_text(formulas.nps([9] * 5, ProgramPhase.AFTER_FIRST_YEAR)) == "target +80"
    assert summary(formulas.csat([5, 5, 4, 2, 1])) == "60.0 % · 3 of 5 · target 90 %"
    assert summary(formulas.csat([5, 5])) == "too few to tell (n=2) · 2 of 2 · target 90 %"


def test_a_tile_shows_value_target_counts_and_light(qtbot):
    tile = KpiTile(Kpi.SERVICE_LEVEL)
    qtbot.addWidget(tile)
    tile.set_value(formulas.service_level(83, 90))
    assert (tile.value.text(), tile.target.text(), tile.counts.text()) == (
        "92.2 %", "target 90 %", "83 of 90")  # fmt: skip
    assert tile.light is Light.GREEN
    tile.set_value(formulas.service_level(3, 3))
    assert tile.value.text() == "too few to tell (n=3)"
    assert tile.light is Light.TOO_FEW
    with qtbot.waitSignal(tile.clicked) as clicked:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert clicked.args == [Kpi.SERVICE_LEVEL]


def test_the_table_model_passes_the_model_tester(qtmodeltester):
    model = KpiTableModel()
    advisors = (
        AdvisorKpis(7, "ana", "Ana López", "L1", _set(csat=_value(Kpi.CSAT, None, n=3))),
        AdvisorKpis(8, "beto", "Beto Díaz", "L2", _set(service_level=_value(Kpi.SERVICE_LEVEL,
                                                                            70.0))),
    )  # fmt: skip
    model.set_advisors(advisors)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Ana López"
    assert model.index(0, 1 + KPI_ORDER.index(Kpi.CSAT)).data() == "—"
    tip = model.index(0, 1 + KPI_ORDER.index(Kpi.CSAT)).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "too few to tell (n=3)"
    red = model.index(1, 1)
    assert red.data() == "70.0 %"
    assert red.data(Qt.ItemDataRole.BackgroundRole).name() == "#fee2e2"
    model.set_advisors(())
    qtmodeltester.check(model)


def _row(n: int, counts: bool, detail: str = "", ticket: int | None = None) -> DrillRow:
    return DrillRow(n, datetime(2026, 11, n, 16, tzinfo=UTC), "Ana López", f"#{n} Caso",
                    counts, detail, ticket)  # fmt: skip


def test_the_drill_model_passes_the_model_tester_and_explains_itself(qtmodeltester):
    rows = (_row(3, True, "promoter", 30), _row(2, False, "passive"), _row(1, False, "detractor"))
    drill = Drill(Kpi.NPS, DrillKind.SURVEYS, TEAM, NOVEMBER, rows,
                  formulas.nps([10, 7, 3], ProgramPhase.FIRST_YEAR))  # fmt: skip
    model = DrillModel()
    model.set_rows(drill.rows)
    qtmodeltester.check(model)
    assert [model.index(r, DrillColumn.COUNTS).data() for r in range(3)] == ["✓", "✗", "✗"]
    assert model.index(1, DrillColumn.DETAIL).data() == "passive"
    assert explanation(drill) == "1 promoters, 1 passives and 1 detractors of 3 answers"


def test_every_reason_the_service_gives_has_a_translation():
    phrases = _phrases()
    assert set(GAP_TEXTS.values()) | set(DETAIL_TEXTS) <= set(phrases)
    gaps = SEPARATOR.join(GAP_TEXTS.values())
    assert detail_text(gaps) == ", ".join(phrases[text] for text in GAP_TEXTS.values())
    assert detail_text("missed (busy)") == "missed (busy)"
    assert detail_text("transferred") == "Transferred"  # an outcome key, by its label


def test_the_chart_breaks_the_line_where_there_are_too_few(qtbot):
    chart = KpiTrendChart()
    qtbot.addWidget(chart)
    days = [day_period(date(2026, 11, d)) for d in (2, 3, 4, 5)]
    values = [95.0, None, 80.0, 85.0]
    trend = tuple(
        TrendPoint(day, _set(service_level=_value(Kpi.SERVICE_LEVEL, value)))
        for day, value in zip(days, values, strict=True)
    )
    chart.set_trend(trend)
    series = chart.chart.series()
    lines = [s for s in series if isinstance(s, QLineSeries) and not s.name()]
    assert [line.count() for line in lines] == [1, 2]  # 2 Nov alone, then 4–5 Nov
    scatter = next(s for s in series if isinstance(s, QScatterSeries))
    assert [p.y() for p in scatter.points()] == [95.0, 80.0, 85.0]
    target = next(s for s in series if s.name() == "Service level target 90 %")
    assert {p.y() for p in target.points()} == {90.0}
    (axis,) = chart.chart.axes(Qt.Orientation.Vertical)
    assert (axis.min(), axis.max() >= 100) == (0, True)

    (days_axis,) = chart.chart.axes(Qt.Orientation.Horizontal)
    assert isinstance(days_axis, QCategoryAxis)
    assert days_axis.categoriesLabels() == ["2 Nov", "3 Nov", "4 Nov", "5 Nov"]

    chart.set_kpi(Kpi.NPS)
    (axis,) = chart.chart.axes(Qt.Orientation.Vertical)
    assert axis.min() == -100


def test_the_period_bar_refuses_a_range_over_two_years_and_keeps_its_period(qtbot):
    custom = Period(date(2026, 11, 1), date(2026, 11, 10), Granularity.CUSTOM)
    bar = KpiPeriodBar(custom, lambda: date(2026, 11, 23))
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.refused) as refused:
        bar.from_date.setDate(QDate(2023, 1, 1))
    assert refused.args == ["A custom period is at most two years long."]
    assert bar.period() == custom
    assert bar.from_date.date() == QDate(2026, 11, 1)
    with qtbot.waitSignal(bar.periodChosen) as chosen:
        bar.to_date.setDate(QDate(2026, 10, 30))  # before the start: the start follows
    assert chosen.args == [Period(date(2026, 10, 30), date(2026, 10, 30), Granularity.CUSTOM)]


def test_the_next_period_is_of_the_same_kind():
    assert following(month_period(2026, 12)) == month_period(2027, 1)
    assert following(day_period(date(2026, 2, 28))) == day_period(date(2026, 3, 1))
    two_days = Period(date(2026, 3, 10), date(2026, 3, 11), Granularity.CUSTOM)
    assert following(two_days) == Period(date(2026, 3, 12), date(2026, 3, 13), Granularity.CUSTOM)
