"""The hours report as a printable PDF (SPEC §6): what the hours screen shows, on A4 landscape.

Title and facts (company, period, flat rate, when); per company its contract periods (bought,
used, remaining, over the balance, state with its traffic light, renewals) and its tickets
(L1, L2, L3, quality, total, where it is charged, amount; undecided billing flagged amber),
with the company's totals; the grand totals when the report holds several companies. Texts
come from hours_format, so the paper reads exactly like the screen; the page machinery is the
KPI report's (kpi_pdf_layout).

Runs headless (QT_QPA_PLATFORM=offscreen) for `desk-app report hours --format pdf`. Call it on
the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPainter

from desk_app.services.hours import KINDS, CompanyHours, HoursReport, HoursTotals
from desk_app.ui.formatting import date_time
from desk_app.ui.hours_format import (
    STATE_LIGHTS,
    billing_text,
    charged_text,
    hours_text,
    kind_text,
    minutes_cell,
    money_text,
    period_kind_text,
    renewal_text,
    span_text,
    state_text,
    subject_text,
)
from desk_app.ui.kpi_format import Light, period_text
from desk_app.ui.kpi_pdf_layout import MUTED, Cell, Pages, mm, open_pdf, table, text_line

MARGIN_MM = 12.0
CONTRACT_WIDTHS = (0.17, 0.07, 0.14, 0.07, 0.07, 0.07, 0.08, 0.07, 0.08, 0.18)
TICKET_WIDTHS = (0.06, 0.30, 0.09, 0.06, 0.06, 0.06, 0.06, 0.07, 0.14, 0.10)
TOTAL_WIDTHS = (0.30, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.08, 0.14)


def _heading(report: HoursReport, pages: Pages) -> None:
    text_line(pages, QCoreApplication.translate("HoursPdf", "Hours report"), 18, bold=True, gap=2)
    if report.company is None:
        who = QCoreApplication.translate("HoursPdf", "All companies you may see")
    else:
        who = QCoreApplication.translate("HoursPdf", "Company: %1").replace(
            "%1", report.company.name
        )
    if report.flat_rate is None:
        rate = QCoreApplication.translate(
            "HoursPdf", "Flat rate: not set (amounts out of contract are unknown)"
        )
    else:
        rate = QCoreApplication.translate("HoursPdf", "Flat rate: %1 an hour").replace(
            "%1", money_text(report.flat_rate)
        )
    period = report.period
    facts = [
        who,
        QCoreApplication.translate("HoursPdf", "Period %1 (%2)")
        .replace("%1", period_text(period))
        .replace("%2", span_text(period.start, period.end)),
        rate,
        QCoreApplication.translate("HoursPdf", "Generated %1").replace(
            "%1", date_time(report.generated_at)
        ),
    ]
    for fact in facts:
        text_line(pages, fact, 9.5, colour=MUTED, gap=0.3)
    pages.y += mm(4)


def _contracts(company: CompanyHours, pages: Pages) -> None:
    if not company.contracts:
        text_line(
            pages,
            QCoreApplication.translate(
                "HoursPdf", "No contract in this period: consumption is at the flat rate."
            ),
            9,
            colour=MUTED,
            gap=3,
        )
        return
    headers = [
        QCoreApplication.translate("HoursPdf", "Contract"),
        QCoreApplication.translate("HoursPdf", "Kind"),
        QCoreApplication.translate("HoursPdf", "Contract period"),
        QCoreApplication.translate("HoursPdf", "Rate"),
        QCoreApplication.translate("HoursPdf", "Bought"),
        QCoreApplication.translate("HoursPdf", "Used"),
        QCoreApplication.translate("HoursPdf", "Remaining"),
        QCoreApplication.translate("HoursPdf", "Over"),
        QCoreApplication.translate("HoursPdf", "State"),
        QCoreApplication.translate("HoursPdf", "Renewal"),
    ]
    rows: list[list[Cell]] = [
        [
            (line.name, None),
            (period_kind_text(line.period_kind), None),
            (span_text(line.period_start, line.period_end), None),
            (money_text(line.hourly_rate), None),
            (hours_text(line.bought_minutes), None),
            (hours_text(line.used_minutes), None),
            (hours_text(line.remaining_minutes), None),
            (minutes_cell(line.over_minutes), None),
            (state_text(line.state), STATE_LIGHTS[line.state]),
            (renewal_text(line), None),
        ]
        for line in company.contracts
    ]
    table(pages, headers, rows, CONTRACT_WIDTHS)


def _tickets(report: HoursReport, company: CompanyHours, pages: Pages) -> None:
    if not company.tickets:
        text_line(
            pages,
            QCoreApplication.translate("HoursPdf", "No time logged in this period."),
            9,
            colour=MUTED,
            gap=3,
        )
        return
    headers = [
        QCoreApplication.translate("HoursPdf", "Ticket"),
        QCoreApplication.translate("HoursPdf", "Subject"),
        QCoreApplication.translate("HoursPdf", "Billing"),
        *(kind_text(kind) for kind in KINDS),
        QCoreApplication.translate("HoursPdf", "Total"),
        QCoreApplication.translate("HoursPdf", "Charged to"),
        QCoreApplication.translate("HoursPdf", "Amount"),
    ]
    rows: list[list[Cell]] = [
        [
            (f"#{line.ticket_id}", None),
            (subject_text(line), None),
            (billing_text(line.billing), Light.AMBER if line.undecided else None),
            *((minutes_cell(line.minutes[kind]), None) for kind in KINDS),
            (hours_text(line.total_minutes), None),
            (charged_text(line), None),
            (money_text(report.ticket_amount(line)), None),
        ]
        for line in company.tickets
    ]
    totals = report.totals(company)
    rows.append(
        [
            (QCoreApplication.translate("HoursPdf", "Total"), None),
            ("", None),
            ("", None),
            *((minutes_cell(totals.minutes[kind]), None) for kind in KINDS),
            (hours_text(totals.total_minutes), None),
            ("", None),
            (money_text(totals.amount), None),
        ]
    )
    table(pages, headers, rows, TICKET_WIDTHS, bold_last=True)
    text_line(pages, _split(totals), 8.5, colour=MUTED, gap=4)


def _split(totals: HoursTotals) -> str:
    """One line: how the company's time divides between contract, flat rate and warranty."""
    return (
        QCoreApplication.translate(
            "HoursPdf",
            "Contract %1 (%2) · flat rate %3 (%4) · warranty %5 · undecided %6",
        )
        .replace("%1", hours_text(totals.contract_minutes))
        .replace("%2", money_text(totals.contract_amount))
        .replace("%3", hours_text(totals.flat_minutes))
        .replace("%4", money_text(totals.flat_amount))
        .replace("%5", hours_text(totals.warranty_minutes))
        .replace("%6", hours_text(totals.undecided_minutes))
    )


