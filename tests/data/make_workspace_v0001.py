"""Recreate workspace_v0001/desk.sqlite: a workspace as schema 0001 wrote it, with data.

Kept for the record; the committed file is what the migration test opens. Run from the repo
root: `python tests/data/make_workspace_v0001.py`.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from desk_app.local_store.migrate import MIGRATIONS_DIR

TARGET = Path(__file__).with_name("workspace_v0001") / "desk.sqlite"

ROWS = [
    "INSERT INTO teams (id, name, calendar) VALUES (1, 'Mesa CDMX', '{\"country\": \"MX\"}')",
    "INSERT INTO users (id, uid, username, full_name, email, role, level, team_id, is_active) "
    "VALUES (1, 'u1', 'asesor', 'Mariana García', 'm@x.mx', 'advisor', 'L1', 1, 1)",
    "INSERT INTO companies (id, uid, name, name_key, country, created_at) "
    "VALUES (1, 'c1', 'Farmacias Guadalupana S.A. de C.V.', "
    "'farmacias guadalupana s.a. de c.v.', 'MX', '2026-01-05 15:00:00.000000')",
    "INSERT INTO people (id, uid, full_name, company_id, emails, phone, phone_e164, "
    "is_key_user, is_backup_user, created_at) VALUES (1, 'p1', 'José Núñez Ortiz', 1, "
    "'[\"jose@guadalupana.mx\"]', '55 1234 5678', '+525512345678', 1, 0, "
    "'2026-01-05 15:00:00.000000')",
    "INSERT INTO user_network (user_id, company_id) VALUES (1, 1)",
    "INSERT INTO tickets (id, uid, subject, body, requester_id, responsible_id, created_by_id, "
    "ticket_type, priority, criticality, channel, status, flag, level, custom_fields, "
    "created_at, updated_at) VALUES (1, 't1', 'No timbra la factura A-1001', "
    "'Error 301 al timbrar la facturación electrónica', 1, 1, 1, 'problem', 'urgent', "
    "'critical', 'phone', 'in_progress', 'blue', 'L1', '{}', "
    "'2026-01-09 22:00:00.000000', '2026-01-09 23:00:00.000000')",
    "INSERT INTO ticket_history (ticket_id, user_id, at, field, old_value, new_value, "
    "from_sync) VALUES (1, 1, '2026-01-09 22:00:00.000000', 'status', NULL, 'open', 0), "
    "(1, 1, '2026-01-09 23:00:00.000000', 'status', 'open', 'in_progress', 0)",
    "INSERT INTO comments (uid, ticket_id, author_id, is_public, body, created_at) VALUES "
    "('k1', 1, 1, 0, 'Revisé la bitácora del PAC', '2026-01-09 23:00:00.000000')",
    "INSERT INTO articles (id, uid, title, summary, body, keywords, is_faq, state, updated_at) "
    "VALUES (1, 'a1', 'Errores al timbrar CFDI', 'Códigos 301 y 305', 'Revisa el RFC', "
    "'facturación', 1, 'published', '2026-01-01 00:00:00.000000')",
]


def main() -> None:
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{TARGET}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_initial")
        for row in ROWS:
            connection.execute(text(row))
    engine.dispose()


if __name__ == "__main__":
    main()
