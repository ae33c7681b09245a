"""Billing of a ticket's time (SPEC §6, seed 004): warranty or consumption, the estimate, the
key user's confirmations over two hours, the terms of attention, running timers, renewals.

Revision ID: 0007_billing
Revises: 0006_kpi_indexes

All new ticket columns are nullable (NULL = not decided / no estimate / terms not accepted
yet), so existing rows need no rewrite. A running timer is a row (one per user), so it
survives a restart or a crash; stopping it turns it into a time entry.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_billing"
down_revision = "0006_kpi_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN in place: a batch (copy-and-rename) of `tickets` would break the search
    # triggers that name it. SQLite accepts REFERENCES on an added column whose default is NULL.
    # (Named like the models' naming convention names them, so the schema matches.)
    added = {
        "tickets": [
            "billing VARCHAR(12)",
            "billing_decided_at DATETIME",
            "billing_decided_by_id INTEGER CONSTRAINT fk_tickets_billing_decided_by_id_users "
            "REFERENCES users (id) ON DELETE SET NULL",
            "estimate_minutes INTEGER",
            "terms_accepted_at DATETIME",
            "terms_accepted_by_id INTEGER CONSTRAINT fk_tickets_terms_accepted_by_id_people "
            "REFERENCES people (id) ON DELETE SET NULL",
            "terms_accepted_how VARCHAR(20)",
        ],
        "contracts": [
            "renewal_of_id INTEGER CONSTRAINT fk_contracts_renewal_of_id_contracts "
            "REFERENCES contracts (id) ON DELETE SET NULL",
        ],
    }
    for table, columns in added.items():
        for column in columns:
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    op.create_table(
        "hour_confirmations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(32), nullable=False, unique=True),
        sa.Column("remote_id", sa.String(64), nullable=True),
        sa.Column("ticket_id", sa.Integer(),
                  sa.ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("confirmed_by_id", sa.Integer(),
                  sa.ForeignKey("people.id", ondelete="SET NULL"), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(),
                  sa.ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
        sa.Column("how", sa.String(20), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.CheckConstraint("minutes > 0", name="ck_hour_confirmations_minutes"),
    )  # fmt: skip
    op.create_index("ix_hour_confirmations_ticket_id", "hour_confirmations", ["ticket_id"])
    op.create_table(
        "time_timers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(),
                  sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, unique=True),
        sa.Column("ticket_id", sa.Integer(),
                  sa.ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("time_timers")
    op.drop_index("ix_hour_confirmations_ticket_id", table_name="hour_confirmations")
    op.drop_table("hour_confirmations")
    # DROP COLUMN in place (SQLite ≥ 3.35) for the same reason as above.
    op.drop_column("contracts", "renewal_of_id")
    for column in (
        "terms_accepted_how",
        "terms_accepted_by_id",
        "terms_accepted_at",
        "estimate_minutes",
        "billing_decided_by_id",
        "billing_decided_at",
        "billing",
    ):
        op.drop_column("tickets", column)
