"""Translated names the ticket detail needs beyond ui/labels.py: history fields of the actions,
custom fields and adherence checklist items; the store's validation messages come from
ui/store_messages.py.

Literal `QCoreApplication.translate("DetailLabels", ...)` calls, so lupdate finds them; built on
each call, so a language installed later is honoured. Unknown keys show as given.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from desk_app.domain.adherence import Gap
from desk_app.ui import formatting, labels
from desk_app.ui.store_messages import store_message


def _fields() -> dict[str, str]:
    return {
        "ticket_type": QCoreApplication.translate("DetailLabels", "Type"),
        "subject_kind": QCoreApplication.translate("DetailLabels", "Subject kind"),
        "merged_into": QCoreApplication.translate("DetailLabels", "Merged into"),
        "merged_from": QCoreApplication.translate("DetailLabels", "Merged ticket"),
        "closed_by": QCoreApplication.translate("DetailLabels", "Closed by"),
        "escalation_reason": QCoreApplication.translate("DetailLabels", "Escalation reason"),
        "close_reason": QCoreApplication.translate("DetailLabels", "Reason for closing"),
        "follow_up": QCoreApplication.translate("DetailLabels", "Follow-up"),
        "body": QCoreApplication.translate("DetailLabels", "Description"),
        "department": QCoreApplication.translate("DetailLabels", "Department"),
        "pqrs_kind": QCoreApplication.translate("DetailLabels", "PQRS"),
        "custom_fields": QCoreApplication.translate("DetailLabels", "Custom fields"),
        "reason": QCoreApplication.translate("DetailLabels", "Reason"),
        "note": QCoreApplication.translate("DetailLabels", "Note"),
        "remind_at": QCoreApplication.translate("DetailLabels", "Reminder time"),
        "minutes": QCoreApplication.translate("DetailLabels", "Minutes"),
        "kind": QCoreApplication.translate("DetailLabels", "Kind of time"),
        "billing": QCoreApplication.translate("DetailLabels", "Billing"),
        "estimate": QCoreApplication.translate("DetailLabels", "Estimate"),
        "estimate_minutes": QCoreApplication.translate("DetailLabels", "Estimate (minutes)"),
        "terms_accepted_by_email": QCoreApplication.translate("DetailLabels", "Terms accepted by"),
        "terms_accepted_how": QCoreApplication.translate("DetailLabels", "Terms accepted how"),
        "terms": QCoreApplication.translate("DetailLabels", "Terms of attention"),
        "confirmation": QCoreApplication.translate("DetailLabels", "Key user's confirmation"),
        "timer": QCoreApplication.translate("DetailLabels", "Timer"),
        "started_at": QCoreApplication.translate("DetailLabels", "Start"),
        "person": QCoreApplication.translate("DetailLabels", "Person"),
        "how": QCoreApplication.translate("DetailLabels", "How"),
    }


def _custom_fields() -> dict[str, str]:
    return {
        "version": QCoreApplication.translate("DetailLabels", "Version"),
        "module": QCoreApplication.translate("DetailLabels", "Module"),
        "error_code": QCoreApplication.translate("DetailLabels", "Error code"),
        "requested_by": QCoreApplication.translate("DetailLabels", "Requested by (date)"),
        "report_name": QCoreApplication.translate("DetailLabels", "Report name"),
    }


def _gaps() -> dict[Gap, str]:
    return {
        Gap.SUBJECT: QCoreApplication.translate("DetailLabels", "Subject"),
        Gap.REQUESTER: QCoreApplication.translate("DetailLabels", "Requester"),
        Gap.RESPONSIBLE: QCoreApplication.translate("DetailLabels", "Responsible"),
        Gap.TYPE: QCoreApplication.translate("DetailLabels", "Type"),
        Gap.PRIORITY: QCoreApplication.translate("DetailLabels", "Priority"),
        Gap.TAGS: QCoreApplication.translate("DetailLabels", "At least one tag"),
        Gap.BODY: QCoreApplication.translate("DetailLabels", "Description"),
        Gap.TIME_LOGGED: QCoreApplication.translate("DetailLabels", "Time logged"),
        Gap.IN_PROGRESS: QCoreApplication.translate("DetailLabels", "Went through In progress"),
        Gap.CLOSED_BY_RESPONSIBLE: QCoreApplication.translate(
            "DetailLabels", "Closed by the responsible"),
    }  # fmt: skip


def field_name(key: str) -> str:
    """A history or form field as people read it ("custom_fields.version" → "Version")."""
    if key.startswith("custom_fields."):
        return custom_field_name(key.removeprefix("custom_fields."))
    extra = _fields()
    if key in extra:
        return extra[key]
    return labels.history_field(key.removesuffix("_id"))


def custom_field_name(key: str) -> str:
    return _custom_fields().get(key, key.replace("_", " ").capitalize())


def gap(item: Gap) -> str:
    return _gaps()[item]


def error_lines(errors: dict[str, str]) -> str:
    """Errors by field as one line each: "Subcategory: The subcategory does not belong…"."""
    lines = []
    for key, text in errors.items():
        if key == "subcategory_id":
            name = QCoreApplication.translate("DetailLabels", "Subcategory")
        else:
            name = field_name(key) if key else ""
        shown = store_message(text)
        lines.append(f"{name}: {shown}" if name else shown)
    return "\n".join(lines)


def history_value(field: str, value: str | None, names: dict[str, dict[str, str]]) -> str:
    """A history value shown the way the field shows elsewhere. `names` maps a field to the
    display names of its ids ({"category": {"12": "Facturación › Timbrado"}, ...})."""
    if value is None or value == "":
        return "—"
    if field in names:
        return names[field].get(value, value)
    match field:
        case "ticket_type":
            return labels.ticket_type(value)
        case "subject_kind":
            return labels.subject_kind(value)
        case "merged_into" | "merged_from":
            return f"#{value}"
        case "billing":
            if value == "warranty":
                return QCoreApplication.translate("DetailLabels", "Warranty")
            if value == "consumption":
                return QCoreApplication.translate("DetailLabels", "Consumption")
            return value
        case "estimate" if value.isdigit():
            return formatting.duration(timedelta(minutes=int(value)))
        case "follow_up" | "due_at":
            if value == "done":
                return QCoreApplication.translate("DetailLabels", "Done")
            return _moment(value)
    return labels.history_value(field, value)


def _moment(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return formatting.date_time(moment) if moment.tzinfo else value
