"""Sort ranks for the ticket list's severity columns, as SQL text.

The criticality rank is both an ORDER BY term and the key of an expression index
(ix_tickets_list_criticality, migration 0004). SQLite uses such an index only for the same
expression with the same literal values, so the text is built here, once, for both.
"""

from __future__ import annotations

from collections.abc import Sequence

# Highest last, so an ascending sort starts with the least severe, like a number would.
PRIORITY_ORDER = ("normal", "urgent", "critical")
CRITICALITY_ORDER = ("minor", "moderate", "severe", "critical")


def rank_sql(column: str, order: Sequence[str]) -> str:
    """`column`'s rank in `order` (unknown values and NULL: NULL); values are our constants."""
    whens = " ".join(f"WHEN '{value}' THEN {rank}" for rank, value in enumerate(order, 1))
    return f"(CASE {column} {whens} END)"


CRITICALITY_RANK = rank_sql("criticality", CRITICALITY_ORDER)
