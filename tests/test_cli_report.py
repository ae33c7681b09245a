"""`desk-app report kpi` as a leader runs it: a real subprocess on a real demo workspace, the
files read back (openpyxl, csv, pdftoppm/pdftotext), and the PDF writer on hand-made reports."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desk_app.domain import kpi as formulas
from desk_app.domain.kpi import ProgramPhase
from desk_app.domain.kpi_report import (
    KPI_ORDER,
    AdvisorKpis,
    KpiReport,
    KpiSet,
    Scope,
    ScopeKind,
    Staffing,
    TrendPoint,
)
from desk_app.domain.periods import Period, parse_period
from desk_app.local_store.models import Team, User
from desk_app.services.kpis import KpiService
from desk_app.services.workspace import open_workspace

TIMEOUT = 120
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                   reason="poppler-utils (scripts/bootstrap.sh --dev)")  # fmt: skip


@dataclass(frozen=True)
class Demo:
    path: Path
    period: str  # the last 30 days, as `--period` spells a range
    team: str  # the team of `leader`, the biggest one
    other_team: str
    leader: str
    advisor: str  # one of the team's advisors
    stranger: str  # an advisor of the other team


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Demo:
    path = tmp_path_factory.mktemp("report") / "workspace"
    opened = open_workspace(path, demo_size=40)
    try:
        with opened.store.session() as s:
            teams = {t.id: t.name for t in s.scalars(select(Team))}
            users = s.scalars(select(User).where(User.is_active.is_(True))).all()
    finally:
        opened.close()
    advisors = [u for u in users if u.role == "advisor" and u.team_id is not None]
    biggest = max(teams, key=lambda t: sum(a.team_id == t for a in advisors))
    leader = next(u for u in users if u.role == "leader" and u.team_id == biggest)
    today = date.today()
    return Demo(
        path=path,
        period=f"{today - timedelta(days=29)}..{today}",
        team=teams[biggest],
        other_team=next(name for t, name in teams.items() if t != biggest),
        leader=leader.username,
        advisor=next(a.username for a in advisors if a.team_id == biggest),
        stranger=next(a.username for a in advisors if a.team_id != biggest),
    )


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                             "QT_QPA_PLATFORM")}  # fmt: skip
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


def report(env: dict[str, str], cwd: Path, demo: Demo, user: str,
           *args: str | Path) -> subprocess.CompletedProcess[str]:  # fmt: skip
    command = [sys.executable, "-m", "desk_app", "--lang", "en", "report", "kpi",
               "--workspace", str(demo.path), "--user", user, *map(str, args)]  # fmt: skip
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)  # fmt: skip


def service_report(demo: Demo, user: str, scope_of: str | None = None) -> KpiReport:
    opened = open_workspace(demo.path, user=user)
    try:
        service = KpiService(opened.store, opened.viewer, phase=ProgramPhase.FIRST_YEAR)
        with opened.store.session() as s:
            scope = service.team_scope(s, scope_of) if scope_of else service.scopes(s)[0]
            return service.report(s, parse_period(demo.period), scope)
    finally:
        opened.close()


def test_xlsx_of_the_leaders_team_holds_the_services_numbers(demo, env, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = report(env, out, demo, demo.leader, "--period", demo.period, "--format", "XLSX")
    assert result.returncode == 0, result.stderr
    expected = service_report(demo, demo.leader)
    assert expected.scope.label == demo.team and expected.totals[KPI_ORDER[0]].denominator > 0
    # Written here under a name that says what it holds; the path is the only output.
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 1 and written[0].startswith("kpi-") and written[0].endswith(".xlsx")
    assert result.stdout.strip() == written[0] and result.stderr == ""

    book = load_workbook(out / written[0])
    assert book.sheetnames == ["Summary", "Advisors", "Trend"]
    summary = book["Summary"]
    rows = {summary.cell(r, 1).value: r for r in range(1, summary.max_row + 1)}
    for value in expected.totals.values:
        row = rows[{"service_level": "Service level", "first_contact_resolution":
                    "First-contact resolution", "csat": "CSAT", "ces": "CES", "nps": "NPS",
                    "process_adherence": "Process adherence"}[value.kpi.value]]  # fmt: skip
        assert (summary.cell(row, 5).value, summary.cell(row, 6).value) == (
            value.numerator, value.denominator)  # fmt: skip
        if value.value is not None:
            # Stored to two decimals of a point: 0.9234 for 92.34 %, -12.35 for NPS.
            scale = 1 if value.kpi.value == "nps" else 100
            assert summary.cell(row, 2).value * scale == pytest.approx(value.value, abs=0.006)
    advisors = book["Advisors"]
    names = [advisors.cell(r, 1).value for r in range(2, advisors.max_row + 1)]
    assert names == [*(a.full_name for a in expected.advisors), f"Total: {demo.team}"]
    assert book["Trend"].max_row == 1 + 30  # a header and thirty days


def pdf_text(path: Path, *options: str) -> str:
    """The PDF's text; NFKC undoes the ligatures ("ﬁ", "ﬃ") the fonts typeset."""
    text = subprocess.run(["pdftotext", *options, path, "-"], capture_output=True, text=True,
                          check=True, timeout=TIMEOUT).stdout  # fmt: skip
    return unicodedata.normalize("NFKC", text)


