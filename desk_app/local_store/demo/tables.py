"""Rows ready for executemany: each table's column names and tuples in DB format."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class TableRows:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    def add(self, *values: Any) -> None:
        self.rows.append(values)


@dataclass
class DemoData:
    """Tables in foreign-key order."""

    tables: dict[str, TableRows] = field(default_factory=dict)
    current_username: str = ""
    # WorkspaceMeta facts the demo sets, unless the workspace has them already.
    meta: dict[str, str] = field(default_factory=dict)

    def table(self, name: str, *columns: str) -> TableRows:
        if name not in self.tables:
            self.tables[name] = TableRows(tuple(columns))
        return self.tables[name]

    def count(self, name: str) -> int:
        return len(self.tables[name].rows) if name in self.tables else 0


def ts(value: datetime) -> str:
    """Storage text of an aware UTC datetime (as UtcDateTime writes it), without conversions.

    The generator works in UTC throughout, and this path runs a million times for 100,000
    tickets, so it skips the general to_db_text's time zone conversion.
    """
    return value.isoformat(" ", "microseconds")[:26]


def uid(rng: random.Random) -> str:
    """A 32-hex identity like base.new_uid, drawn from the seeded generator (and faster)."""
    return f"{rng.getrandbits(128):032x}"
