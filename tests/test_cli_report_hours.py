"""`desk-app report hours` as customer service runs it: a real subprocess on the conftest desk
with the hand-computed contracts and time of tests/hours_data.py; the CSV read back, the PDF
rendered with pdftoppm and read with pdftotext; bad input exits 2 and writes nothing."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.hours_data import fill_hours

TIMEOUT = 120
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                   reason="poppler-utils (scripts/bootstrap.sh --dev)")  # fmt: skip


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                             "QT_QPA_PLATFORM")}  # fmt: skip
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


def report(env, cwd: Path, desk, user: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desk_app", "--lang", "en", "report", "hours",
               "--workspace", str(desk.path), "--user", user, *map(str, args)]  # fmt: skip
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)  # fmt: skip


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_of_every_company_holds_the_hand_computed_numbers(desk, env, tmp_path) -> None:
    ids = fill_hours(desk)
    with desk.store.transaction() as s:  # a subject a spreadsheet would run as a formula
        from desk_app.local_store.models import Ticket

        s.get(Ticket, desk.ids["printer"]).subject = '=HYPERLINK("http://x")'
    out = tmp_path / "out"
    out.mkdir()
    result = report(env, out, desk, "admin", "--period", "2025-03", "--format", "CSV")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "hours-2025-03-all.csv" and result.stderr == ""
    rows = read_csv(out / "hours-2025-03-all.csv")
    kinds = [r["row"] for r in rows]
    assert kinds == ["contract", "contract", "ticket", "ticket", "ticket", "company",
                     "ticket", "company", "total"]  # fmt: skip

    c1, c2 = rows[0], rows[1]
    assert (c1["contract_id"], c1["contract_period_start"], c1["contract_period_end"]) == (
        str(ids["c1"]), "2025-02-15", "2025-03-14")  # fmt: skip
    assert (c1["bought_minutes"], c1["used_minutes"], c1["remaining_minutes"],
            c1["over_minutes"], c1["state"]) == ("180", "180", "0", "15", "exhausted")  # fmt: skip
    assert (c2["used_minutes"], c2["remaining_minutes"], c2["state"]) == ("100", "20", "low")
    assert c2["renews_contract_id"] == str(ids["c1"]) and c1["renews_contract_id"] == ""
    assert c2["hourly_rate"] == "120.00"

    tickets = {int(r["ticket_id"]): r for r in rows if r["row"] == "ticket"}
    invoice = tickets[desk.ids["invoice"]]
    assert (invoice["l1_minutes"], invoice["l2_minutes"], invoice["l3_minutes"],
            invoice["quality_minutes"], invoice["total_minutes"]) == ("20", "45", "60", "0",
                                                                      "125")  # fmt: skip
    assert (invoice["contract_minutes"], invoice["flat_minutes"], invoice["charged_to"]) == (
        "110", "15", "contract+flat")  # fmt: skip
    assert (invoice["contract_amount"], invoice["flat_amount"], invoice["amount"]) == (
        "183.33", "150.00", "333.33")  # fmt: skip
    closing = tickets[desk.ids["closing"]]
    assert (closing["billing"], closing["amount"]) == ("undecided", "60.00")
    printer = tickets[desk.ids["printer"]]
    assert (printer["billing"], printer["charged_to"], printer["amount"]) == (
        "warranty", "warranty", "0.00")  # fmt: skip
    assert printer["subject"] == '\'=HYPERLINK("http://x")'  # defused
    hidden = tickets[desk.ids["hidden"]]
    assert (hidden["company"], hidden["charged_to"], hidden["amount"]) == (
        "Grupo Sur Contable", "flat", "300.00")  # fmt: skip

    norte = rows[5]
    assert (norte["company"], norte["total_minutes"], norte["warranty_minutes"],
            norte["contract_minutes"], norte["flat_minutes"], norte["amount"]) == (
        "Ferretería del Norte", "245", "90", "140", "15", "393.33")  # fmt: skip
    assert rows[-1]["amount"] == "693.33" and rows[-1]["flat_rate"] == "600"


def test_an_advisor_reports_a_company_by_name_into_a_file(desk, env, tmp_path) -> None:
    fill_hours(desk)
    target = tmp_path / "norte.csv"
    result = report(env, tmp_path, desk, "ana", "--period", "2025-03", "--company",
                    "ferretería del norte", "--format", "csv", "--output", target)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    rows = read_csv(target)
    assert {r["company"] for r in rows} == {"Ferretería del Norte"}
    assert [r["row"] for r in rows][-1] == "company"  # one company: no grand total


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                          check=True, timeout=TIMEOUT).stdout  # fmt: skip
    return unicodedata.normalize("NFKC", text)


def png_is_drawn(path: Path, *, share: float = 0.01) -> bool:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    greys = [image.pixelColor(x, y).lightness()
             for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)]  # fmt: skip
    mean = sum(greys) / len(greys)
    variance = sum((g - mean) ** 2 for g in greys) / len(greys)
    inked = sum(g < 200 for g in greys) / len(greys)
    return variance > 100 and inked > share


@needs_poppler
def test_pdf_renders_with_contracts_tickets_and_totals(desk, env, tmp_path) -> None:
    fill_hours(desk)
    target = tmp_path / "hours.pdf"
    result = report(env, tmp_path, desk, "admin", "--period", "2025-03", "--format", "pdf",
                    "--output", target)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "50", target, tmp_path / "page"], check=True,
                   timeout=TIMEOUT)  # fmt: skip
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 1 and png_is_drawn(pages[0])
    # A last page may hold just the grand totals, but never nothing.
    assert all(png_is_drawn(page, share=0.002) for page in pages[1:])
    text = pdf_text(target)
    for fragment in ("Hours report", "Ferretería del Norte", "Grupo Sur Contable",
                     "Bolsa enero", "Bolsa marzo", "Renews Bolsa enero (ended", "Exhausted", "Low",
                     "Error de facturación en CFDI", "Undecided", "Warranty", "333.33",
                     "393.33", "693.33", "Flat rate: 600.00 an hour", "All companies"):  # fmt: skip
        assert fragment in text, fragment


BAD = {
    "a period that is not one": (["--period", "2025-13"], "--period '2025-13'"),
    "an unknown format": (["--format", "xlsx"], "is not a report format: use csv, pdf"),
    "an unknown company": (["--company", "Nowhere"], "no company 'Nowhere' you may see"),
    "a company the advisor may not see": (["--company", "Grupo Sur Contable"],
                                          "no company 'Grupo Sur Contable'"),
    "an output folder that is not there": (["--output", "missing/h.csv"], "does not exist"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_exits_2_with_one_line_and_writes_nothing(desk, env, tmp_path, case) -> None:
    extra, fragment = BAD[case]
    args = {"--period": "2025-03", "--format": "csv"}
    pairs = iter(extra)
    for flag, value in zip(pairs, pairs, strict=True):
        args[flag] = value
    here = tmp_path / "here"  # (the workspace is in tmp_path too)
    here.mkdir()
    result = report(env, here, desk, "ana", *(x for pair in args.items() for x in pair))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("desk-app: error: "), result.stderr
    assert fragment in lines[0]
    assert result.stdout == ""
    assert list(here.iterdir()) == []
