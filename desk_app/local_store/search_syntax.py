"""Turn whatever a user types into an FTS5 query that cannot raise.

FTS5 has its own grammar (AND/OR/NOT/NEAR, column filters, `*`, `^`, parentheses, quotes);
raw user text fed to MATCH raises on a lone `"` or `*`. We accept a small, forgiving syntax
instead: words, and "quoted phrases". Every term becomes a quoted FTS5 string, so operators
typed by the user are searched as words. The last bare word gets a prefix `*` so results
follow the keystrokes (search as you type).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Tokens the unicode61 tokenizer keeps: letters, digits, marks. Everything else separates.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 16  # a pasted page of text should not become a 2,000-term query
MAX_TERM_LENGTH = 64


@dataclass(frozen=True, slots=True)
class FtsQuery:
    expression: str  # the MATCH argument; "" means "no text filter"
    terms: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not self.expression


def _words(text: str) -> list[str]:
    return [w[:MAX_TERM_LENGTH] for w in _WORD.findall(unicodedata.normalize("NFC", text))]


def _quote(words: list[str]) -> str:
    # Words contain no quote characters (the regex drops them), so plain quoting is safe.
    return '"' + " ".join(words) + '"'


def build_fts_query(text: str, *, prefix_last: bool = True) -> FtsQuery:
    """Parse `text` into an FTS5 MATCH expression (implicit AND between terms)."""
    parts: list[str] = []
    terms: list[str] = []
    last_is_bare_word = False
    # Split on double quotes: odd segments are phrases. An unbalanced quote just opens a
    # phrase that runs to the end, which is what someone mid-typing means.
    for index, segment in enumerate(text.split('"')):
        words = _words(segment)
        if not words:
            continue
        if index % 2 == 1:
            parts.append(_quote(words))
            terms.append(" ".join(words))
            last_is_bare_word = False
        else:
            for word in words:
                parts.append(_quote([word]))
                terms.append(word)
            last_is_bare_word = not text.rstrip().endswith('"')
        if len(parts) >= MAX_TERMS:
            break
    parts = parts[:MAX_TERMS]
    terms = terms[:MAX_TERMS]
    ends_with_space = text[-1:].isspace()
    if parts and prefix_last and last_is_bare_word and not ends_with_space:
        parts[-1] = parts[-1] + "*"
    return FtsQuery(" ".join(parts), tuple(terms))
