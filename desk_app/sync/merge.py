"""The three-way field merge of one ticket: base (last synced), local (the cache), remote.

Pure: values are plain JSON-able values in the connector's vocabulary (natural keys, ISO
datetimes), compared with `==`. The caller turns them into columns, history and conflicts.

Per field the remote side reports:
* unchanged on the server (remote == base): the local value stays; if it differs from the
  base, its outbox operation pushes it;
* changed on the server only: the server's value is taken;
* changed on both to the same value: nothing to do;
* changed on both to different values: the server's value is taken into the cache and the
  local one is kept in a conflict, so nothing is silently lost.
A field the base does not know yet (a ticket linked by its idempotency key before its create
was confirmed, or a field a newer connector started to send) counts as changed locally only
when the local side has an unsent change of it, else the server's value is taken.
A field the remote side does not send is left alone and keeps its base.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldConflict:
    field: str
    local: Any
    remote: Any


@dataclass(frozen=True)
class MergeResult:
    take_remote: dict[str, Any] = field(default_factory=dict)  # write these into the cache
    keep_local: frozenset[str] = frozenset()  # changed only locally: to be pushed
    conflicts: tuple[FieldConflict, ...] = ()  # remote value is in take_remote too
    base: dict[str, Any] = field(default_factory=dict)  # the new merge base

    @property
    def server_decided(self) -> frozenset[str]:
        """Fields whose cached value now comes from the server: unsent local operations must
        not push these any more (the server already won, or already agrees)."""
        return frozenset(self.take_remote) | {c.field for c in self.conflicts}


def merge_fields(
    base: Mapping[str, Any] | None,
    local: Mapping[str, Any],
    remote: Mapping[str, Any],
    pending: Set[str] = frozenset(),
) -> MergeResult:
    """Merge `remote` into `local` against `base`; `pending` names fields with unsent changes."""
    known = dict(base or {})
    new_base = dict(known)
    take: dict[str, Any] = {}
    keep: set[str] = set()
    conflicts: list[FieldConflict] = []
    for name, theirs in remote.items():
        mine = local.get(name)
        if name not in known:
            if mine != theirs and name in pending:
                keep.add(name)
                new_base[name] = theirs
                continue
            if mine != theirs:
                take[name] = theirs
            new_base[name] = theirs
            continue
        was = known[name]
        new_base[name] = theirs
        if theirs == was:
            if mine != was:
                keep.add(name)
            continue
        if mine in (was, theirs):
            if mine != theirs:
                take[name] = theirs
            continue
        take[name] = theirs
        conflicts.append(FieldConflict(name, mine, theirs))
    return MergeResult(take, frozenset(keep), tuple(conflicts), new_base)
