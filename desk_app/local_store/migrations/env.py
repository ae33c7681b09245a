"""Alembic environment: always run programmatically on the connection the store opened."""

from __future__ import annotations

from alembic import context

from desk_app.local_store import models as _models  # noqa: F401
from desk_app.local_store.base import Base

FTS_TABLE_PREFIXES = ("ticket_fts", "article_fts")


def _include_object(obj: object, name: str | None, type_: str, *_: object) -> bool:
    # FTS5 virtual tables and their shadow tables are created by raw SQL, not by the models.
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE_PREFIXES))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=_include_object,
)
with context.begin_transaction():
    context.run_migrations()
