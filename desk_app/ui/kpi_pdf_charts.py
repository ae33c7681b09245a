"""The trend section of the PDF KPI report: one QtCharts chart per KPI, two abreast, drawn
onto the page through a QGraphicsScene (vectors, not a screenshot), with the target as a
dashed line and a gap where a day had too few cases.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QMargins, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsScene

from desk_app.domain.kpi import Kpi
from desk_app.domain.kpi_report import KPI_ORDER, KpiReport
from desk_app.ui.kpi_format import Light, dot_colour, kpi_name, target_text
from desk_app.ui.kpi_pdf_layout import MUTED, RULE, Pages, mm, points_font, text_line

CHART_SIZE = (520.0, 300.0)  # the chart's own pixels, scaled onto its box on the page
LINE = QColor("#2563eb")


def _msecs(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


def _runs(points: Sequence[tuple[float, float | None]]) -> list[list[tuple[float, float]]]:
    """Stretches of buckets that have a value: a bucket with too few cases breaks the line
    instead of pulling it to zero."""
    runs: list[list[tuple[float, float]]] = [[]]
    for x, y in points:
        if y is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((x, y))
    return [run for run in runs if run]


def _y_range(kpi: Kpi, values: Sequence[float]) -> tuple[float, float, int]:
    """(low, high, ticks) on round numbers: steps of 10 or 20 points, never past the scale."""
    floor, ceiling = (-100.0, 100.0) if kpi is Kpi.NPS else (0.0, 100.0)
    if not values:
        low, high = floor, ceiling
    else:
        low = max(floor, math.floor((min(values) - 5) / 10) * 10)
        high = (
            ceiling if kpi is not Kpi.NPS else min(ceiling, math.ceil((max(values) + 5) / 10) * 10)
        )
    low = max(floor, min(low, high - 20))  # a flat line near 100 still gets a scale to read
    step = 10 if high - low <= 50 else 20 if high - low <= 100 else 40
    low = max(floor, high - math.ceil((high - low) / step) * step)
    return low, high, round((high - low) / step) + 1


def _chart(report: KpiReport, kpi: Kpi) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.legend().hide()
    chart.setMargins(QMargins(2, 2, 2, 2))
    target = report.totals[kpi].target
    title = QFont()
    title.setPointSizeF(10)
    title.setBold(True)
    chart.setTitleFont(title)
    chart.setTitle(f"{kpi_name(kpi)} · {target_text(report.totals[kpi])}")
    points = [(_msecs(p.period.start), p.kpis[kpi].value) for p in report.trend]
    known = [y for _, y in points if y is not None]
    x_axis, y_axis = QDateTimeAxis(), QValueAxis()
    x_axis.setFormat("dd/MM")
    x_axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(points[0][0])),
        QDateTime.fromMSecsSinceEpoch(int(points[-1][0])),
    )
    x_axis.setTickCount(min(len(points), 6))
    low, high, ticks = _y_range(kpi, [*known, *([target] if target is not None else [])])
    y_axis.setRange(low, high)
    y_axis.setTickCount(ticks)
    y_axis.setLabelFormat("%d")
    small = QFont()
    small.setPointSizeF(8)
    for axis in (x_axis, y_axis):
        axis.setLabelsFont(small)
        chart.addAxis(
            axis, Qt.AlignmentFlag.AlignBottom if axis is x_axis else Qt.AlignmentFlag.AlignLeft
        )

    def add(series: QXYSeries) -> None:
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

    if target is not None:
        goal = QLineSeries()
        goal.append(points[0][0], target)
        goal.append(points[-1][0], target)
        goal.setPen(QPen(dot_colour(Light.GREEN), 1.5, Qt.PenStyle.DashLine))
        add(goal)
    for run in _runs(points):
        line = QLineSeries()
        for x, y in run:
            line.append(x, y)
        line.setPen(QPen(LINE, 2))
        add(line)
    dots = QScatterSeries()
    dots.setMarkerSize(5)
    dots.setColor(LINE)
    dots.setBorderColor(LINE)
    for x, maybe in points:
        if maybe is not None:
            dots.append(x, maybe)
    add(dots)
    return chart


def draw_trend(report: KpiReport, pages: Pages) -> None:
    if not report.trend:
        return
    heading = points_font(12, bold=True)
    heading_height = QFontMetricsF(heading, pages.writer).height() * 1.25 + mm(1)
    gap = mm(5)
    width = (pages.width - gap) / 2
    height = width * CHART_SIZE[1] / CHART_SIZE[0]
    pages.need(heading_height + height)
    text_line(pages, QCoreApplication.translate("KpiPdf", "Trend"), 12, bold=True)
    if len(report.trend) < 2:
        text_line(
            pages,
            QCoreApplication.translate("KpiPdf", "A trend needs a period of more than one day."),
            9,
            colour=MUTED,
        )
        return
    scene = QGraphicsScene()
    source = QRectF(0, 0, *CHART_SIZE)
    for index, kpi in enumerate(KPI_ORDER):
        column = index % 2
        if column == 0:
            pages.need(height)
        chart = _chart(report, kpi)
        scene.addItem(chart)
        chart.setGeometry(source)
        scene.setSceneRect(source)
        target = QRectF(column * (width + gap), pages.y, width, height)
        scene.render(pages.painter, target, source)
        scene.removeItem(chart)
        pages.painter.setPen(QPen(RULE, mm(0.2)))
        pages.painter.setBrush(Qt.BrushStyle.NoBrush)
        pages.painter.drawRect(target)
        if all(point.kpis[kpi].value is None for point in report.trend):
            pages.painter.setFont(points_font(9))
            pages.painter.setPen(MUTED)
            pages.painter.drawText(
                target,
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("KpiPdf", "Too few to tell"),
            )
        if column == 1 or index == len(KPI_ORDER) - 1:
            pages.y += height + gap
    pages.y += mm(2)
