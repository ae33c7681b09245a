"""SLA policies: which first-response and resolution targets a ticket gets (SPEC §3).

The two clocks are resolved separately, because the seeds set them from different fields:
first response from the priority (seed 002 slide 15: Normal 24 h, Urgent before the business day
ends, Critical 1 h) and resolution from the criticality L1 sets after the first analysis
(seed 004: Minor 40 h, Moderate 24 h, Severe 8 h, Critical 4 h). Until criticality is set, the
resolution target falls back to the priority (Normal 24 h, Urgent end of business day,
Critical 4 h), so a fresh ticket is never without a resolution clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from desk_app.domain.ticket_fields import Criticality, Priority


@dataclass(frozen=True)
class SlaTarget:
    """Targets in business time. None means "no target" for that clock.

    `until_end_of_business_day` makes the first-response target the close of the business day
    the ticket was opened on (the next business day's close when opened outside hours);
    `resolution_until_end_of_business_day` does the same for resolution. A clock has either a
    duration or the end-of-day flag, never both, so there is one unambiguous due time.
    """

    first_response: timedelta | None
    resolution: timedelta | None
    until_end_of_business_day: bool = False
    resolution_until_end_of_business_day: bool = False

    def __post_init__(self) -> None:
        for name, duration, eod in (
            ("first_response", self.first_response, self.until_end_of_business_day),
            ("resolution", self.resolution, self.resolution_until_end_of_business_day),
        ):
            if duration is not None and duration <= timedelta(0):
                raise ValueError(f"{name} target must be positive, got {duration}")
            if duration is not None and eod:
                raise ValueError(f"{name}: give a duration or end-of-business-day, not both")

    @property
    def has_first_response(self) -> bool:
        return self.first_response is not None or self.until_end_of_business_day

    @property
    def has_resolution(self) -> bool:
        return self.resolution is not None or self.resolution_until_end_of_business_day


NO_TARGET = SlaTarget(first_response=None, resolution=None)


@dataclass(frozen=True)
class SlaRule:
    """Maps (criticality and/or priority, optional category key) to a target.

    A None key matches anything, so a rule with no keys is a catch-all. `category` is compared
    exactly with the key the caller passes (a category or subcategory key).
    """

    target: SlaTarget
    criticality: Criticality | None = None
    priority: Priority | None = None
    category: str | None = None

    def matches(
        self, priority: Priority | None, criticality: Criticality | None, category: str | None
    ) -> bool:
        return (
            (self.criticality is None or self.criticality == criticality)
            and (self.priority is None or self.priority == priority)
            and (self.category is None or self.category == category)
        )

    @property
    def specificity(self) -> tuple[bool, bool, bool]:
        # Category first (a category's own rule beats any generic one); then criticality,
        # because it is set after analysis and so knows more than the priority.
        return (self.category is not None, self.criticality is not None, self.priority is not None)


@dataclass(frozen=True)
class SlaPolicy:
    """Ordered rules; per clock the most specific matching rule that sets it wins, and among
    equally specific rules the earliest in the list."""

    rules: tuple[SlaRule, ...]

    def __init__(self, rules: Iterable[SlaRule]) -> None:
        object.__setattr__(self, "rules", tuple(rules))

    def target_for(
        self,
        priority: Priority | None,
        criticality: Criticality | None = None,
        category: str | None = None,
    ) -> SlaTarget:
        matching = [r for r in self.rules if r.matches(priority, criticality, category)]
        first = _most_specific([r for r in matching if r.target.has_first_response])
        resolution = _most_specific([r for r in matching if r.target.has_resolution])
        return SlaTarget(
            first_response=first.target.first_response if first else None,
            resolution=resolution.target.resolution if resolution else None,
            until_end_of_business_day=first.target.until_end_of_business_day if first else False,
            resolution_until_end_of_business_day=(
                resolution.target.resolution_until_end_of_business_day if resolution else False
            ),
        )

    @classmethod
    def default(cls) -> SlaPolicy:
        """Seeds 002 and 004, as described in the module docstring."""
        hours = [(Criticality.MINOR, 40), (Criticality.MODERATE, 24)]
        hours += [(Criticality.SEVERE, 8), (Criticality.CRITICAL, 4)]
        by_criticality = [
            SlaRule(SlaTarget(first_response=None, resolution=timedelta(hours=h)), criticality=c)
            for c, h in hours
        ]
        by_priority = [
            SlaRule(
                SlaTarget(first_response=timedelta(hours=24), resolution=timedelta(hours=24)),
                priority=Priority.NORMAL,
            ),
            SlaRule(
                SlaTarget(
                    first_response=None,
                    resolution=None,
                    until_end_of_business_day=True,
                    resolution_until_end_of_business_day=True,
                ),
                priority=Priority.URGENT,
            ),
            SlaRule(
                SlaTarget(first_response=timedelta(hours=1), resolution=timedelta(hours=4)),
                priority=Priority.CRITICAL,
            ),
        ]
        return cls([*by_criticality, *by_priority])


def _most_specific(rules: list[SlaRule]) -> SlaRule | None:
    best: SlaRule | None = None
    for rule in rules:  # strict ">" keeps the earliest rule among equals
        if best is None or rule.specificity > best.specificity:
            best = rule
    return best
