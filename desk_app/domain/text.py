"""Text normalisation shared by duplicate checks and lookups."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive key: "  Farmacias  Guadalupana " == "farmacias guadalupana".

    Used to refuse duplicate organisations whatever their spelling of accents and spaces.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
