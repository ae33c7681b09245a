"""The closed vocabularies of a ticket (SPEC §2) and the rules that tie them together.

Values are stable lowercase keys: they are what the local store and the sync connectors
persist, so renaming a member is a schema change. Display names live in the UI layer,
where Qt's translation system can reach them.
"""

from __future__ import annotations

from enum import StrEnum


class Flag(StrEnum):
    """Seed 002 slide 24. NONE means nobody is working on the ticket."""

    NONE = "none"
    ORANGE = "orange"  # pending resolution
    BLUE = "blue"  # the responsible is working on it
    GREEN = "green"  # ready for review and close


class TicketType(StrEnum):
    """Seed 002 slide 14."""

    TASK = "task"
    PROBLEM = "problem"
    CONFIGURATION = "configuration"
    EXTRA = "extra"


class Priority(StrEnum):
    """Seed 002 slide 15: normal (24 h), urgent (before the business day ends), critical (1 h)."""

    NORMAL = "normal"
    URGENT = "urgent"
    CRITICAL = "critical"


class Criticality(StrEnum):
    """Seed 004: set at L1 after the first analysis."""

    MINOR = "minor"
    MODERATE = "moderate"
    SEVERE = "severe"
    CRITICAL = "critical"


class Channel(StrEnum):
    PHONE = "phone"
    CHAT = "chat"
    CONSULTATION = "consultation"
    DIRECT = "direct"
    WEB_FORM = "web_form"
    CHATBOT = "chatbot"
    EMAIL = "email"


class SubjectKind(StrEnum):
    """Seed 002 slide 12 ("asuntos")."""

    ADD = "add"  # alta
    REMOVE = "remove"  # baja
    CHANGE = "change"  # cambio
    CORRECTION = "correction"  # corrección: a change caused by an error
    MODIFICATION = "modification"  # modificación: users, courses...
    CONFIGURATION = "configuration"
    REPORT = "report"
    PASSWORD = "password"


class Level(StrEnum):
    """Attention levels; escalation only moves up one step at a time (seeds 001, 004)."""

    L1 = "L1"
    L2 = "L2"
    L3 = "L3"

    def next_level(self) -> Level | None:
        order = list(Level)
        index = order.index(self)
        return order[index + 1] if index + 1 < len(order) else None


class Importance(StrEnum):
    LOW = "low"
    HIGH = "high"


class Urgency(StrEnum):
    LOW = "low"
    HIGH = "high"


_DEFAULT_PRIORITY: dict[TicketType, Priority] = {
    TicketType.TASK: Priority.NORMAL,
    TicketType.EXTRA: Priority.NORMAL,
    TicketType.PROBLEM: Priority.URGENT,
    TicketType.CONFIGURATION: Priority.URGENT,
}


def default_priority(ticket_type: TicketType) -> Priority:
    """The priority a new ticket gets from its type (seed 002 slide 15).

    Critical is never a default: the seed reserves it for a Problem judged critical by a person.
    """
    return _DEFAULT_PRIORITY[ticket_type]


_MATRIX: dict[tuple[Importance, Urgency], Priority] = {
    (Importance.LOW, Urgency.LOW): Priority.NORMAL,
    (Importance.LOW, Urgency.HIGH): Priority.URGENT,
    (Importance.HIGH, Urgency.LOW): Priority.URGENT,
    (Importance.HIGH, Urgency.HIGH): Priority.CRITICAL,
}


def priority_from_matrix(importance: Importance, urgency: Urgency) -> Priority:
    """Importance × urgency matrix (seed 003 §6.3.4)."""
    return _MATRIX[(importance, urgency)]
