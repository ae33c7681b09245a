"""The KPI trend chart (QtCharts): one line per chosen KPI over the buckets of the period (days,
or weeks for a long range), its target as a dashed line, y from 0 to 100 % (−100 to 100 when
NPS is drawn). A bucket with too few cases has no point: the line breaks there rather than
drawing "100 %" of two calls. Clicking a point asks for the drill-down of that bucket.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDate, QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from desk_app.domain.kpi import Kpi
from desk_app.domain.kpi_report import KPI_ORDER, TrendPoint
from desk_app.domain.periods import Period
from desk_app.ui.kpi_format import kpi_name, period_text, short_name, summary, target_number
from desk_app.ui.qt_compat import emit

COLOURS = {
    Kpi.SERVICE_LEVEL: "#2563eb",
    Kpi.FIRST_CONTACT_RESOLUTION: "#7c3aed",
    Kpi.CSAT: "#059669",
    Kpi.CES: "#d97706",
    Kpi.NPS: "#db2777",
    Kpi.PROCESS_ADHERENCE: "#0891b2",
}
PERCENTAGES = tuple(kpi for kpi in KPI_ORDER if kpi is not Kpi.NPS)
ALL_PERCENTAGES = "all"  # the chooser's entry drawing the five percentage KPIs together
MARKER_SIZE = 8.0
LINE_WIDTH = 2
MAX_LABELS = 10  # on the time axis; more would overlap at the chart's usual width
HEADROOM = 4


def bucket_label(bucket: Period) -> str:
    """A bucket under its point: its first day, "3 Nov"."""
    first = QDate(bucket.start.year, bucket.start.month, bucket.start.day)
    return QLocale().toString(first, "d MMM")


def _segments(points: Sequence[tuple[float, float | None]]) -> list[list[QPointF]]:
    """Runs of consecutive points that have a value; a missing value breaks the line."""
    runs: list[list[QPointF]] = [[]]
    for x, y in points:
        if y is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(QPointF(x, y))
    return [run for run in runs if run]


class KpiTrendChart(QWidget):
    """The chooser of what to draw, and the chart."""

    bucketClicked = Signal(object, object)  # the bucket's Period, the Kpi
    kpisChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTrend")
        self._trend: tuple[TrendPoint, ...] = ()
        self._kpis: tuple[Kpi, ...] = (Kpi.SERVICE_LEVEL,)
        self._buckets: dict[int, Period] = {}  # x (the bucket's index) → bucket
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("kpiTrendChooser")
        for kpi in KPI_ORDER:
            self.chooser.addItem(kpi_name(kpi), kpi.value)
        self.chooser.addItem(self.tr("All percentages"), ALL_PERCENTAGES)
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.hint = QLabel(self.tr("Click a point to see what it counted"), self)
        self.hint.setStyleSheet("color: #6b7280;")

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.view = QChartView(self.chart, self)
        self.view.setObjectName("kpiTrendView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Trend"), self))
        top.addWidget(self.chooser)
        top.addStretch(1)
        top.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._draw()

    # -- public ----------------------------------------------------------------------------

    def kpis(self) -> tuple[Kpi, ...]:
        return self._kpis

    def set_kpi(self, kpi: Kpi) -> None:
        """Draw `kpi` alone (a tile was clicked)."""
        self.chooser.setCurrentIndex(self.chooser.findData(kpi.value))

    def set_trend(self, trend: tuple[TrendPoint, ...]) -> None:
        self._trend = trend
        self._draw()

    def point_position(self, bucket: Period, kpi: Kpi) -> QPointF | None:
        """Where `kpi`'s point for `bucket` is, in the view's viewport (None: no point)."""
        series = self._scatter(kpi)
        if series is None:
            return None
        for point in series.points():
            if self._buckets.get(round(point.x())) == bucket:
                scene = self.chart.mapToScene(self.chart.mapToPosition(point, series))
                return QPointF(self.view.mapFromScene(scene))
        return None

    # -- drawing ---------------------------------------------------------------------------

    def _on_chosen(self, _index: int) -> None:
        data = self.chooser.currentData()
        self._kpis = PERCENTAGES if data == ALL_PERCENTAGES else (Kpi(data),)
        self._draw()
        emit(self.kpisChanged)

    def _scatter(self, kpi: Kpi) -> QScatterSeries | None:
        for series in self.chart.series():
            if isinstance(series, QScatterSeries) and series.property("kpi") == kpi.value:
                return series
        return None

    def _draw(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._buckets = dict(enumerate(point.period for point in self._trend))
        count = len(self._buckets)
        # The buckets are evenly spaced by index, each label right under its point (a date axis
        # puts its ticks wherever its tick count falls, between the days).
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setRange(-0.5, max(count, 1) - 0.5)
        step = max(1, -(-count // MAX_LABELS))
        for index in range(0, count, step):
            x_axis.append(bucket_label(self._buckets[index]), index)
        x_axis.setGridLineVisible(False)
        y_axis = QValueAxis()
        nps = Kpi.NPS in self._kpis
        # A little headroom over 100, so a point at 100 % is not cut in half by the edge; the
        # ticks stay on round numbers.
        y_axis.setRange(-100 if nps else 0, 100 + HEADROOM)
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(50 if nps else 20)
        y_axis.setLabelFormat("%d" if nps else "%d %%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        drawn = 0
        for kpi in self._kpis:
            drawn += self._draw_kpi(kpi, x_axis, y_axis)
        if not self._trend:
            chart.setTitle("")
        elif drawn == 0:
            chart.setTitle(self.tr("Too few cases in every bucket to draw a trend"))
        else:
            chart.setTitle("")

    def _draw_kpi(self, kpi: Kpi, x_axis: QCategoryAxis, y_axis: QValueAxis) -> int:
        colour = QColor(COLOURS[kpi])
        points = [(float(n), p.kpis[kpi].value) for n, p in enumerate(self._trend)]
        several = len(self._kpis) > 1
        for run in _segments(points):
            line = QLineSeries()
            line.append(run)
            line.setPen(QPen(colour, LINE_WIDTH))
            self._add(line, x_axis, y_axis, legend=False)
        scatter = QScatterSeries()
        scatter.setProperty("kpi", kpi.value)
        scatter.setName(short_name(kpi) if several else kpi_name(kpi))
        scatter.setMarkerSize(MARKER_SIZE)
        scatter.setColor(colour)
        scatter.setBorderColor(colour.darker(130))
        scatter.append([QPointF(x, y) for x, y in points if y is not None])
        scatter.clicked.connect(lambda point, _kpi=kpi: self._on_point(point, _kpi))
        scatter.hovered.connect(lambda point, state, _kpi=kpi: self._on_hover(point, state, _kpi))
        self._add(scatter, x_axis, y_axis, legend=True)
        target = self._trend[0].kpis[kpi].target if self._trend else None
        if target is not None:
            dashed = QLineSeries()
            dashed.setName(self.tr("%1 target %2").replace("%1", short_name(kpi))
                           .replace("%2", target_number(kpi, target)))  # fmt: skip
            pen = QPen(colour.lighter(130) if several else QColor("#6b7280"), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            dashed.setPen(pen)
            dashed.append([QPointF(x_axis.min(), target), QPointF(x_axis.max(), target)])
            self._add(dashed, x_axis, y_axis, legend=True)
        return scatter.count()

    def _add(self, series: QXYSeries, x_axis: QAbstractAxis, y_axis: QAbstractAxis,
             *, legend: bool) -> None:  # fmt: skip
        self.chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        if not legend:
            for marker in self.chart.legend().markers(series):
                marker.setVisible(False)

    def _point(self, point: QPointF, kpi: Kpi) -> TrendPoint | None:
        bucket = self._buckets.get(round(point.x()))
        for trend_point in self._trend:
            if trend_point.period == bucket:
                return trend_point
        return None

    def _on_point(self, point: QPointF, kpi: Kpi) -> None:
        found = self._point(point, kpi)
        if found is not None:
            emit(self.bucketClicked, found.period, kpi)

    def _on_hover(self, point: QPointF, state: bool, kpi: Kpi) -> None:
        found = self._point(point, kpi)
        if not state or found is None:
            QToolTip.hideText()
            return
        text = self.tr("%1, %2: %3").replace("%1", kpi_name(kpi))
        text = text.replace("%2", period_text(found.period))
        QToolTip.showText(QCursor.pos(), text.replace("%3", summary(found.kpis[kpi])), self.view)
