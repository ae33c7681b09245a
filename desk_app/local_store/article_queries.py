"""Knowledge-base reads: the folder tree, article search as you type, FAQ, canned responses.

Only published articles are shown (drafts are local proposals on their way to the central
helpdesk, SPEC §5). Folders come from the server, so their parent links are not trusted: a
folder whose parent is missing, or that sits in a loop, is shown at the top level instead of
vanishing or hanging the tree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from desk_app.domain.text import fold
from desk_app.local_store.models import Article, CannedResponse, KbCategory
from desk_app.local_store.search_syntax import build_fts_query

PUBLISHED = "published"
# `category_id` filter value for the articles that sit in no folder (SQLite ids start at 1).
UNCATEGORIZED = 0
# A result line shows one or two lines of summary: never fetch a pasted novel for it.
SUMMARY_CHARS = 400


@dataclass(frozen=True, slots=True)
class CategoryNode:
    id: int
    name: str
    article_count: int  # published articles in this folder and all its subfolders
    children: tuple[CategoryNode, ...]


@dataclass(frozen=True, slots=True)
class CategoryTree:
    roots: tuple[CategoryNode, ...]
    total: int  # every published article, in a folder or not
    uncategorized: int


@dataclass(frozen=True, slots=True)
class ArticleHit:
    """One line of a result list."""

    id: int
    title: str
    summary: str  # at most SUMMARY_CHARS
    is_faq: bool
    category: str | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ArticleView:
    id: int
    title: str
    summary: str
    body: str
    keywords: str
    is_faq: bool
    state: str
    updated_at: datetime
    category_path: tuple[str, ...]  # root folder first; empty when in no folder


@dataclass(frozen=True, slots=True)
class CannedView:
    id: int
    title: str
    body: str
    language: str


# -- folders ---------------------------------------------------------------------------------


def _folders(session: Session) -> dict[int, tuple[str, int | None]]:
    rows = session.execute(select(KbCategory.id, KbCategory.name, KbCategory.parent_id))
    return {folder_id: (name, parent_id) for folder_id, name, parent_id in rows}


def _children_of(folders: dict[int, tuple[str, int | None]]) -> dict[int | None, list[int]]:
    """Parent → children, with orphans and folders caught in a parent loop moved to the top."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for folder_id, (_name, parent_id) in folders.items():
        children[parent_id if parent_id in folders else None].append(folder_id)
    reachable: set[int] = set()
    stack = list(children[None])
    while stack:
        folder_id = stack.pop()
        reachable.add(folder_id)
        stack.extend(children.get(folder_id, ()))
    for folder_id in sorted(folders.keys() - reachable):
        if folder_id in reachable:
            continue  # already pulled up with an earlier member of its loop
        parent_id = folders[folder_id][1]
        children[parent_id].remove(folder_id)
        children[None].append(folder_id)
        stack = [folder_id]
        while stack:
            current = stack.pop()
            reachable.add(current)
            stack.extend(c for c in children.get(current, ()) if c not in reachable)
    return children


def _descendants(session: Session, category_id: int) -> list[int]:
    children = _children_of(_folders(session))
    found: set[int] = set()
    stack = [category_id]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, ()))
    return sorted(found)


def _path(folders: dict[int, tuple[str, int | None]], category_id: int | None) -> tuple[str, ...]:
    names: list[str] = []
    seen: set[int] = set()
    while category_id is not None and category_id in folders and category_id not in seen:
        seen.add(category_id)
        name, category_id = folders[category_id]
        names.append(name)
    return tuple(reversed(names))


def category_tree(session: Session, *, faq_only: bool = False) -> CategoryTree:
    """Every folder, sorted by name, with how many published (FAQ) articles it holds."""
    folders = _folders(session)
    counts_query = (
        select(Article.category_id, func.count())
        .where(Article.state == PUBLISHED)
        .group_by(Article.category_id)
    )
    if faq_only:
        counts_query = counts_query.where(Article.is_faq.is_(True))
    own: dict[int | None, int] = {cid: n for cid, n in session.execute(counts_query)}
    children = _children_of(folders)

    def build(folder_id: int) -> CategoryNode:
        kids = tuple(
            build(child)
            for child in sorted(children.get(folder_id, ()), key=lambda c: fold(folders[c][0]))
        )
        total = own.get(folder_id, 0) + sum(kid.article_count for kid in kids)
        return CategoryNode(folder_id, folders[folder_id][0], total, kids)

    roots = tuple(build(r) for r in sorted(children[None], key=lambda c: fold(folders[c][0])))
    return CategoryTree(roots, sum(own.values()), own.get(None, 0))


