"""The KPI report as files a leader opens in a spreadsheet: CSV and Excel (SPEC §7).

CSV is one long table, one line per number (the totals, each advisor, each trend bucket, the
staffing checks), so a pivot table can cut it any way; values stay numbers (percent on 0–100,
NPS on −100..100) and text cells a spreadsheet would run as a formula are defused like
`desk-app export` does. Excel holds the same numbers laid out to be read: Summary (totals
against targets with traffic-light fills, staffing checks), Advisors, Trend.

Headless (no Qt): the command line writes these without a display. Headings are English; the
PDF (ui/kpi_pdf.py) is the translated, printable one.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.domain.kpi import Kpi, KpiValue, ProgramPhase
from desk_app.domain.kpi_report import KPI_ORDER, KpiReport, KpiSet
from desk_app.domain.periods import Period
from desk_app.local_store.export import csv_cell

AMBER_BAND = 5.0  # points below the target that still show amber, not red

KPI_NAMES: dict[Kpi, str] = {
    Kpi.SERVICE_LEVEL: "Service level",
    Kpi.FIRST_CONTACT_RESOLUTION: "First-contact resolution",
    Kpi.CSAT: "CSAT",
    Kpi.CES: "CES",
    Kpi.NPS: "NPS",
    Kpi.PROCESS_ADHERENCE: "Process adherence",
}
PHASE_NAMES = {ProgramPhase.FIRST_YEAR: "First year",
               ProgramPhase.AFTER_FIRST_YEAR: "After the first year"}  # fmt: skip


class Light(StrEnum):
    GREEN = "green"  # meets the target
    AMBER = "amber"  # below, by at most AMBER_BAND points
    RED = "red"  # further below
    GREY = "grey"  # too few to tell
    NONE = "none"  # a value, but no target in this phase (NPS in the first year)


def traffic_light(value: KpiValue) -> Light:
    if value.value is None:
        return Light.GREY
    if value.target is None:
        return Light.NONE
    if value.value >= value.target:
        return Light.GREEN
    return Light.AMBER if value.value >= value.target - AMBER_BAND else Light.RED


def is_percent(kpi: Kpi) -> bool:
    return kpi is not Kpi.NPS  # NPS is a score, not a share


# --- CSV ------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "scope_kind", "scope", "period", "period_start", "period_end", "phase", "part",
    "advisor", "advisor_name", "level", "bucket_start", "bucket_end",
    "kpi", "value", "numerator", "denominator", "target", "meets", "too_few",
)  # fmt: skip


def _number(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _csv_rows(report: KpiReport) -> Iterator[list[Any]]:
    period = report.period
    head = [report.scope.kind.value, report.scope.label, period.label(), period.start,
            period.end, report.phase.value]  # fmt: skip

    def kpis(part: str, who: list[Any], bucket: Period, values: KpiSet) -> Iterator[list[Any]]:
        for v in values.values:
            yield [*head, part, *who, bucket.start, bucket.end, v.kpi.value, _number(v.value),
                   v.numerator, v.denominator, v.target, v.meets, v.too_few]  # fmt: skip

    nobody = ["", "", ""]
    yield from kpis("total", nobody, period, report.totals)
    for advisor in report.advisors:
        who = [advisor.username, advisor.full_name, advisor.level]
        yield from kpis("advisor", who, period, advisor.kpis)
    for point in report.trend:
        yield from kpis("trend", nobody, point.period, point.kpis)
    staffing = report.staffing
    if staffing is not None:
        # value = who there are, target = who the rule asks for, denominator = whom they serve.
        for name, check, served in (
            ("staffing_advisors", staffing.advisors_needed, staffing.network_partners),
            ("staffing_leaders", staffing.leaders_needed, staffing.advisors),
        ):
            yield [*head, "staffing", *nobody, period.start, period.end, name, check.actual,
                   check.actual, served, check.required, check.ok, False]  # fmt: skip


def write_csv(report: KpiReport, path: Path) -> int:
    """The long table (CSV_COLUMNS) with a BOM, so Excel reads the accents; returns the line
    count without the header."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in _csv_rows(report):
            writer.writerow([csv_cell(cell.isoformat() if hasattr(cell, "isoformat") else cell)
                             for cell in row])  # fmt: skip
            count += 1
    return count


