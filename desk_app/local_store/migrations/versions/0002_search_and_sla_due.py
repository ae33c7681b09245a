"""Full-text search (FTS5) over tickets and articles; SLA due-time cache columns.

Revision ID: 0002_search_and_sla_due
Revises: 0001_initial

Ticket search covers subject, body, every comment and the requester (name, company, emails),
so the index is a standalone FTS5 table kept current by triggers. Articles use an
external-content table. Both fold case and accents (unicode61 remove_diacritics 2), so
"facturacion" finds "Facturación".

A bulk load (local_store.bulk) drops these triggers and re-creates them from sqlite_master
inside its own transaction, indexing its rows with one INSERT ... SELECT instead.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_search_and_sla_due"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"

REQUESTER_TEXT = """(
    SELECT coalesce(p.full_name, '') || ' ' || coalesce(c.name, '') || ' '
           || coalesce(p.emails, '')
    FROM people p LEFT JOIN companies c ON c.id = p.company_id
    WHERE p.id = {ticket}.requester_id
)"""

STATEMENTS = [
    f"CREATE VIRTUAL TABLE ticket_fts USING fts5(subject, body, comments, requester, {TOKENIZE})",
    f"""CREATE TRIGGER ticket_fts_ai AFTER INSERT ON tickets BEGIN
        INSERT INTO ticket_fts (rowid, subject, body, comments, requester)
        VALUES (new.id, new.subject, new.body, '', {REQUESTER_TEXT.format(ticket="new")});
    END""",
    f"""CREATE TRIGGER ticket_fts_au AFTER UPDATE OF subject, body, requester_id ON tickets
    BEGIN
        UPDATE ticket_fts SET subject = new.subject, body = new.body,
            requester = {REQUESTER_TEXT.format(ticket="new")}
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER ticket_fts_ad AFTER DELETE ON tickets BEGIN
        DELETE FROM ticket_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER comment_fts_ai AFTER INSERT ON comments BEGIN
        UPDATE ticket_fts SET comments = comments || ' ' || new.body WHERE rowid = new.ticket_id;
    END""",
    """CREATE TRIGGER comment_fts_ad AFTER DELETE ON comments BEGIN
        UPDATE ticket_fts SET comments = (
            SELECT coalesce(group_concat(body, ' '), '') FROM comments
            WHERE ticket_id = old.ticket_id
        ) WHERE rowid = old.ticket_id;
    END""",
    f"""CREATE TRIGGER person_fts_au AFTER UPDATE OF full_name, emails, company_id ON people
    BEGIN
        UPDATE ticket_fts SET requester = {REQUESTER_TEXT.format(ticket="t")}
        FROM tickets t WHERE t.requester_id = new.id AND ticket_fts.rowid = t.id;
    END""",
    f"""CREATE TRIGGER company_fts_au AFTER UPDATE OF name ON companies BEGIN
        UPDATE ticket_fts SET requester = {REQUESTER_TEXT.format(ticket="t")}
        FROM tickets t JOIN people pp ON pp.id = t.requester_id
        WHERE pp.company_id = new.id AND ticket_fts.rowid = t.id;
    END""",
    f"""CREATE VIRTUAL TABLE article_fts USING fts5(
        title, summary, body, keywords, content='articles', content_rowid='id', {TOKENIZE})""",
    """CREATE TRIGGER article_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO article_fts (rowid, title, summary, body, keywords)
        VALUES (new.id, new.title, new.summary, new.body, new.keywords);
    END""",
    """CREATE TRIGGER article_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO article_fts (article_fts, rowid, title, summary, body, keywords)
        VALUES ('delete', old.id, old.title, old.summary, old.body, old.keywords);
    END""",
    """CREATE TRIGGER article_fts_au AFTER UPDATE ON articles BEGIN
        INSERT INTO article_fts (article_fts, rowid, title, summary, body, keywords)
        VALUES ('delete', old.id, old.title, old.summary, old.body, old.keywords);
        INSERT INTO article_fts (rowid, title, summary, body, keywords)
        VALUES (new.id, new.title, new.summary, new.body, new.keywords);
    END""",
]

# Index what a workspace written by 0001 already holds.
BACKFILL = [
    f"""INSERT INTO ticket_fts (rowid, subject, body, comments, requester)
        SELECT t.id, t.subject, t.body,
               coalesce((SELECT group_concat(c.body, ' ') FROM comments c
                         WHERE c.ticket_id = t.id), ''),
               coalesce({REQUESTER_TEXT.format(ticket="t")}, '')
        FROM tickets t""",
    "INSERT INTO article_fts (article_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    with op.batch_alter_table("tickets") as batch_op:
        batch_op.add_column(sa.Column("response_due_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("resolution_due_at", sa.DateTime(), nullable=True))
        batch_op.create_index("ix_tickets_resolution_due_at", ["resolution_due_at"])
    for statement in STATEMENTS + BACKFILL:
        op.execute(statement)


def downgrade() -> None:
    for name in ("ticket_fts", "article_fts"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    with op.batch_alter_table("tickets") as batch_op:
        batch_op.drop_index("ix_tickets_resolution_due_at")
        batch_op.drop_column("resolution_due_at")
        batch_op.drop_column("response_due_at")
