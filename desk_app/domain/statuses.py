"""Ticket statuses: configurable, each in a stage and each saying whether it pauses the SLA clock.

SPEC §2 and seed 002 slide 22. Admins may add intermediate statuses; the four defaults are
always present because the process-adherence check (SPEC §7) names In progress and Closed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum


class Stage(StrEnum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


OPEN = "open"
IN_PROGRESS = "in_progress"
WAITING_CUSTOMER = "waiting_customer"
CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class StatusDef:
    key: str
    name: str
    stage: Stage
    pauses_sla: bool = False
    position: int = 0

    @property
    def is_done(self) -> bool:
        return self.stage is Stage.DONE


DEFAULT_STATUSES: tuple[StatusDef, ...] = (
    StatusDef(OPEN, "Open", Stage.TODO, pauses_sla=False, position=10),
    StatusDef(IN_PROGRESS, "In progress", Stage.DOING, pauses_sla=False, position=20),
    StatusDef(WAITING_CUSTOMER, "Waiting on customer", Stage.DOING, pauses_sla=True, position=30),
    StatusDef(CLOSED, "Closed", Stage.DONE, pauses_sla=False, position=90),
)


class UnknownStatusError(KeyError):
    pass


class StatusCatalog:
    """The statuses a workspace knows, looked up by key."""

    def __init__(self, statuses: Iterable[StatusDef] = DEFAULT_STATUSES) -> None:
        ordered = sorted(statuses, key=lambda s: (s.position, s.key))
        self._by_key: dict[str, StatusDef] = {}
        for status in ordered:
            if status.key in self._by_key:
                raise ValueError(f"duplicate status key {status.key!r}")
            self._by_key[status.key] = status
        missing = {OPEN, IN_PROGRESS, CLOSED} - self._by_key.keys()
        if missing:
            raise ValueError(f"status catalog lacks required statuses: {sorted(missing)}")

    def __iter__(self) -> Iterator[StatusDef]:
        return iter(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def get(self, key: str) -> StatusDef:
        try:
            return self._by_key[key]
        except KeyError:
            raise UnknownStatusError(key) from None

    def pauses(self, key: str) -> bool:
        return self.get(key).pauses_sla

    def stage(self, key: str) -> Stage:
        return self.get(key).stage

    def in_stage(self, stage: Stage) -> list[StatusDef]:
        return [s for s in self._by_key.values() if s.stage is stage]
