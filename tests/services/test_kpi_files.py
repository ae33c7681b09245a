"""The KPI report as CSV and Excel: written from hand-made reports, read back as a spreadsheet
user (or a pivot table) would."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook

from desk_app.domain import kpi as formulas
from desk_app.domain.kpi import Kpi, ProgramPhase
from desk_app.domain.kpi_report import (
    AdvisorKpis,
    KpiReport,
    KpiSet,
    Scope,
    ScopeKind,
    Staffing,
    TrendPoint,
)
from desk_app.domain.periods import parse_period
from desk_app.services.kpi_files import (
    CSV_COLUMNS,
    FILLS,
    Light,
    traffic_light,
    write_csv,
    write_xlsx,
)

PHASE = ProgramPhase.FIRST_YEAR
GENERATED = datetime(2026, 11, 1, 15, 30, tzinfo=UTC)


def kpis(answered: int, offered: int, *, fcr: int, csat: list[int], nps: list[int],
         adhering: int, closed: int) -> KpiSet:  # fmt: skip
    return KpiSet((
        formulas.service_level(answered, offered, PHASE),
        formulas.first_contact_resolution(fcr, answered, PHASE),
        formulas.csat(csat, PHASE),
        formulas.ces([6] * len(csat), PHASE),
        formulas.nps(nps, PHASE),
        formulas.process_adherence(adhering, closed, PHASE),
    ))  # fmt: skip


MARIANA = kpis(37, 40, fcr=20, csat=[5, 5, 4, 3, 5], nps=[10, 9, 3, 2, 0, 6], adhering=9,
               closed=10)  # fmt: skip
NEWCOMER = kpis(2, 3, fcr=1, csat=[5], nps=[], adhering=0, closed=0)  # too few of everything
TOTALS = kpis(39, 43, fcr=21, csat=[5, 5, 4, 3, 5, 5], nps=[10, 9, 3, 2, 0, 6], adhering=9,
              closed=10)  # fmt: skip


EVIL = '=HYPERLINK("http://x","clic")'


def team_report(*, evil_name: str = EVIL) -> KpiReport:
    period = parse_period("2026-10-01..2026-10-03")
    advisors = (
        AdvisorKpis(7, "mgarcia", "Mariana García Torres", "L2", MARIANA),
        AdvisorKpis(8, "nuevo", evil_name, "L1", NEWCOMER),
    )
    trend = tuple(TrendPoint(day, TOTALS if n != 1 else NEWCOMER)
                  for n, day in enumerate(period.buckets()))  # fmt: skip
    staffing = Staffing(2, 1, 75, formulas.advisor_staffing(2, 75), formulas.leader_staffing(1, 2))
    return KpiReport(Scope(ScopeKind.TEAM, 3, "Equipo Norte"), period, PHASE, TOTALS, advisors,
                     trend, staffing, GENERATED)  # fmt: skip


def advisor_report() -> KpiReport:
    period = parse_period("2026-10")
    advisors = (AdvisorKpis(7, "mgarcia", "Mariana García Torres", "L2", MARIANA),)
    return KpiReport(Scope(ScopeKind.ADVISOR, 7, "Mariana García Torres"), period, PHASE,
                     MARIANA, advisors, (), None, GENERATED)  # fmt: skip


def test_traffic_light_bands() -> None:
    def light(value: float | None, target: float | None) -> Light:
        too_few = value is None
        meets = None if value is None or target is None else value >= target
        return traffic_light(formulas.KpiValue(Kpi.CSAT, value, 0, 10, target, meets, too_few))

    assert light(90.0, 90.0) is Light.GREEN
    assert light(85.0, 90.0) is Light.AMBER  # exactly 5 points below is still amber
    assert light(84.9, 90.0) is Light.RED
    assert light(None, 90.0) is Light.GREY
    assert light(-20.0, None) is Light.NONE


def read_csv(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        return list(reader)


def test_csv_is_one_line_per_number_and_reads_back(tmp_path) -> None:
    path = tmp_path / "kpi.csv"
    count = write_csv(team_report(), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents
    rows = read_csv(path)
    # 6 totals + 6 per advisor (2) + 6 per day (3) + the two staffing checks.
    assert count == len(rows) == 6 + 12 + 18 + 2
    assert {r["part"] for r in rows} == {"total", "advisor", "trend", "staffing"}
    assert {(r["scope_kind"], r["scope"], r["period"], r["phase"]) for r in rows} == {
        ("team", "Equipo Norte", "2026-10-01..2026-10-03", "first_year")}  # fmt: skip

    total = {r["kpi"]: r for r in rows if r["part"] == "total"}
    assert list(total) == [k.value for k in formulas.Kpi]
    sl = total["service_level"]
    assert (sl["value"], sl["numerator"], sl["denominator"]) == ("90.7", "39", "43")
    assert (sl["target"], sl["meets"], sl["too_few"]) == ("90.0", "true", "false")
    assert (sl["period_start"], sl["bucket_end"]) == ("2026-10-01", "2026-10-03")
    nps = total["nps"]
    assert (nps["value"], nps["numerator"], nps["target"], nps["meets"]) == (
        "-33.33", "-2", "", "")  # a negative score stays a number, not a defused text  # fmt: skip

    mariana = {r["kpi"]: r for r in rows if r["advisor"] == "mgarcia"}
    assert mariana["csat"]["advisor_name"] == "Mariana García Torres"
    assert (mariana["csat"]["value"], mariana["csat"]["level"]) == ("80.0", "L2")
    newcomer = [r for r in rows if r["advisor"] == "nuevo"]
    # A name a spreadsheet would run as a formula stays text.
    assert {r["advisor_name"] for r in newcomer} == {"'" + EVIL}
    too_few = {r["kpi"]: r for r in newcomer}["service_level"]
    assert (too_few["value"], too_few["denominator"], too_few["too_few"], too_few["meets"]) == (
        "", "3", "true", "")  # fmt: skip

    days = [r for r in rows if r["part"] == "trend" and r["kpi"] == "service_level"]
    assert [(d["bucket_start"], d["bucket_end"], d["value"]) for d in days] == [
        ("2026-10-01", "2026-10-01", "90.7"), ("2026-10-02", "2026-10-02", ""),
        ("2026-10-03", "2026-10-03", "90.7")]  # fmt: skip

    staffing = {r["kpi"]: r for r in rows if r["part"] == "staffing"}
    advisors = staffing["staffing_advisors"]
    assert (advisors["value"], advisors["denominator"], advisors["target"], advisors["meets"]) == (
        "2", "75", "3", "false")  # 75 partners need 3 advisors  # fmt: skip
    assert staffing["staffing_leaders"]["meets"] == "true"


def test_csv_of_one_advisor_has_no_staffing_or_trend(tmp_path) -> None:
    path = tmp_path / "mine.csv"
    assert write_csv(advisor_report(), path) == 12
    rows = read_csv(path)
    assert {r["part"] for r in rows} == {"total", "advisor"}


def fill(cell) -> str:
    return cell.fill.fgColor.rgb[-6:] if cell.fill.fill_type == "solid" else ""


def test_xlsx_summary_advisors_trend(tmp_path) -> None:
    path = tmp_path / "kpi.xlsx"
    write_xlsx(team_report(), path)
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Advisors", "Trend"]

    summary = book["Summary"]
    labels = {summary.cell(r, 1).value: r for r in range(1, summary.max_row + 1)}
    assert summary["B2"].value == "Equipo Norte (team)"
    assert summary["B4"].value == "First year"
    assert summary["B5"].value == datetime(2026, 11, 1, 15, 30)  # UTC, said in its label
    sl, nps, csat = (labels["Service level"], labels["NPS"], labels["CSAT"])
    assert summary.freeze_panes == f"A{sl}"  # the table's header row stays in view
    assert summary.cell(sl, 2).value == pytest.approx(0.907, abs=1e-4)
    assert summary.cell(sl, 2).number_format == "0.0%"
    assert summary.cell(sl, 3).value == 0.9 and summary.cell(sl, 3).number_format == "0.0%"
    assert (summary.cell(sl, 5).value, summary.cell(sl, 6).value) == (39, 43)
    assert fill(summary.cell(sl, 2)) == FILLS[Light.GREEN].fgColor.rgb[-6:]
    assert summary.cell(sl, 4).value == "Meets the target"
    assert summary.cell(csat, 2).value == pytest.approx(5 / 6, abs=1e-4)
    assert fill(summary.cell(csat, 2)) == FILLS[Light.RED].fgColor.rgb[-6:]  # 83.3 < 85
    assert summary.cell(nps, 2).value == -33.33  # a score: no percent
    assert summary.cell(nps, 2).number_format == "0.0"
    assert summary.cell(nps, 3).value is None and fill(summary.cell(nps, 2)) == ""
    staffing = labels["Advisors (1 per 30 network partners)"]
    assert [summary.cell(staffing, c).value for c in (2, 3, 4, 5)] == [
        3, 2, "No: 1 short", "75 partners"]  # fmt: skip
    assert summary.cell(labels["Leaders (1 per 10 advisors)"], 4).value == "Yes"
    assert summary.column_dimensions["A"].width >= 30

    advisors = book["Advisors"]
    header = [c.value for c in advisors[1]]
    assert header[:4] == ["Advisor", "Username", "Level", "Service level"]
    assert header[9] == "Service level n" and len(header) == 15
    assert advisors.freeze_panes == "B2"
    names = [advisors.cell(r, 1).value for r in range(2, 5)]
    assert names == ["Mariana García Torres", EVIL, "Total: Equipo Norte"]
    assert advisors.cell(3, 1).data_type == "s"  # text, not a formula Excel would run
    assert advisors.cell(2, 4).value == pytest.approx(0.925)
    assert advisors.cell(3, 4).value is None  # 2 of 3 calls: too few to tell
    assert fill(advisors.cell(3, 4)) == FILLS[Light.GREY].fgColor.rgb[-6:]
    assert advisors.cell(3, 10).value == 3  # … and it says how few
    assert advisors.cell(4, 4).value == pytest.approx(0.907, abs=1e-4)

    trend = book["Trend"]
    assert trend.freeze_panes == "C2"
    days = [(trend.cell(r, 1).value, trend.cell(r, 3).value) for r in range(2, trend.max_row + 1)]
    assert [d.date() for d, _ in days] == [date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 3)]
    assert trend.cell(2, 1).number_format == "yyyy-mm-dd"
    assert days[1][1] is None and days[0][1] == pytest.approx(0.907, abs=1e-4)


def test_xlsx_of_one_advisor_has_no_staffing_and_an_empty_trend(tmp_path) -> None:
    path = tmp_path / "mine.xlsx"
    write_xlsx(advisor_report(), path)
    book = load_workbook(path)
    summary = book["Summary"]
    texts = [str(c.value) for row in summary.iter_rows() for c in row if c.value is not None]
    assert not any("Staffing" in text for text in texts)
    assert book["Advisors"].max_row == 2  # Mariana, and no total row for a single advisor
    assert book["Trend"].max_row == 1  # the header only
