"""Process adherence (SPEC §7, seed 002 slides 11 and 21): computed, never typed in.

A closed ticket adheres when it has subject, requester, responsible, type, priority, at least
one tag, body, time logged, a status history that passed through In progress, and was closed
by its responsible. Blank text (only whitespace) counts as missing.

A ticket merged into another is not assessed at all: it was closed as a duplicate, its work
goes on in the ticket it was merged into (which is assessed), and counting it would charge
the desk twice for one request, or once for a process it never had to follow.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.statuses import IN_PROGRESS


class Gap(StrEnum):
    """The checklist items, in the order the seed's process lists them."""

    SUBJECT = "subject"
    REQUESTER = "requester"
    RESPONSIBLE = "responsible"
    TYPE = "type"
    PRIORITY = "priority"
    TAGS = "tags"
    BODY = "body"
    TIME_LOGGED = "time_logged"
    IN_PROGRESS = "in_progress"
    CLOSED_BY_RESPONSIBLE = "closed_by_responsible"


@dataclass(frozen=True)
class TicketFacts:
    """What adherence looks at, as plain values (StrEnum members are plain strings too)."""

    subject: str
    requester_id: int | None
    responsible_id: int | None
    ticket_type: str | None
    priority: str | None
    tags: tuple[str, ...]
    body: str
    minutes_logged: int
    statuses_visited: tuple[str, ...]
    closed_by_id: int | None
    is_closed: bool
    merged: bool = False  # closed as a duplicate of another ticket


def is_assessed(facts: TicketFacts) -> bool:
    """Whether a ticket counts in process adherence (the KPI's denominator): closed, and not
    merged into another ticket."""
    return facts.is_closed and not facts.merged


@dataclass(frozen=True)
class AdherenceResult:
    adheres: bool
    gaps: tuple[Gap, ...]


def checklist(
    facts: TicketFacts,
    *,
    closer_id: int | None = None,
    progress_statuses: Collection[str] = (IN_PROGRESS,),
) -> list[tuple[Gap, bool]]:
    """Every checklist item with whether it is satisfied, in `Gap` order.

    For an open ticket "closed by the responsible" looks ahead: satisfied when `closer_id`
    (who is about to close) is the responsible, or, with no `closer_id`, when there is a
    responsible who can close it. For a closed ticket it checks `closed_by_id`.
    """
    if facts.is_closed:
        closer = facts.closed_by_id
    else:
        closer = closer_id if closer_id is not None else facts.responsible_id
    return [
        (Gap.SUBJECT, _filled(facts.subject)),
        (Gap.REQUESTER, facts.requester_id is not None),
        (Gap.RESPONSIBLE, facts.responsible_id is not None),
        (Gap.TYPE, _filled(facts.ticket_type)),
        (Gap.PRIORITY, _filled(facts.priority)),
        (Gap.TAGS, any(_filled(tag) for tag in facts.tags)),
        (Gap.BODY, _filled(facts.body)),
        (Gap.TIME_LOGGED, facts.minutes_logged > 0),
        (Gap.IN_PROGRESS, any(s in progress_statuses for s in facts.statuses_visited)),
        (
            Gap.CLOSED_BY_RESPONSIBLE,
            facts.responsible_id is not None and closer == facts.responsible_id,
        ),
    ]


def assess_adherence(
    facts: TicketFacts, *, progress_statuses: Collection[str] = (IN_PROGRESS,)
) -> AdherenceResult:
    """Adherence of a closed ticket. An open or merged ticket never adheres (it is not in the
    KPI's denominator either, see `is_assessed`); an open one's gaps are what would still block
    adherence if it closed now."""
    gaps = tuple(gap for gap, ok in checklist(facts, progress_statuses=progress_statuses) if not ok)
    return AdherenceResult(adheres=is_assessed(facts) and not gaps, gaps=gaps)


def _filled(text: str | None) -> bool:
    return text is not None and text.strip() != ""