def png_is_drawn(path: Path) -> bool:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    greys = [image.pixelColor(x, y).lightness()
             for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)]  # fmt: skip
    mean = sum(greys) / len(greys)
    variance = sum((g - mean) ** 2 for g in greys) / len(greys)
    inked = sum(g < 200 for g in greys) / len(greys)
    # A blank page has neither; a page of thin chart lines at 50 dpi has ~1 % ink, so the bar
    # sits well below that (0.01 exactly made a page of six charts fail on some days' data).
    return variance > 50 and inked > 0.003


@needs_poppler
def test_pdf_renders_to_pages_with_the_team_on_them(demo, env, tmp_path) -> None:
    target = tmp_path / "team.pdf"
    result = report(env, tmp_path, demo, demo.leader, "--period", demo.period,
                    "--format", "pdf", "--output", target)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "50", target, tmp_path / "page"], check=True,
                   timeout=TIMEOUT)  # fmt: skip
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 1
    assert all(png_is_drawn(page) for page in pages)
    text = pdf_text(target, "-layout")
    expected = service_report(demo, demo.leader)
    for fragment in ("KPI report", f"Team: {demo.team}", "Service level", "Staffing", "Trend",
                     expected.advisors[0].full_name, expected.advisors[-1].full_name):  # fmt: skip
        assert fragment in text


def test_csv_for_one_advisor_and_admin_reports_any_team(demo, env, tmp_path) -> None:
    mine = tmp_path / "mine.csv"
    result = report(env, tmp_path, demo, demo.advisor, "--period", demo.period,
                    "--format", "csv", "--output", mine)  # fmt: skip
    assert result.returncode == 0, result.stderr
    with mine.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["scope_kind"] for r in rows} == {"advisor"}
    assert {r["advisor"] for r in rows if r["part"] == "advisor"} == {demo.advisor}
    assert {r["part"] for r in rows} == {"total", "advisor", "trend"}  # no staffing for one

    result = report(env, tmp_path, demo, "admin", "--period", demo.period, "--team",
                    demo.other_team.upper(), "--format", "csv")  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = tmp_path / result.stdout.strip()
    assert written.name.endswith(".csv") and written.exists()
    with written.open(encoding="utf-8-sig", newline="") as handle:
        scopes = {(r["scope_kind"], r["scope"]) for r in csv.DictReader(handle)}
    assert scopes == {("team", demo.other_team)}


