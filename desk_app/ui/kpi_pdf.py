"""The KPI report as a printable PDF (SPEC §7): what the KPI screen shows, on A4 pages.

Title and facts (scope, period, target phase, when), the totals against their targets with
traffic lights, the staffing checks, one row per advisor, and a trend chart per KPI drawn by
QtCharts straight onto the page (vectors, not a screenshot). Numbers, names and lights come
from kpi_format, so the paper reads exactly like the screen.

Runs headless (QT_QPA_PLATFORM=offscreen) for `desk-app report kpi --format pdf`: QtCharts
needs a QApplication, made here when there is none. Call it on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPainter

from desk_app.domain.kpi import KpiValue, ProgramPhase
from desk_app.domain.kpi_report import KPI_ORDER, KpiReport, ScopeKind, Staffing
from desk_app.ui.formatting import date_time
from desk_app.ui.kpi_format import (
    Light,
    counts_text,
    dot_colour,
    kpi_name,
    light_of,
    short_name,
    target_text,
    value_text,
)
from desk_app.ui.kpi_pdf_charts import draw_trend
from desk_app.ui.kpi_pdf_layout import (
    INK,
    MUTED,
    Cell,
    Pages,
    mm,
    open_pdf,
    points_font,
    table,
    text_line,
)

MARGIN_MM = 14.0


def _status(value: KpiValue) -> str:
    light = light_of(value)
    if light is Light.TOO_FEW:
        return QCoreApplication.translate("KpiPdf", "Too few to tell (n=%1)").replace(
            "%1", QLocale().toString(value.denominator)
        )
    texts = {
        Light.GREEN: QCoreApplication.translate("KpiPdf", "Meets the target"),
        Light.AMBER: QCoreApplication.translate("KpiPdf", "Just below the target"),
        Light.RED: QCoreApplication.translate("KpiPdf", "Below the target"),
        Light.NO_TARGET: QCoreApplication.translate("KpiPdf", "No target in this phase"),
    }
    return texts[light]


def _cell(value: KpiValue) -> Cell:
    if value.value is None:
        text = QCoreApplication.translate("KpiPdf", "— (n=%1)")
        return (text.replace("%1", QLocale().toString(value.denominator)), Light.TOO_FEW)
    return (value_text(value), light_of(value))


def _heading(report: KpiReport, pages: Pages) -> None:
    kinds = {
        ScopeKind.TEAM: QCoreApplication.translate("KpiPdf", "Team"),
        ScopeKind.ADVISOR: QCoreApplication.translate("KpiPdf", "Advisor"),
        ScopeKind.ALL: QCoreApplication.translate("KpiPdf", "Whole desk"),
    }
    phases = {
        ProgramPhase.FIRST_YEAR: QCoreApplication.translate("KpiPdf", "first year"),
        ProgramPhase.AFTER_FIRST_YEAR: QCoreApplication.translate("KpiPdf", "after the first year"),
    }
    locale, period = QLocale(), report.period
    days = [
        locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)
        for d in (period.start, period.end)
    ]
    text_line(pages, QCoreApplication.translate("KpiPdf", "KPI report"), 18, bold=True, gap=2)
    facts = [
        QCoreApplication.translate("KpiPdf", "%1: %2")
        .replace("%1", kinds[report.scope.kind])
        .replace("%2", report.scope.label),
        QCoreApplication.translate("KpiPdf", "Period %1 (%2 – %3)")
        .replace("%1", period.label())
        .replace("%2", days[0])
        .replace("%3", days[1]),
        QCoreApplication.translate("KpiPdf", "Targets: %1").replace("%1", phases[report.phase]),
        QCoreApplication.translate("KpiPdf", "Generated %1").replace(
            "%1", date_time(report.generated_at)
        ),
    ]
    for fact in facts:
        text_line(pages, fact, 9.5, colour=MUTED, gap=0.3)
    pages.y += mm(4)


def _totals(report: KpiReport, pages: Pages) -> None:
    text_line(pages, QCoreApplication.translate("KpiPdf", "Totals"), 12, bold=True)
    headers = [
        QCoreApplication.translate("KpiPdf", "KPI"),
        QCoreApplication.translate("KpiPdf", "Value"),
        QCoreApplication.translate("KpiPdf", "Target"),
        QCoreApplication.translate("KpiPdf", "Basis"),
        QCoreApplication.translate("KpiPdf", "Status"),
    ]
    rows = [
        [
            (kpi_name(v.kpi), None),
            _cell(v),
            (target_text(v), None),
            (counts_text(v), None),
            (_status(v), light_of(v)),
        ]
        for v in report.totals.values
    ]
    table(pages, headers, rows, [0.27, 0.14, 0.15, 0.17, 0.27])


def _staffing(staffing: Staffing, pages: Pages) -> None:
    text_line(pages, QCoreApplication.translate("KpiPdf", "Staffing"), 12, bold=True)
    advisors, leaders = staffing.advisors_needed, staffing.leaders_needed
    lines = [
        (
            advisors,
            QCoreApplication.translate(
                "KpiPdf", "Advisors: %1 · needed %2 for %3 network partners (1 per 30)"
            )
            .replace("%1", str(advisors.actual))
            .replace("%2", str(advisors.required))
            .replace("%3", str(staffing.network_partners)),
        ),
        (
            leaders,
            QCoreApplication.translate(
                "KpiPdf", "Leaders: %1 · needed %2 for %3 advisors (1 per 10)"
            )
            .replace("%1", str(leaders.actual))
            .replace("%2", str(leaders.required))
            .replace("%3", str(staffing.advisors)),
        ),
    ]
    size = mm(3)
    for check, line in lines:
        colour = dot_colour(Light.GREEN if check.ok else Light.RED)
        pages.need(mm(6))
        pages.painter.setPen(colour.darker(120))
        pages.painter.setBrush(colour)
        pages.painter.drawEllipse(QRectF(0, pages.y + mm(1), size, size))
        pages.painter.setBrush(Qt.BrushStyle.NoBrush)
        pages.painter.setFont(points_font(9))
        pages.painter.setPen(INK)
        if check.ok:
            verdict = QCoreApplication.translate("KpiPdf", "enough")
        else:  # no "%n": lupdate does not mark translate()'s plurals (see kpi_format)
            verdict = QCoreApplication.translate("KpiPdf", "%1 short").replace(
                "%1", str(check.shortfall)
            )
        box = QRectF(size + mm(2), pages.y, pages.width, mm(5))
        pages.painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, f"{line} — {verdict}")
        pages.y += mm(6)
    pages.y += mm(3)


def _advisors(report: KpiReport, pages: Pages) -> None:
    if not report.advisors:
        return
    text_line(pages, QCoreApplication.translate("KpiPdf", "Advisors"), 12, bold=True)
    headers = [
        QCoreApplication.translate("KpiPdf", "Advisor"),
        QCoreApplication.translate("KpiPdf", "Level"),
        *map(short_name, KPI_ORDER),
    ]
    rows: list[list[Cell]] = [
        [(a.full_name, None), (a.level, None), *(_cell(a.kpis[k]) for k in KPI_ORDER)]
        for a in report.advisors
    ]
    if report.scope.kind is not ScopeKind.ADVISOR:
        rows.append(
            [
                (QCoreApplication.translate("KpiPdf", "Total"), None),
                ("", None),
                *(_cell(report.totals[k]) for k in KPI_ORDER),
            ]
        )
    widths = [0.28, 0.07, *([0.65 / len(KPI_ORDER)] * len(KPI_ORDER))]
    table(pages, headers, rows, widths, bold_last=report.scope.kind is not ScopeKind.ADVISOR)


def write_pdf(report: KpiReport, path: Path) -> None:
    """The report as an A4 PDF at `path`; OSError when it cannot be written."""
    writer = open_pdf(path, QPageLayout.Orientation.Portrait, MARGIN_MM)
    writer.setTitle(
        QCoreApplication.translate("KpiPdf", "KPI report %1 %2")
        .replace("%1", report.scope.label)
        .replace("%2", report.period.label())
    )
    footer = " · ".join(
        (
            QCoreApplication.translate("KpiPdf", "Partner Desk KPI report"),
            report.scope.label,
            report.period.label(),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF report to {path}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pages = Pages(writer, painter, footer)
        _heading(report, pages)
        _totals(report, pages)
        if report.staffing is not None:
            _staffing(report.staffing, pages)
        _advisors(report, pages)
        draw_trend(report, pages)
        pages.finish()
    finally:
        painter.end()
