"""Live calls: the call's state, a hold in progress, transfers and the PBX's end cause.

Revision ID: 0005_calls
Revises: 0004_list_indexes

A call in progress lives in SQLite (crash-safe: a restart finds it where it was), so the
row gains its state machine's state and the start of a running hold. Calls logged before
this revision were all finished, hence the default 'done'. The (state, advisor) index finds
an advisor's live call in one probe; survey answers are read by call.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_calls"
down_revision = "0004_list_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a NOT NULL column in place when it has a default: no table rebuild.
    op.add_column("calls", sa.Column("state", sa.String(12), nullable=False,
                                     server_default="done"))  # fmt: skip
    op.add_column("calls", sa.Column("held_since", sa.DateTime(), nullable=True))
    op.add_column("calls", sa.Column("transferred_to", sa.String(120), nullable=True))
    op.add_column("calls", sa.Column("end_cause", sa.String(60), nullable=True))
    op.create_index("ix_calls_state_advisor", "calls", ["state", "advisor_id"])
    op.create_index("ix_survey_answers_call", "survey_answers", ["call_id"])


def downgrade() -> None:
    op.drop_index("ix_survey_answers_call", table_name="survey_answers")
    op.drop_index("ix_calls_state_advisor", table_name="calls")
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("end_cause")
        batch.drop_column("transferred_to")
        batch.drop_column("held_since")
        batch.drop_column("state")
