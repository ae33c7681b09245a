"""Custom fields by ticket type (SPEC §2; seed 002 slide 26: "fields that appear based on the
type of ticket").

Each type has a small, fixed schema. Values are stored in the ticket's `custom_fields` JSON
under stable keys; the UI shows translated names. Rules decided here:

* Text values are stripped; an empty value removes the key (there is no "empty" value).
* Dates are ISO strings ("2025-03-14"), so the JSON stays plain and sortable.
* Keys the type does not define are refused when they are new or changed, but a key that is
  already on the ticket (kept from an earlier type, or sent by the server) is kept as it is:
  changing the type never silently drops what somebody typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from desk_app.domain.ticket_fields import TicketType


class FieldKind(StrEnum):
    TEXT = "text"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class CustomField:
    key: str
    kind: FieldKind = FieldKind.TEXT
    max_length: int = 120


SCHEMAS: dict[TicketType, tuple[CustomField, ...]] = {
    TicketType.PROBLEM: (
        CustomField("version", max_length=40),
        CustomField("module", max_length=80),
        CustomField("error_code", max_length=40),
    ),
    TicketType.CONFIGURATION: (CustomField("module", max_length=80),),
    TicketType.TASK: (CustomField("requested_by", FieldKind.DATE),),
    TicketType.EXTRA: (CustomField("report_name", max_length=120),),
}


def fields_for(ticket_type: str) -> tuple[CustomField, ...]:
    """The custom fields of a type; none for a type this version does not know."""
    try:
        return SCHEMAS[TicketType(ticket_type)]
    except ValueError:
        return ()


def apply_custom_fields(
    ticket_type: str, patch: Mapping[str, Any], previous: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, str]]:
    """(the ticket's new custom fields, errors) after setting the keys in `patch` on a ticket of
    `ticket_type` that held `previous`. Keys not in `patch` are kept; None or blank removes a
    key. Errors are keyed "custom_fields.<key>" so a form can put each next to its field.
    """
    schema = {f.key: f for f in fields_for(ticket_type)}
    result = dict(previous)
    errors: dict[str, str] = {}
    for key, value in patch.items():
        name = f"custom_fields.{key}"
        if value is None or (isinstance(value, str) and not value.strip()):
            result.pop(key, None)
            continue
        spec = schema.get(key)
        if spec is None:
            if previous.get(key) != value:
                errors[name] = "this field does not belong to the ticket's type"
            continue  # an unchanged value kept from an earlier type or from the server
        if not isinstance(value, str):
            errors[name] = "expected text"
            continue
        text = " ".join(value.split())
        if spec.kind is FieldKind.DATE:
            try:
                text = date.fromisoformat(text).isoformat()
            except ValueError:
                errors[name] = "not a date (YYYY-MM-DD)"
                continue
        elif len(text) > spec.max_length:
            errors[name] = "too long"
            continue
        result[key] = text
    return result, errors
