"""Indexes that serve the ticket list's queues, filters and sort orders.

Revision ID: 0004_list_indexes
Revises: 0003_sync
"""

from __future__ import annotations

revision = "0004_list_indexes"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