BAD = {
    "a period that is not one": (["--period", "2026-13"], "leader", "--period '2026-13'"),
    "an unknown format": (["--format", "docx"], "leader", "is not a report format"),
    "an unknown team": (["--team", "Nowhere"], "leader", "there is no team 'Nowhere'"),
    "an unknown advisor": (["--advisor", "nobody"], "leader", "there is no user 'nobody'"),
    "both scopes": (["--team", "{team}", "--advisor", "{advisor}"], "leader", "not both"),
    "a leader asking for another team": (["--team", "{other_team}"], "leader", "your own team"),
    "an advisor asking for the team": (["--team", "{team}"], "advisor", "may"),
    "an advisor asking for another advisor": (["--advisor", "{stranger}"], "advisor",
                                              "your own KPIs"),
    "an output folder that is not there": (["--output", "missing/kpi.xlsx"], "leader",
                                           "does not exist"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_exits_2_with_one_line_and_writes_nothing(demo, env, tmp_path, case) -> None:
    extra, who, fragment = BAD[case]
    names = {"team": demo.team, "other_team": demo.other_team, "advisor": demo.advisor,
             "stranger": demo.stranger}  # fmt: skip
    args = {"--period": demo.period, "--format": "xlsx"}
    pairs = iter([arg.format(**names) for arg in extra])
    for flag, value in zip(pairs, pairs, strict=True):
        args[flag] = value
    user = demo.leader if who == "leader" else demo.advisor
    result = report(env, tmp_path, demo, user, *(x for pair in args.items() for x in pair))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("desk-app: error: "), result.stderr
    assert fragment in lines[0]
    assert result.stdout == ""
    assert [p.name for p in tmp_path.iterdir() if p.name not in ("config", "data")] == []


# --- the PDF writer on hand-made reports ------------------------------------------------


def many_advisors_report(count: int, period: Period) -> KpiReport:
    phase = ProgramPhase.AFTER_FIRST_YEAR

    def kset(n: int) -> KpiSet:
        return KpiSet((formulas.service_level(n - 1, n, phase),
                       formulas.first_contact_resolution(n // 2, n - 1, phase),
                       formulas.csat([5, 4, 2] * (n // 3), phase), formulas.ces([], phase),
                       formulas.nps([10, 9, 0] * (n // 3), phase),
                       formulas.process_adherence(n // 2, n, phase)))  # fmt: skip

    advisors = tuple(AdvisorKpis(i, f"a{i}", f"Asesor número {i}", "L1", kset(3 + i % 20))
                     for i in range(count))  # fmt: skip
    trend = tuple(TrendPoint(day, kset(2 + n % 9)) for n, day in enumerate(period.buckets()))
    staffing = Staffing(count, 1, 20, formulas.advisor_staffing(count, 20),
                        formulas.leader_staffing(1, count))  # fmt: skip
    return KpiReport(Scope(ScopeKind.ALL, None, "All teams"), period, phase, kset(60),
                     advisors, trend, staffing, datetime(2026, 11, 1, tzinfo=UTC))  # fmt: skip


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True,
                          timeout=TIMEOUT).stdout  # fmt: skip
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@needs_poppler
def test_a_long_advisor_table_runs_onto_more_pages_with_its_header(qapp, tmp_path) -> None:
    from desk_app.ui.kpi_pdf import write_pdf

    path = tmp_path / "long.pdf"
    write_pdf(many_advisors_report(90, parse_period("2026-10")), path)
    assert pdf_pages(path) >= 3
    text = pdf_text(path)
    pages = text.split("\f")
    assert "Asesor número 0" in pages[0] and "Asesor número 89" in text
    # The table's header is repeated on the page it continues on.
    continued = next(p for p in pages[1:] if "Asesor número 89" in p)
    assert "Advisor" in continued and "Adherence" in continued
    assert "Whole desk: All teams" in pages[0] and "after the first year" in pages[0]
    assert "Page 2" in pages[1]


@needs_poppler
def test_a_day_has_no_trend_chart_and_says_why(qapp, tmp_path) -> None:
    from desk_app.ui.kpi_pdf import write_pdf

    path = tmp_path / "day.pdf"
    write_pdf(many_advisors_report(3, parse_period("2026-10-05")), path)
    text = pdf_text(path)
    assert pdf_pages(path) == 1
    assert "A trend needs a period of more than one day." in text


def test_an_unwritable_pdf_path_raises(qapp, tmp_path) -> None:
    from desk_app.ui.kpi_pdf import write_pdf

    with pytest.raises(OSError, match="cannot write the PDF report"):
        write_pdf(many_advisors_report(1, parse_period("2026-10")), tmp_path / "no" / "x.pdf")
