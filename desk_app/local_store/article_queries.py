"""Knowledge-base reads: article search as you type, FAQ, canned responses."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.local_store.models import Article
from desk_app.local_store.search_syntax import build_fts_query

# bm25 weights: a hit in the title counts most, then summary, keywords, body.
_RANKED = text(
    "SELECT rowid FROM article_fts WHERE article_fts MATCH :q "
    "ORDER BY bm25(article_fts, 8.0, 4.0, 1.0, 2.0) LIMIT :limit"
)


def article_ids(session: Session, query: str, *, limit: int = 200) -> list[int]:
    """Best-matching published articles first; all of them (newest first) for empty text."""
    fts = build_fts_query(query)
    if fts.is_empty:
        newest = (
            select(Article.id)
            .where(Article.state == "published")
            .order_by(Article.updated_at.desc(), Article.id.desc())
            .limit(limit)
        )
        return list(session.scalars(newest))
    return [int(row[0]) for row in session.execute(_RANKED, {"q": fts.expression, "limit": limit})]