def _grand_totals(report: HoursReport, pages: Pages) -> None:
    pages.need(mm(30))  # the heading stays with its table
    text_line(pages, QCoreApplication.translate("HoursPdf", "All companies"), 12, bold=True)
    headers = [
        QCoreApplication.translate("HoursPdf", "Company"),
        QCoreApplication.translate("HoursPdf", "Total"),
        QCoreApplication.translate("HoursPdf", "Warranty"),
        QCoreApplication.translate("HoursPdf", "Contract"),
        QCoreApplication.translate("HoursPdf", "Flat rate"),
        QCoreApplication.translate("HoursPdf", "Undecided"),
        QCoreApplication.translate("HoursPdf", "Contract amount"),
        QCoreApplication.translate("HoursPdf", "Flat amount"),
        QCoreApplication.translate("HoursPdf", "Amount"),
    ]

    def row(name: str, totals: HoursTotals) -> list[Cell]:
        return [
            (name, None),
            (hours_text(totals.total_minutes), None),
            (minutes_cell(totals.warranty_minutes), None),
            (minutes_cell(totals.contract_minutes), None),
            (minutes_cell(totals.flat_minutes), None),
            (minutes_cell(totals.undecided_minutes), None),
            (money_text(totals.contract_amount), None),
            (money_text(totals.flat_amount), None),
            (money_text(totals.amount), None),
        ]

    rows = [row(company.name, report.totals(company)) for company in report.companies]
    rows.append(row(QCoreApplication.translate("HoursPdf", "Total"), report.totals()))
    table(pages, headers, rows, TOTAL_WIDTHS, bold_last=True)


def write_pdf(report: HoursReport, path: Path) -> None:
    """The report as an A4 landscape PDF at `path`; OSError when it cannot be written."""
    writer = open_pdf(path, QPageLayout.Orientation.Landscape, MARGIN_MM)
    label = (
        report.company.name
        if report.company is not None
        else QCoreApplication.translate("HoursPdf", "All companies")
    )
    writer.setTitle(
        QCoreApplication.translate("HoursPdf", "Hours report %1 %2")
        .replace("%1", label)
        .replace("%2", report.period.label())
    )
    footer = " · ".join(
        (QCoreApplication.translate("HoursPdf", "Partner Desk hours report"), label,
         report.period.label())
    )  # fmt: skip
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF report to {path}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pages = Pages(writer, painter, footer)
        _heading(report, pages)
        if not report.companies:
            text_line(
                pages,
                QCoreApplication.translate(
                    "HoursPdf", "No company has a contract or time logged in this period."
                ),
                10,
                colour=MUTED,
            )
        for company in report.companies:
            pages.need(mm(30))  # a company's name never ends a page on its own
            text_line(pages, company.name, 13, bold=True, gap=1.5)
            _contracts(company, pages)
            _tickets(report, company, pages)
        if report.company is None and len(report.companies) > 1:
            _grand_totals(report, pages)
        pages.finish()
    finally:
        painter.end()