# --- Excel ----------------------------------------------------------------------------------

PERCENT_FORMAT = "0.0%"
SCORE_FORMAT = "0.0"
DATE_FORMAT = "yyyy-mm-dd"
FILLS = {
    Light.GREEN: PatternFill("solid", fgColor="C6EFCE"),
    Light.AMBER: PatternFill("solid", fgColor="FFEB9C"),
    Light.RED: PatternFill("solid", fgColor="FFC7CE"),
    Light.GREY: PatternFill("solid", fgColor="E7E6E6"),
}
STATUS = {Light.GREEN: "Meets the target", Light.AMBER: "Just below the target",
          Light.RED: "Below the target", Light.GREY: "Too few to tell",
          Light.NONE: "No target"}  # fmt: skip
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def _put(sheet: Worksheet, row: int, column: int, value: Any) -> Any:
    """A cell whose text stays text: openpyxl would store "=HYPERLINK(…)" as a formula."""
    cell = sheet.cell(row, column, value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _cell_value(kpi: Kpi, value: float | None) -> float | None:
    # Excel shows a percent format over a fraction: 92.5 % is stored as 0.925.
    if value is None:
        return None
    return round(value / 100, 4) if is_percent(kpi) else round(value, 2)


def _kpi_cell(sheet: Worksheet, row: int, column: int, value: KpiValue) -> None:
    cell = _put(sheet, row, column, _cell_value(value.kpi, value.value))
    cell.number_format = PERCENT_FORMAT if is_percent(value.kpi) else SCORE_FORMAT
    fill = FILLS.get(traffic_light(value))
    if fill is not None:
        cell.fill = fill


def _header(sheet: Worksheet, row: int, titles: list[str]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = _put(sheet, row, column, title)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _fit_columns(sheet: Worksheet, narrowest: int = 8, widest: int = 40) -> None:
    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=2):  # row 1 may hold a title spanning the sheet
        for cell in row:
            if cell.value is not None:
                length = 10 if isinstance(cell.value, datetime | float) else len(str(cell.value))
                widths[cell.column] = max(widths.get(cell.column, 0), length + 2)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(
            max(width, narrowest), widest
        )


def _too_few_note(value: KpiValue) -> str:
    return f"fewer than 5 (n={value.denominator})" if value.too_few else ""


def _summary(sheet: Worksheet, report: KpiReport) -> None:
    sheet.title = "Summary"
    sheet["A1"] = "KPI report"
    sheet["A1"].font = Font(bold=True, size=14)
    period = report.period
    generated = report.generated_at.astimezone(UTC).replace(tzinfo=None)
    facts: list[tuple[str, Any]] = [
        ("Scope", f"{report.scope.label} ({report.scope.kind.value})"),
        ("Period", f"{period.label()} ({period.start.isoformat()} – {period.end.isoformat()})"),
        ("Targets", PHASE_NAMES[report.phase]),
        ("Generated (UTC)", generated),
    ]
    for row, (name, value) in enumerate(facts, start=2):
        _put(sheet, row, 1, name).font = BOLD
        cell = _put(sheet, row, 2, value)
        if isinstance(value, datetime):
            cell.number_format = "yyyy-mm-dd hh:mm"
            cell.alignment = Alignment(horizontal="left")
    top = len(facts) + 3
    _header(sheet, top, ["KPI", "Value", "Target", "Status", "Numerator", "Denominator", "Note"])
    for row, value in enumerate(report.totals.values, start=top + 1):
        _put(sheet, row, 1, KPI_NAMES[value.kpi])
        _kpi_cell(sheet, row, 2, value)
        target = _put(sheet, row, 3, _cell_value(value.kpi, value.target))
        target.number_format = PERCENT_FORMAT if is_percent(value.kpi) else SCORE_FORMAT
        _put(sheet, row, 4, STATUS[traffic_light(value)])
        _put(sheet, row, 5, value.numerator)
        _put(sheet, row, 6, value.denominator)
        _put(sheet, row, 7, _too_few_note(value))
    sheet.freeze_panes = sheet.cell(top + 1, 1)
    row = top + len(report.totals.values) + 2
    if report.staffing is not None:
        staffing = report.staffing
        _header(sheet, row, ["Staffing check", "Required", "Actual", "OK", "Serving"])
        checks = (
            ("Advisors (1 per 30 network partners)", staffing.advisors_needed,
             f"{staffing.network_partners} partners"),
            ("Leaders (1 per 10 advisors)", staffing.leaders_needed,
             f"{staffing.advisors} advisors"),
        )  # fmt: skip
        for name, check, serving in checks:
            row += 1
            _put(sheet, row, 1, name)
            _put(sheet, row, 2, check.required)
            _put(sheet, row, 3, check.actual)
            ok = _put(sheet, row, 4, "Yes" if check.ok else f"No: {check.shortfall} short")
            ok.fill = FILLS[Light.GREEN if check.ok else Light.RED]
            _put(sheet, row, 5, serving)
        row += 2
    _put(sheet, row, 1, "Green meets the target; amber is at most 5 points below; red is further "
               "below; grey means fewer than 5 cases, too few to tell.")  # fmt: skip
    _fit_columns(sheet)
    sheet.column_dimensions["A"].width = 38


def _kpi_titles() -> list[str]:
    return [*(KPI_NAMES[k] for k in KPI_ORDER), *(f"{KPI_NAMES[k]} n" for k in KPI_ORDER)]


def _kpi_columns(sheet: Worksheet, row: int, first: int, values: KpiSet) -> None:
    # Values side by side, then their denominators: a reader compares KPIs, not pairs.
    for offset, kpi in enumerate(KPI_ORDER):
        _kpi_cell(sheet, row, first + offset, values[kpi])
        _put(sheet, row, first + len(KPI_ORDER) + offset, values[kpi].denominator)


def _advisors(sheet: Worksheet, report: KpiReport) -> None:
    _header(sheet, 1, ["Advisor", "Username", "Level", *_kpi_titles()])
    row = 1
    for row, advisor in enumerate(report.advisors, start=2):
        _put(sheet, row, 1, advisor.full_name)
        _put(sheet, row, 2, advisor.username)
        _put(sheet, row, 3, advisor.level)
        _kpi_columns(sheet, row, 4, advisor.kpis)
    if report.staffing is not None:  # a team or the desk: its total under its members
        row += 1
        _put(sheet, row, 1, f"Total: {report.scope.label}").font = BOLD
        _kpi_columns(sheet, row, 4, report.totals)
    sheet.freeze_panes = "B2"
    _fit_columns(sheet, widest=28)


def _trend(sheet: Worksheet, report: KpiReport) -> None:
    _header(sheet, 1, ["From", "To", *_kpi_titles()])
    for row, point in enumerate(report.trend, start=2):
        for column, day in ((1, point.period.start), (2, point.period.end)):
            _put(sheet, row, column, day).number_format = DATE_FORMAT
        _kpi_columns(sheet, row, 3, point.kpis)
    sheet.freeze_panes = "C2"
    _fit_columns(sheet, widest=28)


def write_xlsx(report: KpiReport, path: Path) -> None:
    """Summary, Advisors and Trend sheets."""
    book = Workbook()
    _summary(book.active, report)
    _advisors(book.create_sheet("Advisors"), report)
    _trend(book.create_sheet("Trend"), report)
    book.save(Path(path))
