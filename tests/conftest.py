"""Shared fixtures: a hermetic environment for Qt and the user folders, and a real desk.

`desk` is a real temporary workspace (SQLite, migrations, FTS triggers) filled through the
ORM: two partner companies, their requesters, a team with two advisors, a leader and an
admin, and tickets with comments and status history. Ana, an advisor, is the signed-in user.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# Before anything imports Qt: render offscreen unless the caller chose a platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt warns (and pytest-qt fails the test) when XDG_RUNTIME_DIR is missing.
if not os.path.isdir(os.environ.get("XDG_RUNTIME_DIR", "")):
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="desk-test-runtime-")
    os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)
# Never read or write the real user's settings or workspaces.
_USER_DIRS = Path(tempfile.mkdtemp(prefix="desk-test-home-"))
os.environ["XDG_CONFIG_HOME"] = str(_USER_DIRS / "config")
os.environ["XDG_DATA_HOME"] = str(_USER_DIRS / "data")

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# CI must not go red on an example Hypothesis happens to find today: there it replays the same
# examples every run; locally it keeps exploring (and a failure found here becomes an @example).
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

from desk_app.local_store.engine import Store, open_store  # noqa: E402
from desk_app.local_store.models import (  # noqa: E402
    Comment,
    Company,
    Person,
    Tag,
    Team,
    Ticket,
    TicketHistory,
    User,
    WorkspaceMeta,
)
from desk_app.local_store.visibility import CURRENT_USER_KEY, Viewer, viewer_for  # noqa: E402

# A Wednesday, 11:00 in Mexico City: inside business hours, no holiday.
NOW = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)


@dataclass
class Desk:
    path: Path
    store: Store
    now: datetime
    ids: dict[str, int] = field(default_factory=dict)

    def viewer(self, username: str = "ana") -> Viewer:
        with self.store.session() as session:
            return viewer_for(session, username)

    def add_ticket(self, subject: str, **fields: Any) -> int:
        """One more ticket (defaults: Ana's, in progress, from María, created an hour ago, the
        terms of attention accepted by its requester when it was created: pass
        terms_accepted_at=None for a ticket still waiting for them)."""
        created = fields.pop("created_at", self.now - timedelta(hours=1))
        updated = fields.pop("updated_at", created)
        status = fields.pop("status", "in_progress")
        comments = fields.pop("comments", ())
        history = fields.pop("history", None)
        values = {
            "body": "",
            "requester_id": self.ids["maria"],
            "responsible_id": self.ids["ana"],
            "created_by_id": self.ids["ana"],
            "ticket_type": "task",
            "priority": "normal",
            "criticality": None,
            "channel": "phone",
            "flag": "blue",
            "level": "L1",
            **fields,
        }
        if "terms_accepted_at" not in values:
            values["terms_accepted_at"] = created
            values.setdefault("terms_accepted_by_id", values["requester_id"])
            values.setdefault("terms_accepted_how", "portal")
        with self.store.transaction() as s:
            ticket = Ticket(subject=subject, status=status, created_at=created,
                            updated_at=updated, **values)  # fmt: skip
            s.add(ticket)
            s.flush()
            if history is None:
                history = [(created, "open"), (created, status)]
            previous = None
            for at, new in history:
                s.add(TicketHistory(ticket_id=ticket.id, at=at, field="status",
                                    old_value=previous, new_value=new))  # fmt: skip
                previous = new
            for author_id, author_name, public, body, at in comments:
                s.add(Comment(ticket_id=ticket.id, author_id=author_id, author_name=author_name,
                              is_public=public, body=body, created_at=at))  # fmt: skip
            return ticket.id


def _fill(desk: Desk) -> None:
    now = desk.now
    with desk.store.transaction() as s:
        team = Team(name="Mesa CDMX",
                    calendar={"country": "MX", "time_zone": "America/Mexico_City"})  # fmt: skip
        s.add(team)
        s.flush()
        norte = Company(name="Ferretería del Norte", name_key="ferreteria del norte", country="MX")
        sur = Company(name="Grupo Sur Contable", name_key="grupo sur contable", country="MX")
        s.add_all([norte, sur])
        s.flush()
        ana = User(username="ana", full_name="Ana López", role="advisor", team_id=team.id,
                   network=[norte])  # fmt: skip
        beto = User(username="beto", full_name="Beto Díaz", role="advisor", team_id=None,
                    network=[sur])  # fmt: skip
        lucia = User(username="lucia", full_name="Lucía Fernández", role="leader",
                     team_id=team.id)  # fmt: skip
        admin = User(username="admin", full_name="Administración", role="admin")
        maria = Person(full_name="María Pérez Gómez", company=norte,
                       emails=["maria@ferrenorte.mx"], phone="55 1234 5678",
                       phone_e164="+525512345678")  # fmt: skip
        jorge = Person(full_name="Jorge Ruiz", company=sur, emails=["jorge@gruposur.mx"])
        s.add_all([ana, beto, lucia, admin, maria, jorge])
        s.add(WorkspaceMeta(key=CURRENT_USER_KEY, value="ana"))
        s.flush()
        desk.ids.update(ana=ana.id, beto=beto.id, lucia=lucia.id, admin=admin.id,
                        maria=maria.id, jorge=jorge.id, norte=norte.id, sur=sur.id)  # fmt: skip
        s.add(Tag(name="facturación"))

    two_hours = now - timedelta(hours=2)
    desk.ids["invoice"] = desk.add_ticket(
        "Error de facturación en CFDI",
        body="El timbrado falla con el error 301 desde ayer.",
        priority="urgent",
        criticality="severe",
        created_at=two_hours,
        updated_at=now - timedelta(minutes=5),
        history=[(two_hours, "open"), (two_hours + timedelta(minutes=10), "in_progress")],
        comments=[
            (None, "María Pérez Gómez", True, "Adjunto la captura del error.",
             two_hours + timedelta(minutes=3)),
            (desk.ids["ana"], None, False, "Revisar certificado del PAC.",
             two_hours + timedelta(minutes=20)),
        ],
    )  # fmt: skip
    desk.ids["printer"] = desk.add_ticket(
        "La impresora de tickets no imprime",
        status="open",
        responsible_id=None,
        flag="none",
        created_at=now - timedelta(minutes=30),
        updated_at=now - timedelta(minutes=30),
    )
    closed_at = now - timedelta(days=1)
    desk.ids["closing"] = desk.add_ticket(
        "Cierre mensual de contabilidad",
        status="closed",
        criticality="minor",
        created_at=now - timedelta(days=2),
        updated_at=closed_at,
        resolved_at=closed_at,
        history=[
            (now - timedelta(days=2), "open"),
            (now - timedelta(days=2), "in_progress"),
            (closed_at, "closed"),
        ],
    )
    # Beto's, for a partner outside Ana's network: Ana must never see it.
    desk.ids["hidden"] = desk.add_ticket(
        "Acceso bloqueado al portal",
        requester_id=desk.ids["jorge"],
        responsible_id=desk.ids["beto"],
        created_by_id=desk.ids["beto"],
        created_at=now - timedelta(minutes=10),
        updated_at=now,  # the most recent of all: would be first if it leaked
    )


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "workspace"
    store = open_store(path)
    desk = Desk(path, store, NOW)
    _fill(desk)
    yield desk
    store.close()


@pytest.fixture
def fixed_clock() -> Callable[[], datetime]:
    return lambda: NOW


@pytest.fixture(autouse=True)
def _no_database_threads_left() -> Iterator[None]:
    """Fail a test that leaves a database worker thread running (napari-style leak check)."""
    yield
    worker = sys.modules.get("desk_app.ui.db_worker")
    if worker is not None:
        running = worker.DbRunner.running_instances()
        for runner in running:
            runner.shutdown()
        assert not running, f"{len(running)} database worker thread(s) left running"


def _load_rt_fixtures() -> Any:
    import importlib.util

    name = "desk_tests_rt_fixtures"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parent / "sync" / "rt_fixtures.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# The real Request Tracker (tests/sync/rt_fixtures.py), defined here at the root so that every
# folder's tests share one server per run instead of starting one per conftest.
_rt_fixtures = _load_rt_fixtures()
rt_server = _rt_fixtures.rt_server
rt_admin = _rt_fixtures.rt_admin
unique = _rt_fixtures.unique
