"""Translated names the ticket detail needs beyond ui/labels.py: history fields of the actions,
custom fields, adherence checklist items and the store's validation messages.

Literal `QCoreApplication.translate("DetailLabels", ...)` calls, so lupdate finds them; built on
each call, so a language installed later is honoured. Unknown keys show as given.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desk_app.domain.adherence import Gap
from desk_app.local_store.follow_ups import MAX_NOTE
from desk_app.local_store.ticket_writes import MAX_SUBJECT, MAX_TAG, MAX_TAGS
from desk_app.ui import formatting, labels


def _t(text: str) -> str:
    return QCoreApplication.translate("DetailLabels", text)


def _fields() -> dict[str, str]:
    return {
        "ticket_type": _t("Type"),
        "subject_kind": _t("Subject kind"),
        "merged_into": _t("Merged into"),
        "merged_from": _t("Merged ticket"),
        "closed_by": _t("Closed by"),
        "escalation_reason": _t("Escalation reason"),
        "close_reason": _t("Reason for closing"),
        "follow_up": _t("Follow-up"),
        "body": _t("Description"),
        "department": _t("Department"),
        "pqrs_kind": _t("PQRS"),
        "custom_fields": _t("Custom fields"),
        "reason": _t("Reason"),
        "note": _t("Note"),
        "remind_at": _t("Reminder time"),
        "minutes": _t("Minutes"),
        "kind": _t("Kind of time"),
    }


def _custom_fields() -> dict[str, str]:
    return {
        "version": _t("Version"),
        "module": _t("Module"),
        "error_code": _t("Error code"),
        "requested_by": _t("Requested by (date)"),
        "report_name": _t("Report name"),
    }


def _gaps() -> dict[Gap, str]:
    return {
        Gap.SUBJECT: _t("Subject"),
        Gap.REQUESTER: _t("Requester"),
        Gap.RESPONSIBLE: _t("Responsible"),
        Gap.TYPE: _t("Type"),
        Gap.PRIORITY: _t("Priority"),
        Gap.TAGS: _t("At least one tag"),
        Gap.BODY: _t("Description"),
        Gap.TIME_LOGGED: _t("Time logged"),
        Gap.IN_PROGRESS: _t("Went through In progress"),
        Gap.CLOSED_BY_RESPONSIBLE: _t("Closed by the responsible"),
    }


def _messages() -> dict[str, str]:
    m = "ValidationMessages"
    tr = QCoreApplication.translate
    return {
        "a subject is required": tr(m, "a subject is required"),
        "this field cannot be changed here": tr(m, "this field cannot be changed here"),
        "unknown or inactive user": tr(m, "unknown or inactive user"),
        "not a date and time": tr(m, "not a date and time"),
        "the body is larger than 5 MB": tr(m, "the body is larger than 5 MB"),
        "the text is larger than 5 MB": tr(m, "the text is larger than 5 MB"),
        "expected a list of tags": tr(m, "expected a list of tags"),
        "unknown category": tr(m, "unknown category"),
        "unknown subcategory": tr(m, "unknown subcategory"),
        "the subcategory does not belong to the category": tr(
            m, "the subcategory does not belong to the category"),
        "this field does not belong to the ticket's type": tr(
            m, "this field does not belong to the ticket's type"),
        "expected text": tr(m, "expected text"),
        "not a date (YYYY-MM-DD)": tr(m, "not a date (YYYY-MM-DD)"),
        "too long": tr(m, "too long"),
        "write something first": tr(m, "write something first"),
        "between 1 minute and 24 hours": tr(m, "between 1 minute and 24 hours"),
        "choose an active advisor": tr(m, "choose an active advisor"),
        "to assign it to yourself, take it": tr(m, "to assign it to yourself, take it"),
        "already the responsible": tr(m, "already the responsible"),
        "already at the highest level": tr(m, "already at the highest level"),
        "give a reason for the escalation": tr(m, "give a reason for the escalation"),
        "a ticket cannot be merged into itself": tr(m, "a ticket cannot be merged into itself"),
        "no visible ticket with that number": tr(m, "no visible ticket with that number"),
        "that ticket was merged into another one": tr(m, "that ticket was merged into another one"),
        "that ticket is closed": tr(m, "that ticket is closed"),
        "not a closing status": tr(m, "not a closing status"),
        "only the responsible can close this ticket": tr(
            m, "only the responsible can close this ticket"),
        "say why you close a ticket that is not yours": tr(
            m, "say why you close a ticket that is not yours"),
        "a merged ticket stays closed": tr(m, "a merged ticket stays closed"),
        "this ticket was merged into another one": tr(m, "this ticket was merged into another one"),
        "the ticket is closed; reopen it first": tr(m, "the ticket is closed; reopen it first"),
        "this field has its own action": tr(m, "this field has its own action"),
        "choose a time in the future": tr(m, "choose a time in the future"),
        "already done": tr(m, "already done"),
        f"a tag has at most {MAX_TAG} characters": tr(
            m, "a tag has at most %1 characters").replace("%1", str(MAX_TAG)),
        f"at most {MAX_TAGS} tags": tr(m, "at most %1 tags").replace("%1", str(MAX_TAGS)),
        f"at most {MAX_SUBJECT} characters": tr(m, "at most %1 characters").replace(
            "%1", str(MAX_SUBJECT)),
        f"at most {MAX_NOTE} characters": tr(m, "at most %1 characters").replace(
            "%1", str(MAX_NOTE)),
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


def message(text: str) -> str:
    return _messages().get(text, text)


def error_lines(errors: dict[str, str]) -> str:
    """Errors by field as one line each: "Subcategory: the subcategory does not belong…"."""
    lines = []
    for key, text in errors.items():
        name = _t("Subcategory") if key == "subcategory_id" else field_name(key) if key else ""
        lines.append(f"{name}: {message(text)}" if name else message(text))
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
        case "follow_up" | "due_at":
            if value == "done":
                return _t("Done")
            return _moment(value)
    return labels.history_value(field, value)


def _moment(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return formatting.date_time(moment) if moment.tzinfo else value
