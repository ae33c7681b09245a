"""Indexes that serve the ticket list's queues, filters and sort orders.

Revision ID: 0004_list_indexes
Revises: 0003_sync

The list shows one page in display order, so its best plan walks an index in that order and
stops after a page. Each list index holds every column the list filters on (visibility,
merge, status, level, the column filters, the due times), so the walk never reads the wide
ticket row: one for the default order (last updated), one for the SLA order (resolution
due), which also replaces the plain resolution-due index, and one for the most severe first
(an expression index on the criticality rank: the list's ORDER BY writes the same text).
Measured on 100,000 tickets (README "Speed"): a leader's All went from ~350 ms to ~5 ms.

The search index gains prefix indexes for one to three characters: search-as-you-type asks
for "c*" after the first keystroke, which without them merged the lists of every word
starting with c (~100 ms; with them ~3 ms). FTS5 options are fixed at creation, so the
table is rebuilt from its own content; its triggers refer to it by name and stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_list_indexes"
down_revision = "0003_sync"
branch_labels = None
depends_on = None

FILTER_COLUMNS = [
    "merged_into_id", "responsible_id", "created_by_id", "requester_id", "status", "level",
    "priority", "criticality", "channel", "flag", "first_response_at", "response_due_at",
]  # fmt: skip
# The list's criticality order (local_store.list_order), written out: a migration is frozen.
CRITICALITY_RANK = (
    "(CASE criticality WHEN 'minor' THEN 1 WHEN 'moderate' THEN 2 WHEN 'severe' THEN 3 "
    "WHEN 'critical' THEN 4 END)"
)
LIST_INDEXES: dict[str, list[str | sa.TextClause]] = {
    "ix_tickets_list_updated": ["updated_at", *FILTER_COLUMNS, "resolution_due_at"],
    "ix_tickets_list_due": ["resolution_due_at", *FILTER_COLUMNS, "updated_at"],
    "ix_tickets_list_criticality": [
        sa.text(CRITICALITY_RANK),
        *FILTER_COLUMNS,
        "updated_at",
        "resolution_due_at",
    ],
}
FTS_COLUMNS = "subject, body, comments, requester"
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def _rebuild_ticket_fts(options: str) -> None:
    op.execute(f"CREATE TEMP TABLE ticket_fts_copy AS SELECT rowid AS id, {FTS_COLUMNS} "
               "FROM ticket_fts")  # fmt: skip
    op.execute("DROP TABLE ticket_fts")
    op.execute(f"CREATE VIRTUAL TABLE ticket_fts USING fts5({FTS_COLUMNS}, {options})")
    op.execute(f"INSERT INTO ticket_fts (rowid, {FTS_COLUMNS}) "
               f"SELECT id, {FTS_COLUMNS} FROM ticket_fts_copy")  # fmt: skip
    op.execute("DROP TABLE ticket_fts_copy")


def upgrade() -> None:
    op.drop_index("ix_tickets_resolution_due_at", table_name="tickets")
    for name, columns in LIST_INDEXES.items():
        op.create_index(name, "tickets", columns)
    _rebuild_ticket_fts(f"{TOKENIZE}, prefix = '1 2 3'")


def downgrade() -> None:
    _rebuild_ticket_fts(TOKENIZE)
    for name in LIST_INDEXES:
        op.drop_index(name, table_name="tickets")
    op.create_index("ix_tickets_resolution_due_at", "tickets", ["resolution_due_at"])
