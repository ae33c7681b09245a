"""How Partner Desk's ticket vocabulary lands in Request Tracker 5, configurable per site.

Statuses map to RT lifecycle statuses both ways (several RT statuses may fold into one app
status: `rejected` reads as closed). Fields RT has no column for live in ticket custom fields
whose names are configurable; the idempotency key lives in a ticket custom field (tickets)
or a transaction custom field (comments and time entries). Priority maps to RT's numeric
Priority by bands, so a value another RT user typed still reads back as a priority.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from desk_app.domain import statuses

# Local field → RT ticket custom field name. "tags" is multi-valued; "category" holds the
# category path joined by CATEGORY_SEPARATOR; "custom_fields" is a JSON object.
DEFAULT_CUSTOM_FIELDS: dict[str, str] = {
    "criticality": "Criticality",
    "flag": "Flag",
    "ticket_type": "Ticket Type",
    "subject_kind": "Subject Kind",
    "category": "Category",
    "level": "Level",
    "channel": "Channel",
    "pqrs_kind": "PQRS Kind",
    "department": "Department",
    "tags": "Tags",
    "custom_fields": "Partner Desk Fields",
    # Billing (SPEC §6): times as `YYYY-MM-DDTHH:MM:SSZ` (UTC), people by username / e-mail.
    "billing": "Billing",
    "billing_decided_at": "Billing Decided",
    "billing_decided_by_username": "Billing Decided By",
    "estimate_minutes": "Estimate Minutes",
    "terms_accepted_at": "Terms Accepted",
    "terms_accepted_by_email": "Terms Accepted By",
    "terms_accepted_how": "Terms Accepted How",
}
MULTI_VALUE_FIELDS = frozenset({"tags"})
CATEGORY_SEPARATOR = " › "

DEFAULT_STATUS_TO_RT: dict[str, str] = {
    statuses.OPEN: "new",
    statuses.IN_PROGRESS: "open",
    statuses.WAITING_CUSTOMER: "stalled",
    statuses.CLOSED: "resolved",
}
DEFAULT_STATUS_FROM_RT: dict[str, str] = {
    "new": statuses.OPEN,
    "open": statuses.IN_PROGRESS,
    "stalled": statuses.WAITING_CUSTOMER,
    "resolved": statuses.CLOSED,
    "rejected": statuses.CLOSED,
}
# App priority → the number written to RT; reading back, the highest band at or below wins.
DEFAULT_PRIORITIES: dict[str, int] = {"normal": 20, "urgent": 50, "critical": 80}

DEFAULT_LEVEL_QUEUES: dict[str, str] = {
    "L1": "Partner Desk L1",
    "L2": "Partner Desk L2",
    "L3": "Partner Desk L3",
}


@dataclass(frozen=True)
class RtMapping:
    status_to_rt: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_STATUS_TO_RT))
    status_from_rt: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_STATUS_FROM_RT))
    custom_fields: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_CUSTOM_FIELDS))
    priorities: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_PRIORITIES))
    level_queues: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_LEVEL_QUEUES))
    calls_queue: str = "Partner Desk Calls"
    contracts_catalog: str = "Partner Desk Contracts"
    ticket_key_field: str = "Partner Desk Key"
    # Transaction custom fields: the pushed comment's, time entry's or hour confirmation's key,
    # the time kind and start, the confirmation's data.
    entry_key_field: str = "Partner Desk Entry Key"
    time_kind_field: str = "Partner Desk Time Kind"
    time_started_field: str = "Partner Desk Time Started"  # a time entry's start (UTC)
    confirmation_field: str = "Partner Desk Confirmation"  # an hour confirmation (JSON)
    article_key_field: str = "Partner Desk Article Key"
    article_keywords_field: str = "Keywords"
    article_faq_field: str = "FAQ"
    # RT keeps one-second timestamps and commits late writers with an earlier second:
    # every pull starts this far before the cursor and drops what it already saw.
    overlap_seconds: int = 2

    # --- statuses --------------------------------------------------------------------------

    def rt_status(self, status: str) -> str:
        try:
            return self.status_to_rt[status]
        except KeyError:
            raise KeyError(
                f"status {status!r} has no Request Tracker status in the mapping"
            ) from None

    def app_status(self, rt_status: str) -> str | None:
        """None for an RT status the mapping does not know (the pull keeps the local one)."""
        return self.status_from_rt.get(rt_status)

    # --- priority --------------------------------------------------------------------------

    def rt_priority(self, priority: str) -> int:
        try:
            return self.priorities[priority]
        except KeyError:
            raise KeyError(f"priority {priority!r} has no Request Tracker number") from None

    def app_priority(self, number: int) -> str:
        bands = sorted(self.priorities.items(), key=lambda item: item[1])
        chosen = bands[0][0]
        for name, floor in bands:
            if number >= floor:
                chosen = name
        return chosen

    def level_of_queue(self, queue_name: str) -> str | None:
        for level, name in self.level_queues.items():
            if name == queue_name:
                return level
        return None

    # --- settings JSON ---------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RtMapping:
        """Defaults for what `data` leaves out; dict values merge over the defaults, so a
        site can rename one custom field or add one status without restating the rest."""
        mapping = cls()
        known = {f.name: f for f in fields(cls)}
        changes: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known:
                raise ValueError(f"unknown Request Tracker mapping setting {name!r}")
            current = getattr(mapping, name)
            if isinstance(current, dict):
                if not isinstance(value, dict):
                    raise ValueError(f"mapping setting {name!r} must be an object")
                changes[name] = {**current, **{str(k): v for k, v in value.items()}}
            elif type(current) is not type(value):
                raise ValueError(f"mapping setting {name!r} must be a {type(current).__name__}")
            else:
                changes[name] = value
        return replace(mapping, **changes)

    @classmethod
    def from_json(cls, text: str) -> RtMapping:
        """Settings store the mapping as JSON text; "" means the defaults."""
        if not text.strip():
            return cls()
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"the status map is not valid JSON: {exc.msg}") from None
        if not isinstance(data, dict):
            raise ValueError("the status map must be a JSON object")
        return cls.from_dict(data)
