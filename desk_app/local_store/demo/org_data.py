"""Demo companies, people, teams, users and the knowledge base."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from desk_app.domain.roles import Role
from desk_app.domain.text import fold
from desk_app.local_store.demo import vocab
from desk_app.local_store.demo.contract_data import CONTRACT_COLUMNS, ContractOffer
from desk_app.local_store.demo.tables import DemoData, ts, uid

# The country decides phone prefix and business calendar; most partners are Mexican.
COUNTRIES = (("MX", "+52", 0.7), ("CO", "+57", 0.2), ("PE", "+51", 0.1))
TEAM_NAME = "Mesa CDMX"  # team 1, the signed-in leader's
TEAM_CALENDARS = {
    "Mesa CDMX": {"country": "MX", "time_zone": "America/Mexico_City"},
    "Mesa Bogotá": {"country": "CO", "time_zone": "America/Bogota"},
}


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.LAST_NAMES)} " + rng.choice(
        vocab.LAST_NAMES
    )


def _phone(rng: random.Random, prefix: str) -> tuple[str, str]:
    if prefix == "+52":
        digits = "55" + "".join(rng.choice("0123456789") for _ in range(8))
        return f"{digits[:2]} {digits[2:6]} {digits[6:]}", prefix + digits
    if prefix == "+57":
        digits = "3" + "".join(rng.choice("0123456789") for _ in range(9))
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}", prefix + digits
    digits = "9" + "".join(rng.choice("0123456789") for _ in range(8))
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}", prefix + digits


def _email(name: str, company: str) -> str:
    user = ".".join(fold(name).split()[:2])
    domain = "".join(fold(company).split()[:2])
    return f"{user}@{''.join(ch for ch in domain if ch.isalnum())}.com"


def add_org(
    data: DemoData,
    rng: random.Random,
    companies: int,
    now: datetime,
    offers: dict[int, ContractOffer],
) -> dict[str, list[int]]:
    """Teams, users, companies with people, and what each company was offered for a contract
    (into `offers`: contract_data makes the contracts once the tickets' time is known).
    Returns ids grouped by kind."""
    created = ts(now - timedelta(days=400))
    teams = data.table("teams", "id", "name", "calendar")
    for team_id, (name, calendar) in enumerate(TEAM_CALENDARS.items(), start=1):
        teams.add(team_id, name, json.dumps(calendar))

    users = data.table(
        "users", "id", "uid", "username", "full_name", "email", "role", "level", "team_id",
        "is_active",
    )  # fmt: skip
    advisors: list[int] = []
    leaders: list[int] = []
    members: dict[int | None, list[int]] = {1: [], 2: []}
    staff: list[tuple[str, str, Role, str, int | None]] = [
        ("lfernandez", "Lucía Fernández Ruiz", Role.LEADER, "L2", 1),
        ("admin", "Administración de la mesa", Role.ADMIN, "L3", None),
        ("crojas", "Camilo Rojas Valencia", Role.LEADER, "L2", 2),
    ]
    for index in range(14):
        team = 1 if index < 10 else 2
        level = "L2" if index % 4 == 3 else "L1"
        username = "asesor" if index == 0 else f"asesor{index + 1:02d}"
        full = "Mariana García Torres" if index == 0 else person_name(rng)
        staff.append((username, full, Role.ADVISOR, level, team))
    for user_id, (username, full, role, level, member_team) in enumerate(staff, start=1):
        users.add(user_id, uid(rng), username, full, f"{username}@mesa-demo.mx", role.value,
                  level, member_team, 1)  # fmt: skip
        (advisors if role is Role.ADVISOR else leaders).append(user_id)
        if role is Role.ADVISOR:
            members.setdefault(member_team, []).append(user_id)
    # The leader signs in: the board and the KPIs of her team are what the demo shows first.
    data.current_username = "lfernandez"

    companies_t = data.table(
        "companies", "id", "uid", "name", "name_key", "partner_tier", "country", "created_at"
    )
    people = data.table(
        "people", "id", "uid", "full_name", "company_id", "position", "emails", "phone",
        "phone_e164", "is_key_user", "is_backup_user", "created_at",
    )  # fmt: skip
    data.table("contracts", *CONTRACT_COLUMNS)  # here for the foreign-key order; rows later
    network = data.table("user_network", "user_id", "company_id")
    seen: set[str] = set()
    person_ids: list[int] = []
    company_ids: list[int] = []
    person_id = 0
    for company_id in range(1, companies + 1):
        name = ""
        while not name or fold(name) in seen:
            name = (f"{rng.choice(vocab.COMPANY_KINDS)} {rng.choice(vocab.COMPANY_NAMES)} "
                    f"{rng.choice(vocab.COMPANY_SUFFIX)}")  # fmt: skip
            if fold(name) in seen:
                name = f"{name.rsplit(' ', 1)[0]} {company_id} {name.rsplit(' ', 1)[1]}"
        seen.add(fold(name))
        roll = rng.random()
        country, prefix = next((c, p) for c, p, w in COUNTRIES if (roll := roll - w) < 0)
        tier = rng.choice(("diamond", "platinum", None, None))
        companies_t.add(company_id, uid(rng), name, fold(name), tier, country, created)
        company_ids.append(company_id)
        for slot in range(rng.randint(2, 4)):
            person_id += 1
            full = person_name(rng)
            phone, e164 = _phone(rng, prefix)
            people.add(person_id, uid(rng), full, company_id, rng.choice(vocab.POSITIONS),
                       json.dumps([_email(full, name)]), phone, e164, int(slot == 0),
                       int(slot == 1), created)  # fmt: skip
            person_ids.append(person_id)
        annual = rng.random() < 0.5
        offers[company_id] = ContractOffer(
            uid(rng),
            annual,
            rng.choice((10, 20, 40, 80)),
            rng.choice(("650.00", "780.00", "900.00")),
        )
        # Every partner is in exactly one advisor's network (1 advisor per ~30 partners).
        network.add(advisors[(company_id - 1) % len(advisors)], company_id)
    return {"advisors": advisors, "leaders": leaders, "people": person_ids,
            "companies": company_ids, "team": members[1], "other_team": members[2]}  # fmt: skip


def add_reference(data: DemoData) -> dict[str, int]:
    """Categories, queues and tags; returns category ids by "Category/Subcategory"."""
    categories = data.table("categories", "id", "name", "parent_id")
    by_path: dict[str, int] = {}
    next_id = 1
    for name, subs in vocab.CATEGORIES.items():
        parent = next_id
        categories.add(parent, name, None)
        by_path[name] = parent
        next_id += 1
        for sub in subs:
            categories.add(next_id, sub, parent)
            by_path[f"{name}/{sub}"] = next_id
            next_id += 1
    queues = data.table("queues", "id", "name", "level")
    for queue_id, level in enumerate(("L1", "L2", "L3"), start=1):
        queues.add(queue_id, f"Nivel {level[1]}", level)
    tags = data.table("tags", "id", "name")
    for tag_id, tag in enumerate(vocab.TAGS, start=1):
        tags.add(tag_id, tag)
    return by_path


def add_knowledge(data: DemoData, rng: random.Random, count: int, now: datetime) -> None:
    folders = data.table("kb_categories", "id", "name", "parent_id")
    folder_ids: dict[str, int] = {}
    for name in [*vocab.CATEGORIES, "Servicio"]:
        folder_ids[name] = len(folder_ids) + 1
        folders.add(folder_ids[name], name, None)
    articles = data.table(
        "articles", "id", "uid", "category_id", "title", "summary", "body", "keywords",
        "is_faq", "state", "updated_at",
    )  # fmt: skip
    for index in range(count):
        title, summary, body, folder, faq = vocab.KB_ARTICLES[index % len(vocab.KB_ARTICLES)]
        if index >= len(vocab.KB_ARTICLES):
            # Larger knowledge bases (benchmarks) vary the same material per product version.
            version = f"{10 + index % 9}.{index % 7}"
            title = f"{title} (versión {version})"
            body = f"{body} Aplica a la versión {version}; revisión {index}."
        updated = ts(now - timedelta(days=rng.randint(0, 300)))
        articles.add(index + 1, uid(rng), folder_ids[folder], title, summary, body,
                     folder.lower(), int(faq), "published", updated)  # fmt: skip
    canned = data.table("canned_responses", "id", "uid", "title", "body", "language")
    for canned_id, (title, body) in enumerate(vocab.CANNED_RESPONSES, start=1):
        canned.add(canned_id, uid(rng), title, body, "es")
