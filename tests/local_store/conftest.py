from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desk_app.local_store.engine import Store, open_store
from desk_app.local_store.models import Company, Person, Team, User, WorkspaceMeta
from desk_app.local_store.visibility import CURRENT_USER_KEY, Viewer, viewer_for

NOW = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # a Friday, 11:00 in Mexico City


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "ws")
    yield opened
    opened.close()


@pytest.fixture
def people(store: Store) -> dict[str, int]:
    """Two advisors in one team with one partner each, a leader, an admin, two requesters."""
    with store.transaction() as s:
        team = Team(name="Mesa CDMX", calendar={"country": "MX"})
        other_team = Team(name="Mesa Lima", calendar={"country": "PE"})
        s.add_all([team, other_team])
        s.flush()
        acme = Company(name="Ferretería Azteca", name_key="ferreteria azteca", country="MX")
        sol = Company(name="Farmacias del Sol", name_key="farmacias del sol", country="MX")
        s.add_all([acme, sol])
        s.flush()
        ana = User(username="ana", full_name="Ana López", role="advisor", team_id=team.id,
                   network=[acme])  # fmt: skip
        beto = User(username="beto", full_name="Beto Díaz", role="advisor",
                    team_id=other_team.id, network=[sol])  # fmt: skip
        lead = User(username="lucia", full_name="Lucía Fernández", role="leader", team_id=team.id)
        admin = User(username="admin", full_name="Admin", role="admin")
        s.add_all([ana, beto, lead, admin])
        jose = Person(full_name="José Núñez", company=acme, emails=["jose@azteca.mx"])
        rosa = Person(full_name="Rosa Quispe", company=sol, emails=["rosa@sol.pe"])
        s.add_all([jose, rosa])
        s.add(WorkspaceMeta(key=CURRENT_USER_KEY, value="ana"))
        s.flush()
        return {"ana": ana.id, "beto": beto.id, "lucia": lead.id, "admin": admin.id,
                "jose": jose.id, "rosa": rosa.id, "acme": acme.id, "sol": sol.id}  # fmt: skip


@pytest.fixture
def viewer_of(store: Store, people: dict[str, int]):
    def get(username: str) -> Viewer:
        with store.session() as s:
            return viewer_for(s, username)

    return get
