"""`desk-app export` as a user runs it: a real subprocess on a real workspace."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desk_app.local_store.export import csv_cell
from desk_app.local_store.models import Article, Call, KbCategory, SurveyAnswer, Tag, Ticket

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 180


@pytest.fixture
def home(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


def run(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desk_app", *map(str, args)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=TIMEOUT,
                          check=False)  # fmt: skip


def one_error_line(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("desk-app: error: ") and fragment in lines[0]


def test_tickets_as_json_hold_their_fields_within_visibility(home, desk) -> None:
    with desk.store.transaction() as s:
        s.get(Ticket, desk.ids["invoice"]).tags = [s.query(Tag).one()]
    result = run(home, "export", "tickets", "--format", "json", "--workspace", desk.path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    # Beto's ticket for a partner outside Ana's network never leaves the workspace.
    assert set(rows) == {desk.ids["invoice"], desk.ids["printer"], desk.ids["closing"]}
    invoice = rows[desk.ids["invoice"]]
    assert invoice["subject"] == "Error de facturación en CFDI"
    assert (invoice["status"], invoice["priority"], invoice["criticality"]) == (
        "in_progress", "urgent", "severe")  # fmt: skip
    assert invoice["requester"] == "María Pérez Gómez"
    assert invoice["requester_email"] == "maria@ferrenorte.mx"
    assert invoice["company"] == "Ferretería del Norte"
    assert (invoice["responsible"], invoice["responsible_name"]) == ("ana", "Ana López")
    assert invoice["comments"] == 2 and invoice["tags"] == ["facturación"]
    assert invoice["created_at"] == (desk.now - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert {"response_due_at", "resolution_due_at", "due_at"} <= set(invoice)
    assert rows[desk.ids["printer"]]["responsible"] is None
    assert rows[desk.ids["closing"]]["resolved_at"] is not None


def test_csv_defuses_formulas_and_keeps_numbers(home, desk, tmp_path) -> None:
    evil = desk.add_ticket('=HYPERLINK("http://evil.example","clic")', body="+1+1",
                           department="@SUM(A1:A9)", status="open")  # fmt: skip
    out = tmp_path / "tickets.csv"
    result = run(home, "export", "tickets", "--format", "csv", "--output", out,
                 "--workspace", desk.path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"wrote 4 tickets to {out}" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
    with out.open(newline="", encoding="utf-8") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    row = rows[str(evil)]
    assert row["subject"] == '\'=HYPERLINK("http://evil.example","clic")'
    assert row["body"] == "'+1+1"
    assert row["department"] == "'@SUM(A1:A9)"
    assert row["comments"] == "0" and row["flag"] == "blue"
    # No cell of the file starts a formula any more.
    for values in rows.values():
        assert not any(v and v[0] in "=+-@\t\r" for v in values.values())

    assert csv_cell("-2+3") == "'-2+3" and csv_cell(-5) == "-5" and csv_cell(None) == ""
    assert csv_cell(["b", "=x"]) == "b; =x" and csv_cell(["=x"]) == "'=x"
    assert csv_cell(True) == "true" and csv_cell("\tcmd") == "'\tcmd"


def test_calls_and_articles_carry_what_the_cache_holds(home, desk) -> None:
    now = desk.now
    with desk.store.transaction() as s:
        seconds = [now + timedelta(seconds=n) for n in (12, 312, 372)]
        call = Call(direction="inbound", number_raw="55 1234 5678", number_e164="+525512345678",
                    caller_name="María", person_id=desk.ids["maria"], company_id=desk.ids["norte"],
                    advisor_id=desk.ids["ana"], started_at=now, answered_at=seconds[0],
                    ended_at=seconds[1], wrap_up_ended_at=seconds[2], hold_seconds=30,
                    outcome="ticket_updated", notes="=cmd")  # fmt: skip
        call.id = 1
        s.add(call)
        # Never answered: it rang from start to hang-up, and nobody talked.
        s.add(Call(id=2, direction="inbound", number_raw="55 8765 4321", started_at=now,
                   advisor_id=desk.ids["ana"], ended_at=now + timedelta(seconds=25),
                   outcome="missed"))  # fmt: skip
        s.flush()
        s.execute(Call.metadata.tables["call_tickets"].insert(),
                  [{"call_id": call.id, "ticket_id": desk.ids["invoice"]}])  # fmt: skip
        s.add(SurveyAnswer(call_id=call.id, advisor_id=desk.ids["ana"], answered_at=now,
                           csat=5, ces=2, nps=9))  # fmt: skip
        parent = KbCategory(name="Facturación")
        s.add(parent)
        s.flush()
        child = KbCategory(name="CFDI 4.0", parent_id=parent.id)
        s.add(child)
        s.flush()
        s.add(Article(title="Error 301 del PAC", summary="Qué hacer", body="Renueva el CSD.",
                      keywords="pac timbrado", is_faq=True, category_id=child.id))  # fmt: skip

    calls = run(home, "export", "calls", "--format", "json", "--workspace", desk.path)
    assert calls.returncode == 0, calls.stderr
    row, missed = json.loads(calls.stdout)
    assert (row["number"], row["contact"], row["company"], row["advisor"]) == (
        "55 1234 5678", "María Pérez Gómez", "Ferretería del Norte", "ana")  # fmt: skip
    assert (row["ring_seconds"], row["talk_seconds"], row["hold_seconds"],
            row["wrap_up_seconds"]) == (12, 270, 30, 60)  # talk excludes the hold  # fmt: skip
    assert (missed["ring_seconds"], missed["talk_seconds"], missed["wrap_up_seconds"]) == (
        25, None, None)  # fmt: skip
    assert row["linked_tickets"] == [desk.ids["invoice"]]
    assert (row["csat"], row["ces"], row["nps"]) == (5, 2, 9)
    assert row["outcome"] == "ticket_updated" and row["notes"] == "=cmd"  # JSON is not a sheet

    articles = run(home, "export", "articles", "--format", "csv", "--workspace", desk.path)
    assert articles.returncode == 0, articles.stderr
    (article,) = csv.DictReader(io.StringIO(articles.stdout))
    assert article["category_path"] == "Facturación / CFDI 4.0"
    assert (article["title"], article["is_faq"]) == ("Error 301 del PAC", "true")


def test_a_demo_workspace_exports_every_kind_in_both_formats(home, tmp_path) -> None:
    workspace = tmp_path / "demo"
    from desk_app.services.workspace import open_workspace

    opened = open_workspace(workspace, demo_size=300)
    opened.close()
    for kind in ("tickets", "articles", "calls"):
        as_json = run(home, "export", kind, "--format", "json", "--workspace", workspace)
        as_csv = run(home, "export", kind, "--format", "csv", "--workspace", workspace)
        assert as_json.returncode == as_csv.returncode == 0, as_json.stderr + as_csv.stderr
        rows = json.loads(as_json.stdout)
        table = list(csv.reader(io.StringIO(as_csv.stdout)))
        assert rows and len(table) == len(rows) + 1
        assert table[0] == list(rows[0])  # same columns, same order
        assert [str(r["id"]) for r in rows] == [line[0] for line in table[1:]]


def test_bad_exports_fail_with_one_line_and_write_nothing(home, desk, tmp_path) -> None:
    missing = run(home, "export", "tickets", "--format", "csv", "--workspace", tmp_path / "none")
    assert missing.returncode == 2
    one_error_line(missing, "no workspace at")
    assert not (tmp_path / "none").exists()

    folder = run(home, "export", "calls", "--format", "json", "--output",
                 tmp_path / "nowhere" / "calls.json", "--workspace", desk.path)  # fmt: skip
    assert folder.returncode == 2
    one_error_line(folder, "does not exist")

    usage = run(home, "export", "people", "--format", "csv", "--workspace", desk.path)
    assert usage.returncode == 2 and "invalid choice" in usage.stderr
    no_format = run(home, "export", "tickets", "--workspace", desk.path)
    assert no_format.returncode == 2 and "--format" in no_format.stderr
