"""Validation messages that the interface can word in the user's language.

The store says what is wrong in English: logs, the command line and tests read that. A
message with arguments is a `Problem`, which also keeps its template and arguments, so that
desk_app/ui/store_messages.py can look the template up among its translations and fill the
arguments in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


class Problem(str):
    """A validation message: the English text logs, the command line and tests read, which also
    keeps its template ("at most %1 characters") and arguments, so the UI can look the template
    up among its translations and say it in the user's language. Messages without arguments may
    stay plain strings: their text is their template."""

    template: str
    args: tuple[str, ...]

    def __new__(cls, template: str, *args: object) -> Problem:
        values = tuple(str(arg) for arg in args)
        made = super().__new__(cls, fill(template, values))
        made.template = template
        made.args = values
        return made

    def __reduce__(self) -> tuple[type[Problem], tuple[str, ...]]:
        return Problem, (self.template, *self.args)


def fill(template: str, values: Sequence[str]) -> str:
    """`template` with %1, %2… replaced by `values` in one pass (a value may contain "%2")."""

    def value(found: re.Match[str]) -> str:
        number = int(found[1])
        return values[number - 1] if 0 < number <= len(values) else found[0]

    return re.sub(r"%(\d)", value, template)
