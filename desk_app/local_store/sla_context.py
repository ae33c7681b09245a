"""What the SLA clock needs from the store: statuses, calendars, policy, histories.

The clock itself is pure (domain.sla); this module gathers its inputs once per pass, so the
list badges, the detail panel and the due-time cache all compute the same answer.

The calendar belongs to the ticket, not to whoever looks at it: the team of the ticket's
responsible, or the workspace's default region while nobody has it. That region is stored in
the workspace (WorkspaceMeta "default_region", written when the workspace is created or
seeded) so every reader - the due-time cache, the list badges, the detail panel - uses the same
one whatever the settings of the machine that opens it say. A team document is data
from a server or a hand edit, so an unusable one falls back to the default with a warning
instead of stopping the ticket list. Document keys, all optional: `country` ("MX"),
`time_zone` (IANA name; `tz` also accepted), `working_days` (0 = Monday … 6 = Sunday),
`hours` ([["09:00", "18:00"], ...]), `holidays` and `working_dates` (ISO dates that close or
open a day).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain import statuses as st
from desk_app.domain.calendar import MONDAY_TO_FRIDAY, BusinessCalendar
from desk_app.domain.sla import SlaClock, SlaSnapshot, StatusChange
from desk_app.domain.sla_policy import SlaPolicy
from desk_app.domain.ticket_fields import Criticality, Priority
from desk_app.local_store.models import StatusDefinition, Team, User, WorkspaceMeta

log = logging.getLogger(__name__)
FALLBACK_COUNTRY = "MX"
REGION_KEY = "default_region"


def workspace_region(session: Session) -> str | None:
    """The region stored in the workspace, or None when it has none (or an unusable one)."""
    meta = session.get(WorkspaceMeta, REGION_KEY)
    value = (meta.value or "").strip().upper() if meta is not None else ""
    return value if len(value) == 2 and value.isalpha() else None


def store_workspace_region(session: Session, region: str) -> str:
    """Keep the region the workspace already has; else store `region`. Returns the one kept."""
    current = workspace_region(session)
    if current is not None:
        return current
    region = region.strip().upper()
    meta = session.get(WorkspaceMeta, REGION_KEY)
    if meta is None:
        session.add(WorkspaceMeta(key=REGION_KEY, value=region))
    else:
        meta.value = region
    session.flush()
    return region


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


def calendar_from_document(document: Mapping[str, Any], default_country: str) -> BusinessCalendar:
    """Build a calendar from a team's JSON document (see the module docstring)."""
    if not isinstance(document, Mapping):
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
    hours: Any = base.hours
    if hours_doc is not None:
        if not isinstance(hours_doc, list) or not all(
            isinstance(pair, list) and len(pair) == 2 for pair in hours_doc
        ):
            raise CalendarDocumentError("hours must be a list of [start, end] pairs")
        hours = tuple((_time(a), _time(b)) for a, b in hours_doc)
    return BusinessCalendar.build(
        zone,
        country=base.country,
        working_days=days,
        hours=hours,
        extra_holidays=_dates(document.get("holidays", []), "holidays"),
        extra_working_dates=_dates(document.get("working_dates", []), "working_dates"),
    )


def default_calendar(country: str) -> BusinessCalendar:
    try:
        return BusinessCalendar.default(country)
    except ValueError:
        log.warning("no calendar for region %r; using %s", country, FALLBACK_COUNTRY)
        return BusinessCalendar.default(FALLBACK_COUNTRY)


def status_catalog(session: Session) -> st.StatusCatalog:
    """The workspace's statuses; the defaults if the table lacks a required one."""
    rows = session.scalars(select(StatusDefinition)).all()
    defs = [st.StatusDef(r.key, r.name, st.Stage(r.stage), r.pauses_sla, r.position) for r in rows]
    try:
        return st.StatusCatalog(defs)
    except ValueError as exc:
        log.warning("status table unusable (%s); using the default statuses", exc)
        return st.StatusCatalog()


def normalised_history(
    created_at: datetime, current_status: str, changes: Sequence[tuple[datetime, str]]
) -> list[StatusChange]:
    """Status changes as the clock wants them: starting at creation, in time order.

    Tickets written before history was kept (or imported without it) get their creation
    status assumed: Open, or the current status when there is no change at all.
    """
    history = [StatusChange(max(at, created_at), status) for at, status in changes]
    if not history:
        return [StatusChange(created_at, current_status)]
    if history[0].at > created_at:
        history.insert(0, StatusChange(created_at, st.OPEN))
    return history


E = TypeVar("E", bound=StrEnum)


def _enum_or_none(kind: type[E], value: str | None) -> E | None:
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class SlaContext:
    """Everything constant across tickets for one evaluation pass."""

    catalog: st.StatusCatalog
    policy: SlaPolicy
    default: BusinessCalendar
    team_calendars: Mapping[int, BusinessCalendar]
    team_of_user: Mapping[int, int | None]

    @classmethod
    def load(
        cls, session: Session, *, default_country: str | None = None,
        policy: SlaPolicy | None = None,
    ) -> SlaContext:  # fmt: skip
        """The workspace's region decides the default calendar; `default_country` (else
        FALLBACK_COUNTRY) only stands in for a workspace that has none stored yet."""
        default_country = workspace_region(session) or default_country or FALLBACK_COUNTRY
        default = default_calendar(default_country)
        calendars: dict[int, BusinessCalendar] = {}
        for team in session.scalars(select(Team)):
            if not team.calendar:
                continue
            try:
                calendars[team.id] = calendar_from_document(team.calendar, default_country)
            except (ValueError, TypeError) as exc:
                log.warning("team %r has an unusable calendar (%s); using %s", team.name, exc,
                            default.tz_name)  # fmt: skip
        teams = {user: team for user, team in session.execute(select(User.id, User.team_id))}
        return cls(status_catalog(session), policy or SlaPolicy.default(), default, calendars,
                   teams)  # fmt: skip

    def calendar_for(self, responsible_id: int | None) -> BusinessCalendar:
        team = self.team_of_user.get(responsible_id) if responsible_id is not None else None
        return self.team_calendars.get(team, self.default) if team is not None else self.default

    def snapshot(
        self, *, ticket_id: int, priority: str, criticality: str | None, status: str,
        responsible_id: int | None, created_at: datetime,
        changes: Sequence[tuple[datetime, str]], first_response_at: datetime | None,
        resolved_at: datetime | None, now: datetime, category: str | None = None,
    ) -> SlaSnapshot | None:  # fmt: skip
        """The clock's view of one ticket, or None when its history cannot be read."""
        target = self.policy.target_for(
            _enum_or_none(Priority, priority), _enum_or_none(Criticality, criticality), category
        )
        clock = SlaClock(self.calendar_for(responsible_id), self.catalog)
        history = normalised_history(created_at, status, changes)
        try:
            return clock.compute(created_at, history, target, first_response_at, resolved_at, now)
        except (ValueError, KeyError) as exc:  # unknown status key, history out of order
            log.warning("ticket %s: SLA not computable: %s", ticket_id, exc)
            return None
