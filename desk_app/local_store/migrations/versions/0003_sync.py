"""Sync engine state: last synced version of each ticket (merge base) and conflict records.

Revision ID: 0003_sync
Revises: 0002_search_and_sla_due
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_sync"
down_revision = "0002_search_and_sla_due"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_sync",
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("remote_updated_at", sa.DateTime(), nullable=True),
        sa.Column("base", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_ticket_sync_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_ticket_sync")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        sa.Column("local_value", sa.JSON(), nullable=True),
        sa.Column("remote_value", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=12), nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
            name=op.f("fk_sync_conflicts_ticket_id_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_conflicts_ticket_id"), ["ticket_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sync_conflicts_resolved_at"), ["resolved_at"], unique=False
        )
    # A plain ADD COLUMN: no table copy, so the outbox keeps every pending operation as is.
    op.add_column("outbox", sa.Column("failed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("failed_at")
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_sync_conflicts_ticket_id"))
    op.drop_table("sync_conflicts")
    op.drop_table("ticket_sync")
