"""The knowledge base as the UI uses it: folders, search, the reader, canned responses.

Query methods take the Session of a job on the UI's database worker and return plain
values. `fill_placeholders` and `canned_matches` are pure, so the canned-response picker can
filter and fill on the UI thread without touching the store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk_app.domain.text import fold
from desk_app.local_store.article_queries import (
    ArticleHit,
    ArticleView,
    CannedView,
    CategoryTree,
    article,
    article_hits,
    article_ids,
    canned_responses,
    category_tree,
)

RESULT_LIMIT = 200

# Placeholder names people write in templates, and the value each stands for. The Spanish
# names come from the seeds; the English ones let templates in English read naturally.
_PLACEHOLDERS = {
    "cliente": "cliente",
    "customer": "cliente",
    "ticket": "ticket",
    "asesor": "asesor",
    "advisor": "asesor",
}
_PLACEHOLDER = re.compile(
    r"\{[ \t]*(" + "|".join(_PLACEHOLDERS) + r")[ \t]*\}", re.IGNORECASE | re.ASCII
)


def fill_placeholders(
    template: str,
    *,
    cliente: str | None,
    ticket: str | int | None,
    asesor: str | None,
) -> str:
    """`template` with {cliente}, {ticket} and {asesor} replaced by the values given.

    Templates are written by people, so this never raises and never guesses:
    - names are matched ignoring case and spaces inside the braces ({Cliente}, { ticket });
      {customer} and {advisor} are accepted as English spellings;
    - anything else is left exactly as typed: unknown names ({fecha}), lone or unbalanced
      braces, and doubled braces ("{{cliente}}" gives "{María}": there is no escaping);
    - a value that is None or blank leaves its placeholder in place, so the advisor sees
      what still needs filling instead of "Hola , gracias";
    - one pass only: a value that itself contains "{asesor}" is inserted literally.
    """
    values: dict[str, str] = {}
    for key, value in (("cliente", cliente), ("ticket", ticket), ("asesor", asesor)):
        if value is None:
            continue
        as_text = str(value).strip()
        if as_text:
            values[key] = as_text

    def replace(match: re.Match[str]) -> str:
        return values.get(_PLACEHOLDERS[match.group(1).lower()], match.group(0))

    return _PLACEHOLDER.sub(replace, template)


def canned_matches(canned: CannedView, query: str) -> bool:
    """True when every word of `query` appears in the title or body (accents, case ignored).

    Words match anywhere ("fact" finds "Facturación"), which suits a list of a few dozen
    templates that people remember by a fragment.
    """
    words = fold(query).split()
    if not words:
        return True
    haystack = fold(f"{canned.title} {canned.body}")
    return all(word in haystack for word in words)


def reply_text(view: ArticleView) -> str:
    """What "Copy to reply" inserts: the summary, a blank line, the body."""
    return "\n\n".join(part for part in (view.summary.strip(), view.body.strip()) if part)


@dataclass(frozen=True, slots=True)
class SearchResult:
    text: str
    faq_only: bool
    category_id: int | None
    hits: tuple[ArticleHit, ...]
    is_truncated: bool = False  # the result limit was reached: there may be more


class KnowledgeService:
    """Knowledge-base queries. Articles are the same for every viewer (SPEC §5)."""

    def __init__(self, *, result_limit: int = RESULT_LIMIT, languages: Sequence[str] = ()) -> None:
        self.result_limit = result_limit
        # Canned responses in these languages only; empty: all of them.
        self.languages = tuple(languages)

    def tree(self, session: Session, *, faq_only: bool = False) -> CategoryTree:
        return category_tree(session, faq_only=faq_only)

    def search(
        self,
        session: Session,
        text: str,
        *,
        faq_only: bool = False,
        category_id: int | None = None,
    ) -> SearchResult:
        ids = article_ids(
            session, text, limit=self.result_limit, faq_only=faq_only, category_id=category_id
        )
        hits = tuple(article_hits(session, ids))
        truncated = len(ids) >= self.result_limit
        return SearchResult(text, faq_only, category_id, hits, truncated)

    def article(self, session: Session, article_id: int) -> ArticleView | None:
        return article(session, article_id)

    def canned_responses(self, session: Session) -> list[CannedView]:
        return canned_responses(session, languages=self.languages)