# -- articles --------------------------------------------------------------------------------

# bm25 weights: a hit in the title counts most, then summary, keywords, body.
_RANKED = (
    "SELECT a.id FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
    "WHERE article_fts MATCH :q AND a.state = :state{filters} "
    "ORDER BY bm25(article_fts, 8.0, 4.0, 1.0, 2.0), a.id LIMIT :limit"
)


def article_ids(
    session: Session,
    query: str,
    *,
    limit: int = 200,
    faq_only: bool = False,
    category_id: int | None = None,
) -> list[int]:
    """Best-matching published articles first; all of them (newest first) for empty text.

    `query` is whatever the user typed (search_syntax makes any text safe: accents and case
    ignored, the last word a prefix). `category_id` keeps the articles of that folder and its
    subfolders (UNCATEGORIZED: those in no folder); `faq_only` keeps the FAQ.
    """
    folder_ids: list[int] | None = None
    if category_id is not None and category_id != UNCATEGORIZED:
        folder_ids = _descendants(session, category_id)
    fts = build_fts_query(query)
    if fts.is_empty:
        newest = select(Article.id).where(Article.state == PUBLISHED)
        if faq_only:
            newest = newest.where(Article.is_faq.is_(True))
        if category_id == UNCATEGORIZED:
            newest = newest.where(Article.category_id.is_(None))
        elif folder_ids is not None:
            newest = newest.where(Article.category_id.in_(folder_ids))
        newest = newest.order_by(Article.updated_at.desc(), Article.id.desc()).limit(limit)
        return list(session.scalars(newest))
    filters = ""
    params: dict[str, Any] = {"q": fts.expression, "state": PUBLISHED, "limit": limit}
    if faq_only:
        filters += " AND a.is_faq = 1"
    if category_id == UNCATEGORIZED:
        filters += " AND a.category_id IS NULL"
    elif folder_ids is not None:
        filters += " AND a.category_id IN :folders"
        params["folders"] = folder_ids
    statement = text(_RANKED.format(filters=filters))
    if folder_ids is not None:
        statement = statement.bindparams(bindparam("folders", expanding=True))
    return [int(row[0]) for row in session.execute(statement, params)]


def article_hits(session: Session, ids: Sequence[int]) -> list[ArticleHit]:
    """Result lines for `ids`, in the same order (ids that no longer exist are skipped)."""
    if not ids:
        return []
    query = (
        select(
            Article.id,
            Article.title,
            func.substr(Article.summary, 1, SUMMARY_CHARS),
            Article.is_faq,
            KbCategory.name,
            Article.updated_at,
        )
        .outerjoin(KbCategory, KbCategory.id == Article.category_id)
        .where(Article.id.in_(list(ids)))
    )
    found = {
        row[0]: ArticleHit(row[0], row[1], row[2] or "", bool(row[3]), row[4], row[5])
        for row in session.execute(query)
    }
    return [found[i] for i in ids if i in found]


def article(session: Session, article_id: int) -> ArticleView | None:
    """The whole article, with the names of its folder and the folders above it."""
    found = session.get(Article, article_id)
    if found is None:
        return None
    return ArticleView(
        id=found.id,
        title=found.title,
        summary=found.summary or "",
        body=found.body or "",
        keywords=found.keywords or "",
        is_faq=bool(found.is_faq),
        state=found.state,
        updated_at=found.updated_at,
        category_path=_path(_folders(session), found.category_id),
    )


# -- canned responses ------------------------------------------------------------------------


def canned_responses(session: Session, *, languages: Iterable[str] = ()) -> list[CannedView]:
    """Reply templates sorted by title as people read it (accents and case ignored)."""
    query = select(
        CannedResponse.id, CannedResponse.title, CannedResponse.body, CannedResponse.language
    )
    wanted = list(languages)
    if wanted:
        query = query.where(CannedResponse.language.in_(wanted))
    items = [CannedView(*row) for row in session.execute(query)]
    return sorted(items, key=lambda c: (fold(c.title), c.id))
