"""Reference data (users, queues, field choices) and knowledge articles from the server.

Users and queues are matched by their natural keys (username, queue name) and take the
server's remote id; local roles, teams and networks are the desk's own and are never touched.
Articles land in knowledge categories built from their path; the FTS triggers index them.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.local_store.models import Article, KbCategory, Queue, SyncState, User
from desk_app.sync.connector import ReferenceData, RemoteArticle


def apply_reference(session: Session, data: ReferenceData, choices_key: str) -> int:
    """Upsert users and queues; keep the server's choices; returns the records written."""
    for remote in data.users:
        user = session.scalars(select(User).where(User.username == remote.username)).first()
        if user is None:
            user = User(username=remote.username, full_name=remote.full_name or remote.username,
                        role="advisor", is_active=True)  # fmt: skip
            session.add(user)
        user.remote_id = remote.remote_id
        if remote.full_name:
            user.full_name = remote.full_name
        if remote.email:
            user.email = remote.email
    for remote_queue in data.queues:
        queue = session.scalars(select(Queue).where(Queue.name == remote_queue.name)).first()
        if queue is None:
            queue = Queue(name=remote_queue.name, level=remote_queue.level or "L1")
            session.add(queue)
        queue.remote_id = remote_queue.remote_id
        if remote_queue.level:
            queue.level = remote_queue.level
    choices = json.dumps({k: list(v) for k, v in data.choices.items()}, sort_keys=True)
    session.merge(SyncState(key=choices_key, value=choices))
    return len(data.users) + len(data.queues)


def apply_article(session: Session, remote: RemoteArticle) -> None:
    category_id = _category_id(session, remote.category_path)
    article = session.scalars(select(Article).where(Article.remote_id == remote.remote_id)).first()
    if article is None:
        article = Article(remote_id=remote.remote_id, state="published")
        session.add(article)
    elif article.updated_at > remote.updated_at:
        return  # an older version from the overlap window
    values = {"category_id": category_id, "title": remote.title, "summary": remote.summary,
              "body": remote.body, "keywords": remote.keywords, "is_faq": remote.is_faq,
              "updated_at": remote.updated_at}  # fmt: skip
    for name, value in values.items():
        # Only real changes: every UPDATE re-indexes the article in FTS.
        if getattr(article, name, None) != value:
            setattr(article, name, value)


def _category_id(session: Session, path: tuple[str, ...]) -> int | None:
    parent_id: int | None = None
    for name in path:
        found = session.scalars(
            select(KbCategory).where(KbCategory.name == name, KbCategory.parent_id.is_(None)
                                     if parent_id is None else KbCategory.parent_id == parent_id)
        ).first()  # fmt: skip
        if found is None:
            found = KbCategory(name=name, parent_id=parent_id)
            session.add(found)
            session.flush()
        parent_id = found.id
    return parent_id


def last_time(session: Session, key: str) -> datetime | None:
    state = session.get(SyncState, key)
    return None if state is None else datetime.fromisoformat(state.value)
