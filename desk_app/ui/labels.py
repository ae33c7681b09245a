"""Display names of the domain's stable keys, through Qt's translation system.

The store keeps lowercase keys ("in_progress", "critical"); people read these labels. Every
string is a literal `QCoreApplication.translate("Labels", ...)` call so lupdate finds it, and
the tables are built on each call so a language installed later is honoured.
A key without a label (a status an admin added, a value from a newer server) shows as given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _statuses() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "waiting_customer": QCoreApplication.translate("Labels", "Waiting on customer"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }


def _priorities() -> dict[str, str]:
    return {
        "normal": QCoreApplication.translate("Labels", "Normal"),
        "urgent": QCoreApplication.translate("Labels", "Urgent"),
        "critical": QCoreApplication.translate("Labels", "Critical"),
    }


def _criticalities() -> dict[str, str]:
    return {
        "minor": QCoreApplication.translate("Labels", "Minor"),
        "moderate": QCoreApplication.translate("Labels", "Moderate"),
        "severe": QCoreApplication.translate("Labels", "Severe"),
        "critical": QCoreApplication.translate("Labels", "Critical"),
    }


def _channels() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("Labels", "Phone"),
        "chat": QCoreApplication.translate("Labels", "Chat"),
        "consultation": QCoreApplication.translate("Labels", "Consultation", "channel"),
        "direct": QCoreApplication.translate("Labels", "Direct ticket"),
        "web_form": QCoreApplication.translate("Labels", "Web form"),
        "chatbot": QCoreApplication.translate("Labels", "Chatbot"),
        "email": QCoreApplication.translate("Labels", "Email"),
    }


def _flags() -> dict[str, str]:
    return {
        "none": QCoreApplication.translate("Labels", "No flag"),
        "orange": QCoreApplication.translate("Labels", "Orange: pending resolution"),
        "blue": QCoreApplication.translate("Labels", "Blue: being worked on"),
        "green": QCoreApplication.translate("Labels", "Green: ready for review"),
    }


def _levels() -> dict[str, str]:
    return {
        "L1": QCoreApplication.translate("Labels", "Level 1"),
        "L2": QCoreApplication.translate("Labels", "Level 2"),
        "L3": QCoreApplication.translate("Labels", "Level 3"),
        "quality": QCoreApplication.translate("Labels", "Service quality"),
    }


def _ticket_types() -> dict[str, str]:
    return {
        "task": QCoreApplication.translate("Labels", "Task"),
        "problem": QCoreApplication.translate("Labels", "Problem"),
        "configuration": QCoreApplication.translate("Labels", "Configuration"),
        "extra": QCoreApplication.translate("Labels", "Extra"),
    }


def _subject_kinds() -> dict[str, str]:
    return {
        "add": QCoreApplication.translate("Labels", "Add"),
        "remove": QCoreApplication.translate("Labels", "Remove"),
        "change": QCoreApplication.translate("Labels", "Change"),
        "correction": QCoreApplication.translate("Labels", "Correction"),
        "modification": QCoreApplication.translate("Labels", "Modification"),
        "configuration": QCoreApplication.translate("Labels", "Configuration"),
        "report": QCoreApplication.translate("Labels", "Report"),
        "password": QCoreApplication.translate("Labels", "Password"),
    }


def _pqrs_kinds() -> dict[str, str]:
    return {
        "information_request": QCoreApplication.translate("Labels", "Information request"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "claim": QCoreApplication.translate("Labels", "Claim"),
        "consultation": QCoreApplication.translate("Labels", "Consultation", "PQRS"),
        "suggestion": QCoreApplication.translate("Labels", "Suggestion"),
        "request": QCoreApplication.translate("Labels", "Request"),
    }


def _roles() -> dict[str, str]:
    return {
        "advisor": QCoreApplication.translate("Labels", "Advisor"),
        "leader": QCoreApplication.translate("Labels", "Service leader"),
        "admin": QCoreApplication.translate("Labels", "Admin"),
    }


def _views() -> dict[str, str]:
    # "view" tells translators these are plural list names ("Abiertos"), not a status.
    return {
        "all": QCoreApplication.translate("Labels", "All", "view"),
        "mine": QCoreApplication.translate("Labels", "Mine", "view"),
        "unassigned": QCoreApplication.translate("Labels", "Unassigned", "view"),
        "open": QCoreApplication.translate("Labels", "Open", "view"),
        "waiting": QCoreApplication.translate("Labels", "Waiting", "view"),
        "closed": QCoreApplication.translate("Labels", "Closed", "view"),
    }


def _sla_states() -> dict[str, str]:
    return {
        "ok": QCoreApplication.translate("Labels", "On time"),
        "at_risk": QCoreApplication.translate("Labels", "At risk"),
        "breached": QCoreApplication.translate("Labels", "Breached"),
        "met": QCoreApplication.translate("Labels", "Met"),
        "none": QCoreApplication.translate("Labels", "No target"),
    }


def _history_fields() -> dict[str, str]:
    return {
        "status": QCoreApplication.translate("Labels", "Status"),
        "responsible": QCoreApplication.translate("Labels", "Responsible"),
        "priority": QCoreApplication.translate("Labels", "Priority"),
        "criticality": QCoreApplication.translate("Labels", "Criticality"),
        "flag": QCoreApplication.translate("Labels", "Flag"),
        "level": QCoreApplication.translate("Labels", "Level"),
        "tags": QCoreApplication.translate("Labels", "Tags"),
        "subject": QCoreApplication.translate("Labels", "Subject"),
        "category": QCoreApplication.translate("Labels", "Category"),
        "queue": QCoreApplication.translate("Labels", "Queue"),
        "due_at": QCoreApplication.translate("Labels", "Due date"),
        "channel": QCoreApplication.translate("Labels", "Channel"),
    }


def _label(table: dict[str, str], key: str | None, empty: str = "—") -> str:
    if key is None or key == "":
        return empty
    return table.get(key, key)


def status(key: str | None, fallback: str | None = None) -> str:
    """A status label; `fallback` is the name an admin gave a status of their own."""
    table = _statuses()
    if key in table:
        return table[key]
    return fallback or _label(table, key)


def status_short(key: str | None, fallback: str | None = None) -> str:
    """The status in a narrow list column."""
    if key == "waiting_customer":
        return QCoreApplication.translate("Labels", "Waiting")
    return status(key, fallback)


def priority(key: str | None) -> str:
    return _label(_priorities(), key)


def criticality(key: str | None) -> str:
    return _label(_criticalities(), key, QCoreApplication.translate("Labels", "Not set"))


def channel(key: str | None) -> str:
    return _label(_channels(), key)


def flag(key: str | None) -> str:
    return _label(_flags(), key)


def level(key: str | None) -> str:
    return _label(_levels(), key)


def ticket_type(key: str | None) -> str:
    return _label(_ticket_types(), key)


def subject_kind(key: str | None) -> str:
    return _label(_subject_kinds(), key)


def pqrs_kind(key: str | None) -> str:
    return _label(_pqrs_kinds(), key)


def role(key: str | None) -> str:
    return _label(_roles(), key)


def view(key: str) -> str:
    return _label(_views(), key)


def sla_state(key: str) -> str:
    return _label(_sla_states(), key)


def history_field(key: str) -> str:
    return _label(_history_fields(), key)


def history_value(field: str, value: str | None) -> str:
    """A history value shown the way the field shows it elsewhere."""
    if value is None or value == "":
        return "—"
    match field:
        case "status":
            return status(value)
        case "priority":
            return priority(value)
        case "criticality":
            return criticality(value)
        case "flag":
            return flag(value)
        case "level":
            return level(value)
        case "channel":
            return channel(value)
    return value
