"""Sync engine state: last synced version of each ticket (merge base) and conflict records.

Revision ID: 0003_sync
Revises: 0002_search_and_sla_due
"""

from __future__ import annotations

revision = "0003_sync"
down_revision = "0002_search_and_sla_due"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
