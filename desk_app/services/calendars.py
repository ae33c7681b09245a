"""Which business calendar the SLA clock counts in for a viewer.

A team may carry its own calendar as a JSON document (`Team.calendar`); without one, the
workspace's default region from the settings decides. The document is data from a server or a
hand edit, so a bad one falls back to the default instead of stopping the ticket list.

Document keys, all optional: `country` ("MX"), `time_zone` (IANA name; `tz` also accepted),
`working_days` (0 = Monday … 6 = Sunday), `hours` ([["09:00", "18:00"], ...]),
`holidays` and `working_dates` (ISO dates that close or open a day).
"""

from __future__ import annotations

import logging
from datetime import date, time
from typing import Any

from sqlalchemy.orm import Session

from desk_app.domain.calendar import MONDAY_TO_FRIDAY, BusinessCalendar
from desk_app.local_store.models import Team
from desk_app.local_store.visibility import Viewer

log = logging.getLogger(__name__)


class CalendarDocumentError(ValueError):
    pass


def _time(text: object) -> time:
    if not isinstance(text, str):
        raise CalendarDocumentError(f"working hours must be 'HH:MM' strings, got {text!r}")
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise CalendarDocumentError(f"not a time of day: {text!r}") from None


def _dates(values: object, key: str) -> list[date]:
    if not isinstance(values, list):
        raise CalendarDocumentError(f"{key} must be a list of ISO dates")
    try:
        return [date.fromisoformat(v) for v in values if isinstance(v, str)]
    except ValueError as exc:
        raise CalendarDocumentError(f"{key}: {exc}") from None


def calendar_from_document(document: dict[str, Any], default_country: str) -> BusinessCalendar:
    """Build a calendar from a team's JSON document (see the module docstring)."""
    if not isinstance(document, dict):
        raise CalendarDocumentError("a calendar document is a JSON object")
    country = document.get("country", default_country)
    if country is not None and not isinstance(country, str):
        raise CalendarDocumentError("country must be a two-letter code")
    base = BusinessCalendar.default(country)
    zone = document.get("time_zone", document.get("tz", base.tz_name))
    if not isinstance(zone, str):
        raise CalendarDocumentError("time_zone must be an IANA zone name")
    days = document.get("working_days", sorted(MONDAY_TO_FRIDAY))
    if not isinstance(days, list) or not all(isinstance(d, int) for d in days):
        raise CalendarDocumentError("working_days must be a list of weekday numbers")
    hours_doc = document.get("hours")
    hours = base.hours
    if hours_doc is not None:
        if not isinstance(hours_doc, list) or not all(
            isinstance(pair, list) and len(pair) == 2 for pair in hours_doc
        ):
            raise CalendarDocumentError("hours must be a list of [start, end] pairs")
        hours = tuple((_time(a), _time(b)) for a, b in hours_doc)  # type: ignore[misc]
    return BusinessCalendar.build(
        zone,
        country=base.country,
        working_days=days,
        hours=hours,
        extra_holidays=_dates(document.get("holidays", []), "holidays"),
        extra_working_dates=_dates(document.get("working_dates", []), "working_dates"),
    )


def calendar_for_viewer(session: Session, viewer: Viewer, default_country: str) -> BusinessCalendar:
    """The viewer's team calendar when the team has one, else the default region's."""
    team = session.get(Team, viewer.team_id) if viewer.team_id is not None else None
    if team is not None and team.calendar:
        try:
            return calendar_from_document(team.calendar, default_country)
        except (ValueError, TypeError) as exc:
            log.warning("team %r has an unusable calendar (%s); using %s", team.name, exc,
                        default_country)  # fmt: skip
    try:
        return BusinessCalendar.default(default_country)
    except ValueError:
        log.warning("no calendar for region %r; using MX", default_country)
        return BusinessCalendar.default("MX")
