"""`desk-app contract list|add|renew` as real subprocesses on a demo workspace: the contract
and its outbox operation are written together, and bad input exits 2 and changes nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPANY = "Abarrotes Cafetera S.A.C."


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desk_app.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("contracts") / "ws"
    open_workspace(path, demo_size=200).close()  # the demo's leader is signed in
    return path


def run(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(path.parent / "config")}
    head = ["--workspace", str(path)]
    return subprocess.run([sys.executable, "-m", "desk_app", *head, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path / "desk.sqlite") as db:
        contracts = db.execute("SELECT count(*) FROM contracts").fetchone()[0]
        ops = db.execute("SELECT count(*) FROM outbox WHERE entity = 'contract'").fetchone()[0]
    return contracts, ops


ADD = ("contract", "add", "--company", COMPANY, "--name", "Bolsa de diciembre", "--kind",
       "monthly", "--hours", "12", "--rate", "780.00")  # fmt: skip


def test_a_contract_is_added_with_its_outbox_operation_and_listed(workspace: Path) -> None:
    before = counts(workspace)
    result = run(workspace, *ADD, "--from", "2026-12-01", "--to", "2027-05-31")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("contract #")
    assert counts(workspace) == (before[0] + 1, before[1] + 1)
    listed = run(workspace, "contract", "list", "--company", COMPANY.upper())
    assert listed.returncode == 0
    line = next(x for x in listed.stdout.splitlines() if "Bolsa de diciembre" in x)
    assert "monthly\t12 h\t780.00/h\t2026-12-01..2027-05-31" in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2027-01-01", "--to", "2026-12-01"), "cannot end before it starts"),
        (("--from", "2026-12-01", "--to", "2027-01-01", "--hours", "0"), "greater than zero"),
        (("--from", "2026-12-01", "--to", "2027-01-01", "--rate", "-5"), "rate"),
        (("--from", "2026-13-01", "--to", "2027-01-01"), "not a date"),
    ],
)
def test_bad_contracts_exit_2_and_change_nothing(workspace: Path, args: tuple[str, ...],
                                                 message: str) -> None:  # fmt: skip
    before = counts(workspace)
    result = run(workspace, *ADD, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert counts(workspace) == before


def test_renewal_and_who_may_manage(workspace: Path) -> None:
    before = counts(workspace)
    advisor = run(workspace, "--user", "asesor", *ADD, "--from", "2026-12-01", "--to",
                  "2027-01-31")  # fmt: skip
    assert advisor.returncode == 2 and "only a leader or an admin" in advisor.stderr
    added = run(workspace, *ADD, "--from", "2027-06-01", "--to", "2027-11-30", "--not-renewable")
    contract_id = added.stdout.strip().removeprefix("contract #")
    refused = run(workspace, "contract", "renew", contract_id)
    assert refused.returncode == 2 and "not renewable" in refused.stderr
    assert counts(workspace) == (before[0] + 1, before[1] + 1)
    unknown = run(workspace, "contract", "renew", "99999")
    assert unknown.returncode == 2 and "no contract 99999" in unknown.stderr
