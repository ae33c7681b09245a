"""The hours report as CSV for a spreadsheet (SPEC §6): one long table, so a pivot table can
cut it any way. `row` says what a line is:

    ticket    one ticket's time on the report's days: minutes per kind, how it is billed
              (warranty, consumption, undecided), where it is charged, its amount
    contract  one contract period the report touches: bought, used, remaining, over the
              balance, state (ok / low / exhausted), rate, the contract it renews
    company   one company's sums over its tickets
    total     the sums over every company (only when the report holds several)

Minutes stay whole numbers and amounts plain decimals (no currency: contract rates have none);
an amount is empty when it needs the flat rate and the workspace has none. Text cells a
spreadsheet would run as a formula are defused like `desk-app export` does. Headless (no Qt);
headings are English, the PDF (ui/hours_pdf.py) is the translated, printable one.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from desk_app.local_store.export import csv_cell
from desk_app.services.hours import (
    KINDS,
    CompanyHours,
    ContractPeriodHours,
    HoursReport,
    HoursTotals,
    TicketHours,
    charged_to,
)

CSV_COLUMNS = (
    "row", "period", "period_start", "period_end", "company_id", "company",
    "ticket_id", "subject", "billing",
    "l1_minutes", "l2_minutes", "l3_minutes", "quality_minutes", "total_minutes",
    "warranty_minutes", "contract_minutes", "flat_minutes", "charged_to",
    "contract_amount", "flat_amount", "amount",
    "contract_id", "contract", "period_kind", "contract_period_start", "contract_period_end",
    "hourly_rate", "bought_minutes", "used_minutes", "remaining_minutes", "over_minutes",
    "state", "renews_contract_id", "flat_rate",
)  # fmt: skip
_TICKET_PART = 15  # ticket_id … amount
_CONTRACT_PART = 12  # contract_id … renews_contract_id


def _money(value: Decimal | None) -> str:
    # Plain text, not csv_cell: a Decimal is a number, never a formula.
    return "" if value is None else format(value, "f")


def _billing(line: TicketHours) -> str:
    return line.billing.value if line.billing is not None else "undecided"


def _ticket(report: HoursReport, line: TicketHours) -> list[Any]:
    return [
        line.ticket_id, line.subject or "", _billing(line),
        *(line.minutes[kind] for kind in KINDS), line.total_minutes,
        line.warranty_minutes, line.contract_minutes, line.flat_minutes, charged_to(line),
        _money(line.contract_amount), _money(report.flat_amount(line)),
        _money(report.ticket_amount(line)),
    ]  # fmt: skip


def _sums(totals: HoursTotals) -> list[Any]:
    return [
        "", "", "",
        *(totals.minutes[kind] for kind in KINDS), totals.total_minutes,
        totals.warranty_minutes, totals.contract_minutes, totals.flat_minutes, "",
        _money(totals.contract_amount), _money(totals.flat_amount), _money(totals.amount),
    ]  # fmt: skip


def _contract(line: ContractPeriodHours) -> list[Any]:
    renews = next((link.id for link, following in zip(line.chain, line.chain[1:], strict=False)
                   if following.id == line.contract_id), "")  # fmt: skip
    return [
        line.contract_id, line.name, line.period_kind, line.period_start, line.period_end,
        _money(line.hourly_rate), line.bought_minutes, line.used_minutes,
        line.remaining_minutes, line.over_minutes, line.state.value, renews,
    ]  # fmt: skip


def _rows(report: HoursReport) -> Iterator[list[Any]]:
    period = report.period
    head = [period.label(), period.start, period.end]
    rate = [_money(report.flat_rate)]
    no_ticket, no_contract = [""] * _TICKET_PART, [""] * _CONTRACT_PART

    def company_rows(company: CompanyHours) -> Iterator[list[Any]]:
        who = [company.company_id, company.name]
        for contract in company.contracts:
            yield ["contract", *head, *who, *no_ticket, *_contract(contract), *rate]
        for line in company.tickets:
            yield ["ticket", *head, *who, *_ticket(report, line), *no_contract, *rate]
        yield ["company", *head, *who, *_sums(report.totals(company)), *no_contract, *rate]

    for company in report.companies:
        yield from company_rows(company)
    if report.company is None:
        yield ["total", *head, "", "", *_sums(report.totals()), *no_contract, *rate]


def write_csv(report: HoursReport, path: Path) -> int:
    """The long table (CSV_COLUMNS) with a BOM, so Excel reads the accents; returns the line
    count without the header."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in _rows(report):
            assert len(row) == len(CSV_COLUMNS), row  # a part of the row lost a column
            writer.writerow([csv_cell(cell.isoformat() if hasattr(cell, "isoformat") else cell)
                             for cell in row])  # fmt: skip
            count += 1
    return count
