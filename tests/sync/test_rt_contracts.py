"""Contracts (SPEC §6) ↔ assets in RT's catalog "Partner Desk Contracts", against the real RT.

Each test uses companies and contract names of its own (`unique`), because the RT is shared
by the whole test session.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select

from desk_app.local_store.contract_writes import ContractDraft, save_contract
from desk_app.local_store.engine import Store
from desk_app.local_store.models import Company, Contract, OutboxOp, Person
from desk_app.local_store.people_writes import NewCompany, create_company
from desk_app.local_store.ticket_writes import ValidationError
from desk_app.local_store.visibility import viewer_for
from desk_app.sync import push as push_module
from desk_app.sync.connector import InvalidRemoteData, PushOp
from desk_app.sync.engine import SyncEngine, SyncProgress
from desk_app.sync.rt import RtConnector
from desk_app.sync.rt.contracts import CATALOG, KEY_FIELD

ACCEPTED = datetime(2026, 2, 2, 16, 30, 5, tzinfo=UTC)


def _load_fixtures() -> ModuleType:
    name = "engine_fixtures"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


fx = _load_fixtures()


class Side:
    def __init__(self, rt_server: Any, folder: Path, username: str) -> None:
        self.username = username
        self.store: Store = fx.advisor_workspace(folder, username)
        self.connector = RtConnector(rt_server.url, username, rt_server.users[username])

    def sync(self, phases: list[str] | None = None) -> None:
        def progress(step: SyncProgress) -> None:
            if phases is not None:
                phases.append(step.phase)

        SyncEngine(self.store, self.connector).run_once(progress=progress)

    def contract(self, **where: Any) -> Contract | None:
        with self.store.session() as s:
            query = select(Contract).where(*(getattr(Contract, k) == v for k, v in where.items()))
            return s.scalars(query).first()

    def count(self, model: Any) -> int:
        with self.store.session() as s:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

    def close(self) -> None:
        self.connector.close()
        self.store.close()


@pytest.fixture
def ana(rt_server: Any, tmp_path: Path) -> Iterator[Side]:
    side = Side(rt_server, tmp_path / "a", "ana")
    yield side
    side.close()


@pytest.fixture
def bruno(rt_server: Any, tmp_path: Path) -> Iterator[Side]:
    side = Side(rt_server, tmp_path / "b", "bruno")
    yield side
    side.close()


def _company(side: Side, name: str) -> int:
    with side.store.transaction() as s:
        return create_company(s, NewCompany(name=name, country="MX"), datetime.now(UTC)).id


def _save(side: Side, company_id: int, name: str, /, **changes: Any) -> Contract:
    values: dict[str, Any] = {
        "company_id": company_id,
        "name": name,
        "period_kind": "annual",
        "hours": 120,
        "hourly_rate": "850.50",
        "starts_on": date(2026, 1, 1),
        "ends_on": date(2026, 12, 31),
        "renewable": True,
        "terms_accepted_at": ACCEPTED,
        **changes,
    }
    with side.store.transaction() as s:
        if "terms_accepted_by_id" not in values:
            maria = s.scalars(select(Person).where(Person.full_name.like("María%"))).one()
            values["terms_accepted_by_id"] = maria.id
        return save_contract(s, viewer_for(s, side.username), ContractDraft(**values),
                             datetime.now(UTC))  # fmt: skip


def _assets_with_key(rt_admin: Any, rt_server: Any, key: str) -> list[dict[str, Any]]:
    query = [{"field": f"CF.{{{KEY_FIELD}}}", "value": key}]
    params = {"fields": "Name,Catalog,CustomFields", "per_page": 100}
    answer = rt_admin.post(f"{rt_server.rest}/assets", params=params, json=query, timeout=15)
    answer.raise_for_status()
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def _cfs(asset: dict[str, Any]) -> dict[str, str]:
    return {cf["name"]: (cf["values"] or [""])[0] for cf in asset["CustomFields"]}


def _catalog_id(rt_admin: Any, rt_server: Any) -> str:
    items = rt_admin.get(f"{rt_server.rest}/catalogs/all", params={"fields": "Name"}).json()
    return next(str(c["id"]) for c in items["items"] if c["Name"] == CATALOG)


def test_saved_contract_reaches_rt_as_asset_and_the_other_workspace(
    ana: Side, bruno: Side, rt_admin: Any, rt_server: Any, unique: Any
) -> None:
    company = unique("Abarrotes")
    contract = _save(ana, _company(ana, company), unique("Bolsa anual"))
    phases: list[str] = []
    ana.sync(phases)
    assert "pull_contracts" in phases

    [asset] = _assets_with_key(rt_admin, rt_server, contract.uid)
    assert asset["Name"] == contract.name
    assert str(asset["Catalog"]["id"]) == _catalog_id(rt_admin, rt_server)
    assert _cfs(asset) == {
        "Contract Company": company,
        "Contract Period": "annual",
        "Contract Hours": "120",
        "Contract Hourly Rate": "850.50",
        "Contract Starts": "2026-01-01",
        "Contract Ends": "2026-12-31",
        "Contract Renewable": "yes",
        "Contract Terms Accepted": "2026-02-02T16:30:05Z",
        "Contract Terms Accepted By": "maria@ferrenorte.mx",
        KEY_FIELD: contract.uid,
    }
    mine = ana.contract(uid=contract.uid)
    assert mine is not None and mine.remote_id == str(asset["id"])

    # A local change goes out as an update of the same asset.
    with ana.store.session() as s:
        company_id = s.scalars(select(Company.id).where(Company.name == company)).one()
    _save(ana, company_id, contract.name, hours=200, renewable=False, contract_id=mine.id)
    ana.sync()
    [asset] = _assets_with_key(rt_admin, rt_server, contract.uid)
    assert (_cfs(asset)["Contract Hours"], _cfs(asset)["Contract Renewable"]) == ("200", "no")

    bruno.sync()
    theirs = bruno.contract(remote_id=str(asset["id"]))
    assert theirs is not None and theirs.uid == contract.uid
    assert (theirs.name, theirs.hours, theirs.renewable) == (contract.name, 200, False)
    assert theirs.hourly_rate == Decimal("850.50") and theirs.period_kind == "annual"
    assert (theirs.starts_on, theirs.ends_on) == (date(2026, 1, 1), date(2026, 12, 31))
    assert theirs.terms_accepted_at is not None
    assert theirs.terms_accepted_at.replace(tzinfo=UTC) == ACCEPTED
    with bruno.store.session() as s:
        assert s.get(Company, theirs.company_id).name == company  # type: ignore[union-attr]
        person = s.get(Person, theirs.terms_accepted_by_id)
        assert person is not None and person.emails == ["maria@ferrenorte.mx"]


def test_retried_push_creates_no_second_asset(
    ana: Side, rt_admin: Any, rt_server: Any, unique: Any
) -> None:
    contract = _save(ana, _company(ana, unique("Papelería")), unique("Bolsa mensual"),
                     period_kind="monthly", hours=10)  # fmt: skip
    with ana.store.session() as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity_uid == contract.uid)).one()
        built = push_module.build(s, op)
    assert isinstance(built, PushOp)
    first = ana.connector.push(built)
    again = ana.connector.push(built)  # the answer to the first was lost: sent again
    assert not first.already_applied and again.already_applied
    assert again.remote_id == first.remote_id
    assert len(_assets_with_key(rt_admin, rt_server, contract.uid)) == 1


def test_asset_made_and_changed_on_rt_reaches_the_workspace(
    ana: Side, rt_admin: Any, rt_server: Any, unique: Any
) -> None:
    company, name = unique("Ferretería Sur"), unique("Soporte 2026")
    made = rt_admin.post(f"{rt_server.rest}/asset", timeout=15, json={
        "Name": name, "Catalog": CATALOG, "CustomFields": {
            "Contract Company": company, "Contract Period": "monthly", "Contract Hours": "15",
            "Contract Hourly Rate": "600", "Contract Starts": "2026-03-01",
            "Contract Ends": "2026-03-31", "Contract Renewable": "yes"}})  # fmt: skip
    assert made.status_code == 201, made.text
    asset_id = str(made.json()["id"])
    ana.sync()
    got = ana.contract(remote_id=asset_id)
    assert got is not None
    assert (got.name, got.period_kind, got.hours, got.hourly_rate) == (
        name, "monthly", 15, Decimal("600.00"))  # fmt: skip
    assert got.terms_accepted_at is None and got.terms_accepted_by_id is None
    with ana.store.session() as s:
        assert s.get(Company, got.company_id).name == company  # type: ignore[union-attr]
        # Pulled, not made here: nothing goes back out.
        assert s.scalar(select(func.count()).select_from(OutboxOp)
                        .where(OutboxOp.entity == "contract")) == 0  # fmt: skip

    changed = rt_admin.put(f"{rt_server.rest}/asset/{asset_id}", timeout=15, json={
        "CustomFields": {"Contract Hours": "25", "Contract Renewable": "no"}})  # fmt: skip
    assert changed.status_code == 200, changed.text
    ana.sync()
    got = ana.contract(remote_id=asset_id)
    assert got is not None and (got.hours, got.renewable) == (25, False)
    with ana.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Contract)
                        .where(Contract.remote_id == asset_id)) == 1  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"ends_on": date(2025, 12, 31)}, "ends_on", "cannot end before it starts"),
        ({"hours": 0}, "hours", "greater than zero"),
        ({"hourly_rate": "-1"}, "hourly_rate", "cannot be negative"),
        ({"hourly_rate": "mucho"}, "hourly_rate", "not a number"),
        ({"company_id": 999_999}, "company", "does not exist"),
        ({"period_kind": "weekly"}, "period_kind", "monthly, annual"),
        ({"name": "  "}, "name", "name is required"),
    ],
)
def test_bad_contract_input_changes_nothing(
    ana: Side, changes: dict[str, Any], field: str, message: str
) -> None:
    company_id = _company(ana, "Abarrotes Prueba")
    before = (ana.count(Contract), ana.count(OutboxOp))
    with pytest.raises(ValidationError) as error:
        _save(ana, company_id, "Bolsa", **changes)
    assert message in error.value.errors[field]
    assert (ana.count(Contract), ana.count(OutboxOp)) == before


def test_connector_refuses_an_invalid_contract_before_sending(ana: Side) -> None:
    fields = {"name": "X", "company_name": "Y", "period_kind": "weekly", "hours": 5,
              "hourly_rate": "1", "starts_on": "2026-01-01", "ends_on": "2026-02-01"}  # fmt: skip
    bad = PushOp("k" * 32, "contract", "create", "k" * 32, None, fields)
    with pytest.raises(InvalidRemoteData, match="weekly"):
        ana.connector.push(bad)


def test_setup_reports_nothing_missing_for_contracts(rt_server: Any) -> None:
    # The fixture's root setup already made everything; a second run only reads.
    admin = RtConnector(rt_server.url, "root", rt_server.users["root"])
    try:
        assert admin.ensure_setup() == []
    finally:
        admin.close()


def test_setup_names_the_asset_fields_an_administrator_must_add(
    rt_server: Any, rt_admin: Any
) -> None:
    query = [{"field": "Name", "value": "Contract Hours"}]
    found = rt_admin.post(f"{rt_server.rest}/customfields", json=query, timeout=15).json()
    [hours_cf] = [str(cf["id"]) for cf in found["items"]]
    admin = RtConnector(rt_server.url, "root", rt_server.users["root"])
    # Disabled for this test only: as if an administrator had never applied it.
    rt_admin.put(f"{rt_server.rest}/customfield/{hours_cf}", json={"Disabled": 1}, timeout=15)
    try:
        with pytest.raises(InvalidRemoteData) as error:
            admin.ensure_setup()
    finally:
        rt_admin.put(f"{rt_server.rest}/customfield/{hours_cf}", json={"Disabled": 0}, timeout=15)
        admin.close()
    text = str(error.value)
    assert "asset field 'Contract Hours'" in text and CATALOG in text
    assert "Contract Company" not in text
    again = RtConnector(rt_server.url, "root", rt_server.users["root"])
    try:
        assert again.ensure_setup() == []  # back in place for the other tests
    finally:
        again.close()
